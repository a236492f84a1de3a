#include "ProjectBuilder.h"
#include "TestDir.h"
#include "curation/Chunker.h"
#include "curation/PairRepository.h"
#include "store/Database.h"
#include "store/ProjectStore.h"
#include "store/Statement.h"

#include <QTest>

using namespace quarry;

namespace {

qint64 addDocument(Database& db, const QStringList& pages)
{
    static int n = 0;
    test::ProjectBuilder::Document d;
    d.name = QStringLiteral("doc%1").arg(++n);
    d.pages = pages;
    return test::ProjectBuilder(db).addDocument(d);
}

QString sentences(const QString& word, int count)
{
    QStringList s;
    for (int i = 0; i < count; ++i)
        s << QStringLiteral("%1 문장 %2입니다.").arg(word).arg(i);
    return s.join(QLatin1Char(' '));
}

} // namespace

class TestChunker : public QObject
{
    Q_OBJECT
private slots:
    void splitsAtHeadingsAndParagraphs()
    {
        const QString text = QStringLiteral(
            "# 개요\n\n첫 문단입니다.\n\n둘째 문단입니다.\n\n제2조 보증금\n\n보증금은 반환한다.");
        Chunker chunker({200, 400, 20});
        const auto ps = chunker.split(text, {{1, 0, int(text.size())}});
        QCOMPARE(ps.size(), 2);
        QCOMPARE(ps[0].heading, QStringLiteral("개요"));
        QVERIFY(ps[0].text.contains(QStringLiteral("둘째 문단")));
        QCOMPARE(ps[1].heading, QStringLiteral("제2조 보증금"));
        QCOMPARE(ps[1].text, QStringLiteral("제2조 보증금\n\n보증금은 반환한다."));
        for (const auto& p : ps)
            QCOMPARE(text.mid(p.start, p.end - p.start), p.text);
    }

    void sizesAndOverlap()
    {
        // Many paragraphs pack up to the target; one huge paragraph is cut with overlap.
        QStringList paras;
        for (int i = 0; i < 20; ++i)
            paras << sentences(QStringLiteral("P%1").arg(i), 3);
        paras << sentences(QStringLiteral("긴"), 200);
        const QString text = paras.join(QStringLiteral("\n\n"));
        ChunkOptions o{300, 500, 60};
        Chunker chunker(o);
        const auto ps = chunker.split(text, {{1, 0, int(text.size())}});
        QVERIFY(ps.size() > 10);
        bool sawOverlap = false;
        for (int i = 0; i < ps.size(); ++i) {
            QVERIFY2(ps[i].text.size() <= o.maxLength, qPrintable(QString::number(ps[i].text.size())));
            QCOMPARE(text.mid(ps[i].start, ps[i].end - ps[i].start), ps[i].text);
            if (i > 0 && ps[i].start < ps[i - 1].end)
                sawOverlap = true;
            if (i > 0)
                QVERIFY(ps[i].start > ps[i - 1].start);
        }
        QVERIFY(sawOverlap);
        QCOMPARE(ps.last().end, int(text.size()));
    }

    void provenanceAndNeverAcrossDocuments()
    {
        test::TestDir dir;
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        Database& db = store->db();
        const qint64 d1 = addDocument(
            db, {QStringLiteral("1쪽 내용."), QStringLiteral("2쪽 내용."), QStringLiteral("3쪽.")});
        const qint64 d2 = addDocument(db, {QStringLiteral("다른 문서.")});
        Chunker chunker({50, 100, 10});
        const ChunkReport r = chunker.chunkAll(db, QStringLiteral("kim"));
        QCOMPARE(r.documents, 2);
        const auto p1 = Chunker::passages(db, d1);
        const auto p2 = Chunker::passages(db, d2);
        QCOMPARE(p1.size(), 1);
        QCOMPARE(p1[0].pageFirst, 1);
        QCOMPARE(p1[0].pageLast, 3);
        QCOMPARE(p1[0].text, QStringLiteral("1쪽 내용.\n\n2쪽 내용.\n\n3쪽."));
        QCOMPARE(p2.size(), 1);
        QCOMPARE(p2[0].text, QStringLiteral("다른 문서."));
        QCOMPARE(chunker.documentText(db, d1).mid(p1[0].start, p1[0].end - p1[0].start), p1[0].text);

        // The redaction hook: passages are cut from what the page text source gives.
        Chunker redacted({50, 100, 10});
        redacted.setPageTextSource([](qint64, const QString& t) {
            return QString(t).replace(QStringLiteral("내용"), QStringLiteral("[X]"));
        });
        redacted.chunkDocument(db, d1, QStringLiteral("kim"));
        QCOMPARE(Chunker::passages(db, d1)[0].text, QStringLiteral("1쪽 [X].\n\n2쪽 [X].\n\n3쪽."));

        Chunker small({50, 50, 0});
        const QString longPage = sentences(QStringLiteral("가"), 10);
        const qint64 d3 = addDocument(db, {QStringLiteral("짧은 첫 쪽."), longPage});
        small.chunkDocument(db, d3, QStringLiteral("kim"));
        const auto p3 = Chunker::passages(db, d3);
        QVERIFY(p3.size() > 2);
        QCOMPARE(p3.last().pageFirst, 2);
    }

    void rechunkKeepsLinksAndFlagsChangedSources()
    {
        test::TestDir dir;
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        Database& db = store->db();
        const qint64 doc = addDocument(
            db, {QStringLiteral(
                    "제1조 목적\n\n이 계약은 임대차를 정한다.\n\n제2조 보증금\n\n보증금은 천만 원이다.")});
        Chunker chunker({20, 200, 0});
        chunker.chunkDocument(db, doc, QStringLiteral("kim"));
        auto ps = Chunker::passages(db, doc);
        QCOMPARE(ps.size(), 2);

        PairRepository repo(db, QStringLiteral("kim"));
        auto addPair = [&](const Passage& p, std::optional<int> s, std::optional<int> e) {
            Pair pair;
            pair.turns = {{Turn::Role::User, QStringLiteral("q"), std::nullopt}};
            PairSource src;
            src.passageId = p.id;
            src.documentId = doc;
            src.spanStart = s;
            src.spanEnd = e;
            src.quote = s ? p.text.mid(*s, *e - *s) : p.text;
            pair.sources = {src};
            return repo.add(pair);
        };
        const qint64 whole1 = addPair(ps[0], {}, {});
        const int at = int(ps[1].text.indexOf(QStringLiteral("천만 원")));
        const qint64 span2 = addPair(ps[1], at, at + 4);
        const qint64 whole2 = addPair(ps[1], {}, {});

        // Same text: links move to the new passages, nothing flagged.
        chunker.chunkDocument(db, doc, QStringLiteral("kim"));
        auto ps2 = Chunker::passages(db, doc);
        QCOMPARE(repo.get(whole1)->sources[0].passageId, ps2[0].id);
        QVERIFY(!repo.get(whole1)->sourceChanged);
        QVERIFY(!repo.get(span2)->sourceChanged);

        // The second article changes but keeps the quoted words; the first is untouched.
        db.exec(
            QStringLiteral("UPDATE pages SET corrected_text = '제1조 목적\n\n이 계약은 임대차를 정한다.\n\n"
                           "제2조 보증금\n\n임차인의 보증금은 천만 원이다.' WHERE document_id = %1")
                .arg(doc));
        const ChunkReport r = chunker.chunkDocument(db, doc, QStringLiteral("kim"));
        QCOMPARE(r.flagged, 1);
        auto ps3 = Chunker::passages(db, doc);
        QVERIFY(!repo.get(whole1)->sourceChanged);
        const Pair s2 = *repo.get(span2);
        QVERIFY(!s2.sourceChanged);
        QCOMPARE(s2.sources[0].passageId, ps3[1].id);
        QCOMPARE(ps3[1].text.mid(*s2.sources[0].spanStart, 4), QStringLiteral("천만 원"));
        const Pair w2 = *repo.get(whole2);
        QVERIFY(w2.sourceChanged);
        QCOMPARE(w2.sources[0].passageId, ps3[1].id);
        QVERIFY(!repo.ids(PairFilter{{}, {}, {}, {}, {}, true, {}, {}, false}).isEmpty());

        // The quoted words disappear: the span pair is flagged too.
        db.exec(
            QStringLiteral("UPDATE pages SET corrected_text = '제1조 목적\n\n이 계약은 임대차를 정한다.\n\n"
                           "제2조 보증금\n\n보증금은 없다.' WHERE document_id = %1")
                .arg(doc));
        chunker.chunkDocument(db, doc, QStringLiteral("kim"));
        QVERIFY(repo.get(span2)->sourceChanged);
        QCOMPARE(repo.get(span2)->sources[0].quote, QStringLiteral("천만 원"));
    }

#ifdef QUARRY_HAVE_REDACT
    void passagesComeFromRedactedText()
    {
        test::TestDir dir;
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        Database& db = store->db();
        const QString text = QStringLiteral("담당자 전화 010-1234-5678 입니다.");
        const qint64 doc = addDocument(db, {text});
        const int at = int(text.indexOf(QStringLiteral("010")));
        db.exec(
            QStringLiteral(
                "INSERT INTO detections(page_id, start, end, entity_type, rule, score, value, created_at) "
                "SELECT id, %1, %2, 'PHONE', 'phone', 0.9, '010-1234-5678', 't' FROM pages "
                "WHERE document_id = %3")
                .arg(at)
                .arg(at + 13)
                .arg(doc));
        Chunker chunker;
        chunker.useRedactedText(*store);
        chunker.chunkDocument(db, doc, QStringLiteral("kim"));
        const auto ps = Chunker::passages(db, doc);
        QCOMPARE(ps.size(), 1);
        QVERIFY(!ps[0].text.contains(QStringLiteral("1234")));
        QVERIFY(ps[0].text.startsWith(QStringLiteral("담당자 전화 ")));
    }
#endif
};

QTEST_GUILESS_MAIN(TestChunker)
#include "TestChunker.moc"
