#include "TestDir.h"
#include "curation/FullTextSearch.h"
#include "curation/PairRepository.h"
#include "store/ProjectStore.h"

#include <QTest>

using namespace quarry;

class TestFullTextSearch : public QObject
{
    Q_OBJECT
private slots:
    void koreanAndEnglishSubstrings()
    {
        test::TestDir dir;
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        PairRepository repo(*store);
        auto add = [&](const QString& u, const QString& a, const QString& sys = {}) {
            Pair p;
            p.systemPrompt = sys;
            p.turns = {{Turn::Role::User, u, std::nullopt}, {Turn::Role::Assistant, a, std::nullopt}};
            return repo.add(p);
        };
        const qint64 a = add(QStringLiteral("환자가 열이 납니다"), QStringLiteral("해열제를 투여하세요"));
        const qint64 b = add(QStringLiteral("What is the Deposit?"), QStringLiteral("보증금은 반환됩니다"));
        const qint64 c = add(QStringLiteral("q"), QStringLiteral("a"), QStringLiteral("응급 환자"));
        QCOMPARE(FullTextSearch::search(store->db(), QStringLiteral("해열제")), QList<qint64>{a});
        QCOMPARE(FullTextSearch::search(store->db(), QStringLiteral("deposit")), QList<qint64>{b});
        QCOMPARE(FullTextSearch::search(store->db(), QStringLiteral("보증금은 반")), QList<qint64>{b});
        // Two syllables: shorter than a trigram; at the end of a text too.
        QCOMPARE(FullTextSearch::search(store->db(), QStringLiteral("환자")), (QList<qint64>{a, c}));
        QCOMPARE(FullTextSearch::search(store->db(), QStringLiteral("납니")), QList<qint64>{a});
        QCOMPARE(FullTextSearch::search(store->db(), QStringLiteral("없음")), QList<qint64>{});
        QCOMPARE(FullTextSearch::search(store->db(), QStringLiteral("열")), QList<qint64>{a});
        QCOMPARE(FullTextSearch::search(store->db(), QStringLiteral("\"")), QList<qint64>{});

        // Edits and deletes reach the index.
        Pair pa = *repo.get(a);
        pa.turns[0].content = QStringLiteral("두통이 있습니다");
        repo.update(pa);
        QCOMPARE(FullTextSearch::search(store->db(), QStringLiteral("환자")), QList<qint64>{c});
        QCOMPARE(FullTextSearch::search(store->db(), QStringLiteral("두통")), QList<qint64>{a});
        repo.remove(c);
        QCOMPARE(FullTextSearch::search(store->db(), QStringLiteral("환자")), QList<qint64>{});

        PairFilter f;
        f.text = QStringLiteral("두통");
        QCOMPARE(repo.ids(f), QList<qint64>{a});
        f.text = QStringLiteral("deposit");
        QCOMPARE(repo.ids(f), QList<qint64>{b});
        // Text with other conditions goes through the pairs table; same answers.
        f.statuses = {Pair::Status::Draft};
        QCOMPARE(repo.ids(f), QList<qint64>{b});
        f.text = QStringLiteral("보증");
        QCOMPARE(repo.ids(f), QList<qint64>{b});
        f.statuses = {Pair::Status::Review};
        QCOMPARE(repo.ids(f), QList<qint64>{});
        f = {};
        f.text = QStringLiteral("니다");
        f.descending = true;
        QCOMPARE(repo.ids(f), (QList<qint64>{b, a}));
    }

    void rawWritesArePickedUp()
    {
        test::TestDir dir;
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        store->db().exec(QStringLiteral(
            "INSERT INTO pairs(id, created_at, updated_at) VALUES (7, 'x', 'x');"
            "INSERT INTO turns(pair_id, seq, role, content) VALUES (7, 0, 'user', '직접 넣은 데이터')"));
        QCOMPARE(FullTextSearch::search(store->db(), QStringLiteral("넣은 데")), QList<qint64>{7});
        FullTextSearch::rebuild(store->db());
        QCOMPARE(FullTextSearch::search(store->db(), QStringLiteral("데이터")), QList<qint64>{7});
    }
};

QTEST_GUILESS_MAIN(TestFullTextSearch)
#include "TestFullTextSearch.moc"
