#include "TestDir.h"
#include "curation/PairRepository.h"
#include "store/ProjectStore.h"
#include "util/Error.h"

#include <QTest>

using namespace quarry;

namespace {
Pair makePair(const QString& user, const QString& assistant)
{
    Pair p;
    p.turns = {{Turn::Role::User, user, std::nullopt}, {Turn::Role::Assistant, assistant, std::nullopt}};
    return p;
}
} // namespace

class TestPairRepository : public QObject
{
    Q_OBJECT
private slots:
    void addGetUpdateRemoveWithAudit()
    {
        test::TestDir dir;
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        store->setActor(QStringLiteral("kim"));
        PairRepository repo(*store);
        Pair p = makePair(QStringLiteral("환자의 상태는?"), QStringLiteral("안정적입니다."));
        p.systemPrompt = QStringLiteral("You are a nurse.");
        p.tags = {QStringLiteral("medical"), QStringLiteral("ko")};
        p.rating = 4;
        p.sources = {PairSource{0, std::nullopt, std::nullopt, 3, std::nullopt, std::nullopt,
                                QStringLiteral("quote")}};
        const qint64 id = repo.add(p);
        QVERIFY(id > 0);
        QCOMPARE(p.author, QStringLiteral("kim"));
        auto loaded = repo.get(id);
        QVERIFY(loaded.has_value());
        QVERIFY(*loaded == p);

        loaded->turns[1].content = QStringLiteral("위독합니다.");
        loaded->status = Pair::Status::Review;
        repo.update(*loaded);
        auto again = repo.get(id);
        QCOMPARE(again->turns[1].content, QStringLiteral("위독합니다."));
        QVERIFY(again->status == Pair::Status::Review);

        const auto entries = store->audit().entries(QStringLiteral("pair"), id);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].action, QStringLiteral("update"));
        QCOMPARE(entries[0].actor, QStringLiteral("kim"));
        QCOMPARE(entries[0].before.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(entries[0].after.value(QStringLiteral("status")).toString(), QStringLiteral("review"));

        repo.remove(id);
        QVERIFY(!repo.get(id).has_value());
        QCOMPARE(store->audit().entries(QStringLiteral("pair"), id).first().action, QStringLiteral("delete"));
        QVERIFY_THROWS_EXCEPTION(Error, repo.remove(id));
    }

    void bulkStatusTagsRating()
    {
        test::TestDir dir;
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        PairRepository repo(*store);
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i) {
            Pair p = makePair(QStringLiteral("q%1").arg(i), QStringLiteral("a%1").arg(i));
            ids << repo.add(p);
        }
        repo.setStatus(ids.mid(0, 2), Pair::Status::Approved);
        QCOMPARE(repo.addTag(ids.mid(1, 3), QStringLiteral("law")), ids.mid(1, 3));
        QCOMPARE(repo.addTag(ids.mid(0, 2), QStringLiteral("law")), QList<qint64>{ids[0]});
        QCOMPARE(repo.removeTag(ids, QStringLiteral("law")).size(), 4);
        repo.addTag(ids.mid(2, 2), QStringLiteral("law"));
        repo.setRating(ids[3], 5);
        QVERIFY_THROWS_EXCEPTION(Error, repo.setRating(ids[3], 6));

        PairFilter f;
        f.statuses = {Pair::Status::Approved};
        QCOMPARE(repo.ids(f), ids.mid(0, 2));
        f = {};
        f.tags = {QStringLiteral("LAW")}; // tag names are case-insensitive
        QCOMPARE(repo.ids(f), ids.mid(2, 2));
        f.minRating = 4;
        QCOMPARE(repo.ids(f), QList<qint64>{ids[3]});
        f = {};
        f.sort = PairFilter::Sort::Id;
        f.descending = true;
        QCOMPARE(repo.ids(f).first(), ids.last());
        f = {};
        f.author = QStringLiteral("nobody");
        QCOMPARE(repo.count(f), 0);
        f = {};
        f.hasWarnings = true;
        QCOMPARE(repo.count(f), 0);
    }

    void exactDuplicatesFlaggedOnSave()
    {
        test::TestDir dir;
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        PairRepository repo(*store);
        Pair a = makePair(QStringLiteral("서울의 인구는?"), QStringLiteral("약 천만 명입니다."));
        Pair b = makePair(QStringLiteral("서울의  인구는? "), QStringLiteral("약 천만 명입니다."));
        Pair c = makePair(QStringLiteral("부산의 인구는?"), QStringLiteral("약 삼백만 명입니다."));
        repo.add(a);
        repo.add(b);
        repo.add(c);
        QCOMPARE(repo.duplicateOf(a.id), 0);
        QCOMPARE(repo.duplicateOf(b.id), a.id);
        QCOMPARE(repo.duplicateOf(c.id), 0);
        PairFilter f;
        f.hasWarnings = true;
        QCOMPARE(repo.ids(f), QList<qint64>{b.id});
        b.turns[0].content = QStringLiteral("다른 질문");
        repo.update(b);
        QCOMPARE(repo.duplicateOf(b.id), 0);
    }

    void firstTurnsOfManyPairs()
    {
        test::TestDir dir;
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        PairRepository repo(*store);
        Pair a = makePair(QStringLiteral("서울의 인구는?\n둘째 줄"), QStringLiteral("약 천만 명입니다."));
        Pair b = makePair(QStringLiteral("What is the notice period?"), QStringLiteral("Two months."));
        repo.add(a);
        repo.add(b);
        const QHash<qint64, QString> first = repo.firstTurns({b.id, a.id, b.id, 999});
        QCOMPARE(first.size(), 2); // a repeated id once, an unknown one left out
        QCOMPARE(first.value(a.id), QStringLiteral("서울의 인구는?\n둘째 줄"));
        QCOMPARE(first.value(b.id), QStringLiteral("What is the notice period?"));
    }

    void restoreKeepsIdAndData()
    {
        test::TestDir dir;
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        PairRepository repo(*store);
        Pair a = makePair(QStringLiteral("q"), QStringLiteral("a"));
        a.tags = {QStringLiteral("x")};
        repo.add(a);
        const Pair saved = *repo.get(a.id);
        repo.remove(a.id);
        repo.restore(saved);
        QVERIFY(*repo.get(a.id) == saved);
    }
};

QTEST_GUILESS_MAIN(TestPairRepository)
#include "TestPairRepository.moc"
