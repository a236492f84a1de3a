#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <memory>

namespace quarry {

class Database;
class ExportRecord;

// The last look before anything leaves the project: the text of every exported record is scanned
// with the project's redaction rules. A hit is covered when a decision exists for the same value
// (accepted or manual: the value is redacted where it was found; rejected: the user said it is
// fine); any other hit stops the export.
class FinalScan
{
public:
    struct Hit
    {
        qint64 pairId = 0;
        QString type;
        QString rule;
        QString text;
    };

    explicit FinalScan(Database& db);
    ~FinalScan();

    // False when this build has no redaction library; the card then says the scan was skipped.
    static bool available();

    void scan(const ExportRecord& record);
    const QList<Hit>& uncovered() const { return m_uncovered; }
    qint64 coveredCount() const { return m_covered; }

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    QSet<QString> m_decidedValues;
    QList<Hit> m_uncovered;
    qint64 m_covered = 0;
};

} // namespace quarry
