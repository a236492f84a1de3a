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
    static qint64 makePage(ProjectStore& store, const QString& text)
    {
        Database& db = store.db();
        Transaction tx(db);
        db.exec(QStringLiteral("INSERT INTO documents(id, name, source_path, sha256, size_bytes, kind, status, "
                               "page_count, ingested_at, updated_at) VALUES (1, 'scan.png', '/s.png', 'h', 1, 'image', "
                               "'ocr', 1, 't', 't')"));
        Statement st = db.prepare(QStringLiteral("INSERT INTO pages(document_id, page_no, method, text) VALUES (1, 1, 'ocr', ?)"));
        st.bind(1, text).run();
        const qint64 page = db.lastInsertId();
        const int at = int(text.indexOf(QStringLiteral("010")));
        if (at < 0) {
            tx.commit();
            return page;
        }
        Statement det = db.prepare(QStringLiteral(
            "INSERT INTO detections(page_id, start, end, entity_type, rule, score, value, status, created_at) "
            "VALUES (?, ?, ?, 'PHONE', 'kr_phone', 0.9, ?, 'accepted', 't')"));
        det.bindAll(page, at, at + 13, QStringLiteral("010-2345-6789"));
        det.run();
        tx.commit();
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
            PageCorrections(*store).setCorrection(page, QStringLiteral("반장 김민수 과장 010-2345-6789 연락"));
        }
        auto store = ProjectStore::open(path);
        PageCorrections corrections(*store);
        QCOMPARE(corrections.correction(page), std::optional<QString>(QStringLiteral("반장 김민수 과장 010-2345-6789 연락")));
        QCOMPARE(store->db().queryText(QStringLiteral("SELECT coalesce(corrected_text, text) FROM pages")),
                 QStringLiteral("반장 김민수 과장 010-2345-6789 연락"));
        QCOMPARE(store->db().queryText(QStringLiteral("SELECT corrected_by FROM pages")), QStringLiteral("lee"));
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
        QCOMPARE(store->db().queryInt(QStringLiteral("SELECT utf16_length(text) FROM pages")), qint64(text.size()));
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
