#include "ProjectBuilder.h"
#include "TestDir.h"
#include "store/PageCorrections.h"
#include "store/ProjectStore.h"
#include "store/Transaction.h"
#include "util/Error.h"

#include <QTest>

using namespace quarry;

class TestPageCorrections : public QObject
{
    Q_OBJECT
private:
    // One OCRed page; where it holds a phone number (010-...), an accepted detection on it.
    static qint64 makePage(ProjectStore& store, const QString& text)
    {
        test::ProjectBuilder build(store.db());
        test::ProjectBuilder::Document d;
        d.id = 1;
        d.name = QStringLiteral("scan.png");
        d.kind = QStringLiteral("image");
        d.status = QStringLiteral("ocr");
        d.method = QStringLiteral("ocr");
        d.pages = {text};
        const qint64 page = build.pageId(build.addDocument(d), 1);
        const int at = int(text.indexOf(QStringLiteral("010")));
        if (at >= 0)
            build.addDetection(page, at, at + 13, QStringLiteral("PHONE"), QStringLiteral("accepted"));
        return page;
    }

private slots:
    void correctionWinsAndSurvivesReopen()
    {
        test::TestDir dir;
        const QString path = dir.path(QStringLiteral("p.quarry"));
        qint64 page = 0;
        {
            auto store = ProjectStore::create(path);
            store->setActor(QStringLiteral("lee"));
            page = makePage(*store, QStringLiteral("반장 김민수 과장 O1O-2345-6789 연락"));
            PageCorrections(*store).setCorrection(page,
                                                  QStringLiteral("반장 김민수 과장 010-2345-6789 연락"));
        }
        auto store = ProjectStore::open(path);
        PageCorrections corrections(*store);
        QCOMPARE(corrections.correction(page),
                 std::optional<QString>(QStringLiteral("반장 김민수 과장 010-2345-6789 연락")));
        QCOMPARE(store->db().queryText(QStringLiteral("SELECT coalesce(corrected_text, text) FROM pages")),
                 QStringLiteral("반장 김민수 과장 010-2345-6789 연락"));
        QCOMPARE(store->db().queryText(QStringLiteral("SELECT corrected_by FROM pages")),
                 QStringLiteral("lee"));
        const QList<AuditEntry> audit = store->audit().entries(QStringLiteral("page"), page);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, QStringLiteral("correct"));
        QCOMPARE(audit.first().actor, QStringLiteral("lee"));

        corrections.clearCorrection(page);
        QVERIFY(!corrections.correction(page).has_value());
        QCOMPARE(store->audit().entries(QStringLiteral("page"), page).size(), 2);
        QVERIFY(store->check().ok());
    }

    void detectionsFollowOrAreDropped()
    {
        test::TestDir dir;
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        const qint64 page = makePage(*store, QStringLiteral("call 010-2345-6789 now, please"));
        PageCorrections corrections(*store);
        int rescans = 0;
        corrections.setCorrection(page, QStringLiteral("call 010-2345-6789 now"), [&](qint64 id) {
            QCOMPARE(id, page);
            QVERIFY(store->db().inTransaction()); // the rescan commits with the correction
            ++rescans;
        });
        QCOMPARE(rescans, 1);
        QCOMPARE(store->db().queryInt(QStringLiteral("SELECT count(*) FROM detections")), 1);
        // Without a rescan, a detection that no longer fits the text is dropped.
        corrections.setCorrection(page, QStringLiteral("call"));
        QCOMPARE(store->db().queryInt(QStringLiteral("SELECT count(*) FROM detections")), 0);
        QVERIFY(store->check().ok());
    }

    void detectionNearTheEndOfAPageWithEmojiIsKept()
    {
        // Offsets are UTF-16 units: the emoji before the number count twice, so the detection ends
        // past the page's length in code points but not past its length in units.
        test::TestDir dir;
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        const QString text = QStringLiteral("😀😀😀 call 010-2345-6789");
        const qint64 page = makePage(*store, QStringLiteral("😀😀😀 cal1 010-2345-6789"));
        PageCorrections corrections(*store);
        corrections.setCorrection(page, text);
        QCOMPARE(store->db().queryInt(QStringLiteral("SELECT count(*) FROM detections")), 1);
        QCOMPARE(store->db().queryInt(QStringLiteral("SELECT end FROM detections")), qint64(text.size()));
        QCOMPARE(store->db().queryInt(QStringLiteral("SELECT utf16_length(text) FROM pages")),
                 qint64(text.size()));
        QVERIFY2(store->check().ok(), qPrintable(store->check().problems.join(QLatin1Char('\n'))));
        corrections.clearCorrection(page);
        QCOMPARE(store->db().queryInt(QStringLiteral("SELECT count(*) FROM detections")), 1);
        // A correction that is shorter in units does drop it.
        corrections.setCorrection(page, QStringLiteral("😀😀😀 call 010"));
        QCOMPARE(store->db().queryInt(QStringLiteral("SELECT count(*) FROM detections")), 0);
    }

    void unknownPageIsAnError()
    {
        test::TestDir dir;
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        QVERIFY_THROWS_EXCEPTION(Error, PageCorrections(*store).setCorrection(42, QStringLiteral("x")));
    }
};

QTEST_GUILESS_MAIN(TestPageCorrections)
#include "TestPageCorrections.moc"
