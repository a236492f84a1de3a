#include "curation/PiiGuard.h"

#include "store/Database.h"
#include "store/DetectionStatus.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "util/Clock.h"

#ifdef QUARRY_HAVE_REDACT
#include "redact/RuleSet.h"
#include "redact/Scanner.h"
#endif

namespace quarry {

int PiiGuard::scanPair(Database& db, qint64 pairId, const ScanFunction& scan)
{
    struct TurnText
    {
        qint64 id;
        QString content;
    };
    QList<TurnText> turns;
    {
        Statement st =
            db.prepare(QStringLiteral("SELECT id, content FROM turns WHERE pair_id = ? ORDER BY seq"));
        st.bind(1, pairId);
        while (st.step())
            turns.append({st.int64(0), st.text(1)});
    }
    Transaction tx(db);
    const QString now = nowUtcIso();
    Statement decided = db.prepare(QStringLiteral(
        "SELECT id, start, end, value FROM detections WHERE turn_id = ? AND status <> 'pending'"));
    Statement dropOne = db.prepare(QStringLiteral("DELETE FROM detections WHERE id = ?"));
    Statement dropPending =
        db.prepare(QStringLiteral("DELETE FROM detections WHERE turn_id = ? AND status = 'pending'"));
    Statement ins = db.prepare(QStringLiteral(
        "INSERT INTO detections(turn_id, start, end, entity_type, rule, score, value, created_at) "
        "VALUES (?,?,?,?,?,?,?,?)"));
    for (const TurnText& t : std::as_const(turns)) {
        // Decisions stay while the decided text is still where it was.
        QList<QPair<int, int>> kept;
        decided.bind(1, t.id);
        while (decided.step()) {
            const int s = decided.int32(1);
            const int e = decided.int32(2);
            if (e <= t.content.size() && t.content.mid(s, e - s) == decided.text(3)) {
                kept.append({s, e});
            } else {
                dropOne.bind(1, decided.int64(0)).run();
                dropOne.reset();
            }
        }
        decided.reset();
        dropPending.bind(1, t.id).run();
        dropPending.reset();
        for (const Finding& f : scan(t.content)) {
            if (f.end <= f.start)
                continue;
            bool overlapsDecision = false;
            for (const auto& k : std::as_const(kept))
                if (f.start < k.second && k.first < f.end)
                    overlapsDecision = true;
            if (overlapsDecision)
                continue;
            ins.bindAll(t.id, f.start, f.end, f.type, f.rule, f.score,
                        f.text.isEmpty() ? t.content.mid(f.start, f.end - f.start) : f.text, now);
            ins.run();
            ins.reset();
        }
    }
    tx.commit();
    return pendingCount(db, pairId);
}

#ifdef QUARRY_HAVE_REDACT
int PiiGuard::scanPair(Database& db, qint64 pairId)
{
    const Scanner scanner(RuleSet::loadProject(db));
    return scanPair(db, pairId, [&](const QString& text) {
        QList<Finding> out;
        for (const Detection& d : scanner.scan(text))
            out.append({d.start, d.end, d.type, d.rule, d.score, d.text});
        return out;
    });
}
#endif

int PiiGuard::pendingCount(Database& db, qint64 pairId)
{
    Statement st = db.prepare(QStringLiteral("SELECT count(*) FROM detections d JOIN turns t ON t.id = "
                                             "d.turn_id WHERE t.pair_id = ? AND d.status = 'pending'"));
    st.bind(1, pairId);
    st.step();
    return st.int32(0);
}

QList<PiiGuard::Pending> PiiGuard::pendingDetections(Database& db, qint64 pairId)
{
    Statement st =
        db.prepare(QStringLiteral("SELECT d.id, d.entity_type, d.value FROM detections d JOIN turns t ON "
                                  "t.id = d.turn_id WHERE t.pair_id = ? AND d.status = ? "
                                  "ORDER BY t.seq, d.start"));
    st.bindAll(pairId, toString(DetectionStatus::Pending));
    QList<Pending> out;
    while (st.step())
        out.append({st.int64(0), st.text(1), st.text(2)});
    return out;
}

} // namespace quarry
