#include "TestDir.h"
#include "demo/DemoProject.h"
#include "store/ProjectStore.h"
#include "util/Error.h"

#include <QTest>

using namespace quarry;

class TestDemoProject : public QObject
{
    Q_OBJECT
private slots:
    void buildsAProjectWithEveryStage()
    {
        test::TestDir dir;
        const QString path = dir.path(QStringLiteral("demo.quarry"));
        QStringList steps;
        qint64 last = -1;
        const TaskContext task([&](qint64 done, qint64 total, const QString& s) {
            QCOMPARE(total, qint64(DemoProject::kSteps));
            QVERIFY(done > last);
            last = done;
            if (!s.isEmpty())
                steps << s;
        });
        DemoProject::build(path, DemoProject::findSamples(), task);
        QVERIFY(steps.size() >= 4);
        QCOMPARE(last, qint64(DemoProject::kSteps));

        auto store = ProjectStore::open(path, ProjectStore::OpenMode::ReadOnly);
        Database& db = store->db();
        const CheckReport report = store->check();
        QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));

        // Every sample was read, by the method its kind needs.
        QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM documents")), 4);
        QCOMPARE(db.queryInt(QStringLiteral(
                     "SELECT count(*) FROM documents WHERE status IN ('failed','unsupported')")),
                 0);
        QCOMPARE(db.queryText(QStringLiteral("SELECT encoding FROM documents WHERE name LIKE '%cp949%'"))
                     .toUpper(),
                 QStringLiteral("CP949"));
        QVERIFY(db.queryInt(QStringLiteral("SELECT count(*) FROM pages WHERE method = 'ocr'")) >= 1);
        QCOMPARE(db.queryInt(QStringLiteral("SELECT page_count FROM documents WHERE kind = 'pdf'")), 2);
        QVERIFY(
            db.queryText(QStringLiteral("SELECT group_concat(text) FROM pages p JOIN documents d ON d.id = "
                                        "p.document_id WHERE d.kind = 'docx'"))
                .contains(QStringLiteral("박지훈")));

        // Personal data found: some decided, some left for the user.
        QVERIFY(db.queryInt(QStringLiteral("SELECT count(*) FROM detections WHERE status = 'accepted'")) >=
                3);
        QVERIFY(db.queryInt(QStringLiteral("SELECT count(*) FROM detections WHERE status = 'pending'")) >= 1);
        QVERIFY(db.queryInt(
                    QStringLiteral("SELECT count(*) FROM detections WHERE entity_type LIKE '%PHONE%'")) >= 3);

        // Passages and pairs in every status, linked to their sources.
        QVERIFY(db.queryInt(QStringLiteral("SELECT count(*) FROM passages")) >= 4);
        for (const char* status : {"draft", "review", "approved", "rejected"})
            QVERIFY2(db.queryInt(QStringLiteral("SELECT count(*) FROM pairs WHERE status = '%1'")
                                     .arg(QLatin1String(status))) >= 1,
                     status);
        QVERIFY(db.queryInt(QStringLiteral(
                    "SELECT count(DISTINCT pair_id) FROM pair_sources WHERE passage_id IS NOT NULL")) >= 6);
    }

    void refusesToOverwrite()
    {
        test::TestDir dir;
        const QString path = dir.write(QStringLiteral("demo.quarry"), "mine");
        QVERIFY_THROWS_EXCEPTION(Error, DemoProject::build(path, DemoProject::findSamples()));
    }
};

QTEST_GUILESS_MAIN(TestDemoProject)
#include "TestDemoProject.moc"
