#include "IngestFixtures.h"
#include "TestDir.h"
#include "ingest/IngestPipeline.h"
#include "ingest/PageRenderer.h"
#include "store/ProjectStore.h"
#include "store/Transaction.h"
#include "util/Error.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace quarry;

namespace {

struct Doc
{
    qint64 id = 0;
    QString status;
    QString kind;
    QString error;
    int pages = 0;
    QString encoding;
    QString title;
};

Doc docByName(ProjectStore& store, const QString& name)
{
    Statement st = store.db().prepare(QStringLiteral(
        "SELECT id, status, kind, coalesce(error, ''), page_count, coalesce(encoding, ''), coalesce(title, '') "
        "FROM documents WHERE name = ?"));
    st.bind(1, name);
    Doc d;
    if (st.step())
        d = {st.int64(0), st.text(1), st.text(2), st.text(3), st.int32(4), st.text(5), st.text(6)};
    return d;
}

QString pageField(ProjectStore& store, qint64 doc, int page, const QString& column)
{
    Statement st = store.db().prepare(
        QStringLiteral("SELECT coalesce(%1, '') FROM pages WHERE document_id = ? AND page_no = ?").arg(column));
    st.bindAll(doc, qint64(page));
    return st.step() ? st.text(0) : QStringLiteral("<no page>");
}

qint64 count(ProjectStore& store, const QString& sql)
{
    return store.db().queryInt(sql);
}

QByteArray pngBytes(const QImage& img, const char* format)
{
    QByteArray out;
    QBuffer buf(&out);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, format, 90);
    return out;
}

IngestPipeline::Options fastOptions()
{
    IngestPipeline::Options o;
    o.pageTimeoutMs = 60000;
    return o;
}

} // namespace

class TestIngestPipeline : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qputenv("QUARRY_WORKER", QUARRY_TEST_WORKER);
        qunsetenv("QUARRY_WORKER_TEST_HOOKS");
    }

    void textLayerPdfs()
    {
        test::TestDir dir;
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        test::writeTextPdf(dir.path(QStringLiteral("en.pdf")),
                           {QStringLiteral("Annual maintenance report\nThe press runs at 180 bar."),
                            QStringLiteral("Second page about safety.")},
                           {}, QStringLiteral("Maintenance"));
        test::writeTextPdf(dir.path(QStringLiteral("ko.pdf")), {QStringLiteral("설비 점검 안내문: 유압을 확인한다")},
                           test::cjkFamily());
        IngestPipeline pipeline(*store, fastOptions());
        QSignalSpy finished(&pipeline, &IngestPipeline::fileFinished);
        QSignalSpy progress(&pipeline, &IngestPipeline::pageProgress);
        const IngestSummary s = pipeline.run({dir.path(QStringLiteral("en.pdf")), dir.path(QStringLiteral("ko.pdf"))});
        QCOMPARE(s.files, 2);
        QCOMPARE(s.ok, 2);
        QCOMPARE(s.pages, 3);
        QCOMPARE(finished.size(), 2);
        QCOMPARE(progress.size(), 3);

        const Doc en = docByName(*store, QStringLiteral("en.pdf"));
        QCOMPARE(en.status, QStringLiteral("ok"));
        QCOMPARE(en.kind, QStringLiteral("pdf"));
        QCOMPARE(en.pages, 2);
        QCOMPARE(en.title, QStringLiteral("Maintenance"));
        QCOMPARE(pageField(*store, en.id, 1, QStringLiteral("method")), QStringLiteral("text"));
        QVERIFY(pageField(*store, en.id, 1, QStringLiteral("text")).contains(QStringLiteral("180 bar")));
        QVERIFY(pageField(*store, en.id, 1, QStringLiteral("raw_text")).contains(QStringLiteral("Annual maintenance")));
        QVERIFY(pageField(*store, en.id, 2, QStringLiteral("text")).contains(QStringLiteral("safety")));
        QVERIFY(!pageField(*store, en.id, 1, QStringLiteral("width_pt")).isEmpty());
        const Doc ko = docByName(*store, QStringLiteral("ko.pdf"));
        QCOMPARE(ko.status, QStringLiteral("ok"));
        QVERIFY(pageField(*store, ko.id, 1, QStringLiteral("text")).contains(QStringLiteral("설비 점검 안내문")));

        // The original bytes are kept, and every job is done.
        QFile f(dir.path(QStringLiteral("en.pdf")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        Statement st = store->db().prepare(QStringLiteral("SELECT data FROM document_files WHERE document_id = ?"));
        st.bind(1, en.id);
        QVERIFY(st.step());
        QCOMPARE(st.blob(0), f.readAll());
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM ingest_jobs WHERE status = 'done'")), 2);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'document'")), 2);

        // The document view renders pages from the stored bytes.
        const QImage page = PageRenderer::renderPage(store->db(), en.id, 2, 50);
        QVERIFY(!page.isNull());
        QVERIFY(qAbs(page.width() - 413) <= 2);
        QVERIFY_THROWS_EXCEPTION(Error, PageRenderer::renderPage(store->db(), en.id, 3, 50));
    }

    void noticeScanKeepsTesseractsSpacingAndItsRecord()
    {
        // The real scan of issue 13, through workers and the store: the stored text is spaced as
        // Tesseract spaces it, the page was enlarged and says so, the document is not flagged.
        test::TestDir dir;
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        QFile scan(QStringLiteral(QUARRY_OCR_TEST_DATA "/notice-ko-scan.jpg"));
        QFile truthFile(QStringLiteral(QUARRY_OCR_TEST_DATA "/notice-ko.txt"));
        QVERIFY(scan.open(QIODevice::ReadOnly) && truthFile.open(QIODevice::ReadOnly));
        dir.write(QStringLiteral("notice-ko-scan.jpg"), scan.readAll());
        const QString truth = QString::fromUtf8(truthFile.readAll());
        IngestPipeline pipeline(*store, fastOptions());
        const IngestSummary s = pipeline.run({dir.path(QStringLiteral("notice-ko-scan.jpg"))});
        QCOMPARE(s.ocr, 1);
        const Doc d = docByName(*store, QStringLiteral("notice-ko-scan.jpg"));
        QCOMPARE(d.status, QStringLiteral("ocr"));
        const QString text = pageField(*store, d.id, 1, QStringLiteral("text"));
        const double cer = test::cer(truth, text);
        qInfo("notice through the pipeline: CER %.3f", cer);
        QVERIFY2(cer <= 0.03, qPrintable(QStringLiteral("CER %1: %2").arg(cer).arg(text)));
        QVERIFY2(text.contains(QStringLiteral("작업자는 프레스를 가동하기 전에")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("minsu.kim@example.co.kr")));
        const QJsonArray warnings =
            QJsonDocument::fromJson(pageField(*store, d.id, 1, QStringLiteral("warnings")).toUtf8()).array();
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().toString().contains(QStringLiteral("enlarged 1.50×")),
                 qPrintable(warnings.first().toString()));
        QCOMPARE(pageField(*store, d.id, 1, QStringLiteral("dpi")), QStringLiteral("200"));
        // Words are written words, their offsets cover them in the clean text and their boxes lie
        // on the 2110 x 1020 px scan.
        Statement st = store->db().prepare(QStringLiteral(
            "SELECT w.text, w.text_start, w.text_end, p.text, w.x, w.y, w.w, w.h FROM ocr_words w "
            "JOIN pages p ON p.id = w.page_id ORDER BY w.seq"));
        int words = 0;
        bool name = false;
        while (st.step()) {
            ++words;
            QCOMPARE(st.text(3).mid(st.int32(1), st.int32(2) - st.int32(1)), st.text(0));
            QVERIFY(
                QRect(0, 0, 2110, 1020).contains(QRect(st.int32(4), st.int32(5), st.int32(6), st.int32(7))));
            name = name || st.text(0) == QStringLiteral("김민수");
        }
        QVERIFY(words > 60);
        QVERIFY(name);
    }

    void scansAndImagesAreOcred()
    {
        test::TestDir dir;
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        const QString family = test::cjkFamily();
        const QStringList ko{QStringLiteral("설비 점검 안내문"), QStringLiteral("주민등록번호 850312-1234567")};
        const QStringList en{QStringLiteral("Pressure must stay between 180 and 210 bar."),
                             QStringLiteral("Report problems to the shift leader.")};
        const QStringList mixed{QStringLiteral("점검 결과 Inspection result 2024")};
        test::writeImagePdf(dir.path(QStringLiteral("scan.pdf")), {test::renderTextImage(en, family)});
        dir.write(QStringLiteral("ko.png"), pngBytes(test::renderTextImage(ko, family), "PNG"));
        dir.write(QStringLiteral("en.jpg"), pngBytes(test::renderTextImage(en, family), "JPEG"));
        QVERIFY(test::writeTiff(dir.path(QStringLiteral("two.tiff")),
                                {test::renderTextImage(mixed, family), test::renderTextImage(en.mid(0, 1), family)}));

        IngestPipeline pipeline(*store, fastOptions());
        QElapsedTimer timer;
        timer.start();
        const IngestSummary s = pipeline.run({dir.path()});
        qInfo("5 OCR pages in %lld ms", timer.elapsed());
        QCOMPARE(s.files, 4);
        QCOMPARE(s.ocr, 4);
        QCOMPARE(s.pages, 5);

        struct Expect
        {
            QString name;
            int page;
            QStringList lines;
        };
        for (const Expect& e : {Expect{QStringLiteral("scan.pdf"), 1, en}, Expect{QStringLiteral("ko.png"), 1, ko},
                                Expect{QStringLiteral("en.jpg"), 1, en}, Expect{QStringLiteral("two.tiff"), 1, mixed},
                                Expect{QStringLiteral("two.tiff"), 2, en.mid(0, 1)}}) {
            const Doc d = docByName(*store, e.name);
            QCOMPARE(d.status, QStringLiteral("ocr"));
            QCOMPARE(d.kind, e.name.endsWith(QLatin1String(".pdf")) ? QStringLiteral("pdf") : QStringLiteral("image"));
            QCOMPARE(pageField(*store, d.id, e.page, QStringLiteral("method")), QStringLiteral("ocr"));
            const QString text = pageField(*store, d.id, e.page, QStringLiteral("text"));
            const double cer = test::cer(e.lines.join(QLatin1Char('\n')), text);
            qInfo("%s p%d CER %.3f", qPrintable(e.name), e.page, cer);
            // Spaces counted; measured 0.000 on every one of these clean renderings.
            QVERIFY2(cer <= 0.02, qPrintable(QStringLiteral("%1: CER %2: %3").arg(e.name).arg(cer).arg(text)));
            QVERIFY(pageField(*store, d.id, e.page, QStringLiteral("ocr_confidence")).toDouble() > 50);
            QCOMPARE(pageField(*store, d.id, e.page, QStringLiteral("dpi")), QStringLiteral("300"));
        }
        const QString koText = pageField(*store, docByName(*store, QStringLiteral("ko.png")).id, 1, QStringLiteral("text"));
        QVERIFY2(koText.contains(QStringLiteral("850312-1234567")), qPrintable(koText));

        // Word boxes point into the clean page text.
        Statement st = store->db().prepare(QStringLiteral(
            "SELECT w.text, w.text_start, w.text_end, p.text, w.confidence, w.w FROM ocr_words w "
            "JOIN pages p ON p.id = w.page_id"));
        int words = 0;
        int matching = 0;
        while (st.step()) {
            ++words;
            const QString page = st.text(3);
            const int a = st.int32(1);
            const int b = st.int32(2);
            QVERIFY(a >= 0 && b >= a && b <= page.size());
            QVERIFY(st.int32(5) > 0);
            if (page.mid(a, b - a) == st.text(0))
                ++matching;
        }
        QVERIFY(words > 20);
        QVERIFY2(matching * 10 >= words * 9, qPrintable(QStringLiteral("%1 of %2").arg(matching).arg(words)));

        // A TIFF page renders for the document view.
        QVERIFY(!PageRenderer::renderPage(store->db(), docByName(*store, QStringLiteral("two.tiff")).id, 2, 150).isNull());
    }

    void encryptedPdf()
    {
        test::TestDir dir;
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        dir.write(QStringLiteral("enc.pdf"), test::encryptedPdf(QStringLiteral("s3cret"), QStringLiteral("Hidden figures")));
        {
            IngestPipeline pipeline(*store, fastOptions());
            QSignalSpy finished(&pipeline, &IngestPipeline::fileFinished);
            pipeline.run({dir.path(QStringLiteral("enc.pdf"))});
            const Doc d = docByName(*store, QStringLiteral("enc.pdf"));
            QCOMPARE(d.status, QStringLiteral("failed"));
            QVERIFY2(d.error.contains(QStringLiteral("password")), qPrintable(d.error));
            // Callers tell "needs a password" by the error kind, which crosses the worker process.
            QCOMPARE(finished.size(), 1);
            const auto r = finished.at(0).at(0).value<IngestFileResult>();
            QCOMPARE(toString(r.status), QStringLiteral("failed"));
            QCOMPARE(toString(r.kind), QStringLiteral("pdf"));
            QVERIFY(r.errorKind == Error::Kind::NeedsPassword);
        }
        {
            IngestPipeline::Options o = fastOptions();
            o.password = QStringLiteral("wrong");
            IngestPipeline pipeline(*store, o);
            QSignalSpy finished(&pipeline, &IngestPipeline::fileFinished);
            pipeline.run({dir.path(QStringLiteral("enc.pdf"))});
            QVERIFY(docByName(*store, QStringLiteral("enc.pdf")).error.contains(QStringLiteral("wrong password")));
            QVERIFY(finished.at(0).at(0).value<IngestFileResult>().errorKind == Error::Kind::NeedsPassword);
        }
        {
            // A failed document is retried when ingested again, here with the right password.
            IngestPipeline::Options o = fastOptions();
            o.password = QStringLiteral("s3cret");
            IngestPipeline pipeline(*store, o);
            pipeline.run({dir.path(QStringLiteral("enc.pdf"))});
            const Doc d = docByName(*store, QStringLiteral("enc.pdf"));
            QVERIFY2(d.status == QLatin1String("ok"), qPrintable(store->db().queryText(QStringLiteral("SELECT warnings || coalesce(error, '') FROM documents"))));
            QVERIFY(pageField(*store, d.id, 1, QStringLiteral("text")).contains(QStringLiteral("Hidden figures")));
            QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM documents")), 1);
        }
    }

    void brokenAndUnsupportedFiles()
    {
        test::TestDir dir;
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        test::writeTextPdf(dir.path(QStringLiteral("good.pdf")), {QStringLiteral("A good page of text.")});
        QFile good(dir.path(QStringLiteral("good.pdf")));
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QByteArray bytes = good.readAll();
        dir.write(QStringLiteral("truncated.pdf"), bytes.left(bytes.size() / 3));
        dir.write(QStringLiteral("garbage.pdf"), QByteArray(3000, '\x07'));
        dir.write(QStringLiteral("header-only.pdf"), QByteArray("%PDF-1.7\n") + QByteArray(2000, 'z'));
        dir.write(QStringLiteral("empty.pdf"), QByteArray());
        QByteArray binary(600, '\0');
        for (qsizetype i = 0; i < binary.size(); ++i)
            binary[i] = char((i * 37) & 0xff);
        dir.write(QStringLiteral("data.xyz"), binary);
        dir.write(QStringLiteral("broken.png"), QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, 'q'));
        dir.write(QStringLiteral(".hidden.pdf"), bytes);

        IngestPipeline pipeline(*store, fastOptions());
        QSignalSpy finished(&pipeline, &IngestPipeline::fileFinished);
        const IngestSummary s = pipeline.run({dir.path()});
        QCOMPARE(s.files, 7); // the hidden file and the project itself are not ingested
        // A damaged PDF is not mistaken for one that wants a password (the GUI would ask for one).
        QCOMPARE(finished.size(), 7);
        for (const QList<QVariant>& args : finished)
            QVERIFY(args.at(0).value<IngestFileResult>().errorKind != Error::Kind::NeedsPassword);
        QCOMPARE(docByName(*store, QStringLiteral("good.pdf")).status, QStringLiteral("ok"));
        for (const QString& name : {QStringLiteral("truncated.pdf"), QStringLiteral("garbage.pdf"),
                                    QStringLiteral("header-only.pdf"), QStringLiteral("empty.pdf"),
                                    QStringLiteral("broken.png")}) {
            const Doc d = docByName(*store, name);
            QVERIFY2(d.id > 0, qPrintable(name));
            QVERIFY2(d.status == QLatin1String("failed") || d.status == QLatin1String("warnings"),
                     qPrintable(name + QLatin1Char(' ') + d.status));
            QVERIFY2(!d.error.isEmpty() || d.status == QLatin1String("warnings"), qPrintable(name));
        }
        QVERIFY(docByName(*store, QStringLiteral("empty.pdf")).error.contains(QStringLiteral("empty")));
        QVERIFY(docByName(*store, QStringLiteral("garbage.pdf")).error.contains(QStringLiteral("not a PDF")));
        const Doc xyz = docByName(*store, QStringLiteral("data.xyz"));
        QCOMPARE(xyz.status, QStringLiteral("unsupported"));
        QVERIFY(xyz.error.contains(QStringLiteral(".xyz")));
        QCOMPARE(docByName(*store, QStringLiteral(".hidden.pdf")).id, 0);

        // Files too large for the limit are recorded as failed without being read whole.
        IngestPipeline::Options o = fastOptions();
        o.maxFileBytes = 100;
        IngestPipeline small(*store, o);
        dir.write(QStringLiteral("big/large.txt"), QByteArray(1000, 'a'));
        small.run({dir.path(QStringLiteral("big/large.txt"))});
        const Doc large = docByName(*store, QStringLiteral("large.txt"));
        QCOMPARE(large.status, QStringLiteral("failed"));
        QVERIFY(large.error.contains(QStringLiteral("too large")));
    }

    void duplicatesAreSkippedOrReplacedKeepingCorrections()
    {
        test::TestDir dir;
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        test::writeTextPdf(dir.path(QStringLiteral("a.pdf")), {QStringLiteral("Page one"), QStringLiteral("Page two")});
        QVERIFY(QFile::copy(dir.path(QStringLiteral("a.pdf")), dir.path(QStringLiteral("copy-of-a.pdf"))));
        {
            IngestPipeline pipeline(*store, fastOptions());
            const IngestSummary s = pipeline.run({dir.path(QStringLiteral("a.pdf")), dir.path(QStringLiteral("copy-of-a.pdf"))});
            QCOMPARE(s.ok, 1);
            QCOMPARE(s.skipped, 1);
        }
        const Doc a = docByName(*store, QStringLiteral("a.pdf"));
        const QString pageId = pageField(*store, a.id, 1, QStringLiteral("id"));
        {
            Transaction tx(store->db());
            store->db().exec(QStringLiteral("UPDATE pages SET corrected_text = 'Page ONE (fixed)', corrected_by = 'me' "
                                            "WHERE page_no = 1"));
            tx.commit();
        }
        {
            IngestPipeline pipeline(*store, fastOptions());
            QCOMPARE(pipeline.run({dir.path(QStringLiteral("a.pdf"))}).skipped, 1);
        }
        {
            IngestPipeline::Options o = fastOptions();
            o.replace = true;
            IngestPipeline pipeline(*store, o);
            QSignalSpy spy(&pipeline, &IngestPipeline::fileFinished);
            QCOMPARE(pipeline.run({dir.path(QStringLiteral("a.pdf"))}).ok, 1);
            QVERIFY(spy.at(0).at(0).value<IngestFileResult>().replaced);
        }
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM documents")), 1);
        QCOMPARE(docByName(*store, QStringLiteral("a.pdf")).id, a.id);
        QCOMPARE(pageField(*store, a.id, 1, QStringLiteral("id")), pageId);
        QCOMPARE(pageField(*store, a.id, 1, QStringLiteral("corrected_text")), QStringLiteral("Page ONE (fixed)"));
        QVERIFY(pageField(*store, a.id, 1, QStringLiteral("text")).contains(QStringLiteral("Page one")));
    }

    void workerCrashAndHangAreContained()
    {
        test::TestDir dir;
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        test::writeTextPdf(dir.path(QStringLiteral("1-ok.pdf")), {QStringLiteral("first fine file")});
        test::writeTextPdf(dir.path(QStringLiteral("2-QUARRY-CRASH.pdf")), {QStringLiteral("never read")});
        test::writeTextPdf(dir.path(QStringLiteral("3-QUARRY-HANG.pdf")), {QStringLiteral("never read either")});
        test::writeTextPdf(dir.path(QStringLiteral("4-pages.pdf")),
                           {QStringLiteral("Alpha is okay"), QStringLiteral("QUARRY-CRASH-PAGE two"),
                            QStringLiteral("Gamma works okay too"), QStringLiteral("QUARRY-HANG-PAGE four"),
                            QStringLiteral("Epsilon ends okay")});
        test::writeTextPdf(dir.path(QStringLiteral("5-ok.pdf")), {QStringLiteral("last fine file")});

        qputenv("QUARRY_WORKER_TEST_HOOKS", "1");
        IngestPipeline::Options o = fastOptions();
        o.pageTimeoutMs = 4000; // generous for a loaded or sanitizer build; the hangs cost two of these
        IngestPipeline pipeline(*store, o);
        // No clock: the hangs' messages below show that the page time limit stopped them.
        const IngestSummary s = pipeline.run({dir.path()});
        qunsetenv("QUARRY_WORKER_TEST_HOOKS");
        QCOMPARE(s.files, 5);
        QCOMPARE(docByName(*store, QStringLiteral("1-ok.pdf")).status, QStringLiteral("ok"));
        QCOMPARE(docByName(*store, QStringLiteral("5-ok.pdf")).status, QStringLiteral("ok"));
        const Doc crash = docByName(*store, QStringLiteral("2-QUARRY-CRASH.pdf"));
        QCOMPARE(crash.status, QStringLiteral("failed"));
        QVERIFY2(crash.error.contains(QStringLiteral("crashed")), qPrintable(crash.error));
        const Doc hang = docByName(*store, QStringLiteral("3-QUARRY-HANG.pdf"));
        QCOMPARE(hang.status, QStringLiteral("failed"));
        QVERIFY2(hang.error.contains(QStringLiteral("longer than")), qPrintable(hang.error));
        const Doc pages = docByName(*store, QStringLiteral("4-pages.pdf"));
        QCOMPARE(pages.status, QStringLiteral("warnings"));
        QCOMPARE(pages.pages, 5);
        QVERIFY2(pages.error.contains(QStringLiteral("2 of 5 pages failed")), qPrintable(pages.error));
        QCOMPARE(pageField(*store, pages.id, 2, QStringLiteral("method")), QStringLiteral("none"));
        QVERIFY(pageField(*store, pages.id, 2, QStringLiteral("warnings")).contains(QStringLiteral("crashed")));
        QVERIFY(pageField(*store, pages.id, 4, QStringLiteral("warnings")).contains(QStringLiteral("no result within")));
        for (int p : {1, 3, 5})
            QVERIFY2(pageField(*store, pages.id, p, QStringLiteral("text")).contains(QStringLiteral("okay")),
                     qPrintable(pageField(*store, pages.id, p, QStringLiteral("raw_text") + QStringLiteral(" || '|' || footer || '|' || header || '|' || warnings"))));
    }

    void cancelStopsQuicklyAndResumes()
    {
        test::TestDir dir;
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        const QImage page = test::renderTextImage({QStringLiteral("A scanned page that takes a while to read.")},
                                                  QStringLiteral("DejaVu Sans"));
        for (int i = 0; i < 6; ++i)
            dir.write(QStringLiteral("scan-%1.png").arg(i), pngBytes(page.transformed(QTransform().rotate(i * 0.1)), "PNG"));

        IngestPipeline pipeline(*store, fastOptions());
        std::atomic<int> started{0};
        IngestSummary summary;
        QThread* thread = QThread::create([&] { summary = pipeline.run({dir.path()}); });
        // Cancel as soon as the first file is on its way; no file may start after that (counted by
        // the signal, not by a clock).
        connect(&pipeline, &IngestPipeline::fileStarted, &pipeline, [&] {
            if (started++ == 0)
                pipeline.cancel();
        }, Qt::DirectConnection);
        thread->start();
        QVERIFY(thread->wait(30000));
        delete thread;
        // At most the files already handed to the two worker slots when cancel() came, of six.
        QVERIFY2(started.load() <= fastOptions().workers, qPrintable(QString::number(started.load())));
        QVERIFY(summary.cancelled);
        QVERIFY(count(*store, QStringLiteral("SELECT count(*) FROM ingest_jobs WHERE status = 'queued'")) >= 5);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM ingest_jobs WHERE status = 'running'")), 0);

        // The next run, even with no paths, picks up what was left.
        IngestPipeline again(*store, fastOptions());
        const IngestSummary s = again.run({});
        QCOMPARE(s.ocr + summary.ocr, 6);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM documents WHERE status = 'ocr'")), 6);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM ingest_jobs WHERE status IN ('queued','running')")), 0);
    }

    void flowingTextFilesGoThroughTheFormatReaders()
    {
        test::TestDir dir;
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        const QString korean = QStringLiteral("설비 점검 안내문\n작업자는 유압을 확인한다.\n");
        dir.write(QStringLiteral("utf8.txt"), korean.toUtf8());
        QByteArray utf16("\xff\xfe", 2);
        for (const QChar c : korean) {
            utf16 += char(c.unicode() & 0xff);
            utf16 += char(c.unicode() >> 8);
        }
        dir.write(QStringLiteral("utf16.txt"), utf16);
        dir.write(QStringLiteral("notes.md"), QByteArray("# Title\n\nSome *Markdown* text.\n"));
        IngestPipeline pipeline(*store, fastOptions());
        const IngestSummary s = pipeline.run({dir.path()});
        QCOMPARE(s.files, 3);
        QCOMPARE(s.failed, 0);
        for (const QString& name : {QStringLiteral("utf8.txt"), QStringLiteral("utf16.txt")}) {
            const Doc d = docByName(*store, name);
            QCOMPARE(d.kind, QStringLiteral("text"));
            QVERIFY2(!d.encoding.isEmpty(), qPrintable(name));
            QCOMPARE(pageField(*store, d.id, 1, QStringLiteral("method")), QStringLiteral("text"));
            QVERIFY2(pageField(*store, d.id, 1, QStringLiteral("text")).contains(QStringLiteral("설비 점검 안내문")),
                     qPrintable(name));
        }
        QVERIFY(docByName(*store, QStringLiteral("utf16.txt")).encoding.contains(QStringLiteral("16")));
        const Doc md = docByName(*store, QStringLiteral("notes.md"));
        QCOMPARE(md.kind, QStringLiteral("markdown"));
        QVERIFY(pageField(*store, md.id, 1, QStringLiteral("text")).contains(QStringLiteral("Markdown")));
    }

    void ocrLanguagesComeFromTheProject()
    {
        test::TestDir dir;
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        store->setSetting(QStringLiteral("ocr.languages"), QStringLiteral("eng"));
        dir.write(QStringLiteral("en.png"), pngBytes(test::renderTextImage({QStringLiteral("English only")}, QStringLiteral("DejaVu Sans")), "PNG"));
        IngestPipeline pipeline(*store, fastOptions());
        pipeline.run({dir.path(QStringLiteral("en.png"))});
        QCOMPARE(store->db().queryText(QStringLiteral("SELECT ocr_languages FROM documents")), QStringLiteral("eng"));

        IngestPipeline::Options o = fastOptions();
        o.ocrLanguages = QStringLiteral("klingon");
        IngestPipeline bad(*store, o);
        QVERIFY_THROWS_EXCEPTION(Error, bad.run({dir.path(QStringLiteral("en.png"))}));
    }
};

QTEST_MAIN(TestIngestPipeline)
#include "TestIngestPipeline.moc"
