#include "store/ProjectLock.h"

#include <QCoreApplication>
#include <QFile>
#include <QLockFile>
#include <QSysInfo>
#include <QThread>
#include <cerrno>
#include <csignal>

namespace quarry {

ProjectLock::ProjectLock(const QString& projectPath)
    : m_lockPath(projectPath + QStringLiteral(".lock")), m_lock(std::make_unique<QLockFile>(m_lockPath))
{
    // Never consider a live holder's lock stale because of its age: a project can stay open for days.
    m_lock->setStaleLockTime(0);
}

ProjectLock::~ProjectLock() = default;

namespace {

// Whether a lock holder on this machine is gone: no such process, or a zombie that has not been
// reaped yet (QLockFile counts a zombie as alive, so a project killed a moment ago stayed "in use").
bool holderIsGone(qint64 pid, const QString& host)
{
    if (!host.isEmpty() && host != QSysInfo::machineHostName())
        return false; // another machine: nothing to check
    if (pid <= 0)
        return true;
    if (::kill(pid_t(pid), 0) == -1 && errno == ESRCH)
        return true;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    // "pid (comm) S ...": the state follows the last ')'.
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close >= 0 && close + 2 < line.size() && (line.at(close + 2) == 'Z' || line.at(close + 2) == 'X');
}

} // namespace

bool ProjectLock::tryLock()
{
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (m_lock->tryLock(0))
            return true;
        if (m_lock->error() != QLockFile::LockFailedError)
            return false;
        qint64 pid = 0;
        QString host;
        QString app;
        if (m_lock->getLockInfo(&pid, &host, &app)) {
            if (!holderIsGone(pid, host))
                return false; // a live holder
        } else {
            // An unreadable lock file is either being written this very moment, or was left empty
            // by a process killed between creating and writing it; QLockFile would refuse forever.
            QThread::msleep(250);
            if (m_lock->getLockInfo(&pid, &host, &app))
                continue;
        }
        m_lock->removeStaleLockFile();
    }
    return m_lock->tryLock(0);
}

bool ProjectLock::isLocked() const
{
    return m_lock->isLocked();
}

QString ProjectLock::holder() const
{
    qint64 pid = 0;
    QString host;
    QString app;
    if (!m_lock->getLockInfo(&pid, &host, &app))
        return QCoreApplication::translate("quarry::ProjectLock", "another process");
    if (app.isEmpty())
        app = QStringLiteral("Quarry");
    return QCoreApplication::translate("quarry::ProjectLock", "%1 (process %2 on %3)")
        .arg(app)
        .arg(pid)
        .arg(host);
}

} // namespace quarry
