#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>

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
public:
    explicit Importer(ProjectStore& store) : m_store(store) {}
    void setCancelFlag(const std::atomic<bool>* cancel) { m_cancel = cancel; }

    // Throws Error (BadInput) for an unreadable file, an unknown format name or a file in which no
    // line has a known format; line-level problems go to the report.
    ImportReport importFile(const QString& path, const QString& formatName = {});

private:
    ProjectStore& m_store;
    const std::atomic<bool>* m_cancel = nullptr;
};

} // namespace quarry
