#include "TestDir.h"
#include "store/ProjectStore.h"
#include "tasks/TaskProgressWidget.h"
#include "tasks/TaskRunner.h"
#include "util/Error.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QToolButton>

#include <atomic>
#include <semaphore>
#include <stdexcept>

using namespace quarry;
using namespace quarry::gui;

// The task runner with stub operations: whatever the work throws ends in failed(), never in a
// crash; the event loop keeps running meanwhile; Cancel, progress and the project's second
// connection work as the long jobs of the window rely on.
class TestTaskRunner : public QObject
{
    Q_OBJECT
private slots:
    void anyExceptionBecomesFailed_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("quarry::Error") << 0 << QStringLiteral("disk full while writing p.quarry");
        QTest::newRow("std::runtime_error") << 1 << QStringLiteral("Unexpected error: boom");
        QTest::newRow("std::bad_alloc") << 2 << QStringLiteral("Quarry ran out of memory.");
        QTest::newRow("int") << 3 << QStringLiteral("Unexpected error.");
    }

    void anyExceptionBecomesFailed()
    {
        QFETCH(int, kind);
        QFETCH(QString, message);
        TaskProgressWidget strip;
        TaskRunner runner;
        runner.setProgressWidget(&strip);
        QSignalSpy failed(&runner, &TaskRunner::failed);
        QSignalSpy finished(&runner, &TaskRunner::finished);
        // The work waits until the GUI thread has shown it is not blocked.
        auto go = std::make_shared<std::binary_semaphore>(0);
        bool doneCalled = false;
        TaskRunner::Texts texts;
        texts.title = QStringLiteral("Stub");
        QVERIFY(runner.start(
            texts, nullptr,
            [kind, go](ProjectStore*, const TaskContext&) -> int {
                go->acquire();
                switch (kind) {
                case 0:
                    throw Error(QStringLiteral("disk full while writing p.quarry"), Error::Kind::Storage);
                case 1:
                    throw std::runtime_error("boom");
                case 2:
                    throw std::bad_alloc();
                default:
                    throw 42;
                }
            },
            [&doneCalled](int) {
                doneCalled = true;
                return QString();
            }));
        QVERIFY(runner.isRunning());
        QVERIFY(!runner.start(texts, nullptr, [](ProjectStore*, const TaskContext&) {}, [] { return QString(); }));
        bool timerFired = false;
        QTimer::singleShot(10, [&] {
            timerFired = true;
            go->release();
        });
        QVERIFY(failed.wait(10000));
        QVERIFY(timerFired);
        QCOMPARE(failed.first().first().toString(), message);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<TaskRunner::Outcome>(), TaskRunner::Outcome::Failed);
        QVERIFY(!doneCalled);
        QVERIFY(!runner.isRunning());
        QCOMPARE(strip.findChild<QLabel*>()->text(), QStringLiteral("Stub failed"));
    }

    void resultIsHandedToTheGuiThread()
    {
        TaskRunner runner;
        QThread* workThread = nullptr;
        QThread* doneThread = nullptr;
        qint64 got = 0;
        QSignalSpy finished(&runner, &TaskRunner::finished);
        TaskRunner::Texts texts;
        texts.title = QStringLiteral("Sum");
        runner.start(
            texts, nullptr,
            [&workThread](ProjectStore*, const TaskContext&) {
                workThread = QThread::currentThread();
                return qint64(6 * 7);
            },
            [&](qint64 result) {
                doneThread = QThread::currentThread();
                got = result;
                return QStringLiteral("Summed");
            });
        QVERIFY(finished.wait(10000));
        QCOMPARE(got, 42);
        QVERIFY(workThread != QThread::currentThread());
        QCOMPARE(doneThread, QThread::currentThread());
        QCOMPARE(finished.first().at(1).toString(), QStringLiteral("Summed"));
    }

    void cancelFromTheStripStopsTheWork()
    {
        TaskProgressWidget strip;
        TaskRunner runner;
        runner.setProgressWidget(&strip);
        QSignalSpy cancelled(&runner, &TaskRunner::cancelled);
        QSignalSpy progress(&runner, &TaskRunner::progress);
        TaskRunner::Texts texts;
        texts.title = QStringLiteral("Looping");
        texts.cancelled = QStringLiteral("Looping stopped");
        runner.start(
            texts, nullptr,
            [](ProjectStore*, const TaskContext& task) {
                for (qint64 i = 0;; ++i) {
                    task.progress(i, 0);
                    task.throwIfCancelled(QStringLiteral("stopped at %1").arg(i));
                    QThread::msleep(1);
                }
            },
            [] { return QString(); });
        QVERIFY(progress.wait(10000));
        auto* cancel = strip.findChild<QToolButton*>();
        QVERIFY(cancel && cancel->isVisible() && cancel->isEnabled());
        cancel->click();
        QVERIFY(cancelled.wait(10000));
        QVERIFY(cancelled.first().first().toString().startsWith(QLatin1String("stopped at ")));
        QCOMPARE(strip.findChild<QLabel*>()->text(), QStringLiteral("Looping stopped"));
        QVERIFY(!runner.isRunning());
    }

    void progressIsCoalesced()
    {
        TaskRunner runner;
        QSignalSpy progress(&runner, &TaskRunner::progress);
        QSignalSpy finished(&runner, &TaskRunner::finished);
        constexpr qint64 kCalls = 200000;
        runner.start(
            TaskRunner::Texts(), nullptr,
            [](ProjectStore*, const TaskContext& task) {
                for (qint64 i = 1; i <= kCalls; ++i)
                    task.progress(i, kCalls, QStringLiteral("item"));
            },
            [] { return QString(); });
        QVERIFY(finished.wait(20000));
        // Far fewer events than calls, and the last figures are the final ones.
        QVERIFY(!progress.isEmpty());
        QVERIFY2(progress.size() < kCalls / 10, qPrintable(QString::number(progress.size())));
        QCOMPARE(progress.last().at(0).toLongLong(), kCalls);
        QCOMPARE(progress.last().at(2).toString(), QStringLiteral("item"));
    }

    void destroyedWhileRunningCancelsAndJoins()
    {
        auto sawCancel = std::make_shared<std::atomic<bool>>(false);
        {
            TaskRunner runner;
            runner.start(
                TaskRunner::Texts(), nullptr,
                [sawCancel](ProjectStore*, const TaskContext& task) {
                    while (!task.isCancelled())
                        QThread::msleep(1);
                    *sawCancel = true;
                },
                [] { return QString(); });
            QTest::qWait(20);
        }
        QVERIFY(sawCancel->load());
    }

    void workGetsItsOwnConnection()
    {
        test::TestDir dir;
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        store->setActor(QStringLiteral("kim"));
        TaskRunner runner;
        QSignalSpy finished(&runner, &TaskRunner::finished);
        ProjectStore* seen = nullptr;
        QString path, actor;
        runner.start(
            TaskRunner::Texts(), store.get(),
            [&](ProjectStore* project, const TaskContext&) {
                seen = project;
                path = project->path();
                actor = project->actor();
                project->setSetting(QStringLiteral("test.written_by"), QStringLiteral("runner"));
            },
            [] { return QString(); });
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().value<TaskRunner::Outcome>(), TaskRunner::Outcome::Succeeded);
        QVERIFY(seen && seen != store.get());
        QCOMPARE(path, store->path());
        QCOMPARE(actor, QStringLiteral("kim"));
        QCOMPARE(store->setting(QStringLiteral("test.written_by")).toString(), QStringLiteral("runner"));
        QVERIFY(store->check().ok());
    }

    void failureOfTheGuiSideIsReportedToo()
    {
        TaskRunner runner;
        QSignalSpy failed(&runner, &TaskRunner::failed);
        runner.start(
            TaskRunner::Texts(), nullptr, [](ProjectStore*, const TaskContext&) { return 1; },
            [](int) -> QString { throw Error(QStringLiteral("the view could not show it")); });
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().toString(), QStringLiteral("the view could not show it"));
    }
};

QTEST_MAIN(TestTaskRunner)
#include "TestTaskRunner.moc"
