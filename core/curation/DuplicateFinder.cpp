#include "curation/DuplicateFinder.h"

#include "store/Database.h"
#include "store/Statement.h"

namespace quarry {

QString DuplicateFinder::comparableText(Database& db, qint64 pairId)
{
    Statement st = db.prepare(QStringLiteral("SELECT content FROM turns WHERE pair_id = ? ORDER BY seq"));
    st.bind(1, pairId);
    QString text;
    while (st.step()) {
        text += st.text(0);
        text += QLatin1Char('\n');
    }
    return text;
}

QList<MinHash::Candidate> DuplicateFinder::nearDuplicates(Database& db, double threshold, qint64 limit)
{
    // One pass over turns ordered by pair: no per-pair query.
    QString sql = QStringLiteral("SELECT pair_id, content FROM turns ");
    if (limit > 0)
        sql += QStringLiteral("WHERE pair_id IN (SELECT id FROM pairs ORDER BY id LIMIT %1) ").arg(limit);
    sql += QStringLiteral("ORDER BY pair_id, seq");
    Statement st = db.prepare(sql);
    QList<QPair<qint64, QList<quint32>>> items;
    qint64 current = 0;
    QString text;
    auto flush = [&] {
        if (current != 0)
            items.append({current, MinHash::signature(text)});
        text.clear();
    };
    while (st.step()) {
        const qint64 id = st.int64(0);
        if (id != current) {
            flush();
            current = id;
        }
        text += st.text(1);
        text += QLatin1Char('\n');
    }
    flush();
    return MinHash::candidates(items, threshold);
}

} // namespace quarry
