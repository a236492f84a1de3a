#include "curation/DeletePairsCommand.h"

#include "store/Database.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QCoreApplication>

namespace quarry {

DeletePairsCommand::DeletePairsCommand(PairRepository& repo, QList<qint64> ids, QUndoCommand* parent)
    : QUndoCommand(parent), m_repo(repo), m_ids(std::move(ids))
{
    setText(QCoreApplication::translate("quarry::DeletePairsCommand", "Delete %n pair(s)", nullptr,
                                        int(m_ids.size())));
}

void DeletePairsCommand::redo()
{
    m_pairs.clear();
    m_detections.clear();
    Database& db = m_repo.db();
    Statement st = db.prepare(QStringLiteral(
        "SELECT d.id, t.seq, d.start, d.end, d.entity_type, d.rule, d.score, d.value, d.status, d.operator, "
        "d.decided_by, d.decided_at, d.created_at FROM detections d JOIN turns t ON t.id = d.turn_id "
        "WHERE t.pair_id = ? ORDER BY d.id"));
    for (qint64 id : std::as_const(m_ids)) {
        if (auto p = m_repo.get(id))
            m_pairs << *p;
        st.bind(1, id);
        while (st.step()) {
            TurnDetection det;
            det.id = st.int64(0);
            det.seq = st.int32(1);
            det.start = st.int32(2);
            det.end = st.int32(3);
            det.entityType = st.text(4);
            det.rule = st.text(5);
            det.score = st.real(6);
            det.value = st.text(7);
            det.status = st.text(8);
            det.op = st.optText(9);
            det.decidedBy = st.optText(10);
            det.decidedAt = st.optText(11);
            det.createdAt = st.text(12);
            m_detections[id] << det;
        }
        st.reset();
    }
    m_repo.remove(m_ids);
}

void DeletePairsCommand::undo()
{
    Database& db = m_repo.db();
    // The pairs and their detections come back together or not at all.
    Transaction tx(db);
    // The detection keeps its id when nothing took it meanwhile (the audit log names detections by
    // id); otherwise it gets a new one.
    Statement ins = db.prepare(QStringLiteral(
        "INSERT INTO detections(id, turn_id, start, end, entity_type, rule, score, value, status, operator, "
        "decided_by, decided_at, created_at) "
        "SELECT CASE WHEN EXISTS (SELECT 1 FROM detections WHERE id = ?1) THEN NULL ELSE ?1 END, t.id, "
        "?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12 FROM turns t WHERE t.pair_id = ?13 AND t.seq = ?14"));
    for (const Pair& p : std::as_const(m_pairs)) {
        m_repo.restore(p);
        for (const TurnDetection& det : m_detections.value(p.id)) {
            ins.bind(1, det.id);
            ins.bind(2, det.start);
            ins.bind(3, det.end);
            ins.bind(4, det.entityType);
            ins.bind(5, det.rule);
            ins.bind(6, det.score);
            ins.bind(7, det.value);
            ins.bind(8, det.status);
            ins.bind(9, det.op);
            ins.bind(10, det.decidedBy);
            ins.bind(11, det.decidedAt);
            ins.bind(12, det.createdAt);
            ins.bind(13, p.id);
            ins.bind(14, det.seq);
            ins.run();
            ins.reset();
        }
    }
    tx.commit();
}

} // namespace quarry
