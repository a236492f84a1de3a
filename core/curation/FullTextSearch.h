#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace quarry {

class Database;

// Substring search over each pair's system prompt, context and turns, with the FTS5 trigram index
// pairs_fts (rowid = pair id; schema migration 2). Works for Korean, which has no spaces between
// the parts of a word that a word tokenizer would need.
//
// SQLite refuses virtual tables inside triggers when trusted_schema is off (it is: a hostile
// project must not run code through triggers), so the triggers only queue changed pair ids in
// pairs_fts_pending and sync() re-indexes those pairs. Writers call sync() inside their
// transaction; searches call it first when the connection can write.
//
// Queries of three characters or more use the trigram index directly. Two-character queries
// (e.g. 환자) have no trigram of their own: every occurrence is the start of some indexed trigram
// (the indexed body ends with a newline), so the trigrams starting with the query are looked up in
// the index vocabulary and OR-ed. One-character queries scan the indexed text.
class FullTextSearch
{
public:
    static void sync(Database& db);
    // Rebuilds the whole index (after a bulk load that bypassed the triggers).
    static void rebuild(Database& db);
    // Pair ids containing `query` (case-insensitive), ascending; limit < 0: all.
    static QList<qint64> search(Database& db, const QString& query, int limit = -1);
    // An SQL condition on p.id for PairRepository::whereClause; appends its binds.
    static QString condition(Database& db, const QString& query, QList<QVariant>& binds);
    // The SQL expression that builds a pair's indexed text from the pairs row aliased p.
    static QString bodyExpression();
};

} // namespace quarry
