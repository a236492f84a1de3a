#pragma once

#include "util/TaskContext.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace quarry {

class ProjectStore;

struct ImportReport
{
    struct LineError
    {
        qint64 line = 0; // 1-based
        QString reason;
    };

    QString format;
    qint64 lines = 0; // non-blank lines read
    qint64 imported = 0;
    QList<LineError> errors;
    QList<qint64> pairIds;

    QJsonObject toJson() const;
};

// Reads a JSONL file in one of the RecordFormats (chosen, or detected from the first line that
// parses and has a known shape) into new pairs with origin "imported", status and tags from the
// record's metadata when present (else draft, so that imported data is reviewed before export).
// A line that does not parse or validate is reported with its number and skipped; the rest are
// imported in one transaction, each pair with its audit record.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(quarry::Importer)
public:
    explicit Importer(ProjectStore& store) : m_store(store) {}

    // Throws Error (BadInput) for an unreadable file, an unknown format name or a file in which no
    // line has a known format; line-level problems go to the report.
    // A cancel of `task` throws Error::Kind::Cancelled and imports nothing; progress is in bytes.
    ImportReport importFile(const QString& path, const QString& formatName = {},
                            const TaskContext& task = TaskContext::none());

private:
    ProjectStore& m_store;
};

} // namespace quarry
