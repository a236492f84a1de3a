#include "ProjectBuilder.h"
#include "TestDir.h"
#include "store/DocumentRepository.h"
#include "store/DocumentStatus.h"
#include "store/JobStatus.h"
#include "store/PageCorrections.h"
#include "store/ProjectStore.h"
#include "util/Error.h"
#include "util/SerialWorker.h"

#include <QTest>
#include <atomic>
#include <thread>

using namespace quarry;

class TestDocumentRepository : public QObject
{
    Q_OBJECT
private slots:
    // Every word the schema allows reads back as itself through its enum; others are refused.
    void enumsRoundTrip()
    {
        for (const char* w : {"pending", "ok", "ocr", "warnings", "failed", "unsupported"})
            QCOMPARE(toString(documentStatusFromString(QString::fromLatin1(w)).value()), QLatin1String(w));
        for (const char* w : {"pdf", "image", "text", "markdown", "docx", "html", "hwp", "hwpx", "unknown"})
            QCOMPARE(toString(documentKindFromString(QString::fromLatin1(w)).value()), QLatin1String(w));
        for (const char* w : {"queued", "running", "done", "failed", "skipped"})
            QCOMPARE(toString(jobStatusFromString(QString::fromLatin1(w)).value()), QLatin1String(w));
        for (const char* w : {"text", "ocr", "none"})
            QCOMPARE(toString(pageMethodFromString(QString::fromLatin1(w)).value()), QLatin1String(w));
        QVERIFY(!documentStatusFromString(u"OK"));
        QVERIFY(!documentKindFromString(u"exe"));
        QVERIFY(!jobStatusFromString(u""));
        QCOMPARE(Error::kindFromName(Error::kindName(Error::Kind::NeedsPassword)),
                 Error::Kind::NeedsPassword);
        QVERIFY(Error::kindFromName(u"something newer") == Error::Kind::Generic);
    }

    void documentsAndPages()
    {
        test::TestDir dir;
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        test::ProjectBuilder builder(store->db());
        test::ProjectBuilder::Document scan;
        scan.name = QStringLiteral("b-scan.png");
        scan.kind = QStringLiteral("image");
        scan.status = QStringLiteral("ocr");
        scan.pages = {QStringLiteral("첫 쪽"), QStringLiteral("둘째 쪽")};
        scan.method = QStringLiteral("ocr");
        scan.dpi = 300;
        const qint64 scanId = builder.addDocument(scan);
        test::ProjectBuilder::Document broken;
        broken.name = QStringLiteral("a-broken.pdf");
        broken.kind = QStringLiteral("pdf");
        broken.status = QStringLiteral("failed");
        broken.error = QStringLiteral("the file is empty");
        const qint64 brokenId = builder.addDocument(broken);
        PageCorrections(*store).setCorrection(builder.pageId(scanId, 2), QStringLiteral("둘째 쪽 (고침)"));

        DocumentRepository repo(store->db());
        const QList<DocumentRow> byId = repo.list();
        QCOMPARE(byId.size(), 2);
        QCOMPARE(byId.at(0).id, scanId);
        QCOMPARE(repo.list(DocumentRepository::Order::ByName).at(0).id, brokenId);

        const DocumentRow s = repo.find(scanId).value();
        QCOMPARE(s.name, QStringLiteral("b-scan.png"));
        QVERIFY(s.kind == DocumentKind::Image);
        QVERIFY(s.status == DocumentStatus::Ocr);
        QCOMPARE(s.pageCount, 2);
        QVERIFY(s.hasPageImages());
        QVERIFY(s.error.isNull());
        const DocumentRow b = repo.find(brokenId).value();
        QVERIFY(b.status == DocumentStatus::Failed);
        QCOMPARE(b.error, QStringLiteral("the file is empty"));
        QVERIFY(!repo.find(999));
        QVERIFY(repo.exists(brokenId));
        QVERIFY(!repo.exists(999));

        // By id first, then by name; nothing for neither.
        QCOMPARE(repo.resolve(QString::number(brokenId)), brokenId);
        QCOMPARE(repo.resolve(QStringLiteral("b-scan.png")), scanId);
        QCOMPARE(repo.resolve(QStringLiteral("nope.pdf")), 0);

        const QList<PageRow> pages = repo.pages(scanId);
        QCOMPARE(pages.size(), 2);
        QCOMPARE(pages.at(0).text, QStringLiteral("첫 쪽"));
        QVERIFY(pages.at(0).method == PageMethod::Ocr);
        QCOMPARE(pages.at(0).dpi.value_or(0), 300);
        QVERIFY(!pages.at(0).corrected);
        // The effective text: the correction.
        QCOMPARE(pages.at(1).text, QStringLiteral("둘째 쪽 (고침)"));
        QVERIFY(pages.at(1).corrected);
        QCOMPARE(repo.page(scanId, 2)->id, pages.at(1).id);
        QVERIFY(!repo.page(scanId, 3));
        const QList<PageRow> summaries = repo.pageSummaries();
        QCOMPARE(summaries.size(), 2);
        QVERIFY(summaries.at(1).text.isEmpty()); // listings leave the text out
        QCOMPARE(summaries.at(1).pageNo, 2);
    }

    // Jobs run one at a time in the order posted; the destructor runs what was posted, then joins;
    // discardPending() drops what has not started.
    void serialWorkerRunsInOrder()
    {
        QList<int> order;
        std::atomic<int> concurrent{0};
        std::atomic<bool> overlapped{false};
        std::thread::id caller = std::this_thread::get_id();
        std::atomic<bool> onCaller{false};
        {
            SerialWorker worker;
            for (int i = 0; i < 50; ++i)
                worker.post([&, i] {
                    if (++concurrent > 1)
                        overlapped = true;
                    if (std::this_thread::get_id() == caller)
                        onCaller = true;
                    order << i; // only this thread writes while the worker lives
                    --concurrent;
                });
        }
        QCOMPARE(order.size(), 50);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(order.at(i), i);
        QVERIFY(!overlapped);
        QVERIFY(!onCaller);

        std::atomic<bool> started{false};
        std::atomic<bool> release{false};
        std::atomic<int> ran{0};
        {
            SerialWorker worker;
            worker.post([&] {
                started = true;
                while (!release)
                    std::this_thread::yield();
                ++ran;
            });
            for (int i = 0; i < 10; ++i)
                worker.post([&] { ++ran; });
            while (!started)
                std::this_thread::yield();
            worker.discardPending();
            release = true;
        }
        QCOMPARE(ran.load(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDocumentRepository)
#include "TestDocumentRepository.moc"
