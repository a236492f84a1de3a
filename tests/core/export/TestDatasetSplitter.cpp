#include "export/DatasetSplitter.h"
#include "export/SplitMix64.h"
#include "util/Error.h"

#include <QTest>

using namespace quarry;

class TestDatasetSplitter : public QObject
{
    Q_OBJECT
private slots:
    void splitMixIsThePublishedSequence()
    {
        // Reference values of SplitMix64 seeded with 1234567.
        SplitMix64 r(1234567);
        QCOMPARE(r.next(), Q_UINT64_C(6457827717110365317));
        QCOMPARE(r.next(), Q_UINT64_C(3203168211198807973));
    }

    void ratiosAreMetWithoutGroups()
    {
        DatasetSplitter::Options o;
        o.ratios = {0.8, 0.1, 0.1};
        const auto split = DatasetSplitter::assign(1000, {}, {}, o);
        int n[3] = {0, 0, 0};
        for (int s : split)
            ++n[s];
        QCOMPARE(n[0], 800);
        QCOMPARE(n[1], 100);
        QCOMPARE(n[2], 100);
        QCOMPARE(DatasetSplitter::assign(1000, {}, {}, o), split);
        o.seed = 43;
        QVERIFY(DatasetSplitter::assign(1000, {}, {}, o) != split);
    }

    void documentsNeverFeedTwoSplits()
    {
        // 300 pairs over 30 documents, some pairs linking two documents (which merges their groups).
        std::vector<std::pair<std::uint32_t, qint64>> links;
        for (std::uint32_t i = 0; i < 300; ++i) {
            links.emplace_back(i, qint64(i % 30));
            if (i % 50 == 0)
                links.emplace_back(i, qint64((i / 50) % 30 + 1));
        }
        DatasetSplitter::Options o;
        o.ratios = {0.7, 0.3};
        const auto split = DatasetSplitter::assign(300, links, {}, o);
        QHash<qint64, int> splitOfDoc;
        for (const auto& [item, doc] : links) {
            if (splitOfDoc.contains(doc))
                QCOMPARE(splitOfDoc.value(doc), split[item]);
            splitOfDoc.insert(doc, split[item]);
        }
        QVERIFY(std::count(split.begin(), split.end(), 1) > 0);
    }

    void zeroRatioSplitStaysEmpty()
    {
        DatasetSplitter::Options o;
        o.ratios = {0.5, 0.0, 0.5};
        const auto split = DatasetSplitter::assign(101, {}, {}, o);
        QCOMPARE(std::count(split.begin(), split.end(), 1), 0);
        o.ratios = {-1, 2};
        QVERIFY_THROWS_EXCEPTION(Error, DatasetSplitter::assign(3, {}, {}, o));
    }

    void strataAreSplitOnTheirOwn()
    {
        std::vector<int> strata;
        for (int i = 0; i < 500; ++i)
            strata.push_back(i < 450 ? 0 : 1);
        DatasetSplitter::Options o;
        o.ratios = {0.9, 0.1};
        const auto split = DatasetSplitter::assign(500, {}, strata, o);
        int rareInValidation = 0;
        for (int i = 450; i < 500; ++i)
            rareInValidation += split[std::size_t(i)] == 1;
        QCOMPARE(rareInValidation, 5);
    }
};

QTEST_GUILESS_MAIN(TestDatasetSplitter)
#include "TestDatasetSplitter.moc"
