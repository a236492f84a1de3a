#include "ChildProcesses.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QString>
#include <QThread>
#include <csignal>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace quarry::test {

namespace {

// Parent pid and state from /proc/PID/stat ("pid (comm) S ppid ..."; comm may hold spaces).
bool readStat(int pid, int* ppid, char* state)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray stat = f.readAll();
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0 || close + 4 >= stat.size())
        return false;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    if (fields.size() < 2 || fields.at(0).isEmpty())
        return false;
    *state = fields.at(0).at(0);
    *ppid = fields.at(1).toInt();
    return true;
}

} // namespace

bool ChildProcesses::becomeSubreaper()
{
    return ::prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0;
}

QList<int> ChildProcesses::living()
{
    QList<int> pids;
    const int self = int(::getpid());
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& e : entries) {
        bool ok = false;
        const int pid = e.toInt(&ok);
        if (!ok)
            continue;
        int ppid = 0;
        char state = 0;
        if (!readStat(pid, &ppid, &state) || ppid != self)
            continue;
        if (state == 'Z') {
            // An orphan that has exited: reap it so it does not linger.
            ::waitpid(pid, nullptr, WNOHANG);
            continue;
        }
        pids << pid;
    }
    return pids;
}

QList<int> ChildProcesses::waitForNone(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QList<int> left = living();
    while (!left.isEmpty() && timer.elapsed() < timeoutMs) {
        QThread::msleep(20);
        left = living();
    }
    for (int pid : left) {
        ::kill(pid, SIGKILL);
        ::waitpid(pid, nullptr, 0);
    }
    return left;
}

QString ChildProcesses::commandLine(int pid)
{
    QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return QString::number(pid);
    QByteArray cmd = f.readAll();
    cmd.replace('\0', ' ');
    return QString::number(pid) + QLatin1Char(' ') + QString::fromLocal8Bit(cmd.trimmed());
}

} // namespace quarry::test
