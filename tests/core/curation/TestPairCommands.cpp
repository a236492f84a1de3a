#include "TestDir.h"
#include "curation/AddPairCommand.h"
#include "curation/DeletePairsCommand.h"
#include "curation/EditPairCommand.h"
#include "curation/SetRatingCommand.h"
#include "curation/SetStatusCommand.h"
#include "curation/TagCommand.h"
#include "store/ProjectStore.h"

#include <QTest>
#include <QUndoStack>

using namespace quarry;

namespace {
Pair makePair(const QString& user)
{
    Pair p;
    p.turns = {{Turn::Role::User, user, std::nullopt},
               {Turn::Role::Assistant, QStringLiteral("답변"), std::nullopt}};
    return p;
}
// Everything but the update time, which every write renews.
Pair comparable(Pair p)
{
    p.updatedAt.clear();
    return p;
}
} // namespace

class TestPairCommands : public QObject
{
    Q_OBJECT

    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<PairRepository> m_repo;
    std::unique_ptr<test::TestDir> m_dir;
    QList<qint64> m_ids;

    QList<Pair> snapshot()
    {
        QList<Pair> out;
        for (qint64 id : m_repo->ids())
            out << comparable(*m_repo->get(id));
        return out;
    }

    // Pushes cmd, then checks undo gives back the state before and redo the state after.
    void roundTrip(QUndoCommand* cmd)
    {
        QUndoStack stack;
        const QList<Pair> before = snapshot();
        stack.push(cmd);
        const QList<Pair> after = snapshot();
        QVERIFY(before != after);
        for (int i = 0; i < 2; ++i) {
            stack.undo();
            QVERIFY(snapshot() == before);
            stack.redo();
            QVERIFY(snapshot() == after);
        }
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<test::TestDir>();
        m_store = ProjectStore::create(m_dir->path(QStringLiteral("p.quarry")));
        m_repo = std::make_unique<PairRepository>(*m_store);
        m_ids.clear();
        for (int i = 0; i < 3; ++i) {
            Pair p = makePair(QStringLiteral("질문 %1").arg(i));
            p.tags = {QStringLiteral("a")};
            m_ids << m_repo->add(p);
        }
    }
    void cleanup()
    {
        m_repo.reset();
        m_store.reset();
        m_dir.reset();
    }

    void add() { roundTrip(new AddPairCommand(*m_repo, makePair(QStringLiteral("new")))); }

    void edit()
    {
        const Pair before = *m_repo->get(m_ids[0]);
        Pair after = before;
        after.turns[1].content = QStringLiteral("바뀐 답변");
        after.tags << QStringLiteral("edited");
        after.notes = QStringLiteral("n");
        roundTrip(new EditPairCommand(*m_repo, before, after));
    }

    void editsOfOnePairMerge()
    {
        QUndoStack stack;
        const Pair p0 = *m_repo->get(m_ids[0]);
        Pair p1 = p0;
        p1.notes = QStringLiteral("1");
        Pair p2 = p1;
        p2.notes = QStringLiteral("12");
        stack.push(new EditPairCommand(*m_repo, p0, p1));
        stack.push(new EditPairCommand(*m_repo, p1, p2));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(m_repo->get(m_ids[0])->notes, QStringLiteral("12"));
        stack.undo();
        QCOMPARE(m_repo->get(m_ids[0])->notes, QString());
    }

    void deleteBulk() { roundTrip(new DeletePairsCommand(*m_repo, {m_ids[0], m_ids[2]})); }

    // Deleting the newest pair, adding another, then undoing the delete: the new pair did not
    // take the deleted one's id, so both exist afterwards.
    void deleteNewestAddUndo()
    {
        QUndoStack stack;
        stack.push(new DeletePairsCommand(*m_repo, {m_ids[2]}));
        Pair later = makePair(QStringLiteral("after the delete"));
        const qint64 added = m_repo->add(later);
        QVERIFY(added > m_ids[2]);
        stack.undo();
        QVERIFY(m_repo->get(m_ids[2]).has_value());
        QVERIFY(m_repo->get(added).has_value());
        QCOMPARE(m_repo->ids().size(), 4);
        stack.redo();
        QVERIFY(!m_repo->get(m_ids[2]).has_value());
        Pair more = makePair(QStringLiteral("one more"));
        QVERIFY(m_repo->add(more) > added);
    }
    void setStatusBulk()
    {
        m_repo->setStatus({m_ids[1]}, Pair::Status::Rejected);
        roundTrip(new SetStatusCommand(*m_repo, m_ids, Pair::Status::Approved));
    }
    void addTagBulk()
    {
        roundTrip(new TagCommand(*m_repo, m_ids, QStringLiteral("b"), TagCommand::Action::Add));
    }
    void addTagPartly()
    {
        m_repo->addTag({m_ids[0]}, QStringLiteral("b"));
        roundTrip(new TagCommand(*m_repo, m_ids, QStringLiteral("b"), TagCommand::Action::Add));
        QCOMPARE(m_repo->get(m_ids[0])->tags, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }
    void removeTagBulk()
    {
        roundTrip(
            new TagCommand(*m_repo, {m_ids[0], m_ids[1]}, QStringLiteral("a"), TagCommand::Action::Remove));
    }
    void setRatingBulk()
    {
        m_repo->setRating(m_ids[0], 2);
        roundTrip(new SetRatingCommand(*m_repo, m_ids, 5));
        roundTrip(new SetRatingCommand(*m_repo, m_ids, std::nullopt));
    }
};

QTEST_GUILESS_MAIN(TestPairCommands)
#include "TestPairCommands.moc"
