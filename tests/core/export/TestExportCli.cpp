#include "CliRunner.h"
#include "ExportFixture.h"
#include "TestDir.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <QThread>

#include <signal.h>

using namespace quarry;
using test::CliRunner;
using test::ExportFixture;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList staging(const QString& parent)
{
    return QDir(parent).entryList({QStringLiteral(".*quarry-export*")}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
}

const QSet<QString> kCompleteSet{QStringLiteral("train.jsonl"), QStringLiteral("validation.jsonl"),
                                 QStringLiteral("dataset_info.json"), QStringLiteral("README.md"),
                                 QStringLiteral("export_report.json")};

QSet<QString> filesIn(const QString& dir)
{
    const QStringList l = QDir(dir).entryList(QDir::Files | QDir::Hidden);
    return QSet<QString>(l.begin(), l.end());
}

} // namespace

class TestExportCli : public QObject
{
    Q_OBJECT
private slots:
    void exportAndImportThroughTheCli()
    {
        test::TestDir dir;
        const QString project = dir.path(QStringLiteral("p.quarry"));
        {
            auto store = ExportFixture::create(project);
            ExportFixture::addPair(*store, {QStringLiteral("한국어 질문 \"x\""), QStringLiteral("답")}, Pair::Status::Approved,
                                   {QStringLiteral("법률")});
            ExportFixture::addPair(*store, {QStringLiteral("draft"), QStringLiteral("a")}, Pair::Status::Draft);
        }
        CliRunner cli;
        const QString out = dir.path(QStringLiteral("out"));
        auto r = cli.run({QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("openai"),
                          QStringLiteral("--out"), out, QStringLiteral("--split"), QStringLiteral("1"),
                          QStringLiteral("--metadata"), QStringLiteral("tags,status"), QStringLiteral("--system-prompt"),
                          QStringLiteral("시스템"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("written")).toInt(), 1);
        const QByteArray line = readAll(out + QStringLiteral("/train.jsonl"));
        QCOMPARE(line, QStringLiteral("{\"messages\":[{\"role\":\"system\",\"content\":\"시스템\"},{\"role\":\"user\","
                                      "\"content\":\"한국어 질문 \\\"x\\\"\"},{\"role\":\"assistant\",\"content\":\"답\"}],"
                                      "\"metadata\":{\"status\":\"approved\",\"tags\":[\"법률\"]}}\n")
                           .toUtf8());

        const QString other = dir.path(QStringLiteral("q.quarry"));
        QCOMPARE(cli.run({QStringLiteral("init"), other}).exitCode, 0);
        r = cli.run({QStringLiteral("import"), other, out + QStringLiteral("/train.jsonl"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("imported")).toInt(), 1);

        const QString bad = dir.write(QStringLiteral("bad.jsonl"), line + "not json\n" + line);
        r = cli.run({QStringLiteral("import"), other, bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("line 2:")));
        QVERIFY(r.out.contains(QLatin1String("Imported 2")));

        QCOMPARE(cli.run({QStringLiteral("export"), project, QStringLiteral("--out"), out}).exitCode, 2);
        QCOMPARE(cli.run({QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("csv"),
                          QStringLiteral("--out"), out}).exitCode, 2);
        QCOMPARE(cli.run({QStringLiteral("import"), other, dir.path(QStringLiteral("missing.jsonl"))}).exitCode, 2);
    }

    void refusesPendingPiiUnlessOverridden()
    {
        test::TestDir dir;
        const QString project = dir.path(QStringLiteral("p.quarry"));
        {
            auto store = ExportFixture::create(project);
            const qint64 id = ExportFixture::addPair(*store, {QStringLiteral("q"), QStringLiteral("a")});
            ExportFixture::addDetection(*store, std::nullopt, ExportFixture::turnId(*store, id, 0), QStringLiteral("NAME"),
                                        QStringLiteral("q"));
        }
        CliRunner cli;
        const QString out = dir.path(QStringLiteral("out"));
        const QStringList args{QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("alpaca"),
                               QStringLiteral("--out"), out};
        auto r = cli.run(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("pending")));
        QVERIFY(!QFileInfo::exists(out));
        r = cli.run(args + QStringList{QStringLiteral("--allow-pending-pii")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("override")));
        QVERIFY(readAll(out + QStringLiteral("/README.md")).contains("Pending-PII override"));
    }

    void killedExportLeavesAllOrNothing()
    {
        test::TestDir dir;
        const QString project = dir.path(QStringLiteral("big.quarry"));
        {
            auto store = ExportFixture::create(project);
            ExportFixture::generate(*store, 30000, 300);
        }
        const QString out = dir.path(QStringLiteral("out"));
        const QStringList args{QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("sharegpt"),
                               QStringLiteral("--out"), out};
        QProcess p;
        p.start(CliRunner::program(), args);
        QVERIFY(p.waitForStarted());
        // Kill it once it is writing: the staging folder exists and its train.jsonl has data.
        QElapsedTimer t;
        t.start();
        bool writing = false;
        while (!writing && t.elapsed() < 60000 && p.state() == QProcess::Running) {
            for (const QString& s : staging(dir.path()))
                if (QFileInfo(dir.path(s + QStringLiteral("/train.jsonl"))).size() > 0)
                    writing = true;
            if (!writing)
                QThread::msleep(5);
        }
        ::kill(pid_t(p.processId()), SIGKILL);
        p.waitForFinished();
        QVERIFY2(writing, "the export never got to writing");
        // Either nothing of the export or all of it.
        QVERIFY(!QFileInfo::exists(out) || filesIn(out) == kCompleteSet);
        QVERIFY(!QFileInfo::exists(out));

        // The next export removes the dead process's staging folder and completes.
        auto r = CliRunner().run(args + QStringList{QStringLiteral("--json")}, {}, 240000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(filesIn(out), kCompleteSet);
        QVERIFY(staging(dir.path()).isEmpty());
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("written")).toInt(), 30000);
        qint64 lines = 0;
        for (const QString& f : {QStringLiteral("train.jsonl"), QStringLiteral("validation.jsonl")})
            lines += readAll(out + QLatin1Char('/') + f).count('\n');
        QCOMPARE(lines, 30000);
    }
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "TestExportCli.moc"
