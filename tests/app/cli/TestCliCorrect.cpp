#include "CliRunner.h"
#include "TestDir.h"

#include <QTest>

using quarry::test::CliRunner;

class TestCliCorrect : public QObject
{
    Q_OBJECT
private slots:
    void correctsAndClears()
    {
        quarry::test::TestDir dir;
        CliRunner cli;
        const QString project = dir.path(QStringLiteral("p.quarry"));
        const QString doc = dir.write(QStringLiteral("notice.txt"), "Call Mr. James Carter at O1O-2345-6789.\n");
        QCOMPARE(cli.run({QStringLiteral("init"), project}).exitCode, 0);
        QCOMPARE(cli.run({QStringLiteral("ingest"), project, doc}).exitCode, 0);

        // The OCR-like mistake hides the phone number from redaction until corrected.
        auto r = cli.run({QStringLiteral("correct"), project, QStringLiteral("notice.txt"), QStringLiteral("--file"),
                          QStringLiteral("-")},
                         "Call Mr. James Carter at 010-2345-6789.\n");
        QCOMPARE(r.exitCode, 0);
        r = cli.run({QStringLiteral("text"), project, QStringLiteral("notice.txt")});
        QVERIFY(r.out.contains(QLatin1String("010-2345-6789")));
        r = cli.run({QStringLiteral("detections"), project, QStringLiteral("--json")});
        QVERIFY2(r.out.contains(QLatin1String("010-2345-6789")), qPrintable(r.out));

        QCOMPARE(cli.run({QStringLiteral("correct"), project, QStringLiteral("1"), QStringLiteral("--clear")}).exitCode, 0);
        r = cli.run({QStringLiteral("text"), project, QStringLiteral("notice.txt")});
        QVERIFY(r.out.contains(QLatin1String("O1O-2345-6789")));
        QCOMPARE(cli.run({QStringLiteral("check"), project}).exitCode, 0);
    }

    void usageErrors()
    {
        quarry::test::TestDir dir;
        CliRunner cli;
        const QString project = dir.path(QStringLiteral("p.quarry"));
        QCOMPARE(cli.run({QStringLiteral("init"), project}).exitCode, 0);
        QCOMPARE(cli.run({QStringLiteral("correct"), project, QStringLiteral("1")}).exitCode, 2);
        auto r = cli.run({QStringLiteral("correct"), project, QStringLiteral("missing.pdf"), QStringLiteral("--clear")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("no document missing.pdf")));
    }
};

QTEST_GUILESS_MAIN(TestCliCorrect)
#include "TestCliCorrect.moc"
