#include "TestDir.h"
#include "curation/DuplicateFinder.h"
#include "curation/MinHash.h"
#include "curation/PairRepository.h"
#include "store/ProjectStore.h"

#include <QTest>

using namespace quarry;

class TestMinHash : public QObject
{
    Q_OBJECT
private slots:
    void similarTextsScoreHigh()
    {
        const QString a = QStringLiteral(
            "환자의 혈압이 갑자기 떨어지면 즉시 담당 의사에게 알리고 수액 투여 속도를 확인해야 합니다.");
        const QString b = QStringLiteral(
            "환자의 혈압이 갑자기 떨어지면  즉시 담당 의사에게 알리고 수액 투여 속도를 확인합니다.");
        const QString c =
            QStringLiteral("The quarterly report lists revenue by region and the change from last year.");
        const auto sa = MinHash::signature(a);
        QCOMPARE(sa.size(), 128);
        QVERIFY(MinHash::similarity(sa, MinHash::signature(b)) > 0.7);
        QVERIFY(MinHash::similarity(sa, MinHash::signature(c)) < 0.1);
        QCOMPARE(MinHash::similarity(sa, MinHash::signature(a)), 1.0);
        // Whitespace-insensitive and NFC: decomposed Hangul equals precomposed.
        QCOMPARE(MinHash::similarity(
                     MinHash::signature(QStringLiteral("한 국 어")),
                     MinHash::signature(QStringLiteral("한국어").normalized(QString::NormalizationForm_D))),
                 1.0);
    }

    void lshFindsNearDuplicates()
    {
        QList<QPair<qint64, QList<quint32>>> items;
        items.append({1, MinHash::signature(
                             QStringLiteral("계약서 제5조에 따라 임대인은 보증금을 반환하여야 한다."))});
        items.append({2, MinHash::signature(
                             QStringLiteral("The tenant must give notice two months before leaving."))});
        items.append({3, MinHash::signature(
                             QStringLiteral("계약서 제5조에 따라 임대인은 보증금을 반환하여야 한다!"))});
        for (int i = 0; i < 50; ++i)
            items.append(
                {100 + i, MinHash::signature(QStringLiteral("unrelated filler text number %1 about topic %2")
                                                 .arg(i * 7919)
                                                 .arg(i * 31))});
        const auto c = MinHash::candidates(items, 0.8);
        QVERIFY(!c.isEmpty());
        QCOMPARE(c.first().a, 1);
        QCOMPARE(c.first().b, 3);
        for (const auto& x : c)
            QVERIFY(x.similarity >= 0.8);
    }

    void possibleDuplicatesInAProject()
    {
        test::TestDir dir;
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        PairRepository repo(*store);
        auto add = [&](const QString& u, const QString& a) {
            Pair p;
            p.turns = {{Turn::Role::User, u, std::nullopt}, {Turn::Role::Assistant, a, std::nullopt}};
            return repo.add(p);
        };
        const qint64 a = add(QStringLiteral("퇴직금은 어떻게 계산합니까?"),
                             QStringLiteral("퇴직 전 3개월 평균임금에 근속연수를 곱하여 계산합니다."));
        add(QStringLiteral("What is the notice period?"), QStringLiteral("Two months, in writing."));
        const qint64 c = add(QStringLiteral("퇴직금은 어떻게 계산하나요?"),
                             QStringLiteral("퇴직 전 3개월 평균임금에 근속 연수를 곱하여 계산합니다."));
        const auto dups = DuplicateFinder::nearDuplicates(store->db(), 0.6);
        QCOMPARE(dups.size(), 1);
        QCOMPARE(dups[0].a, a);
        QCOMPARE(dups[0].b, c);
        QCOMPARE(repo.duplicateOf(c), 0); // near, not exact
    }
};

QTEST_GUILESS_MAIN(TestMinHash)
#include "TestMinHash.moc"
