// Quarry promises to work offline and never to talk to the network. The whole user journey that
// this quarry-cli offers (init -> ingest -> redact -> import -> review -> export) runs once in a
// network namespace without interfaces (unshare -n) and once under strace, whose log must show no
// socket but local ones (AF_UNIX, AF_NETLINK) and no connection anywhere else.
#include "CliRunner.h"
#include "InputCorpus.h"
#include "TestDir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <functional>
#include <unistd.h>

using namespace quarry;
using quarry::test::CliRunner;

namespace {

// The journey, in a scratch folder; `run` executes one quarry-cli invocation and returns its
// exit code (and the error text through `err`).
void journey(const test::TestDir& dir, const std::function<int(const QStringList&, QString* err)>& run)
{
    const QString project = dir.path(QStringLiteral("p.quarry"));
    const QString in = dir.path(QStringLiteral("in"));
    test::InputCorpus::writeDocuments(in, 4, 3, 10);
    QByteArray pairs;
    for (int i = 0; i < 50; ++i)
        pairs += "{\"messages\": [{\"role\": \"user\", \"content\": \"Which shelf holds box " +
                 QByteArray::number(i) + "?\"}, {\"role\": \"assistant\", \"content\": \"Shelf " +
                 QByteArray::number(i % 7) + ".\"}]}\n";
    const QString pairsFile = dir.write(QStringLiteral("pairs.jsonl"), pairs);
    QStringList ids;
    for (int i = 1; i <= 50; ++i)
        ids << QString::number(i);

    // Every step runs and succeeds (quarry-cli has all these commands): a journey that left steps
    // out would prove nothing about them.
    const QList<QStringList> steps = {
        {QStringLiteral("init"), project},
        {QStringLiteral("ingest"), project, in},
        {QStringLiteral("redact"), project},
        {QStringLiteral("import"), project, pairsFile},
        QStringList{QStringLiteral("pairs"), QStringLiteral("set-status"), project,
                    QStringLiteral("approved")} +
            ids,
        {QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("openai"),
         QStringLiteral("--out"), dir.path(QStringLiteral("out"))},
        {QStringLiteral("check"), project},
    };
    for (const QStringList& step : steps) {
        QString err;
        const int code = run(step, &err);
        QVERIFY2(code == 0, qPrintable(step.first() + QStringLiteral(": ") + err));
    }
    // The 50 approved pairs all reached the export (split into train and the rest).
    int lines = 0;
    for (const QString& name : QDir(dir.path(QStringLiteral("out"))).entryList({QStringLiteral("*.jsonl")})) {
        QFile f(dir.path(QStringLiteral("out/") + name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        lines += int(f.readAll().count('\n'));
    }
    QCOMPARE(lines, 50);
    QVERIFY(QFileInfo(dir.path(QStringLiteral("out/train.jsonl"))).size() > 0);
}

int runWrapped(const QString& wrapper, const QStringList& wrapperArgs, const QStringList& args, QString* err)
{
    QProcess p;
    QProcessEnvironment env = CliRunner().environment();
    // LeakSanitizer cannot run under ptrace (strace); the sanitizer build would fail for that alone.
    env.insert(QStringLiteral("ASAN_OPTIONS"),
               env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":detect_leaks=0"));
    p.setProcessEnvironment(env);
    p.start(wrapper, wrapperArgs + QStringList{CliRunner::program()} + args);
    if (!p.waitForStarted() || !p.waitForFinished(180000)) {
        p.kill();
        p.waitForFinished();
        *err = QStringLiteral("did not run or timed out");
        return -1;
    }
    *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// The unshare options that work here: plain -n as root, -rn (a user namespace) otherwise.
QStringList unshareOptions()
{
    for (const QStringList& opts :
         {QStringList{QStringLiteral("-n")}, QStringList{QStringLiteral("-r"), QStringLiteral("-n")}}) {
        QProcess p;
        p.start(QStringLiteral("unshare"), opts + QStringList{QStringLiteral("true")});
        if (p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return opts;
    }
    return {};
}

} // namespace

class TestOffline : public QObject
{
    Q_OBJECT
private slots:
    void journeyWithoutNetworkInterfaces()
    {
        const QStringList opts = unshareOptions();
        if (opts.isEmpty())
            QSKIP(::geteuid() == 0
                      ? "unshare -n refused although root (no CAP_SYS_ADMIN in this container?)"
                      : "not root and unshare -rn refused: unprivileged user namespaces are off");
        // Inside the namespace there is only a loopback that is down: no route anywhere.
        QProcess probe;
        probe.start(QStringLiteral("unshare"),
                    opts + QStringList{QStringLiteral("cat"), QStringLiteral("/proc/net/dev")});
        QVERIFY(probe.waitForFinished(10000));
        const QString dev = QString::fromUtf8(probe.readAllStandardOutput());
        QVERIFY2(!dev.contains(QLatin1String("eth")) && !dev.contains(QLatin1String("wl")), qPrintable(dev));

        test::TestDir dir;
        journey(dir, [&](const QStringList& args, QString* err) {
            return runWrapped(QStringLiteral("unshare"), opts + QStringList{QStringLiteral("--")}, args, err);
        });
    }

    void journeyOpensNoNetworkSocket()
    {
        QProcess probe;
        probe.start(QStringLiteral("strace"), {QStringLiteral("-f"), QStringLiteral("-e"),
                                               QStringLiteral("trace=network"), QStringLiteral("true")});
        if (!probe.waitForFinished(10000) || probe.exitStatus() != QProcess::NormalExit ||
            probe.exitCode() != 0)
            QSKIP(QStandardPaths::findExecutable(QStringLiteral("strace")).isEmpty()
                      ? "strace is not installed (packaging/install-deps.sh installs it)"
                      : "strace cannot trace here: ptrace not permitted (kernel.yama.ptrace_scope, or no "
                        "CAP_SYS_PTRACE)");

        test::TestDir dir;
        QStringList logs;
        int n = 0;
        journey(dir, [&](const QStringList& args, QString* err) {
            const QString log = dir.path(QStringLiteral("strace-%1.log").arg(n++));
            logs << log;
            return runWrapped(QStringLiteral("strace"),
                              {QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-e"),
                               QStringLiteral("trace=network"), QStringLiteral("-o"), log},
                              args, err);
        });
        QVERIFY(!logs.isEmpty());
        static const QRegularExpression socketCall(QStringLiteral("\\bsocket(pair)?\\(([A-Z_0-9]+)"));
        int sockets = 0;
        for (const QString& log : logs) {
            QFile f(log);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(log));
            const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
            for (const QString& line : lines) {
                // Any Internet address family anywhere (socket, connect, sendto, bind) is a leak.
                QVERIFY2(!line.contains(QLatin1String("AF_INET")) && !line.contains(QLatin1String("PF_INET")),
                         qPrintable(log + QStringLiteral(": ") + line));
                const QRegularExpressionMatch m = socketCall.match(line);
                if (m.hasMatch()) {
                    ++sockets;
                    const QString family = m.captured(2);
                    QVERIFY2(family == QLatin1String("AF_UNIX") || family == QLatin1String("AF_LOCAL") ||
                                 family == QLatin1String("AF_NETLINK"),
                             qPrintable(log + QStringLiteral(": ") + line));
                }
            }
        }
        qInfo("%d local sockets in %lld traced commands, none to the network", sockets,
              static_cast<long long>(logs.size()));
    }
};

QTEST_GUILESS_MAIN(TestOffline)
#include "TestOffline.moc"
