// Sharded ingest on Slurm (issue 17): a one-node cluster of our own (munged with a fresh key,
// slurmctld and slurmd on localhost, a generated slurm.conf, all in a scratch folder, on free
// ports) runs packaging/cluster/quarry-shard-slurm.sh: a job array of 4 shards and the merge job
// that depends on it. The merged project must equal one ingest of the same files. When the
// daemons cannot start here (not root, Slurm or munge missing), the suite says why and skips.
#include "CliRunner.h"
#include "ShardCorpus.h"
#include "TestDir.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <arpa/inet.h>
#include <memory>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace quarry;

namespace {

// A TCP port nobody listens on now.
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

QString tail(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return path + QStringLiteral(": (none)");
    const QByteArray all = f.readAll();
    return path + QStringLiteral(":\n") + QString::fromUtf8(all.right(1500));
}

} // namespace

class TestSlurmShards : public QObject
{
    Q_OBJECT

    test::TestDir m_dir;
    QString m_conf;
    QProcessEnvironment m_env;
    std::vector<std::unique_ptr<QProcess>> m_daemons;

    QProcess* startDaemon(const QString& program, const QStringList& args)
    {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(m_env);
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->setStandardOutputFile(m_dir.path(QFileInfo(program).fileName() + QStringLiteral(".out")));
        p->start(program, args);
        p->waitForStarted();
        m_daemons.push_back(std::move(p));
        return m_daemons.back().get();
    }

    QString run(const QString& program, const QStringList& args, int* exitCode = nullptr)
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        p.waitForFinished(60000);
        if (exitCode)
            *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return QString::fromUtf8(p.readAll());
    }

private slots:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP(
                "slurmd runs jobs as their user only when started as root; this test starts its own cluster");
        QStringList missing;
        for (const char* tool : {"munged", "slurmctld", "slurmd", "sbatch", "scontrol", "sinfo"})
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool),
                                               {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")})
                    .isEmpty())
                missing << QString::fromLatin1(tool);
        if (!missing.isEmpty())
            QSKIP(
                qPrintable(QStringLiteral("not installed: %1 (packaging/install-deps.sh installs slurm-wlm)")
                               .arg(missing.join(QStringLiteral(", ")))));

        const QString d = m_dir.path();
        for (const char* sub : {"munge", "state", "spool"})
            QVERIFY(QDir(d).mkpath(QString::fromLatin1(sub)));
        QFile::setPermissions(d + QStringLiteral("/munge"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        {
            QFile key(d + QStringLiteral("/munge/munge.key"));
            QVERIFY(key.open(QIODevice::WriteOnly));
            QByteArray bytes(1024, Qt::Uninitialized);
            QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
            key.write(bytes);
            key.close();
            key.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        }
        char hostName[256] = {};
        ::gethostname(hostName, sizeof hostName - 1);
        // slurmd finds its node by the short host name.
        const QString host = QString::fromLocal8Bit(hostName).section(QLatin1Char('.'), 0, 0);
        const QString socket = d + QStringLiteral("/munge/munge.socket");
        const int ctldPort = freePort();
        int slurmdPort = freePort();
        while (slurmdPort == ctldPort)
            slurmdPort = freePort();
        m_conf = d + QStringLiteral("/slurm.conf");
        {
            QFile conf(m_conf);
            QVERIFY(conf.open(QIODevice::WriteOnly));
            conf.write(
                QStringLiteral("ClusterName=quarrytest\n"
                               "SlurmctldHost=%1(127.0.0.1)\n"
                               "SlurmUser=root\nSlurmdUser=root\n"
                               "SlurmctldPort=%2\nSlurmdPort=%3\n"
                               "AuthType=auth/munge\nCredType=cred/munge\nAuthInfo=socket=%4\n"
                               "StateSaveLocation=%5/state\nSlurmdSpoolDir=%5/spool\n"
                               "SlurmctldPidFile=%5/slurmctld.pid\nSlurmdPidFile=%5/slurmd.pid\n"
                               "SlurmctldLogFile=%5/slurmctld.log\nSlurmdLogFile=%5/slurmd.log\n"
                               "ProctrackType=proctrack/linuxproc\nTaskPlugin=task/none\n"
                               "JobAcctGatherType=jobacct_gather/none\n"
                               "AccountingStorageType=accounting_storage/none\nJobCompType=jobcomp/none\n"
                               "SchedulerType=sched/builtin\nSelectType=select/cons_tres\n"
                               "SelectTypeParameters=CR_CPU\nMpiDefault=none\nReturnToService=2\n"
                               "NodeName=%1 NodeAddr=127.0.0.1 CPUs=%6 State=UNKNOWN\n"
                               "PartitionName=quarry Nodes=ALL Default=YES MaxTime=INFINITE State=UP\n")
                    .arg(host)
                    .arg(ctldPort)
                    .arg(slurmdPort)
                    .arg(socket, d)
                    .arg(QThread::idealThreadCount())
                    .toUtf8());
        }
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("SLURM_CONF"), m_conf);
        m_env.insert(QStringLiteral("QUARRY_CLI"), test::CliRunner::program());

        // munged refuses root without --force, and a socket folder others cannot enter is what we want.
        startDaemon(QStringLiteral("munged"),
                    {QStringLiteral("-F"), QStringLiteral("--force"),
                     QStringLiteral("--key-file=") + d + QStringLiteral("/munge/munge.key"),
                     QStringLiteral("--socket=") + socket,
                     QStringLiteral("--pid-file=") + d + QStringLiteral("/munge/munged.pid"),
                     QStringLiteral("--log-file=") + d + QStringLiteral("/munge/munged.log"),
                     QStringLiteral("--seed-file=") + d + QStringLiteral("/munge/seed")});
        QElapsedTimer timer;
        timer.start();
        while (!QFile::exists(socket) && timer.elapsed() < 10000)
            QTest::qWait(50);
        if (!QFile::exists(socket))
            QSKIP(qPrintable(QStringLiteral("munged did not start here: ") +
                             tail(d + QStringLiteral("/munge/munged.log"))));
        startDaemon(QStringLiteral("slurmctld"),
                    {QStringLiteral("-D"), QStringLiteral("-i"), QStringLiteral("-f"), m_conf});
        startDaemon(QStringLiteral("slurmd"), {QStringLiteral("-D"), QStringLiteral("-f"), m_conf});
        QString state;
        timer.restart();
        while (timer.elapsed() < 30000) {
            state = run(QStringLiteral("sinfo"),
                        {QStringLiteral("-h"), QStringLiteral("-o"), QStringLiteral("%T")})
                        .trimmed();
            if (state == QLatin1String("idle"))
                break;
            QTest::qWait(250);
        }
        if (state != QLatin1String("idle"))
            QSKIP(
                qPrintable(QStringLiteral("a one-node Slurm could not start here (node state '%1'):\n%2\n%3")
                               .arg(state, tail(d + QStringLiteral("/slurmctld.log")),
                                    tail(d + QStringLiteral("/slurmd.log")))));
    }

    void cleanupTestCase()
    {
        // Daemons stop in the reverse order they started; each is ours (QProcess), none by name.
        for (auto it = m_daemons.rbegin(); it != m_daemons.rend(); ++it) {
            (*it)->terminate();
            if (!(*it)->waitForFinished(10000)) {
                (*it)->kill();
                (*it)->waitForFinished();
            }
        }
    }

    void jobArrayAndDependentMergeEqualOneIngest()
    {
        const QString root = m_dir.path(QStringLiteral("archive"));
        test::ShardCorpus::write(root);
        const QString single = m_dir.path(QStringLiteral("single.quarry"));
        test::CliRunner cli;
        QCOMPARE(cli.run({QStringLiteral("init"), single}).exitCode, 0);
        QCOMPARE(cli.run({QStringLiteral("ingest"), single, root}, {}, 600000).exitCode, 0);
        QCOMPARE(cli.run({QStringLiteral("redact"), single}).exitCode, 0);

        const QString out = m_dir.path(QStringLiteral("slurm.quarry"));
        int code = -1;
        const QString submitted =
            run(QStringLiteral("bash"),
                {test::sourceDir() + QStringLiteral("/packaging/cluster/quarry-shard-slurm.sh"),
                 QStringLiteral("-n"), QStringLiteral("4"), QStringLiteral("--cpus-per-task"),
                 QStringLiteral("1"), QStringLiteral("--redact"), out, root},
                &code);
        QVERIFY2(code == 0, qPrintable(submitted));
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("merge:\\s+job (\\d+)")).match(submitted);
        QVERIFY2(m.hasMatch(), qPrintable(submitted));
        const QString mergeJob = m.captured(1);

        QString jobState;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 600000) {
            const QString show =
                run(QStringLiteral("scontrol"), {QStringLiteral("show"), QStringLiteral("job"), mergeJob});
            jobState = QRegularExpression(QStringLiteral("JobState=(\\w+)")).match(show).captured(1);
            if (jobState == QLatin1String("COMPLETED") || jobState == QLatin1String("FAILED") ||
                jobState == QLatin1String("CANCELLED") || jobState == QLatin1String("TIMEOUT"))
                break;
            QTest::qWait(500);
        }
        const QString logs = tail(out + QStringLiteral(".shards/merge.log")) + QLatin1Char('\n') +
                             tail(out + QStringLiteral(".shards/shard-0.log"));
        QVERIFY2(jobState == QLatin1String("COMPLETED"), qPrintable(jobState + QLatin1Char('\n') + logs));
        QCOMPARE(test::ShardCorpus::content(out), test::ShardCorpus::content(single));
        const auto check = cli.run({QStringLiteral("check"), out});
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        for (int k = 0; k < 4; ++k)
            QVERIFY(QFile::exists(out + QStringLiteral(".shards/shard-%1-of-4.quarry.done").arg(k)));
    }
};

QTEST_MAIN(TestSlurmShards)
#include "TestSlurmShards.moc"
