#pragma once

#include "redact/Detection.h"

#include <QList>
#include <QString>

namespace quarry::test {

// The labelled redaction sets in tests/data/redact (JSON lines: text, spans with value/type/tag, an
// optional note), read once and matched against a scan the same way by every evaluation: a span is
// found only when one detection of its type covers all of it (half a resident number is a leak).
struct LabelledSpan
{
    int start = 0;
    int end = 0;
    QString type;
    QString tag;
    bool found = false;
};

struct LabelledSnippet
{
    QString text;
    QString note;
    QList<LabelledSpan> spans;
};

// Detections scored against the labels, per type (or per case): precision and recall as the
// evaluations print and assert them.
struct EvalCount
{
    int tp = 0, fp = 0, fn = 0;
    int partial = 0; // detections of the right type covering only part of a labelled span (its fn counts)
    double precision() const { return tp + fp ? double(tp) / (tp + fp) : 1.0; }
    double recall() const { return tp + fn ? double(tp) / (tp + fn) : 1.0; }
};

enum class DetectionMatch
{
    Covers,
    Overlaps,
    Unlabelled
};

class LabelledSet
{
public:
    // Reads tests/data/redact/FILE; an unreadable file or a value missing from its text is an error
    // string (empty when the set loaded).
    static QList<LabelledSnippet> read(const QString& file, QString* error);
    // Marks the spans the detection covers as found and says how it relates to the labels.
    static DetectionMatch match(LabelledSnippet& snippet, const Detection& d);
};

} // namespace quarry::test
