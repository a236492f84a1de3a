#pragma once

#include <QHash>

namespace quarry {

class Database;

// Finds the pairs that pending (undecided) redaction detections touch: a detection on one of the
// pair's turns, or on a page its sources come from (the pages of the source passage, or the
// source document's page, or every page of a source document given without a page). Exporting
// such a pair could publish personal data nobody has looked at yet.
class PendingPiiGuard
{
public:
    // pair id -> number of pending detections touching it.
    static QHash<qint64, int> pendingByPair(Database& db);
};

} // namespace quarry
