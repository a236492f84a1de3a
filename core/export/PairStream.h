#pragma once

#include "curation/Pair.h"
#include "export/ExportRecord.h"
#include "store/Statement.h"

#include <QList>
#include <optional>

namespace quarry {

class Database;

// Reads pairs in ascending id order with one streaming query per table (pairs, turns, pair_tags,
// pair_sources) merged on pair id, instead of one lookup per pair: an export of a million pairs is
// four sequential scans. Only what export needs is read (no notes, times or quotes), and texts are
// copied as UTF-8 without decoding.
class PairStream
{
public:
    struct Parts
    {
        bool turns = true;
        bool tags = true;
        bool sources = true;
        bool text = true;    // system prompt and context
        bool details = true; // status and rating; without them only the index is read
    };

    // statuses empty: all pairs.
    PairStream(Database& db, const QList<Pair::Status>& statuses, Parts parts);
    PairStream(Database& db, const QList<Pair::Status>& statuses) : PairStream(db, statuses, Parts{}) {}

    // Fills `record` with the next pair; false at the end.
    bool next(ExportRecord& record);

private:
    // A child query's cursor: the pair id of the row it stands on, or none when done.
    struct Cursor
    {
        std::optional<Statement> st;
        std::optional<qint64> pairId;
        void advance()
        {
            if (st->step())
                pairId = st->int64(0);
            else
                pairId.reset();
        }
        // Skips rows of pairs before `id`; true when it stands on a row of `id`.
        bool seek(qint64 id)
        {
            while (pairId && *pairId < id)
                advance();
            return pairId && *pairId == id;
        }
    };

    void readDetails(ExportRecord& record);
    void readChildren(ExportRecord& record);

    Statement m_pairs;
    bool m_text = true;
    bool m_details = true;
    Cursor m_turns;
    Cursor m_tags;
    Cursor m_sources;
};

} // namespace quarry
