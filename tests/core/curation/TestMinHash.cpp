#include "curation/MinHash.h"

#include <QTest>

using namespace quarry;

class TestMinHash : public QObject
{
    Q_OBJECT
private slots:
    void similarTextsScoreHigh()
    {
        const QString a = QStringLiteral("환자의 혈압이 갑자기 떨어지면 즉시 담당 의사에게 알리고 수액 투여 속도를 확인해야 합니다.");
        const QString b = QStringLiteral("환자의 혈압이 갑자기 떨어지면  즉시 담당 의사에게 알리고 수액 투여 속도를 확인합니다.");
        const QString c = QStringLiteral("The quarterly report lists revenue by region and the change from last year.");
        const auto sa = MinHash::signature(a);
        QCOMPARE(sa.size(), 128);
        QVERIFY(MinHash::similarity(sa, MinHash::signature(b)) > 0.7);
        QVERIFY(MinHash::similarity(sa, MinHash::signature(c)) < 0.1);
        QCOMPARE(MinHash::similarity(sa, MinHash::signature(a)), 1.0);
        // Whitespace-insensitive and NFC: decomposed Hangul equals precomposed.
        QCOMPARE(MinHash::similarity(MinHash::signature(QStringLiteral("한 국 어")),
                                     MinHash::signature(QStringLiteral("한국어").normalized(QString::NormalizationForm_D))),
                 1.0);
    }

    void lshFindsNearDuplicates()
    {
        QList<QPair<qint64, QList<quint32>>> items;
        items.append({1, MinHash::signature(QStringLiteral("계약서 제5조에 따라 임대인은 보증금을 반환하여야 한다."))});
        items.append({2, MinHash::signature(QStringLiteral("The tenant must give notice two months before leaving."))});
        items.append({3, MinHash::signature(QStringLiteral("계약서 제5조에 따라 임대인은 보증금을 반환하여야 한다!"))});
        for (int i = 0; i < 50; ++i)
            items.append({100 + i, MinHash::signature(QStringLiteral("unrelated filler text number %1 about topic %2")
                                                          .arg(i * 7919)
                                                          .arg(i * 31))});
        const auto c = MinHash::candidates(items, 0.8);
        QVERIFY(!c.isEmpty());
        QCOMPARE(c.first().a, 1);
        QCOMPARE(c.first().b, 3);
        for (const auto& x : c)
            QVERIFY(x.similarity >= 0.8);
    }
};

QTEST_GUILESS_MAIN(TestMinHash)
#include "TestMinHash.moc"
