// Workers run under an address-space limit: a file that needs more memory costs its page or file,
// with a reason that says so, and the rest of the batch goes on.

#include "CliRunner.h"
#include "IngestFixtures.h"
#include "TestDir.h"
#include "ingest/IngestPipeline.h"
#include "ingest/WorkerClient.h"
#include "store/ProjectStore.h"

#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTest>

using namespace quarry;

namespace {

// A page with no text layer, 4800 pt (66 inches) square: OCR at 300 DPI draws it as a
// 20000 x 20000 image, 1.6 GB in Splash's 32-bit bitmap. A crafted page can be this large.
void writeHugeScanPdf(const QString& path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QSizeF(4800, 4800), QPageSize::Point));
    writer.setResolution(72);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter p(&writer);
    QImage img(64, 64, QImage::Format_Grayscale8);
    img.fill(200);
    p.drawImage(QRect(0, 0, 4800, 4800), img);
    p.end();
}

struct DocRow
{
    QString status;
    QString error;
};

DocRow doc(ProjectStore& store, const QString& name)
{
    Statement st = store.db().prepare(
        QStringLiteral("SELECT status, coalesce(error, '') FROM documents WHERE name = ?"));
    st.bind(1, name);
    return st.step() ? DocRow{st.text(0), st.text(1)} : DocRow{};
}

QString pageText(ProjectStore& store, const QString& name, int pageNo)
{
    Statement st = store.db().prepare(QStringLiteral("SELECT p.text FROM pages p JOIN documents d ON d.id = "
                                                     "p.document_id WHERE d.name = ? AND p.page_no = ?"));
    st.bindAll(name, qint64(pageNo));
    return st.step() ? st.text(0) : QStringLiteral("<no page>");
}

bool sanitizedBuild()
{
#if defined(__SANITIZE_ADDRESS__)
    return true;
#else
    return false;
#endif
}

} // namespace

class TestWorkerMemoryLimit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qputenv("QUARRY_WORKER", QUARRY_TEST_WORKER);
        qunsetenv("QUARRY_WORKER_TEST_HOOKS");
        if (sanitizedBuild())
            QSKIP("AddressSanitizer reserves terabytes of address space, so sanitizer builds of "
                  "quarry-worker run "
                  "without RLIMIT_AS; the limit is tested in the other builds");
    }

    void hugePageCostsItsFileNotTheMachine()
    {
        test::TestDir dir;
        writeHugeScanPdf(dir.path(QStringLiteral("1-huge.pdf")));
        test::writeTextPdf(dir.path(QStringLiteral("2-fine.pdf")),
                           {QStringLiteral("Pressure check passed at 180 bar")});
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        IngestPipeline::Options o;
        o.workerMemoryMb = 512;
        IngestPipeline pipeline(*store, o);
        const IngestSummary s =
            pipeline.run({dir.path(QStringLiteral("1-huge.pdf")), dir.path(QStringLiteral("2-fine.pdf"))});
        QCOMPARE(s.files, 2);
        QCOMPARE(s.failed, 1);
        QCOMPARE(s.ok, 1);
        const DocRow huge = doc(*store, QStringLiteral("1-huge.pdf"));
        QCOMPARE(huge.status, QStringLiteral("failed"));
        QCOMPARE(huge.error,
                 QStringLiteral("page 1 was not read: it needs more memory than a worker may use (512 MB)"));
        QCOMPARE(doc(*store, QStringLiteral("2-fine.pdf")).status, QStringLiteral("ok"));
        QCOMPARE(pageText(*store, QStringLiteral("2-fine.pdf"), 1),
                 QStringLiteral("Pressure check passed at 180 bar"));
    }

    void allocatingPageCostsOnlyItsPage()
    {
        // The test hook makes page 2 allocate until the limit refuses (address space only, no RAM).
        test::TestDir dir;
        test::writeTextPdf(dir.path(QStringLiteral("three.pdf")),
                           {QStringLiteral("Page one text"), QStringLiteral("QUARRY-ALLOC page two"),
                            QStringLiteral("Page three text")});
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        store->setSetting(QStringLiteral("ingest.worker_memory_mb"), 700);
        qputenv("QUARRY_WORKER_TEST_HOOKS", "1");
        IngestPipeline pipeline(*store);
        QCOMPARE(pipeline.options().workerMemoryMb, qint64(700));
        const IngestSummary s = pipeline.run({dir.path(QStringLiteral("three.pdf"))});
        qunsetenv("QUARRY_WORKER_TEST_HOOKS");
        QCOMPARE(s.warnings, 1);
        const DocRow d = doc(*store, QStringLiteral("three.pdf"));
        QCOMPARE(d.status, QStringLiteral("warnings"));
        QCOMPARE(d.error, QStringLiteral(
                              "1 of 3 pages failed: page 2 was not read: it needs more memory than a worker "
                              "may use (700 MB)"));
        QCOMPARE(pageText(*store, QStringLiteral("three.pdf"), 1), QStringLiteral("Page one text"));
        QCOMPARE(pageText(*store, QStringLiteral("three.pdf"), 2), QString());
        QCOMPARE(pageText(*store, QStringLiteral("three.pdf"), 3), QStringLiteral("Page three text"));
    }

    void defaultAndCommandLine()
    {
        test::TestDir dir;
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        QCOMPARE(IngestPipeline(*store).options().workerMemoryMb, WorkerClient::DefaultMemoryLimitMb);
        store.reset();

        writeHugeScanPdf(dir.path(QStringLiteral("huge.pdf")));
        test::CliRunner cli;
        cli.environment().insert(QStringLiteral("QUARRY_WORKER"), QStringLiteral(QUARRY_TEST_WORKER));
        const test::CliResult bad = cli.run({QStringLiteral("ingest"), dir.path(QStringLiteral("p.quarry")),
                                             dir.path(QStringLiteral("huge.pdf")),
                                             QStringLiteral("--worker-memory"), QStringLiteral("12")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("--worker-memory")), qPrintable(bad.err));
        const test::CliResult r = cli.run({QStringLiteral("ingest"), dir.path(QStringLiteral("p.quarry")),
                                           dir.path(QStringLiteral("huge.pdf")),
                                           QStringLiteral("--worker-memory"), QStringLiteral("512")});
        QVERIFY2(r.out.contains(QStringLiteral("needs more memory than a worker may use (512 MB)")),
                 qPrintable(r.out));
    }
};

QTEST_MAIN(TestWorkerMemoryLimit)
#include "TestWorkerMemoryLimit.moc"
