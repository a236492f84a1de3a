#include "TestDir.h"
#include "curation/DuplicateFinder.h"
#include "curation/PairRepository.h"
#include "store/ProjectStore.h"
#include "store/Transaction.h"
#include "util/Error.h"

#include <QTest>

using namespace quarry;

class TestDuplicateFinder : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<PairRepository> m_repo;

    qint64 add(const QString& u, const QString& a, Pair::Status status = Pair::Status::Draft)
    {
        Pair p;
        p.status = status;
        p.turns = {{Turn::Role::User, u, std::nullopt}, {Turn::Role::Assistant, a, std::nullopt}};
        return m_repo->add(p);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<test::TestDir>();
        m_store = ProjectStore::create(m_dir->path(QStringLiteral("p.quarry")));
        m_repo = std::make_unique<PairRepository>(*m_store);
    }
    void cleanup()
    {
        m_repo.reset();
        m_store.reset();
        m_dir.reset();
    }

    void findsNearDuplicatesWithinTheFilter()
    {
        const qint64 a = add(QStringLiteral("퇴직금은 어떻게 계산합니까?"),
                             QStringLiteral("퇴직 전 3개월 평균임금에 근속연수를 곱하여 계산합니다."));
        add(QStringLiteral("What is the notice period?"), QStringLiteral("Two months, in writing."));
        const qint64 c = add(QStringLiteral("퇴직금은 어떻게 계산하나요?"),
                             QStringLiteral("퇴직 전 3개월 평균임금에 근속 연수를 곱하여 계산합니다."),
                             Pair::Status::Approved);
        const qint64 d = add(QStringLiteral("What is the notice period?"),
                             QStringLiteral("Two months, in writing."), Pair::Status::Approved);
        QList<int> seen;
        DuplicateFinder::Options o;
        o.threshold = 0.6;
        const TaskContext task([&](qint64 p, qint64 total, const QString&) {
            QCOMPARE(total, 100);
            seen << int(p);
        });
        auto r = DuplicateFinder::find(m_store->db(), o, task);
        QCOMPARE(r.pairsInScope, 4);
        QCOMPARE(r.pairsCompared, 4);
        QCOMPARE(r.candidates.size(), 2);
        QCOMPARE(r.candidates[0].similarity, 1.0); // the exact copy first
        QCOMPARE(r.candidates[0].b, d);
        QCOMPARE(r.candidates[1].a, a);
        QCOMPARE(r.candidates[1].b, c);
        // The same estimate as the library's MinHash over the same text.
        QCOMPARE(r.candidates[1].similarity,
                 MinHash::similarity(MinHash::signature(DuplicateFinder::comparableText(m_store->db(), a)),
                                     MinHash::signature(DuplicateFinder::comparableText(m_store->db(), c))));
        QVERIFY(!r.candidatesCut);
        QCOMPARE(seen.first(), 0);
        QCOMPARE(seen.last(), 100);
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));

        // Only approved pairs: c and d are not near each other.
        o.filter.statuses = {Pair::Status::Approved};
        r = DuplicateFinder::find(m_store->db(), o);
        QCOMPARE(r.pairsInScope, 2);
        QVERIFY(r.candidates.isEmpty());

        // The newest three: the notice-period copies (2, 4) and c.
        o.filter = {};
        o.maxPairs = 3;
        r = DuplicateFinder::find(m_store->db(), o);
        QCOMPARE(r.pairsInScope, 4);
        QCOMPARE(r.pairsCompared, 3);
        QCOMPARE(r.candidates.size(), 1);
        QCOMPARE(r.candidates[0].b, d);

        o.maxPairs = 0;
        o.maxCandidates = 1;
        r = DuplicateFinder::find(m_store->db(), o);
        QCOMPARE(r.candidates.size(), 1);
        QVERIFY(r.candidatesCut);
    }

    void manyCopiesDoNotCompareQuadratically()
    {
        // 600 copies of one text land in one bucket; above fullBucket each is found with the
        // first, not with all (179 700 candidates otherwise).
        {
            Transaction tx(m_store->db()); // one commit, not 600
            for (int i = 0; i < 600; ++i)
                add(QStringLiteral("같은 질문입니다"), QStringLiteral("같은 답입니다"));
            tx.commit();
        }
        DuplicateFinder::Options o;
        o.maxCandidates = 0;
        o.fullBucket = 64;
        const auto r = DuplicateFinder::find(m_store->db(), o);
        QCOMPARE(r.candidates.size(), 599);
    }

    void dismissedCandidatesStayHidden()
    {
        const qint64 a = add(QStringLiteral("같은 질문"), QStringLiteral("같은 답"));
        const qint64 b = add(QStringLiteral("같은 질문"), QStringLiteral("같은 답"));
        DuplicateFinder::dismiss(*m_store, b, a);
        DuplicateFinder::Options o;
        QVERIFY(DuplicateFinder::find(m_store->db(), o).candidates.isEmpty());
        o.includeDismissed = true;
        QCOMPARE(DuplicateFinder::find(m_store->db(), o).candidates.size(), 1);
        // Kept in the project (audited), so a later session hides it too.
        const QString path = m_store->path();
        m_repo.reset();
        m_store.reset();
        m_store = ProjectStore::open(path);
        QCOMPARE(DuplicateFinder::dismissed(m_store->db()), (QSet<QPair<qint64, qint64>>{{a, b}}));
        DuplicateFinder::undismiss(*m_store, a, b);
        QVERIFY(DuplicateFinder::dismissed(m_store->db()).isEmpty());
        o.includeDismissed = false;
        QCOMPARE(DuplicateFinder::find(m_store->db(), o).candidates.size(), 1);
    }

    void cancelStops()
    {
        for (int i = 0; i < 50; ++i)
            add(QStringLiteral("질문 %1").arg(i), QStringLiteral("답 %1").arg(i));
        TaskContext task;
        task.cancel();
        try {
            DuplicateFinder::find(m_store->db(), DuplicateFinder::Options(), task);
            QFAIL("not cancelled");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Cancelled);
        }
    }
};

QTEST_GUILESS_MAIN(TestDuplicateFinder)
#include "TestDuplicateFinder.moc"
