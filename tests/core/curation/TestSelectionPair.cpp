#include "ExportFixture.h"
#include "TestDir.h"
#include "curation/PairRepository.h"
#include "curation/SelectionPair.h"
#include "store/ProjectStore.h"

#include <QTest>

using namespace quarry;

// "New Pair from Selection" (the window, `quarry-cli pairs add --quote`): the selection is the new
// pair's context and source, linked to the passage that contains it with a UTF-16 span.
class TestSelectionPair : public QObject
{
    Q_OBJECT
private slots:
    void linksThePassageThatContainsTheSelection()
    {
        test::TestDir dir;
        auto store = test::ExportFixture::create(dir.path(QStringLiteral("p.quarry")));
        const qint64 doc = test::ExportFixture::addDocument(*store, QStringLiteral("manual.pdf"));
        test::ExportFixture::addPassage(*store, doc, 0, 1, 1, QStringLiteral("1. 안전 수칙 😀 작업 전 점검"));
        // The emoji before the quote is two UTF-16 units: the span counts them, as QString does.
        const QString passageText = QStringLiteral("2. 유압 점검 😀 매일 아침 유압을 확인한다.");
        const qint64 second = test::ExportFixture::addPassage(*store, doc, 1, 2, 2, passageText);
        const QString quote = QStringLiteral("매일 아침 유압을 확인한다.");

        Pair pair = SelectionPair::build(store->db(), doc, 2, quote);
        QCOMPARE(pair.context, quote);
        QCOMPARE(pair.turns.size(), 2);
        QVERIFY(pair.turns[0].content.isEmpty() && pair.turns[1].content.isEmpty());
        QCOMPARE(pair.sources.size(), 1);
        const PairSource& s = pair.sources.first();
        QCOMPARE(s.documentId, doc);
        QCOMPARE(s.pageNo, 2);
        QCOMPARE(s.passageId, second);
        QCOMPARE(s.spanStart, int(passageText.indexOf(quote)));
        QCOMPARE(passageText.mid(*s.spanStart, *s.spanEnd - *s.spanStart), quote);

        // It is stored as built.
        pair.turns[0].content = QStringLiteral("유압은 언제 확인하나요?");
        pair.turns[1].content = QStringLiteral("매일 아침입니다.");
        PairRepository repo(*store);
        const qint64 id = repo.add(pair);
        QCOMPARE(repo.get(id)->sources.first().passageId, second);
    }

    void textInNoPassageIsStillTheSource()
    {
        test::TestDir dir;
        auto store = test::ExportFixture::create(dir.path(QStringLiteral("p.quarry")));
        const qint64 doc = test::ExportFixture::addDocument(*store, QStringLiteral("notes.txt"));
        const Pair pair = SelectionPair::build(store->db(), doc, 1, QStringLiteral("not in any passage"));
        QCOMPARE(pair.sources.size(), 1);
        QVERIFY(!pair.sources.first().passageId);
        QCOMPARE(pair.sources.first().quote, QStringLiteral("not in any passage"));
    }

    void noDocumentGivesAnEmptyPair()
    {
        test::TestDir dir;
        auto store = test::ExportFixture::create(dir.path(QStringLiteral("p.quarry")));
        const Pair pair = SelectionPair::build(store->db(), 0, 0, QString());
        QCOMPARE(pair.turns.size(), 2);
        QVERIFY(pair.sources.isEmpty());
        QVERIFY(pair.context.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSelectionPair)
#include "TestSelectionPair.moc"
