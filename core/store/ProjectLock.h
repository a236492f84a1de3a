#pragma once

#include <QString>
#include <memory>

class QLockFile;

namespace quarry {

// Marks a project as open for writing by one process. SQLite's own locks keep the file consistent;
// this lock keeps two people from editing the same project at once and lets the second one be
// told who holds it. A lock left by a process that died is taken over (QLockFile checks the pid).
class ProjectLock
{
public:
    explicit ProjectLock(const QString& projectPath);
    ~ProjectLock();

    // Returns false if another live process holds it; holder() then says who.
    bool tryLock();
    bool isLocked() const;
    QString holder() const;

private:
    QString m_lockPath;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace quarry
