#pragma once

#include <QList>
#include <QString>

namespace quarry {

// One finding of the scanner. Offsets are UTF-16 code units into the text that was scanned (the
// original, not the normalised copy), so they can be stored and highlighted as they are.
struct Detection
{
    int start = 0;
    int end = 0;
    QString type;  // entity type, e.g. PHONE, RRN, PERSON
    QString rule;  // name of the rule that found it
    double score = 0.0;
    QString text;  // the original text of the span

    bool operator==(const Detection& o) const
    {
        return start == o.start && end == o.end && type == o.type && rule == o.rule && text == o.text;
    }
};

} // namespace quarry
