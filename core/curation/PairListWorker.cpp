#include "curation/PairListWorker.h"

#include "curation/PairRepository.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "util/Error.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace quarry {

PairListWorker::PairListWorker(std::unique_ptr<Database> db) : m_db(std::move(db)) {}

PairListWorker::~PairListWorker() = default;

void PairListWorker::interrupt()
{
    if (m_db)
        m_db->interrupt();
}

void PairListWorker::loadIds(int generation, const PairFilter& filter)
{
    try {
        PairRepository repo(*m_db, QString());
        const QList<qint64> all = repo.ids(
            filter, FirstBatch, [&](const QList<qint64>& first) { emit idsReady(generation, first, false); });
        emit idsReady(generation, all, true);
    } catch (const Error& e) {
        emit failed(generation, e.message());
    }
}

void PairListWorker::fetchRows(int generation, int block, const QList<qint64>& ids)
{
    try {
        QStringList idText;
        for (qint64 id : ids)
            idText << QString::number(id);
        // Drafts' flags exist from schema 4; an older project opened read-only has no such table.
        const bool drafts =
            m_db->queryInt(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'pair_drafts'")) >
            0;
        Statement st = m_db->prepare(
            QStringLiteral(
                "SELECT p.id, p.status, (SELECT substr(t.content, 1, 300) FROM turns t WHERE t.pair_id = "
                "p.id AND "
                "t.role = 'user' ORDER BY t.seq LIMIT 1), (SELECT group_concat(tg.name, ', ') FROM pair_tags "
                "pt JOIN tags "
                "tg ON tg.id = pt.tag_id WHERE pt.pair_id = p.id), p.rating, p.author, p.updated_at, "
                "(p.source_changed = 1 OR p.duplicate_of IS NOT NULL), %2 FROM pairs p WHERE p.id IN (%1)")
                .arg(idText.join(QLatin1Char(',')),
                     drafts ? QStringLiteral("(SELECT d.flags FROM pair_drafts d WHERE d.pair_id = p.id)")
                            : QStringLiteral("NULL")));
        QHash<qint64, PairRow> byId;
        while (st.step()) {
            PairRow r;
            r.id = st.int64(0);
            r.status = st.text(1);
            r.firstUserTurn = st.text(2).simplified();
            r.tags = st.text(3);
            if (auto x = st.optInt64(4))
                r.rating = int(*x);
            r.author = st.text(5);
            r.updatedAt = st.text(6);
            r.warnings = st.int64(7) != 0;
            if (!st.isNull(8))
                for (const QJsonValue& f : QJsonDocument::fromJson(st.text(8).toUtf8()).array())
                    r.draftFlags << f[QStringLiteral("flag")].toString();
            byId.insert(r.id, r);
        }
        QList<PairRow> rows;
        rows.reserve(ids.size());
        for (qint64 id : ids) {
            PairRow r = byId.value(id);
            if (r.id == 0) {
                r.id = id;
                r.missing = true;
            }
            rows << r;
        }
        emit rowsReady(generation, block, rows);
    } catch (const Error& e) {
        emit failed(generation, e.message());
    }
}

} // namespace quarry
