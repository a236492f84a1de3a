#include "AppSettings.h"
#include "DocumentListModel.h"
#include "DocumentListView.h"
#include "ExportFixture.h"
#include "FaultyVfs.h"
#include "IngestController.h"
#include "MainWindow.h"
#include "ScanController.h"
#include "TestDir.h"
#include "Translations.h"
#include "curation/DuplicatesView.h"
#include "demo/DemoProject.h"
#include "export/ExportDialog.h"
#include "stats/StatisticsView.h"
#include "store/ProjectStore.h"
#include "tasks/TaskRunner.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <sqlite3.h>

using namespace quarry;
using namespace quarry::gui;
using quarry::test::FaultyVfs;

// Each long job of the window meets a failure it cannot work around: the project on a full file
// system (SQLite's writes fail through the fault layer), a damaged project, an operation that
// throws. The window must show the message, keep running its event loop, and (once the disk has
// room again) leave a project that passes check. Before the task runner an ingest on a full disk
// ended the application with SIGABRT.
class TestLongJobFailures : public QObject
{
    Q_OBJECT
private:
    test::TestDir m_home;

    // Waits for `spy` while a timer ticks on the GUI thread, then checks that the event loop still
    // runs: the job's end left the window responsive (no modal loop, no blocked thread).
    static bool waitResponsively(QSignalSpy& spy, int timeoutMs = 60000)
    {
        int ticks = 0;
        QTimer timer;
        timer.setInterval(5);
        QObject::connect(&timer, &QTimer::timeout, [&ticks] { ++ticks; });
        timer.start();
        if (spy.isEmpty() && !spy.wait(timeoutMs))
            return false;
        const int before = ticks;
        QTest::qWait(50);
        return ticks > before;
    }

    // Damages a project behind the window's back, as another program or a bad copy could.
    static void damage(const QString& path, const char* sql)
    {
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, "unix"), SQLITE_OK);
        char* error = nullptr;
        const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
        const QString message = QString::fromUtf8(error ? error : "");
        sqlite3_free(error);
        sqlite3_close(db);
        QVERIFY2(rc == SQLITE_OK, qPrintable(message));
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.path(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.path(QStringLiteral("data")).toUtf8());
        Translations::install(QStringLiteral("en"));
        FaultyVfs::install();
    }

    void cleanup() { FaultyVfs::heal(); }

    void ingestOnAFullDiskShowsTheError()
    {
        test::TestDir dir;
        const QString text = dir.write(QStringLiteral("docs/notice.txt"),
                                       QStringLiteral("설비 점검 안내\n\n작업 전에 유압을 확인한다.\n").toUtf8());
        AppSettings settings;
        MainWindow w(settings);
        w.setInteractive(false);
        QVERIFY(w.newProject(dir.path(QStringLiteral("full.quarry"))));
        QSignalSpy errors(&w, &MainWindow::errorOccurred);
        FaultyVfs::failAfter(0);
        w.addDocuments({text});
        QVERIFY(waitResponsively(errors));
        QVERIFY(FaultyVfs::faults() > 0);
        QVERIFY2(!errors.first().first().toString().isEmpty(), "the message is shown");
        QVERIFY(!w.ingest()->isRunning());
        FaultyVfs::heal();
        QVERIFY(w.project()->check().ok());

        // With room on the disk again the same files go in.
        QSignalSpy finished(w.ingest(), &IngestController::finished);
        w.addDocuments({text});
        QVERIFY(finished.wait(60000));
        QCOMPARE(w.documentList()->model()->rowCount(), 1);
        QVERIFY(w.project()->check().ok());
    }

    void scanOnAFullDiskShowsTheError()
    {
        test::TestDir dir;
        const QString text = dir.write(QStringLiteral("docs/contacts.txt"),
                                       "Shift leader: call 010-2345-6789 or write to kim.minsu@example.com.\n");
        AppSettings settings;
        MainWindow w(settings);
        w.setInteractive(false);
        QVERIFY(w.newProject(dir.path(QStringLiteral("scan.quarry"))));
        QSignalSpy scanned(&w, &MainWindow::personalDataScanned);
        w.addDocuments({text});
        QVERIFY(scanned.wait(60000)); // the scan that follows an ingest
        scanned.clear();
        // Found again, the detections must be written again.
        w.project()->db().exec(QStringLiteral("DELETE FROM detections"));
        QSignalSpy errors(&w, &MainWindow::errorOccurred);
        // The pending detections found are replaced by a new scan: that needs writes.
        FaultyVfs::failAfter(0);
        w.findPersonalData();
        QVERIFY(waitResponsively(scanned));
        QCOMPARE(scanned.first().first().toBool(), false);
        QCOMPARE(errors.size(), 1);
        QVERIFY(!errors.first().first().toString().isEmpty());
        QVERIFY(!w.scan()->isRunning());
        FaultyVfs::heal();
        QVERIFY(w.project()->check().ok());
    }

    void exportOnAFullDiskReportsInTheDialog()
    {
        test::TestDir dir;
        auto store = test::ExportFixture::create(dir.path(QStringLiteral("export.quarry")));
        for (int i = 0; i < 50; ++i)
            test::ExportFixture::addPair(*store, {QStringLiteral("질문 %1").arg(i), QStringLiteral("답 %1").arg(i)});
        ExportDialog dialog(store.get());
        const QString out = dir.path(QStringLiteral("out"));
        dialog.setOutputDir(out);
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        // The export cannot write to the project (checkpoint, export record).
        FaultyVfs::failAfter(0);
        dialog.startExport();
        QVERIFY(dialog.isRunning());
        QVERIFY(waitResponsively(finished));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(!finished.first().at(1).toString().isEmpty());
        QVERIFY(!dialog.isRunning());
        FaultyVfs::heal();
        QVERIFY(store->check().ok());
        QCOMPARE(store->db().queryInt(QStringLiteral("SELECT count(*) FROM exports")), 0);
    }

    void statisticsOfADamagedProjectSayWhy()
    {
        test::TestDir dir;
        const QString path = dir.path(QStringLiteral("damaged.quarry"));
        ProjectStore::create(path);
        AppSettings settings;
        MainWindow w(settings);
        w.setInteractive(false);
        QVERIFY(w.openProject(path));
        damage(path, "DROP TABLE pair_tags");
        StatisticsView* view = w.statistics();
        QSignalSpy failed(view, &StatisticsView::refreshFailed);
        view->refresh();
        QVERIFY(waitResponsively(failed));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QLatin1String("pair_tags")), qPrintable(message));
        QVERIFY(view->summary()->text().contains(message));
        QVERIFY(!view->isComputing());
    }

    void duplicatesOfADamagedProjectSayWhy()
    {
        test::TestDir dir;
        const QString path = dir.path(QStringLiteral("damaged.quarry"));
        {
            auto store = test::ExportFixture::create(path);
            test::ExportFixture::addPair(*store, {QStringLiteral("같은 질문"), QStringLiteral("같은 답")});
            test::ExportFixture::addPair(*store, {QStringLiteral("같은 질문"), QStringLiteral("같은 답")});
        }
        AppSettings settings;
        MainWindow w(settings);
        w.setInteractive(false);
        QVERIFY(w.openProject(path));
        // The dismissed candidates are remembered in the settings table.
        damage(path, "DROP TABLE settings");
        DuplicatesView* view = w.duplicates();
        QSignalSpy finished(view, &DuplicatesView::finished);
        view->find();
        QVERIFY(waitResponsively(finished));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(view->summary().contains(QLatin1String("settings")), qPrintable(view->summary()));
        QVERIFY(!view->isRunning());
    }

    void demoThatCannotBeBuiltSaysWhyAndLeavesNothing()
    {
        // A sample that is no PDF at all: the demo's ingest records it as failed.
        test::TestDir samples;
        samples.write(QStringLiteral("press-maintenance-manual.pdf"), "%PDF-1.4 this is not a PDF\n");
        qputenv("QUARRY_SAMPLES_DIR", samples.path().toUtf8());
        const auto restore = qScopeGuard([] { qunsetenv("QUARRY_SAMPLES_DIR"); });
        AppSettings settings;
        MainWindow w(settings);
        w.setInteractive(false);
        QSignalSpy ready(&w, &MainWindow::demoReady);
        QSignalSpy errors(&w, &MainWindow::errorOccurred);
        w.openDemo(true);
        QVERIFY(waitResponsively(ready));
        QCOMPARE(ready.first().first().toBool(), false);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().first().toString().contains(QLatin1String("could not be read")),
                 qPrintable(errors.first().first().toString()));
        QVERIFY(!QFileInfo::exists(DemoProject::defaultPath()));
        QVERIFY(!w.project());
    }

    void demoOnAFullDiskLeavesNoHalfProject()
    {
        AppSettings settings;
        MainWindow w(settings);
        w.setInteractive(false);
        QSignalSpy ready(&w, &MainWindow::demoReady);
        QSignalSpy errors(&w, &MainWindow::errorOccurred);
        FaultyVfs::failAfter(0);
        w.openDemo(true);
        QVERIFY(waitResponsively(ready));
        QCOMPARE(ready.first().first().toBool(), false);
        QCOMPARE(errors.size(), 1);
        QVERIFY(!QFileInfo::exists(DemoProject::defaultPath()));
    }
};

QTEST_MAIN(TestLongJobFailures)
#include "TestLongJobFailures.moc"
