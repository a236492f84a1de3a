#include "ProjectBuilder.h"
#include "TestDir.h"
#include "store/PageWords.h"
#include "store/ProjectStore.h"
#include "store/Transaction.h"

#include <QTest>

using namespace quarry;

class TestPageWords : public QObject
{
    Q_OBJECT
private:
    // A scanned page as ingest stores it: the page row and its words, inserted out of reading
    // order so that the reader has to sort them.
    static qint64 makePage(ProjectStore& store, std::optional<int> dpi)
    {
        Database& db = store.db();
        Transaction tx(db);
        test::ProjectBuilder builder(db);
        test::ProjectBuilder::Document scan;
        scan.name = QStringLiteral("scan.png");
        scan.kind = QStringLiteral("image");
        scan.status = QStringLiteral("ocr");
        scan.pages = {QStringLiteral("작업자는 김민수 과장"), QStringLiteral("")};
        scan.method = QStringLiteral("ocr");
        scan.dpi = dpi;
        const qint64 id = builder.pageId(builder.addDocument(scan), 1);
        Statement word = db.prepare(QStringLiteral(
            "INSERT INTO ocr_words(page_id, seq, text, x, y, w, h, confidence, line_no, text_start, "
            "text_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        struct Row
        {
            int seq;
            const char16_t* text;
            int x, y, w, h;
            double conf;
            std::optional<qint64> start, end;
        };
        for (const Row& r : {Row{2, u"과장", 520, 100, 90, 44, 41.5, 9, 11},
                             Row{0, u"작업자는", 100, 100, 200, 46, 93.0, 0, 4},
                             Row{1, u"김민수", 320, 102, 150, 44, 58.0, 5, 8},
                             Row{3, u"|", 700, 90, 4, 60, 12.0, std::nullopt, std::nullopt},
                             Row{4, u"~", 720, 90, 8, 8, 20.0, 11, 11}}) {
            word.reset();
            word.bindAll(id, qint64(r.seq), QString::fromUtf16(r.text), qint64(r.x), qint64(r.y), qint64(r.w),
                         qint64(r.h), r.conf, qint64(0), r.start, r.end);
            word.run();
        }
        tx.commit();
        return id;
    }

private slots:
    void readsWordsInReadingOrder()
    {
        test::TestDir dir;
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        const qint64 page = makePage(*store, 200);
        PageWords reader(store->db());
        const QList<PageWords::Word> words = reader.words(page);
        QCOMPARE(words.size(), 5);
        for (int i = 0; i < words.size(); ++i)
            QCOMPARE(words[i].seq, i);
        QCOMPARE(words[1].text, QStringLiteral("김민수"));
        QCOMPARE(words[1].box, QRect(320, 102, 150, 44));
        QCOMPARE(words[1].confidence, 58.0);
        // The offsets select the word in the page text.
        const QString text = QStringLiteral("작업자는 김민수 과장");
        QCOMPARE(text.mid(words[1].textStart, words[1].textEnd - words[1].textStart),
                 QStringLiteral("김민수"));
        QCOMPARE(text.mid(words[2].textStart, words[2].textEnd - words[2].textStart), QStringLiteral("과장"));
        // Words ingest could not place (no range, or an empty one) point nowhere.
        QCOMPARE(words[3].textStart, -1);
        QCOMPARE(words[4].textStart, -1);
        QCOMPARE(words[4].textEnd, -1);
        QCOMPARE(reader.dpi(page), 200);
    }

    void filtersByConfidence()
    {
        test::TestDir dir;
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        const qint64 page = makePage(*store, std::nullopt);
        PageWords reader(store->db());
        QStringList unsure;
        for (const PageWords::Word& w : reader.words(page, 60.0))
            unsure << w.text;
        QCOMPARE(unsure, (QStringList{QStringLiteral("김민수"), QStringLiteral("과장"), QStringLiteral("|"),
                                      QStringLiteral("~")}));
        QCOMPARE(reader.words(page, 0.0).size(), 0);
        // No recorded resolution: scanned PDF pages are OCRed at 300 DPI.
        QCOMPARE(reader.dpi(page), 300);
        // A page without words, and one that does not exist.
        QVERIFY(reader.words(page + 1).isEmpty());
        QVERIFY(reader.words(9999).isEmpty());
        QCOMPARE(reader.dpi(9999), 300);
    }
};

QTEST_GUILESS_MAIN(TestPageWords)
#include "TestPageWords.moc"
