#include "CliRunner.h"
#include "TestDir.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace quarry;

namespace {
QJsonObject json(const test::CliResult& r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}
} // namespace

// quarry-cli chunk, pairs, search and generate, run as a separate process.
class TestCurationCli : public QObject
{
    Q_OBJECT
private slots:
    void pairsSearchGenerateChunk()
    {
        test::TestDir dir;
        const QString project = dir.path(QStringLiteral("p.quarry"));
        test::CliRunner cli;
        cli.environment().insert(QStringLiteral("QUARRY_USER"), QStringLiteral("tester"));

        auto r = cli.run({QStringLiteral("generate"), project, QStringLiteral("--pairs"),
                          QStringLiteral("300"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r).value(QStringLiteral("pairs")).toInt(), 300);

        r = cli.run({QStringLiteral("pairs"), QStringLiteral("add"), project, QStringLiteral("--user"),
                     QStringLiteral("서울의 인구는?"), QStringLiteral("--assistant"),
                     QStringLiteral("약 천만 명"), QStringLiteral("--tag"), QStringLiteral("geo"),
                     QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const qint64 id = json(r).value(QStringLiteral("id")).toInteger();
        QCOMPARE(id, 301);
        r = cli.run({QStringLiteral("pairs"), QStringLiteral("add"), project, QStringLiteral("--user"),
                     QStringLiteral("서울의 인구는?"), QStringLiteral("--assistant"),
                     QStringLiteral("약 천만 명"), QStringLiteral("--json")});
        QCOMPARE(json(r).value(QStringLiteral("duplicate_of")).toInteger(), id);

        r = cli.run({QStringLiteral("pairs"), QStringLiteral("show"), project, QString::number(id),
                     QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r).value(QStringLiteral("author")).toString(), QStringLiteral("tester"));
        QCOMPARE(json(r).value(QStringLiteral("tags")).toArray().first().toString(), QStringLiteral("geo"));

        r = cli.run({QStringLiteral("search"), project, QStringLiteral("인구"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r).value(QStringLiteral("count")).toInt(), 2);

        r = cli.run({QStringLiteral("pairs"), QStringLiteral("set-status"), project,
                     QStringLiteral("approved"), QString::number(id)});
        QCOMPARE(r.exitCode, 0);
        r = cli.run({QStringLiteral("pairs"), QStringLiteral("tag"), project, QStringLiteral("checked"),
                     QString::number(id), QStringLiteral("--json")});
        QCOMPARE(json(r).value(QStringLiteral("changed")).toArray().size(), 1);
        r = cli.run({QStringLiteral("pairs"), QStringLiteral("list"), project, QStringLiteral("--status"),
                     QStringLiteral("approved"), QStringLiteral("--tag"), QStringLiteral("checked"),
                     QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r).value(QStringLiteral("total")).toInt(), 1);
        QCOMPARE(json(r)
                     .value(QStringLiteral("pairs"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toInteger(),
                 id);

        r = cli.run({QStringLiteral("pairs"), QStringLiteral("delete"), project, QString::number(id)});
        QCOMPARE(r.exitCode, 0);
        r = cli.run({QStringLiteral("pairs"), QStringLiteral("show"), project, QString::number(id)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith(QStringLiteral("quarry-cli: ")));

        // Usage errors exit 2 without touching the project.
        QCOMPARE(cli.run({QStringLiteral("pairs"), QStringLiteral("frobnicate"), project}).exitCode, 2);
        QCOMPARE(cli.run({QStringLiteral("pairs"), QStringLiteral("set-status"), project,
                          QStringLiteral("done"), QStringLiteral("1")})
                     .exitCode,
                 2);
        QCOMPARE(
            cli.run({QStringLiteral("pairs"), QStringLiteral("delete"), project, QStringLiteral("999999")})
                .exitCode,
            2);

        r = cli.run({QStringLiteral("chunk"), project, QStringLiteral("--target"), QStringLiteral("500"),
                     QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r).value(QStringLiteral("documents")).toInt(), 0);
        QCOMPARE(cli.run({QStringLiteral("chunk"), project, QStringLiteral("--target"), QStringLiteral("900"),
                          QStringLiteral("--max"), QStringLiteral("100")})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCurationCli)
#include "TestCurationCli.moc"
