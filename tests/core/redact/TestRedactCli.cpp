#include "CliRunner.h"
#include "TestDir.h"
#include "store/ProjectStore.h"
#include "store/Statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace quarry;
using quarry::test::CliRunner;

namespace {

QList<QJsonObject> jsonLines(const QString& out)
{
    QList<QJsonObject> objs;
    for (const QString& l : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        objs << QJsonDocument::fromJson(l.toUtf8()).object();
    return objs;
}

} // namespace

// quarry-cli scan, redact, detections and text, run as a user would.
class TestRedactCli : public QObject
{
    Q_OBJECT
private slots:
    void scanFileCodePoints()
    {
        test::TestDir dir;
        // An emoji (one code point, two UTF-16 units) before the number.
        const QString file = dir.write(QStringLiteral("in.txt"), "😀 연락처 010-1234-5678\n메일 a@example.com\n");
        const auto r = CliRunner().run({QStringLiteral("scan"), file});
        QCOMPARE(r.exitCode, 0);
        const auto objs = jsonLines(r.out);
        QCOMPARE(objs.size(), 2);
        QCOMPARE(objs[0].value(QStringLiteral("type")).toString(), QStringLiteral("PHONE"));
        QCOMPARE(objs[0].value(QStringLiteral("start")).toInt(), 6);
        QCOMPARE(objs[0].value(QStringLiteral("end")).toInt(), 19);
        QCOMPARE(objs[0].value(QStringLiteral("text")).toString(), QStringLiteral("010-1234-5678"));
        QCOMPARE(objs[0].value(QStringLiteral("rule")).toString(), QStringLiteral("kr_phone"));
        QVERIFY(objs[0].value(QStringLiteral("score")).toDouble() > 0.5);
        QCOMPARE(objs[1].value(QStringLiteral("start")).toInt(), 23);
    }

    void scanStdinLinesTermsRules()
    {
        test::TestDir dir;
        const QString terms = dir.write(QStringLiteral("roster.csv"), "이름,부서\n홍길동,인사\n");
        const QString rules = dir.write(QStringLiteral("rules.json"), "{\"rules\": [\n"
"            {\"name\": \"ticket\", \"kind\": \"regex\", \"type\": \"TICKET\", \"pattern\": \"TCK-\\\\d{4}\"},\n"
"            {\"name\": \"broken\", \"kind\": \"regex\", \"type\": \"X\", \"pattern\": \"((\"}]}");
        const auto r = CliRunner().run({QStringLiteral("scan"), QStringLiteral("-"), QStringLiteral("--lines"),
                                        QStringLiteral("--terms"), terms, QStringLiteral("--rules"), rules},
                                       "첫 줄\n홍 길동 TCK-1234\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QLatin1String("rule 'broken'")), qPrintable(r.err));
        const auto objs = jsonLines(r.out);
        QCOMPARE(objs.size(), 2);
        QCOMPARE(objs[0].value(QStringLiteral("line")).toInt(), 2);
        QCOMPARE(objs[0].value(QStringLiteral("type")).toString(), QStringLiteral("PERSON"));
        QCOMPARE(objs[0].value(QStringLiteral("start")).toInt(), 0);
        QCOMPARE(objs[1].value(QStringLiteral("type")).toString(), QStringLiteral("TICKET"));
        QCOMPARE(objs[1].value(QStringLiteral("start")).toInt(), 5);
    }

    void scanBadInput()
    {
        test::TestDir dir;
        auto r = CliRunner().run({QStringLiteral("scan"), dir.path(QStringLiteral("missing.txt"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith(QLatin1String("quarry-cli: ")));
        const QString bad = dir.write(QStringLiteral("bad.json"), "{ nope");
        r = CliRunner().run({QStringLiteral("scan"), QStringLiteral("-"), QStringLiteral("--rules"), bad}, "x");
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("not valid JSON")));
        r = CliRunner().run({QStringLiteral("scan"), QStringLiteral("-")}, "010-1234-5678 \xff\n");
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(jsonLines(r.out).size(), 1);
    }

    void projectWorkflow()
    {
        test::TestDir dir;
        const QString path = dir.path(QStringLiteral("p.quarry"));
        {
            auto store = ProjectStore::create(path);
            Statement doc = store->db().prepare(QStringLiteral(
                "INSERT INTO documents(name, source_path, sha256, size_bytes, kind, status, page_count, ingested_at, "
                "updated_at) VALUES ('memo.txt', '/in/memo.txt', 'x', 0, 'text', 'ok', 2, 't', 't')"));
            doc.run();
            Statement p = store->db().prepare(
                QStringLiteral("INSERT INTO pages(document_id, page_no, method, text) VALUES (1, ?, 'text', ?)"));
            p.bindAll(qint64(1), QStringLiteral("홍길동님 연락처 010-1234-5678"));
            p.run();
            p.reset();
            p.bindAll(qint64(2), QStringLiteral("메일 hong@example.com"));
            p.run();
        }
        CliRunner cli;
        cli.environment().insert(QStringLiteral("QUARRY_USER"), QStringLiteral("tester"));
        auto r = cli.run({QStringLiteral("redact"), path, QStringLiteral("--accept-above"), QStringLiteral("0.9"),
                          QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(summary.value(QStringLiteral("pages")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("added")).toInt(), 3);
        QVERIFY(summary.value(QStringLiteral("auto_accepted")).toInt() >= 2);

        r = cli.run({QStringLiteral("detections"), path, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray all = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(all.size(), 3);
        r = cli.run({QStringLiteral("detections"), path, QStringLiteral("--status"), QStringLiteral("accepted"),
                     QStringLiteral("--json")});
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
            QCOMPARE(v.toObject().value(QStringLiteral("decided_by")).toString(), QStringLiteral("tester"));
        }
        r = cli.run({QStringLiteral("detections"), path, QStringLiteral("--status"), QStringLiteral("bogus")});
        QCOMPARE(r.exitCode, 2);
        r = cli.run({QStringLiteral("detections"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("010-1234-5678")));

        r = cli.run({QStringLiteral("text"), path, QStringLiteral("memo.txt"), QStringLiteral("--page"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("홍길동님 연락처 010-1234-5678\n"));
        r = cli.run({QStringLiteral("text"), path, QStringLiteral("1"), QStringLiteral("--redacted")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("[PERSON_1]님 연락처 [PHONE]\f\n메일 [EMAIL]\n"));
        r = cli.run({QStringLiteral("text"), path, QStringLiteral("nope.txt")});
        QCOMPARE(r.exitCode, 2);
        r = cli.run({QStringLiteral("text"), path, QStringLiteral("1"), QStringLiteral("--page"), QStringLiteral("9")});
        QCOMPARE(r.exitCode, 2);

        // Rescanning with a pack keeps decisions; a broken rule is named, the rest work.
        const QString pack = dir.write(QStringLiteral("pack.json"), "{\"rules\": [\n"
"            {\"name\": \"email\", \"enabled\": false},\n"
"            {\"name\": \"bad\", \"kind\": \"regex\", \"type\": \"X\", \"pattern\": \"[unclosed\"}]}");
        r = cli.run({QStringLiteral("redact"), path, QStringLiteral("--rules"), pack, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains(QLatin1String("rule 'bad'")));
        r = cli.run({QStringLiteral("detections"), path, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 3); // the accepted e-mail stays

        r = cli.run({QStringLiteral("redact"), path, QStringLiteral("--accept-above"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 2);
        r = cli.run({QStringLiteral("redact"), dir.path(QStringLiteral("missing.quarry"))});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestRedactCli)
#include "TestRedactCli.moc"
