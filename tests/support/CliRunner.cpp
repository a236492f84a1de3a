#include "CliRunner.h"

#include <QProcess>

namespace quarry::test {

CliRunner::CliRunner() : m_env(QProcessEnvironment::systemEnvironment())
{
    m_env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    m_env.insert(QStringLiteral("OMP_THREAD_LIMIT"), QStringLiteral("1"));
}

QString CliRunner::program()
{
    const QString fromEnv = qEnvironmentVariable("QUARRY_CLI");
    return fromEnv.isEmpty() ? QStringLiteral(QUARRY_TEST_CLI) : fromEnv;
}

CliResult CliRunner::run(const QStringList& args, const QByteArray& stdinData, int timeoutMs) const
{
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.start(program(), args);
    CliResult r;
    if (!p.waitForStarted()) {
        r.err = p.errorString();
        return r;
    }
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        r.crashed = true;
        return r;
    }
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace quarry::test
