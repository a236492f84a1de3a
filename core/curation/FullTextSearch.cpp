#include "curation/FullTextSearch.h"

#include "store/Database.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QStringList>

namespace quarry {

namespace {

// More trigrams than this after a two-character prefix: the OR query would cost more than a scan.
constexpr int kMaxPrefixTerms = 2000;

QString phrase(const QString& s)
{
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// The MATCH expression for a query, or an empty string when the query needs a scan, or "-" when
// nothing can match.
QString matchExpression(Database& db, const QString& query)
{
    if (query.size() >= 3)
        return phrase(query);
    if (query.size() < 2)
        return {};
    db.exec(QStringLiteral(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.pairs_fts_vocab USING fts5vocab(main, pairs_fts, row)"));
    const QString lower = query.toLower();
    Statement st =
        db.prepare(QStringLiteral("SELECT term FROM temp.pairs_fts_vocab WHERE term >= ?1 AND term < ?2 "
                                  "LIMIT %1")
                       .arg(kMaxPrefixTerms + 1));
    const char32_t maxChar = 0x10FFFF;
    st.bindAll(lower, lower + QString::fromUcs4(&maxChar, 1));
    QStringList terms;
    while (st.step())
        terms << phrase(st.text(0));
    if (terms.size() > kMaxPrefixTerms)
        return {};
    if (terms.isEmpty())
        return QStringLiteral("-");
    return terms.join(QStringLiteral(" OR "));
}

} // namespace

QString FullTextSearch::bodyExpression()
{
    return QStringLiteral(
        "coalesce(p.system_prompt, '') || char(10) || coalesce(p.context, '') || char(10) || "
        "coalesce((SELECT group_concat(content, char(10)) FROM (SELECT content FROM turns WHERE pair_id = "
        "p.id "
        "ORDER BY seq)), '') || char(10)");
}

void FullTextSearch::sync(Database& db)
{
    if (db.isReadOnly() ||
        db.queryInt(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pairs_fts_pending)")) == 0)
        return;
    Transaction tx(db);
    db.exec(QStringLiteral("DELETE FROM pairs_fts WHERE rowid IN (SELECT pair_id FROM pairs_fts_pending)"));
    db.exec(QStringLiteral("INSERT INTO pairs_fts(rowid, body) SELECT p.id, %1 FROM pairs p "
                           "JOIN pairs_fts_pending q ON q.pair_id = p.id")
                .arg(bodyExpression()));
    db.exec(QStringLiteral("DELETE FROM pairs_fts_pending"));
    tx.commit();
}

void FullTextSearch::rebuild(Database& db)
{
    Transaction tx(db);
    db.exec(QStringLiteral("DELETE FROM pairs_fts"));
    db.exec(QStringLiteral("INSERT INTO pairs_fts(rowid, body) SELECT p.id, %1 FROM pairs p")
                .arg(bodyExpression()));
    db.exec(QStringLiteral("DELETE FROM pairs_fts_pending"));
    tx.commit();
}

QList<qint64> FullTextSearch::search(Database& db, const QString& query, int limit)
{
    sync(db);
    QList<qint64> out;
    if (query.isEmpty())
        return out;
    const QString match = matchExpression(db, query);
    if (match == QLatin1String("-"))
        return out;
    const QString lim = limit >= 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString();
    Statement st =
        match.isEmpty()
            ? db.prepare(
                  QStringLiteral("SELECT rowid FROM pairs_fts WHERE instr(body, ?) > 0 ORDER BY rowid") + lim)
            : db.prepare(
                  QStringLiteral("SELECT rowid FROM pairs_fts WHERE pairs_fts MATCH ? ORDER BY rowid") + lim);
    st.bind(1, match.isEmpty() ? query : match);
    while (st.step())
        out << st.int64(0);
    return out;
}

QString FullTextSearch::condition(Database& db, const QString& query, QList<QVariant>& binds)
{
    const QString match = matchExpression(db, query);
    if (match == QLatin1String("-"))
        return QStringLiteral("0");
    if (match.isEmpty()) {
        binds << query;
        return QStringLiteral("p.id IN (SELECT rowid FROM pairs_fts WHERE instr(body, ?%1) > 0)")
            .arg(binds.size());
    }
    binds << match;
    return QStringLiteral("p.id IN (SELECT rowid FROM pairs_fts WHERE pairs_fts MATCH ?%1)")
        .arg(binds.size());
}

} // namespace quarry
