#include "ProjectSession.h"
#include "TestDir.h"
#include "curation/AddPairCommand.h"
#include "curation/PairRepository.h"
#include "store/ProjectStore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace quarry;
using namespace quarry::gui;

// The window's open project: the store, its pair repository and the undo stack live and go
// together, and the session says so before and after.
class TestProjectSession : public QObject
{
    Q_OBJECT
private slots:
    void replacingTheProjectAnnouncesItAndDropsTheHistory()
    {
        test::TestDir dir;
        ProjectSession session;
        QSignalSpy closing(&session, &ProjectSession::aboutToClose);
        QSignalSpy changed(&session, &ProjectSession::changed);
        QVERIFY(!session.store() && !session.pairs());

        session.setStore(ProjectStore::create(dir.path(QStringLiteral("a.quarry"))));
        QCOMPARE(closing.size(), 0); // nothing was open
        QCOMPARE(changed.size(), 1);
        QVERIFY(session.store() && session.pairs());
        Pair pair;
        pair.turns = {{Turn::Role::User, QStringLiteral("질문"), std::nullopt},
                      {Turn::Role::Assistant, QStringLiteral("답"), std::nullopt}};
        session.undoStack()->push(new AddPairCommand(*session.pairs(), pair));
        QVERIFY(session.undoStack()->canUndo());

        // The old project is still open while aboutToClose() is handled.
        QString openWhileClosing;
        connect(&session, &ProjectSession::aboutToClose, this,
                [&] { openWhileClosing = session.store() ? session.store()->path() : QString(); });
        session.setStore(ProjectStore::create(dir.path(QStringLiteral("b.quarry"))));
        QCOMPARE(closing.size(), 1);
        QCOMPARE(openWhileClosing, dir.path(QStringLiteral("a.quarry")));
        QVERIFY(!session.undoStack()->canUndo()); // commands of the old project are gone
        QCOMPARE(session.store()->path(), dir.path(QStringLiteral("b.quarry")));

        session.setStore(nullptr);
        QCOMPARE(closing.size(), 2);
        QCOMPARE(changed.size(), 3);
        QVERIFY(changed.last().first().value<ProjectStore*>() == nullptr);
        QVERIFY(!session.store() && !session.pairs());
    }
};

QTEST_MAIN(TestProjectSession)
#include "TestProjectSession.moc"
