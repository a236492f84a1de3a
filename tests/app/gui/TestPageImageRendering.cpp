#include "AppSettings.h"
#include "DocumentView.h"
#include "MainWindow.h"
#include "PageImageView.h"
#include "TestDir.h"
#include "Translations.h"
#include "store/ProjectStore.h"
#include "store/Transaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QSignalSpy>
#include <QTest>
#include <unistd.h>

using namespace quarry;
using namespace quarry::gui;

namespace {

QByteArray textPdf(const QString& path, const QStringList& pages)
{
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        QPainter painter(&writer);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSize(14);
        painter.setFont(font);
        for (qsizetype i = 0; i < pages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            painter.drawText(250, 300, pages[i]);
            painter.fillRect(250, 400, 1500, 200, Qt::black); // ink that any DPI shows
        }
    }
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A PDF document as ingest leaves it: the document row, each page's text, the file's bytes.
void addPdfDocument(Database& db, qint64 id, const QString& name, const QString& pdfPath,
                    const QStringList& pages)
{
    Statement doc =
        db.prepare(QStringLiteral("INSERT INTO documents(id, name, source_path, sha256, size_bytes, kind, "
                                  "status, page_count, ingested_at, "
                                  "updated_at) VALUES (?, ?, ?, ?, 10, 'pdf', 'ok', ?, 't', 't')"));
    doc.bindAll(id, name, pdfPath, QStringLiteral("sha-%1").arg(id), qint64(pages.size()));
    doc.run();
    Statement page = db.prepare(
        QStringLiteral("INSERT INTO pages(document_id, page_no, method, text) VALUES (?, ?, 'text', ?)"));
    for (qsizetype i = 0; i < pages.size(); ++i) {
        page.bindAll(id, qint64(i + 1), pages[i]);
        page.run();
        page.reset();
    }
    Statement file =
        db.prepare(QStringLiteral("INSERT INTO document_files(document_id, data) VALUES (?, ?)"));
    file.bindAll(id, textPdf(pdfPath, pages));
    file.run();
}

// Processes whose parent is this test: workers left behind would show up here.
QStringList childProcesses()
{
    QStringList children;
    const QString me = QString::number(::getpid());
    for (const QString& pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // pid (comm) state ppid ...: the command may hold spaces, so read after its closing ')'.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> rest = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (rest.size() > 1 && QString::fromLatin1(rest[1]) == me)
            children << QString::fromLatin1(line.left(line.lastIndexOf(')') + 1));
    }
    return children;
}

} // namespace

class TestPageImageRendering : public QObject
{
    Q_OBJECT
private:
    test::TestDir m_config;

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        Translations::install(QStringLiteral("en"));
        qputenv("QUARRY_WORKER", QUARRY_TEST_WORKER);
        // A file named *QUARRY-RENDER-CRASH* crashes the worker when a page of it is drawn.
        qputenv("QUARRY_WORKER_TEST_HOOKS", "1");
    }

    void drawsPagesInTheWorkerAndShowsACrashInsteadOfAnImage()
    {
        test::TestDir dir;
        const QString path = dir.path(QStringLiteral("pages.quarry"));
        {
            auto store = ProjectStore::create(path);
            Database& db = store->db();
            Transaction tx(db);
            addPdfDocument(db, 1, QStringLiteral("manual.pdf"), dir.path(QStringLiteral("manual.pdf")),
                           {QStringLiteral("Pump manual page one"), QStringLiteral("Page two")});
            addPdfDocument(db, 2, QStringLiteral("hostile-QUARRY-RENDER-CRASH.pdf"),
                           dir.path(QStringLiteral("h.pdf")), {QStringLiteral("Text that parsed fine")});
            tx.commit();
        }
        {
            AppSettings settings;
            MainWindow w(settings);
            w.setInteractive(false);
            w.show();
            QVERIFY(w.openProject(path));
            DocumentView* view = w.documentView();
            PageImageView* image = view->imageView();
            QSignalSpy shown(view, &DocumentView::pageImageShown);

            // The text is there at once; the image follows from the worker.
            view->showDocument(1);
            QCOMPARE(view->pageText(), QStringLiteral("Pump manual page one"));
            QVERIFY(view->isDrawingPage());
            QCOMPARE(image->message(), QStringLiteral("Rendering page…"));
            QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 20000);
            QCOMPARE(shown.at(0).at(0).toBool(), true);
            QVERIFY(qAbs(image->image().width() - 794) <= 1); // A4 at 96 DPI
            QVERIFY(qAbs(image->image().height() - 1123) <= 1);
            QVERIFY(!view->isDrawingPage());

            // Leaving a page before its image came: only the last page asked for is shown.
            shown.clear();
            view->showPage(2);
            view->showPage(1);
            QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 20000);
            // The one image shown is page 1's and nothing is being drawn: a late result for page 2
            // carries an older request number and imageDrawn() drops it.
            QCOMPARE(view->pageNo(), 1);
            QVERIFY(!view->isDrawingPage());
            QCOMPARE(shown.count(), 1);

            // A file that crashes the renderer: the reason instead of the image, the text still there.
            shown.clear();
            view->showDocument(2);
            QCOMPARE(view->pageText(), QStringLiteral("Text that parsed fine"));
            QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 20000);
            QCOMPARE(shown.at(0).at(0).toBool(), false);
            QVERIFY(image->image().isNull());
            QVERIFY2(image->message().contains(QLatin1String("the renderer crashed on this file")),
                     qPrintable(image->message()));

            // The next page comes from a new worker.
            shown.clear();
            view->showDocument(1);
            QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 20000);
            QCOMPARE(shown.at(0).at(0).toBool(), true);
            QVERIFY(!image->image().isNull());
            QVERIFY(!childProcesses().isEmpty()); // the render worker, alive between pages
        }
        // Closing the window ends the render worker.
        QTRY_VERIFY2_WITH_TIMEOUT(childProcesses().isEmpty(),
                                  qPrintable(childProcesses().join(QLatin1Char(' '))), 5000);
    }

    void closingWhileARendererHangsDoesNotWaitForIt()
    {
        test::TestDir dir;
        const QString path = dir.path(QStringLiteral("hang.quarry"));
        {
            auto store = ProjectStore::create(path);
            Database& db = store->db();
            Transaction tx(db);
            addPdfDocument(db, 1, QStringLiteral("stuck-QUARRY-RENDER-HANG.pdf"),
                           dir.path(QStringLiteral("s.pdf")), {QStringLiteral("Stuck")});
            tx.commit();
        }
        QElapsedTimer closing;
        {
            AppSettings settings;
            MainWindow w(settings);
            w.setInteractive(false);
            w.show();
            QVERIFY(w.openProject(path));
            w.documentView()->showDocument(1);
            QCOMPARE(w.documentView()->pageText(), QStringLiteral("Stuck"));
            QTRY_VERIFY_WITH_TIMEOUT(!childProcesses().isEmpty(), 10000); // the worker is drawing (hung)
            QVERIFY(w.documentView()->isDrawingPage());
            closing.start();
        }
        // Not the 15 s time limit: the hung page is given up a second after it is no longer wanted.
        QVERIFY2(closing.elapsed() < 5000, qPrintable(QString::number(closing.elapsed())));
        QVERIFY2(childProcesses().isEmpty(), qPrintable(childProcesses().join(QLatin1Char(' '))));
    }
};

QTEST_MAIN(TestPageImageRendering)
#include "TestPageImageRendering.moc"
