#include "TestDir.h"
#include "curation/DeletePairsCommand.h"
#include "curation/EditPairCommand.h"
#include "curation/PairHistory.h"
#include "curation/PairRepository.h"
#include "curation/PiiGuard.h"
#include "curation/SetRatingCommand.h"
#include "curation/SetStatusCommand.h"
#include "curation/TagCommand.h"
#include "store/ProjectStore.h"
#include "store/Statement.h"

#include <QRegularExpression>
#include <QTest>
#include <QUndoStack>

using namespace quarry;

namespace {
// A stand-in scanner: Korean mobile numbers.
QList<PiiGuard::Finding> phones(const QString& text)
{
    QList<PiiGuard::Finding> out;
    static const QRegularExpression re(QStringLiteral("01[016789]-\\d{3,4}-\\d{4}"));
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out.append({int(m.capturedStart()), int(m.capturedEnd()), QStringLiteral("PHONE"),
                    QStringLiteral("phone"), 0.9, m.captured()});
    }
    return out;
}

// Every column of the pair's detections except the turn row id (new after a restore).
QStringList detectionRows(Database& db, qint64 pairId)
{
    Statement st = db.prepare(QStringLiteral(
        "SELECT d.id, t.seq, d.start, d.end, d.entity_type, d.rule, d.score, d.value, d.status, "
        "coalesce(d.operator, '-'), coalesce(d.decided_by, '-'), coalesce(d.decided_at, '-'), d.created_at "
        "FROM detections d JOIN turns t ON t.id = d.turn_id WHERE t.pair_id = ? ORDER BY d.id"));
    st.bind(1, pairId);
    QStringList rows;
    while (st.step()) {
        QStringList cols;
        for (int i = 0; i < st.columnCount(); ++i)
            cols << st.text(i);
        rows << cols.join(QLatin1Char('|'));
    }
    return rows;
}
} // namespace

class TestPairHistory : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<PairRepository> m_repo;

    qint64 addPair(const QString& user, const QString& answer)
    {
        Pair p;
        p.turns = {{Turn::Role::User, user, std::nullopt}, {Turn::Role::Assistant, answer, std::nullopt}};
        return m_repo->add(p);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<test::TestDir>();
        m_store = ProjectStore::create(m_dir->path(QStringLiteral("p.quarry")));
        m_store->setActor(QStringLiteral("김지은"));
        m_repo = std::make_unique<PairRepository>(*m_store);
    }
    void cleanup()
    {
        m_repo.reset();
        m_store.reset();
        m_dir.reset();
    }

    void undoOfDeleteRestoresDetectionsWithTheirDecisions()
    {
        const qint64 keep = addPair(QStringLiteral("다른 질문"), QStringLiteral("010-9999-8888"));
        const qint64 id = addPair(QStringLiteral("담당자 연락처는?"),
                                  QStringLiteral("010-1234-5678 또는 011-222-3333으로 연락하세요."));
        QCOMPARE(PiiGuard::scanPair(m_store->db(), keep, phones), 1);
        QCOMPARE(PiiGuard::scanPair(m_store->db(), id, phones), 2);
        m_store->db().exec(
            QStringLiteral("UPDATE detections SET status = 'rejected', decided_by = '김지은', decided_at = "
                           "'2026-11-27T10:00:00.000Z', operator = 'mask' WHERE value = '010-1234-5678'"));
        QStringList before = detectionRows(m_store->db(), id);
        QCOMPARE(before.size(), 2);

        QUndoStack stack;
        stack.push(new DeletePairsCommand(*m_repo, {id}));
        QVERIFY(!m_repo->exists(id));
        QCOMPARE(detectionRows(m_store->db(), id), QStringList());
        QCOMPARE(m_store->db().queryInt(QStringLiteral("SELECT count(*) FROM detections")), 1);
        for (int round = 0; round < 2; ++round) {
            stack.undo();
            QVERIFY(m_repo->exists(id));
            // Same ids, positions, statuses, deciders; one pending as before.
            QCOMPARE(detectionRows(m_store->db(), id), before);
            QCOMPARE(PiiGuard::pendingCount(m_store->db(), id), 1);
            // A rescan (the editor does one on opening the pair) keeps the decision.
            QCOMPARE(PiiGuard::scanPair(m_store->db(), id, phones), 1);
            const QStringList rescanned = detectionRows(m_store->db(), id);
            QVERIFY(rescanned.contains(before.first())); // the rejected one, untouched
            before = rescanned;                          // the pending one was found anew
            stack.redo();
            QVERIFY(!m_repo->exists(id));
            QCOMPARE(m_store->db().queryInt(QStringLiteral("SELECT count(*) FROM detections")), 1);
        }
        // The "has warnings" filter finds the restored pair again through its pending detection.
        stack.undo();
        PairFilter warn;
        warn.hasWarnings = true;
        QVERIFY(m_repo->ids(warn).contains(id));
    }

    void undoKeepsDetectionWhoseIdWasTakenMeanwhile()
    {
        const qint64 id = addPair(QStringLiteral("연락처"), QStringLiteral("010-1234-5678"));
        QCOMPARE(PiiGuard::scanPair(m_store->db(), id, phones), 1);
        const qint64 detectionId = m_store->db().queryInt(QStringLiteral("SELECT max(id) FROM detections"));
        addPair(QStringLiteral("나중 질문"), QStringLiteral("답")); // keeps the deleted pair's id from reuse
        QUndoStack stack;
        stack.push(new DeletePairsCommand(*m_repo, {id}));
        // Another pair's detection takes the freed id.
        const qint64 other = addPair(QStringLiteral("다른"), QStringLiteral("011-222-3333"));
        QCOMPARE(PiiGuard::scanPair(m_store->db(), other, phones), 1);
        QCOMPARE(m_store->db().queryInt(QStringLiteral("SELECT max(id) FROM detections")), detectionId);
        stack.undo();
        QCOMPARE(PiiGuard::pendingCount(m_store->db(), id), 1);
        QCOMPARE(PiiGuard::pendingCount(m_store->db(), other), 1);
    }

    void historyNewestFirstInWords()
    {
        const qint64 id =
            addPair(QStringLiteral("환자의 혈압은 어떻습니까?"), QStringLiteral("혈압은 정상입니다."));
        QUndoStack stack;
        Pair before = *m_repo->get(id);
        Pair after = before;
        after.turns[1].content = QStringLiteral("혈압은 조금 높습니다.");
        stack.push(new EditPairCommand(*m_repo, before, after));
        stack.push(new SetStatusCommand(*m_repo, {id}, Pair::Status::Approved));
        stack.push(new TagCommand(*m_repo, {id}, QStringLiteral("의료"), TagCommand::Action::Add));
        stack.push(new SetRatingCommand(*m_repo, {id}, 4));
        stack.push(new DeletePairsCommand(*m_repo, {id}));
        stack.undo(); // restore

        const QList<PairHistoryEntry> h = PairHistory::forPair(m_store->db(), id);
        QStringList actions;
        for (const auto& e : h)
            actions << e.action;
        QCOMPARE(actions,
                 (QStringList{QStringLiteral("restore"), QStringLiteral("delete"), QStringLiteral("rating"),
                              QStringLiteral("tag"), QStringLiteral("status"), QStringLiteral("update"),
                              QStringLiteral("create")}));
        for (const auto& e : h)
            QCOMPARE(e.actor, QStringLiteral("김지은"));
        QCOMPARE(h[2].changes.size(), 1);
        QCOMPARE(h[2].changes[0].toPlainText(), QStringLiteral("Rating: none → 4"));
        QCOMPARE(h[3].changes[0].toPlainText(), QStringLiteral("Tag: 의료"));
        QCOMPARE(h[4].changes[0].toPlainText(), QStringLiteral("Status: Draft → Approved"));
        QCOMPARE(h[4].actionText, QStringLiteral("Status changed"));
        // The edit: only the changed words of the changed turn, with their context.
        QCOMPARE(h[5].changes.size(), 1);
        const PairChange& c = h[5].changes[0];
        QVERIFY(c.isText);
        QCOMPARE(c.field, QStringLiteral("Turn 2 (assistant)"));
        QCOMPARE(c.prefix, QStringLiteral("혈압은 "));
        QCOMPARE(c.removed, QStringLiteral("정상입니다"));
        QCOMPARE(c.added, QStringLiteral("조금 높습니다"));
        QCOMPARE(c.suffix, QStringLiteral("."));
        QCOMPARE(c.toPlainText(),
                 QStringLiteral("Turn 2 (assistant): 혈압은 [-정상입니다-]{+조금 높습니다+}."));
        // Created: what the pair was.
        QCOMPARE(h[6].changes[0].toPlainText(), QStringLiteral("Status: Draft"));
        QCOMPARE(h[6].changes[1].toPlainText(), QStringLiteral("Turn 1 (user): 환자의 혈압은 어떻습니까?"));
    }

    void historyIncludesPiiDecisionsOnTheTurns()
    {
        const qint64 id = addPair(QStringLiteral("연락처는?"), QStringLiteral("010-1234-5678로 연락하세요."));
        QCOMPARE(PiiGuard::scanPair(m_store->db(), id, phones), 1);
        const qint64 det = m_store->db().queryInt(QStringLiteral("SELECT id FROM detections"));
        m_store->audit().record(m_store->actor(), QStringLiteral("detection"), det, QStringLiteral("reject"),
                                {{QStringLiteral("status"), QStringLiteral("pending")}},
                                {{QStringLiteral("status"), QStringLiteral("rejected")},
                                 {QStringLiteral("type"), QStringLiteral("PHONE")}});
        const auto h = PairHistory::forPair(m_store->db(), id);
        QCOMPARE(h.size(), 2);
        QCOMPARE(h[0].entity, QStringLiteral("detection"));
        QCOMPARE(h[0].actionText, QStringLiteral("Marked as not personal data"));
        QCOMPARE(h[0].changes[0].toPlainText(),
                 QStringLiteral("PHONE “010-1234-5678” in turn 2: Pending → Rejected"));
    }

    void textChangeIsCompact()
    {
        const QString longText =
            QString(200, QLatin1Char('a')) + QStringLiteral("X") + QString(200, QLatin1Char('b'));
        const QString edited =
            QString(200, QLatin1Char('a')) + QStringLiteral("Y") + QString(200, QLatin1Char('b'));
        const PairChange c = PairHistory::textChange(QStringLiteral("T"), longText, edited, 10);
        QCOMPARE(c.prefix, QStringLiteral("…") + QString(10, QLatin1Char('a')));
        QCOMPARE(c.removed, QStringLiteral("X"));
        QCOMPARE(c.added, QStringLiteral("Y"));
        QCOMPARE(c.suffix, QString(10, QLatin1Char('b')) + QStringLiteral("…"));
        // Surrogate pairs are not split: 😀 and 😁 share their high surrogate.
        const PairChange e =
            PairHistory::textChange(QStringLiteral("T"), QStringLiteral("a 😀 b"), QStringLiteral("a 😁 b"));
        QCOMPARE(e.removed, QStringLiteral("😀"));
        QCOMPARE(e.added, QStringLiteral("😁"));
    }
};

QTEST_GUILESS_MAIN(TestPairHistory)
#include "TestPairHistory.moc"
