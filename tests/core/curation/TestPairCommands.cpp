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

    // Each pair as one readable line: id, status, rating, tags, notes and the turns. The tests
    // spell out the exact lines they expect, so a command that writes a wrong value (Review
    // instead of Approved, another tag or rating) fails even when undo and redo mirror it.
    QStringList state()
    {
        QStringList out;
        for (qint64 id : m_repo->ids()) {
            const Pair p = *m_repo->get(id);
            QStringList turns;
            for (const Turn& t : p.turns)
                turns << toString(t.role) + QLatin1Char(':') + t.content;
            out << QStringLiteral("%1 %2 r=%3 [%4] n=%5 {%6}")
                       .arg(id)
                       .arg(toString(p.status), p.rating ? QString::number(*p.rating) : QStringLiteral("-"),
                            p.tags.join(QLatin1Char(',')), p.notes, turns.join(QLatin1Char('|')));
        }
        return out;
    }

    // The line state() gives for a pair made by init() (id at index i) with the given fields.
    QString line(int i, const QString& status, const QString& rating, const QString& tags,
                 const QString& notes = {}, const QString& answer = QStringLiteral("답변"))
    {
        return QStringLiteral("%1 %2 r=%3 [%4] n=%5 {user:질문 %6|assistant:%7}")
            .arg(m_ids[i])
            .arg(status, rating, tags, notes)
            .arg(i)
            .arg(answer);
    }

    // Pushes cmd and checks the exact state after it, after undo (`before`) and after redo
    // (`after`) twice; the whole pairs (every field but the update time) mirror too.
    void roundTrip(QUndoCommand* cmd, const QStringList& before, const QStringList& after)
    {
        QUndoStack stack;
        QCOMPARE(state(), before);
        const QList<Pair> pairsBefore = snapshot();
        stack.push(cmd);
        QCOMPARE(state(), after);
        const QList<Pair> pairsAfter = snapshot();
        for (int i = 0; i < 2; ++i) {
            stack.undo();
            QCOMPARE(state(), before);
            QVERIFY(snapshot() == pairsBefore);
            stack.redo();
            QCOMPARE(state(), after);
            QVERIFY(snapshot() == pairsAfter);
        }
    }

    // init()'s three pairs as state() shows them.
    QStringList initial()
    {
        return {line(0, QStringLiteral("draft"), QStringLiteral("-"), QStringLiteral("a")),
                line(1, QStringLiteral("draft"), QStringLiteral("-"), QStringLiteral("a")),
                line(2, QStringLiteral("draft"), QStringLiteral("-"), QStringLiteral("a"))};
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

    void add()
    {
        // The new pair takes the next id and starts as a draft without tags or rating.
        const QStringList before = initial();
        const QStringList after =
            before +
            QStringList{QStringLiteral("%1 draft r=- [] n= {user:new|assistant:답변}").arg(m_ids[2] + 1)};
        roundTrip(new AddPairCommand(*m_repo, makePair(QStringLiteral("new"))), before, after);
    }

    void edit()
    {
        const Pair before = *m_repo->get(m_ids[0]);
        Pair after = before;
        after.turns[1].content = QStringLiteral("바뀐 답변");
        after.tags << QStringLiteral("edited");
        after.notes = QStringLiteral("n");
        QStringList expected = initial();
        expected[0] = line(0, QStringLiteral("draft"), QStringLiteral("-"), QStringLiteral("a,edited"),
                           QStringLiteral("n"), QStringLiteral("바뀐 답변"));
        roundTrip(new EditPairCommand(*m_repo, before, after), initial(), expected);
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

    void deleteBulk()
    {
        roundTrip(new DeletePairsCommand(*m_repo, {m_ids[0], m_ids[2]}), initial(), {initial()[1]});
    }

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
        QStringList before = initial();
        before[1] = line(1, QStringLiteral("rejected"), QStringLiteral("-"), QStringLiteral("a"));
        QStringList after;
        for (int i = 0; i < 3; ++i)
            after << line(i, QStringLiteral("approved"), QStringLiteral("-"), QStringLiteral("a"));
        roundTrip(new SetStatusCommand(*m_repo, m_ids, Pair::Status::Approved), before, after);
        // Every status, from a mixed start, comes back exactly per pair.
        for (const Pair::Status status :
             {Pair::Status::Draft, Pair::Status::Review, Pair::Status::Rejected}) {
            QStringList to;
            for (int i = 0; i < 3; ++i)
                to << line(i, toString(status), QStringLiteral("-"), QStringLiteral("a"));
            roundTrip(new SetStatusCommand(*m_repo, {m_ids[0], m_ids[2]}, status), after,
                      {to[0], after[1], to[2]});
            after = QStringList{to[0], after[1], to[2]};
        }
    }
    void addTagBulk()
    {
        QStringList after;
        for (int i = 0; i < 3; ++i)
            after << line(i, QStringLiteral("draft"), QStringLiteral("-"), QStringLiteral("a,b"));
        roundTrip(new TagCommand(*m_repo, m_ids, QStringLiteral("b"), TagCommand::Action::Add), initial(),
                  after);
    }
    void addTagPartly()
    {
        m_repo->addTag({m_ids[0]}, QStringLiteral("b"));
        QStringList before = initial();
        before[0] = line(0, QStringLiteral("draft"), QStringLiteral("-"), QStringLiteral("a,b"));
        QStringList after;
        for (int i = 0; i < 3; ++i)
            after << line(i, QStringLiteral("draft"), QStringLiteral("-"), QStringLiteral("a,b"));
        // Undo takes the tag only from the pairs the command gave it to: the first pair keeps b.
        roundTrip(new TagCommand(*m_repo, m_ids, QStringLiteral("b"), TagCommand::Action::Add), before,
                  after);
    }
    void removeTagBulk()
    {
        const QStringList after = {line(0, QStringLiteral("draft"), QStringLiteral("-"), QString()),
                                   line(1, QStringLiteral("draft"), QStringLiteral("-"), QString()),
                                   initial()[2]};
        roundTrip(
            new TagCommand(*m_repo, {m_ids[0], m_ids[1]}, QStringLiteral("a"), TagCommand::Action::Remove),
            initial(), after);
    }
    void setRatingBulk()
    {
        m_repo->setRating(m_ids[0], 2);
        QStringList before = initial();
        before[0] = line(0, QStringLiteral("draft"), QStringLiteral("2"), QStringLiteral("a"));
        QStringList five, none;
        for (int i = 0; i < 3; ++i) {
            five << line(i, QStringLiteral("draft"), QStringLiteral("5"), QStringLiteral("a"));
            none << line(i, QStringLiteral("draft"), QStringLiteral("-"), QStringLiteral("a"));
        }
        roundTrip(new SetRatingCommand(*m_repo, m_ids, 5), before, five);
        roundTrip(new SetRatingCommand(*m_repo, m_ids, std::nullopt), five, none);
        // A rating on some pairs only: the others keep theirs through do, undo and redo.
        roundTrip(
            new SetRatingCommand(*m_repo, {m_ids[1]}, 1), none,
            {none[0], line(1, QStringLiteral("draft"), QStringLiteral("1"), QStringLiteral("a")), none[2]});
    }
};

QTEST_GUILESS_MAIN(TestPairCommands)
#include "TestPairCommands.moc"
