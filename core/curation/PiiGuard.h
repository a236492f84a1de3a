#pragma once

#include <QList>
#include <QString>
#include <functional>

namespace quarry {

class Database;

// The PII guard for text typed into pairs: scans each turn (and stores what it finds in the
// detections table with turn_id) so that findings show inline and are resolved like those on
// pages. Detections already decided (accepted, rejected, manual) are kept while their text is
// still at the same place; pending ones are replaced by the new scan.
class PiiGuard
{
public:
    struct Finding
    {
        int start = 0; // UTF-16 offsets into the turn's content
        int end = 0;
        QString type;
        QString rule;
        double score = 0;
        QString text;
    };
    using ScanFunction = std::function<QList<Finding>(const QString& text)>;

    // Scans the pair's turns with `scan` and stores the findings; returns how many are pending.
    static int scanPair(Database& db, qint64 pairId, const ScanFunction& scan);
#ifdef QUARRY_HAVE_REDACT
    // The same with the project's redaction rules (quarry_redact's RuleSet and Scanner).
    static int scanPair(Database& db, qint64 pairId);
#endif
    // Pending detections on the pair's turns.
    static int pendingCount(Database& db, qint64 pairId);
    struct Pending
    {
        qint64 id = 0;
        QString type;
        QString value;
    };
    // The same detections, in turn and text order (what the pair editor lists).
    static QList<Pending> pendingDetections(Database& db, qint64 pairId);
};

} // namespace quarry
