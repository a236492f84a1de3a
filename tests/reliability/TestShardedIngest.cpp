// Sharded ingest (issue 17) as a site would run it: packaging/cluster/quarry-shard-parallel.sh
// runs `quarry-cli ingest --shard K/4` under GNU parallel and `quarry-cli merge`s the shards; the
// merged project must hold what one ingest of the same files holds. A shard killed in the middle is
// run again on its own, and merge refuses until it has finished.
#include "CliRunner.h"
#include "ShardCorpus.h"
#include "TestDir.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <csignal>
#include <sqlite3.h>
#include <unistd.h>

using namespace quarry;

namespace {

QString script(const QString& name)
{
    return test::sourceDir() + QStringLiteral("/packaging/cluster/") + name;
}

struct Run
{
    int exitCode = -1;
    QString out;
};

Run runScript(const QString& name, const QStringList& args, int timeoutMs = 600000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QUARRY_CLI"), test::CliRunner::program());
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("bash"), QStringList{script(name)} + args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

qint64 queryInt(const QString& project, const char* sql)
{
    sqlite3* db = nullptr;
    qint64 value = -1;
    if (sqlite3_open_v2(QFile::encodeName(project).constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_busy_timeout(db, 2000);
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
            value = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return value;
}

} // namespace

class TestShardedIngest : public QObject
{
    Q_OBJECT

    test::TestDir m_dir;
    QString m_root;
    QStringList m_files;
    QStringList m_single; // the content of one ingest of every file

private slots:
    void initTestCase()
    {
        // CI installs GNU parallel (packaging/install-deps.sh): its absence is a failure, not a skip.
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("parallel")).isEmpty(),
                 "GNU parallel is not installed (packaging/install-deps.sh installs it)");
        m_root = m_dir.path(QStringLiteral("archive"));
        m_files = test::ShardCorpus::write(m_root);
        QCOMPARE(m_files.size(), 13);
        const QString single = m_dir.path(QStringLiteral("single.quarry"));
        test::CliRunner cli;
        QCOMPARE(cli.run({QStringLiteral("init"), single}).exitCode, 0);
        const auto ingest = cli.run({QStringLiteral("ingest"), single, m_root}, {}, 600000);
        QVERIFY2(ingest.exitCode == 0, qPrintable(ingest.err));
        QCOMPARE(cli.run({QStringLiteral("redact"), single}).exitCode, 0);
        m_single = test::ShardCorpus::content(single);
        // The corpus is what it should be: OCR read the scans, redaction found something.
        QCOMPARE(queryInt(single, "SELECT count(*) FROM documents"), 12);
        QVERIFY(queryInt(single, "SELECT count(*) FROM pages WHERE method = 'ocr'") >= 4);
        QVERIFY(queryInt(single, "SELECT count(*) FROM detections") >= 10);
    }

    void fourShardsThroughParallelEqualOneIngest()
    {
        const QString out = m_dir.path(QStringLiteral("parallel.quarry"));
        const Run run = runScript(QStringLiteral("quarry-shard-parallel.sh"),
                                  {QStringLiteral("-n"), QStringLiteral("4"), QStringLiteral("-j"),
                                   QStringLiteral("2"), QStringLiteral("--workers"), QStringLiteral("1"),
                                   QStringLiteral("--redact"), out, m_root});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out));
        QVERIFY2(QFile::exists(out), qPrintable(run.out));
        // Each file was in exactly one shard's work list.
        qint64 jobs = 0;
        for (int k = 0; k < 4; ++k) {
            const QString shard =
                m_dir.path(QStringLiteral("parallel.quarry.shards/shard-%1-of-4.quarry").arg(k));
            jobs += queryInt(shard, "SELECT count(*) FROM ingest_jobs");
        }
        QCOMPARE(jobs, qint64(m_files.size()));
        QCOMPARE(test::ShardCorpus::content(out), m_single);
        const auto check = test::CliRunner().run({QStringLiteral("check"), out});
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
    }

    void aKilledShardIsRunAgainOnItsOwn()
    {
        const int slow = test::ShardCorpus::shardOf(QStringLiteral("scan/scanned.pdf"), 4);
        const QString workdir = m_dir.path(QStringLiteral("killed.shards"));
        const QString out = m_dir.path(QStringLiteral("killed.quarry"));
        // The shards without the slow scan finish.
        for (int k = 0; k < 4; ++k) {
            if (k == slow)
                continue;
            const Run run = runScript(QStringLiteral("quarry-shard-job.sh"), {QStringLiteral("shard"),
                                                                              QString::number(k),
                                                                              QStringLiteral("4"),
                                                                              workdir,
                                                                              {},
                                                                              QStringLiteral("1"),
                                                                              QStringLiteral("1"),
                                                                              QStringLiteral("--"),
                                                                              m_root});
            QVERIFY2(run.exitCode == 0, qPrintable(run.out));
        }
        // The slow one is killed (the script, quarry-cli and its worker: the whole process group)
        // while OCR reads the scanned PDF.
        const QString project = workdir + QStringLiteral("/shard-%1-of-4.quarry").arg(slow);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QUARRY_CLI"), test::CliRunner::program());
        p.setProcessEnvironment(env);
        p.setChildProcessModifier([] { ::setpgid(0, 0); });
        p.start(QStringLiteral("bash"),
                {script(QStringLiteral("quarry-shard-job.sh")), QStringLiteral("shard"),
                 QString::number(slow), QStringLiteral("4"), workdir, QString(), QStringLiteral("1"),
                 QStringLiteral("1"), QStringLiteral("--"), m_root});
        QVERIFY(p.waitForStarted());
        QElapsedTimer timer;
        timer.start();
        bool running = false;
        while (!running && p.state() == QProcess::Running && timer.elapsed() < 120000) {
            QTest::qWait(50);
            running =
                queryInt(project, "SELECT count(*) FROM ingest_jobs WHERE status = 'running' AND path LIKE "
                                  "'%scanned.pdf'") > 0;
        }
        QVERIFY2(running, "the slow shard finished or failed before it could be killed");
        ::kill(-pid_t(p.processId()), SIGKILL);
        p.waitForFinished();
        QVERIFY(!QFile::exists(project + QStringLiteral(".done")));

        // Merge refuses while a shard is unfinished: the job script, and quarry-cli itself.
        const Run early = runScript(QStringLiteral("quarry-shard-job.sh"),
                                    {QStringLiteral("merge"), out, QStringLiteral("4"), workdir});
        QVERIFY2(early.exitCode != 0 &&
                     early.out.contains(QStringLiteral("shard(s) %1 of 4 did not finish").arg(slow)),
                 qPrintable(early.out));
        QStringList projects;
        for (int k = 0; k < 4; ++k)
            projects << workdir + QStringLiteral("/shard-%1-of-4.quarry").arg(k);
        const auto refused = test::CliRunner().run(QStringList{QStringLiteral("merge"), out} + projects);
        QVERIFY2(refused.exitCode == 1 && refused.err.contains(QStringLiteral("its ingest did not finish")),
                 qPrintable(refused.err));
        QVERIFY(!QFile::exists(out));

        // Run again: the finished shards are not repeated, the killed one resumes.
        const Run again = runScript(QStringLiteral("quarry-shard-parallel.sh"),
                                    {QStringLiteral("-n"), QStringLiteral("4"), QStringLiteral("--workers"),
                                     QStringLiteral("1"), QStringLiteral("--redact"),
                                     QStringLiteral("--work-dir"), workdir, out, m_root});
        QVERIFY2(again.exitCode == 0, qPrintable(again.out));
        QCOMPARE(again.out.count(QStringLiteral("already done")), 3);
        QCOMPARE(queryInt(project,
                          "SELECT count(*) FROM ingest_jobs WHERE status <> 'done' AND status <> 'skipped'"),
                 0);
        QCOMPARE(test::ShardCorpus::content(out), m_single);
    }

    void refusalsThroughTheCommandLine()
    {
        test::CliRunner cli;
        const QString a = m_dir.path(QStringLiteral("refuse-a.quarry"));
        QCOMPARE(cli.run({QStringLiteral("init"), a}).exitCode, 0);
        // A file list on standard input, one shard of one: every listed file.
        const QByteArray list = (m_root + QStringLiteral("/notes/readme.md\n") + m_root +
                                 QStringLiteral("/letters/0/letter-00.txt\n\n"))
                                    .toUtf8();
        const auto ingest = cli.run({QStringLiteral("ingest"), a, QStringLiteral("--files-from"),
                                     QStringLiteral("-"), QStringLiteral("--shard"), QStringLiteral("0/1")},
                                    list);
        QVERIFY2(ingest.exitCode == 0, qPrintable(ingest.err));
        QCOMPARE(queryInt(a, "SELECT count(*) FROM documents"), 2);
        const auto badShard =
            cli.run({QStringLiteral("ingest"), a, m_root, QStringLiteral("--shard"), QStringLiteral("4/4")});
        QCOMPARE(badShard.exitCode, 2);
        QVERIFY2(badShard.err.contains(QStringLiteral("K from 0 to N-1")), qPrintable(badShard.err));

        const auto itself = cli.run({QStringLiteral("merge"), a, a});
        QCOMPARE(itself.exitCode, 2);
        QVERIFY2(itself.err.contains(QStringLiteral("cannot merge a project into itself")),
                 qPrintable(itself.err));

        const QString newer = m_dir.path(QStringLiteral("refuse-newer.quarry"));
        QCOMPARE(cli.run({QStringLiteral("init"), newer}).exitCode, 0);
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(newer).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "PRAGMA user_version = 999", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        const QString out = m_dir.path(QStringLiteral("refuse-out.quarry"));
        const auto newerRefused = cli.run({QStringLiteral("merge"), out, a, newer});
        QCOMPARE(newerRefused.exitCode, 2);
        QVERIFY2(newerRefused.err.contains(QStringLiteral("made by a newer version of Quarry")),
                 qPrintable(newerRefused.err));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_MAIN(TestShardedIngest)
#include "TestShardedIngest.moc"
