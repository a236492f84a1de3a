#include "CliRunner.h"
#include "TestDir.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using quarry::test::CliResult;
using quarry::test::CliRunner;

namespace {
QJsonObject json(const CliResult& r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

qint64 sum(const QJsonObject& o)
{
    qint64 n = 0;
    for (auto it = o.begin(); it != o.end(); ++it)
        n += it.value().toInteger();
    return n;
}
} // namespace

// quarry-cli stats, run as a separate process on a generated project.
class TestCliStats : public QObject
{
    Q_OBJECT
private slots:
    void statsJsonAndTable()
    {
        quarry::test::TestDir dir;
        CliRunner cli;
        const QString project = dir.path(QStringLiteral("p.quarry"));
        QCOMPARE(cli.run({QStringLiteral("generate"), project, QStringLiteral("--pairs"),
                          QStringLiteral("200"), QStringLiteral("--json")})
                     .exitCode,
                 0);
        // One pair with known lengths: user 12 Hangul + 1 ASCII, assistant 600 ASCII (150 tokens).
        CliResult r =
            cli.run({QStringLiteral("pairs"), QStringLiteral("add"), project, QStringLiteral("--user"),
                     QStringLiteral("서울특별시의인구는몇명인가?"), QStringLiteral("--assistant"),
                     QString(600, QLatin1Char('a')), QStringLiteral("--tag"), QStringLiteral("통계-시험"),
                     QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(cli.run({QStringLiteral("pairs"), QStringLiteral("set-status"), project,
                          QStringLiteral("rejected"), QStringLiteral("201")})
                     .exitCode,
                 0);

        r = cli.run({QStringLiteral("stats"), project, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = json(r);
        const QJsonObject pairs = o.value(QStringLiteral("pairs")).toObject();
        QCOMPARE(pairs.value(QStringLiteral("total")).toInteger(), 201);
        QCOMPARE(sum(pairs.value(QStringLiteral("by_status")).toObject()), 201);
        QCOMPARE(sum(pairs.value(QStringLiteral("by_origin")).toObject()), 201);
        QCOMPARE(sum(pairs.value(QStringLiteral("ratings")).toObject()), 201);
        QCOMPARE(pairs.value(QStringLiteral("without_source")).toInteger(), 201);
        // The counts agree with pairs list.
        for (const QString& status : {QStringLiteral("draft"), QStringLiteral("review"),
                                      QStringLiteral("approved"), QStringLiteral("rejected")}) {
            const CliResult list = cli.run({QStringLiteral("pairs"), QStringLiteral("list"), project,
                                            QStringLiteral("--status"), status, QStringLiteral("--json")});
            QCOMPARE(pairs.value(QStringLiteral("by_status")).toObject().value(status).toInteger(),
                     json(list).value(QStringLiteral("total")).toInteger());
        }
        bool found = false;
        for (const QJsonValue& t : pairs.value(QStringLiteral("by_tag")).toArray())
            if (t.toObject().value(QStringLiteral("tag")).toString() == QStringLiteral("통계-시험")) {
                QCOMPARE(t.toObject().value(QStringLiteral("pairs")).toInteger(), 1);
                found = true;
            }
        QVERIFY(found);

        const QJsonObject lengths = o.value(QStringLiteral("lengths")).toObject();
        for (const QString& key : {QStringLiteral("user_chars"), QStringLiteral("assistant_chars"),
                                   QStringLiteral("user_tokens"), QStringLiteral("assistant_tokens")}) {
            const QJsonObject h = lengths.value(key).toObject();
            QCOMPARE(h.value(QStringLiteral("samples")).toInteger(), 201);
            qint64 inBuckets = 0;
            for (const QJsonValue& b : h.value(QStringLiteral("buckets")).toArray())
                inBuckets += b.toObject().value(QStringLiteral("pairs")).toInteger();
            QCOMPARE(inBuckets, 201);
        }
        // The generated answers are at most a few hundred characters: the 600-character one is the longest.
        QCOMPARE(lengths.value(QStringLiteral("assistant_chars"))
                     .toObject()
                     .value(QStringLiteral("max"))
                     .toInteger(),
                 600);
        QCOMPARE(o.value(QStringLiteral("detections")).toObject().value(QStringLiteral("total")).toInteger(),
                 0);

        r = cli.run({QStringLiteral("stats"), project});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("Pairs by status")));
        QVERIFY(r.out.contains(QLatin1String("Pairs: 201")));
        // Rows line up: the counts of the status table end in the same column.
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        const qsizetype header = lines.indexOf(QStringLiteral("Pairs by status"));
        QVERIFY(header >= 0);
        const qsizetype width = lines.at(header + 1).size();
        for (int i = 2; i <= 5; ++i)
            QCOMPARE(lines.at(header + i).size(), width);
        QVERIFY2(r.out.contains(QStringLiteral("통계-시험")), qPrintable(r.out));
    }

    void usageErrors()
    {
        quarry::test::TestDir dir;
        CliRunner cli;
        QCOMPARE(cli.run({QStringLiteral("stats")}).exitCode, 2);
        const CliResult r = cli.run({QStringLiteral("stats"), dir.path(QStringLiteral("missing.quarry"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith(QLatin1String("quarry-cli: ")));
    }
};

QTEST_GUILESS_MAIN(TestCliStats)
#include "TestCliStats.moc"
