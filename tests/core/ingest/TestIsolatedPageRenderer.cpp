#include "IngestFixtures.h"
#include "ProjectBuilder.h"
#include "TestDir.h"
#include "ingest/IsolatedPageRenderer.h"
#include "ingest/PageRenderer.h"
#include "store/ProjectStore.h"
#include "store/Transaction.h"
#include "util/Error.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <algorithm>

using namespace quarry;

namespace {

// Pixels that are clearly not paper: the page is not blank.
int inkPixels(const QImage& image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    int ink = 0;
    for (int y = 0; y < gray.height(); ++y) {
        const uchar* line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            ink += line[x] < 128 ? 1 : 0;
    }
    return ink;
}

bool processExists(qint64 pid)
{
    return pid > 0 && QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
}

} // namespace

class TestIsolatedPageRenderer : public QObject
{
    Q_OBJECT
private:
    test::TestDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    qint64 m_nextId = 1;

    qint64 addDocument(const QString& name, const QString& kind, const QByteArray& data)
    {
        test::ProjectBuilder::Document d;
        d.id = m_nextId++;
        d.name = name;
        d.kind = kind;
        d.data = data; // null: the original is not stored
        d.pageCount = 1;
        return test::ProjectBuilder(m_store->db()).addDocument(d);
    }

    QByteArray pdf(const QStringList& pages)
    {
        const QString path = m_dir.path(QStringLiteral("tmp-%1.pdf").arg(m_nextId));
        test::writeTextPdf(path, pages);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return f.readAll();
    }

private slots:
    void initTestCase()
    {
        // The worker's fault markers (QUARRY-RENDER-CRASH/-HANG in a file name) are live here.
        qputenv("QUARRY_WORKER_TEST_HOOKS", "1");
        m_store = ProjectStore::create(m_dir.path(QStringLiteral("render.quarry")));
    }

    void cleanupTestCase() { m_store.reset(); }

    void drawsAPdfPageAtTheAskedResolution()
    {
        const qint64 id =
            addDocument(QStringLiteral("manual.pdf"), QStringLiteral("pdf"),
                        pdf({QStringLiteral("Pump maintenance manual"), QStringLiteral("Second page")}));
        IsolatedPageRenderer renderer(QStringLiteral(QUARRY_TEST_WORKER));
        const IsolatedPageRenderer::Document doc = renderer.load(m_store->db(), id);
        QCOMPARE(doc.kind, QStringLiteral("pdf"));

        // A4 at 96 DPI is 793.7 x 1122.5 pixels.
        const QImage page = renderer.render(doc, 1, 96);
        QVERIFY(qAbs(page.width() - 794) <= 1);
        QVERIFY(qAbs(page.height() - 1123) <= 1);
        QVERIFY(inkPixels(page) > 100);
        const QImage twice = renderer.render(doc, 1, 48);
        QVERIFY(qAbs(twice.width() - 397) <= 1);
        QVERIFY(inkPixels(renderer.render(doc, 2, 96)) > 50);

        // A warm worker draws one page after another (its speed is bench material, not a test's):
        // the same sizes as drawing in-process, and no second worker started.
        for (int i = 0; i < 7; ++i) {
            const QImage isolated = renderer.render(doc, 1 + i % 2, 96);
            const QImage inProcess = PageRenderer::renderPage(m_store->db(), id, 1 + i % 2, 96);
            QCOMPARE(isolated.size(), inProcess.size());
        }
        QCOMPARE(renderer.workerStarts(), 1);
    }

    void drawsAScannedImageScaledToTheAskedResolution()
    {
        QImage scan = test::renderTextImage({QStringLiteral("Inspection report 2024")}, QString(), 46, 1200);
        scan.setDotsPerMeterX(qRound(200 / 0.0254));
        scan.setDotsPerMeterY(qRound(200 / 0.0254));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(scan.save(&buffer, "PNG"));
        const qint64 id = addDocument(QStringLiteral("scan.png"), QStringLiteral("image"), png);

        IsolatedPageRenderer renderer(QStringLiteral(QUARRY_TEST_WORKER));
        const QImage page = renderer.render(renderer.load(m_store->db(), id), 1, 100);
        // 200 DPI stored, 100 DPI asked: half the size.
        QCOMPARE(page.width(), scan.width() / 2);
        QCOMPARE(page.height(), scan.height() / 2);
        QVERIFY(inkPixels(page) > 50);
    }

    void aMissingPageIsAnErrorAndTheWorkerStays()
    {
        const qint64 id =
            addDocument(QStringLiteral("short.pdf"), QStringLiteral("pdf"), pdf({QStringLiteral("One")}));
        IsolatedPageRenderer renderer(QStringLiteral(QUARRY_TEST_WORKER));
        const IsolatedPageRenderer::Document doc = renderer.load(m_store->db(), id);
        (void)renderer.render(doc, 1, 72);
        const qint64 pid = renderer.workerProcessId();
        try {
            (void)renderer.render(doc, 5, 72);
            QFAIL("page 5 of a one-page PDF was drawn");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QLatin1String("has no page 5")), qPrintable(e.message()));
        }
        QCOMPARE(renderer.workerProcessId(), pid);
    }

    void documentsWithoutImagesOrBytesAreRefusedReadably()
    {
        IsolatedPageRenderer renderer(QStringLiteral(QUARRY_TEST_WORKER));
        const qint64 text =
            addDocument(QStringLiteral("notes.txt"), QStringLiteral("text"), QByteArray("hello"));
        QVERIFY_THROWS_EXCEPTION(Error, renderer.load(m_store->db(), text));
        const qint64 big = addDocument(QStringLiteral("huge.pdf"), QStringLiteral("pdf"), QByteArray());
        try {
            (void)renderer.load(m_store->db(), big);
            QFAIL("a document without stored bytes loaded");
        } catch (const Error& e) {
            QVERIFY(e.message().contains(QLatin1String("not stored")));
        }
        QCOMPARE(renderer.workerProcessId(), qint64(0)); // nothing was started for them
    }

    void aCrashIsAnErrorAndTheNextPageIsDrawnByANewWorker()
    {
        const qint64 bad = addDocument(QStringLiteral("bad-QUARRY-RENDER-CRASH.pdf"), QStringLiteral("pdf"),
                                       pdf({QStringLiteral("Text that reads fine")}));
        const qint64 good =
            addDocument(QStringLiteral("good.pdf"), QStringLiteral("pdf"), pdf({QStringLiteral("Fine")}));
        IsolatedPageRenderer renderer(QStringLiteral(QUARRY_TEST_WORKER));
        (void)renderer.render(renderer.load(m_store->db(), good), 1, 72);
        const qint64 first = renderer.workerProcessId();
        QVERIFY(processExists(first));
        try {
            (void)renderer.render(renderer.load(m_store->db(), bad), 1, 96);
            QFAIL("the crash hook did not crash the worker");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QLatin1String("the renderer crashed on this file")),
                     qPrintable(e.message()));
            qInfo("%s", qPrintable(e.message()));
        }
        QCOMPARE(renderer.workerProcessId(), qint64(0));
        QVERIFY(!processExists(first)); // reaped, not a zombie
        QVERIFY(inkPixels(renderer.render(renderer.load(m_store->db(), good), 1, 96)) > 10);
        QCOMPARE(renderer.workerStarts(), 2);
        const qint64 second = renderer.workerProcessId();
        QVERIFY(second != first && processExists(second));
        renderer.stop();
        QVERIFY(!processExists(second));
    }

    void aHangIsKilledAtTheTimeLimit()
    {
        const qint64 hang = addDocument(QStringLiteral("slow-QUARRY-RENDER-HANG.pdf"), QStringLiteral("pdf"),
                                        pdf({QStringLiteral("Never drawn")}));
        const qint64 good =
            addDocument(QStringLiteral("fine.pdf"), QStringLiteral("pdf"), pdf({QStringLiteral("Fine")}));
        IsolatedPageRenderer renderer(QStringLiteral(QUARRY_TEST_WORKER), 2000);
        try {
            (void)renderer.render(renderer.load(m_store->db(), hang), 1, 96);
            QFAIL("the hang hook did not hang the worker");
        } catch (const Error& e) {
            // The limit given here (2 s), not the default 15 s, stopped it: said by the message,
            // so no clock is needed.
            QVERIFY2(e.message().contains(QLatin1String("took longer than 2 s")), qPrintable(e.message()));
        }
        QCOMPARE(renderer.workerProcessId(), qint64(0));
        QVERIFY(!renderer.render(renderer.load(m_store->db(), good), 1, 72).isNull());
    }

    void aCancelledSlowRequestIsAbandoned()
    {
        const qint64 hang = addDocument(QStringLiteral("stuck-QUARRY-RENDER-HANG.pdf"), QStringLiteral("pdf"),
                                        pdf({QStringLiteral("Never drawn")}));
        IsolatedPageRenderer renderer(QStringLiteral(QUARRY_TEST_WORKER));
        const std::atomic<bool> cancel{true};
        // Abandoned because of the cancel flag, not stopped at the 15 s limit: the error says which.
        try {
            (void)renderer.render(renderer.load(m_store->db(), hang), 1, 96, &cancel);
            QFAIL("a hanging render returned");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Cancelled);
            QVERIFY2(e.message().contains(QLatin1String("cancelled")), qPrintable(e.message()));
        }
        QCOMPARE(renderer.workerProcessId(), qint64(0));
    }
};

QTEST_MAIN(TestIsolatedPageRenderer)
#include "TestIsolatedPageRenderer.moc"
