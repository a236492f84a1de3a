#include "TestDir.h"
#include "curation/PairRepository.h"
#include "curation/PiiGuard.h"
#include "store/ProjectStore.h"
#include "store/Statement.h"

#include <QRegularExpression>
#include <QTest>

using namespace quarry;

namespace {
// A stand-in scanner: Korean mobile numbers.
QList<PiiGuard::Finding> phones(const QString& text)
{
    QList<PiiGuard::Finding> out;
    static const QRegularExpression re(QStringLiteral("01[016789]-\\d{3,4}-\\d{4}"));
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out.append({int(m.capturedStart()), int(m.capturedEnd()), QStringLiteral("PHONE"),
                    QStringLiteral("phone"), 0.9, m.captured()});
    }
    return out;
}
} // namespace

class TestPiiGuard : public QObject
{
    Q_OBJECT
private slots:
    void storesDetectionsPerTurnAndKeepsDecisions()
    {
        test::TestDir dir;
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        PairRepository repo(*store);
        Pair p;
        p.turns = {{Turn::Role::User, QStringLiteral("담당자 연락처는?"), std::nullopt},
                   {Turn::Role::Assistant, QStringLiteral("010-1234-5678 또는 011-222-3333으로 연락하세요."),
                    std::nullopt}};
        repo.add(p);
        QCOMPARE(PiiGuard::scanPair(store->db(), p.id, phones), 2);
        PairFilter warn;
        warn.hasWarnings = true;
        QCOMPARE(repo.ids(warn), QList<qint64>{p.id});

        // Reject the first; an edit elsewhere in the pair keeps the decision and the turn id.
        store->db().exec(
            QStringLiteral("UPDATE detections SET status = 'rejected' WHERE value = '010-1234-5678'"));
        Pair edited = *repo.get(p.id);
        edited.turns[0].content = QStringLiteral("담당자 전화번호는?");
        repo.update(edited);
        QCOMPARE(PiiGuard::scanPair(store->db(), p.id, phones), 1);
        QCOMPARE(
            store->db().queryInt(QStringLiteral("SELECT count(*) FROM detections WHERE status = 'rejected'")),
            1);

        // The rejected number is removed from the text: its decision goes too.
        edited.turns[1].content = QStringLiteral("011-222-3333으로 연락하세요.");
        repo.update(edited);
        QCOMPARE(PiiGuard::scanPair(store->db(), p.id, phones), 1);
        QCOMPARE(store->db().queryInt(QStringLiteral("SELECT count(*) FROM detections")), 1);
        Statement st = store->db().prepare(QStringLiteral("SELECT start, end FROM detections"));
        QVERIFY(st.step());
        QCOMPARE(st.int32(0), 0);
        QCOMPARE(st.int32(1), 12);

        edited.turns[1].content = QStringLiteral("연락처는 인사팀에 문의하세요.");
        repo.update(edited);
        QCOMPARE(PiiGuard::scanPair(store->db(), p.id, phones), 0);
        QVERIFY(repo.ids(warn).isEmpty());
    }

#ifdef QUARRY_HAVE_REDACT
    void projectRules()
    {
        test::TestDir dir;
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        PairRepository repo(*store);
        Pair p;
        p.turns = {{Turn::Role::User, QStringLiteral("제 번호는 010-9876-5432입니다."), std::nullopt}};
        repo.add(p);
        QVERIFY(PiiGuard::scanPair(store->db(), p.id) >= 1);
    }
#endif
};

QTEST_GUILESS_MAIN(TestPiiGuard)
#include "TestPiiGuard.moc"
