#include "CliRunner.h"
#include "TestDir.h"
#include "store/Database.h"
#include "store/ProjectStore.h"
#include "store/Schema.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace quarry;
using quarry::test::CliRunner;

class TestCliProject : public QObject
{
    Q_OBJECT
private slots:
    void initInfoCheck()
    {
        test::TestDir dir;
        CliRunner cli;
        const QString path = dir.path(QStringLiteral("p.quarry"));
        auto r = cli.run({QStringLiteral("init"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("Created")));
        QVERIFY(QFile::exists(path));

        r = cli.run({QStringLiteral("info"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Schema version: %1").arg(Schema::latestVersion())));
        QVERIFY(r.out.contains(QLatin1String("pairs")));

        r = cli.run({QStringLiteral("info"), path, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject info = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(info.value(QStringLiteral("schema_version")).toInt(), Schema::latestVersion());
        QCOMPARE(info.value(QStringLiteral("counts")).toObject().value(QStringLiteral("documents")).toInt(-1),
                 0);
        QVERIFY(info.value(QStringLiteral("bytes")).toInteger() > 0);

        r = cli.run({QStringLiteral("check"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("ok")));
    }

    void initRefusesExistingFile()
    {
        test::TestDir dir;
        const QString path = dir.write(QStringLiteral("x.quarry"), "data");
        auto r = CliRunner().run({QStringLiteral("init"), path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith(QLatin1String("quarry-cli: ")));
        QVERIFY(r.err.contains(QLatin1String("already exists")));
    }

    void unreadableInputIsExitTwoWithOneLine()
    {
        test::TestDir dir;
        const QString bad = dir.write(QStringLiteral("bad.quarry"), "not a database at all");
        for (const QString& cmd : {QStringLiteral("info"), QStringLiteral("check")}) {
            auto r = CliRunner().run({cmd, bad});
            QCOMPARE(r.exitCode, 2);
            QVERIFY(!r.crashed);
            QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
            QVERIFY2(r.err.contains(bad), qPrintable(r.err));
            r = CliRunner().run({cmd, dir.path(QStringLiteral("missing.quarry"))});
            QCOMPARE(r.exitCode, 2);
            QVERIFY(r.err.contains(QLatin1String("no such file")));
        }
    }

    void checkFailsOnBrokenInvariant()
    {
        test::TestDir dir;
        const QString path = dir.path(QStringLiteral("p.quarry"));
        QCOMPARE(CliRunner().run({QStringLiteral("init"), path}).exitCode, 0);
        {
            // A pair without turns breaks one of Quarry's invariants (SQLite alone is fine with it).
            auto db = Database::open(path, Database::Mode::ReadWrite);
            db->exec(QStringLiteral("INSERT INTO pairs(created_at, updated_at) VALUES ('t', 't')"));
        }
        auto r = CliRunner().run({QStringLiteral("check"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("pairs without any turn: 1")), qPrintable(r.err));
        r = CliRunner().run({QStringLiteral("check"), path, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("ok")).toBool(true),
                 false);
    }

    // ProjectCommand: a read-only command reads a project another process holds for writing; a
    // writing command says once that it is in use (exit 2); a usage error is reported before the
    // project is opened, so it never names the project's trouble.
    void projectCommandsOpenOnce()
    {
        test::TestDir dir;
        const QString path = dir.path(QStringLiteral("p.quarry"));
        QCOMPARE(CliRunner().run({QStringLiteral("init"), path}).exitCode, 0);
        {
            auto holder = ProjectStore::open(path); // the lock, as a running Quarry holds it
            auto r = CliRunner().run({QStringLiteral("docs"), path, QStringLiteral("--json")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QCOMPARE(r.out.trimmed(), QStringLiteral("[]"));
            r = CliRunner().run({QStringLiteral("chunk"), path});
            QCOMPARE(r.exitCode, 2);
            QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
            QVERIFY2(r.err.startsWith(QLatin1String("quarry-cli: ")) &&
                         r.err.contains(QLatin1String("in use")),
                     qPrintable(r.err));
        }
        const QString missing = dir.path(QStringLiteral("missing.quarry"));
        auto r = CliRunner().run({QStringLiteral("search"), missing, QString()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("the query is empty")), qPrintable(r.err));
        r = CliRunner().run({QStringLiteral("text"), path, QStringLiteral("nothing.pdf")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("no document")), qPrintable(r.err));
        QVERIFY(!QFile::exists(missing));
    }

    void usageErrors()
    {
        CliRunner cli;
        QCOMPARE(cli.run({}).exitCode, 2);
        auto r = cli.run({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("unknown command")));
        QCOMPARE(cli.run({QStringLiteral("info")}).exitCode, 2);
        QCOMPARE(cli.run({QStringLiteral("info"), QStringLiteral("a"), QStringLiteral("b")}).exitCode, 2);
        QCOMPARE(cli.run({QStringLiteral("info"), QStringLiteral("--bogus"), QStringLiteral("a")}).exitCode,
                 2);
        r = cli.run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("init")));
        r = cli.run({QStringLiteral("check"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("Usage: quarry-cli check [options] FILE")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCliProject)
#include "TestCliProject.moc"
