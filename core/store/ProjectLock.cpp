#include "store/ProjectLock.h"

#include <QCoreApplication>
#include <QLockFile>

namespace quarry {

ProjectLock::ProjectLock(const QString& projectPath)
    : m_lockPath(projectPath + QStringLiteral(".lock")), m_lock(std::make_unique<QLockFile>(m_lockPath))
{
    // Never consider a live holder's lock stale because of its age: a project can stay open for days.
    m_lock->setStaleLockTime(0);
}

ProjectLock::~ProjectLock() = default;

bool ProjectLock::tryLock()
{
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
