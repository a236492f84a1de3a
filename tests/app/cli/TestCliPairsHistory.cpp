#include "CliRunner.h"
#include "TestDir.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using quarry::test::CliRunner;

// quarry-cli pairs history: a pair's audit entries, newest first, in words.
class TestCliPairsHistory : public QObject
{
    Q_OBJECT
private slots:
    void historyOfAPair()
    {
        quarry::test::TestDir dir;
        CliRunner cli;
        const QString project = dir.path(QStringLiteral("p.quarry"));
        QCOMPARE(cli.run({QStringLiteral("init"), project}).exitCode, 0);
        auto r = cli.run({QStringLiteral("pairs"), QStringLiteral("add"), project, QStringLiteral("--user"),
                          QStringLiteral("보증금은 얼마입니까?"), QStringLiteral("--assistant"),
                          QStringLiteral("천만 원입니다."), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const qint64 id =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        const QString ids = QString::number(id);
        QCOMPARE(cli.run({QStringLiteral("pairs"), QStringLiteral("set-status"), project,
                          QStringLiteral("approved"), ids})
                     .exitCode,
                 0);
        QCOMPARE(
            cli.run({QStringLiteral("pairs"), QStringLiteral("tag"), project, QStringLiteral("계약"), ids})
                .exitCode,
            0);

        r = cli.run({QStringLiteral("pairs"), QStringLiteral("history"), project, ids});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 6, qPrintable(r.out));
        QVERIFY2(lines[0].endsWith(QLatin1String("Tag added")), qPrintable(r.out));
        QCOMPARE(lines[1].trimmed(), QStringLiteral("Tag: 계약"));
        QVERIFY(lines[2].endsWith(QLatin1String("Status changed")));
        QCOMPARE(lines[3].trimmed(), QStringLiteral("Status: Draft → Approved"));
        QVERIFY(lines[4].endsWith(QLatin1String("Created")));
        QVERIFY2(r.out.contains(QStringLiteral("Turn 1 (user): 보증금은 얼마입니까?")), qPrintable(r.out));

        r = cli.run(
            {QStringLiteral("pairs"), QStringLiteral("history"), project, ids, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("pair")).toInteger(), id);
        const QJsonArray entries = o.value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[0].toObject().value(QStringLiteral("action")).toString(), QStringLiteral("tag"));
        QCOMPARE(entries[1].toObject().value(QStringLiteral("action")).toString(), QStringLiteral("status"));
        const QJsonObject change =
            entries[1].toObject().value(QStringLiteral("changes")).toArray()[0].toObject();
        QCOMPARE(change.value(QStringLiteral("before")).toString(), QStringLiteral("Draft"));
        QCOMPARE(change.value(QStringLiteral("after")).toString(), QStringLiteral("Approved"));
        QVERIFY(!entries[2].toObject().value(QStringLiteral("actor")).toString().isEmpty());

        // A deleted pair keeps its history.
        QCOMPARE(cli.run({QStringLiteral("pairs"), QStringLiteral("delete"), project, ids}).exitCode, 0);
        r = cli.run({QStringLiteral("pairs"), QStringLiteral("history"), project, ids});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.section(QLatin1Char('\n'), 0, 0).endsWith(QLatin1String("Deleted")));
    }

    void duplicates()
    {
        quarry::test::TestDir dir;
        CliRunner cli;
        const QString project = dir.path(QStringLiteral("p.quarry"));
        QCOMPARE(cli.run({QStringLiteral("init"), project}).exitCode, 0);
        const QStringList answers = {
            QStringLiteral("퇴직 전 3개월 평균임금에 근속연수를 곱하여 계산합니다."),
            QStringLiteral("Two months, in writing."),
            QStringLiteral("퇴직 전 3개월 평균임금에 근속 연수를 곱하여 계산합니다.")};
        for (const QString& a : answers)
            QCOMPARE(
                cli.run({QStringLiteral("pairs"), QStringLiteral("add"), project, QStringLiteral("--user"),
                         QStringLiteral("퇴직금은 어떻게 계산합니까?"), QStringLiteral("--assistant"), a})
                    .exitCode,
                0);
        auto r = cli.run({QStringLiteral("pairs"), QStringLiteral("duplicates"), project,
                          QStringLiteral("--threshold"), QStringLiteral("0.7"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("pairs_compared")).toInteger(), 3);
        const QJsonArray c = o.value(QStringLiteral("candidates")).toArray();
        QCOMPARE(c.size(), 1);
        QCOMPARE(c[0].toObject().value(QStringLiteral("a")).toInteger(), 1);
        QCOMPARE(c[0].toObject().value(QStringLiteral("b")).toInteger(), 3);
        r = cli.run({QStringLiteral("pairs"), QStringLiteral("duplicates"), project,
                     QStringLiteral("--threshold"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 2);
    }

    void usageErrors()
    {
        quarry::test::TestDir dir;
        CliRunner cli;
        const QString project = dir.path(QStringLiteral("p.quarry"));
        QCOMPARE(cli.run({QStringLiteral("init"), project}).exitCode, 0);
        auto r = cli.run({QStringLiteral("pairs"), QStringLiteral("history"), project});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("give one pair id")));
        r = cli.run({QStringLiteral("pairs"), QStringLiteral("history"), project, QStringLiteral("42")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("no pair 42")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliPairsHistory)
#include "TestCliPairsHistory.moc"
