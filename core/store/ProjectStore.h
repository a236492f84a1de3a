#pragma once

#include "store/AuditLog.h"
#include "store/Database.h"

#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace quarry {

class ProjectLock;

struct ProjectInfo
{
    QString path;
    int schemaVersion = 0;
    qint64 fileBytes = 0; // the project file plus its write-ahead log
    QList<QPair<QString, qint64>> tableCounts;
};

struct CheckReport
{
    QStringList problems; // empty when the project is sound
    bool ok() const { return problems.isEmpty(); }
};

// One open project file. Owns the write connection and the project lock, lends the connection out
// through db(); a worker thread asks for its own connection with openConnection().
class ProjectStore
{
public:
    enum class OpenMode
    {
        ReadWrite, // fails with Error::Kind::InUse if another process has the project open for writing
        ReadOnly,  // never writes, never locks; a project an older Quarry left is read from a
                   // migrated temporary copy (the file itself is upgraded on its next write open)
    };

    // Creates a new project; fails if the file exists.
    static std::unique_ptr<ProjectStore> create(const QString& path);
    // Opens an existing project. A file that is not a Quarry project, is damaged or comes from a
    // newer Quarry is rejected with an Error naming the file and the reason, and is not modified.
    static std::unique_ptr<ProjectStore> open(const QString& path, OpenMode mode = OpenMode::ReadWrite);
    // Validates a file without opening it for use; throws the same errors as open().
    static void validateFile(const QString& path);

    ~ProjectStore();

    Database& db() { return *m_db; }
    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_db->isReadOnly(); }
    int schemaVersion();

    std::unique_ptr<Database> openConnection(Database::Mode mode = Database::Mode::ReadOnly) const;
    // A second handle on the same project with its own connection, for a worker thread that runs
    // a whole operation (ingest, scan, export) while the GUI keeps using this one. It shares this
    // store's lock and settings, and must not outlive it.
    std::unique_ptr<ProjectStore> openSibling() const;

    // The name recorded as actor in the audit log (the user's name from the settings).
    const QString& actor() const { return m_actor; }
    // An empty name keeps the current one: every audit record names someone.
    void setActor(const QString& actor)
    {
        if (!actor.trimmed().isEmpty())
            m_actor = actor.trimmed();
    }
    AuditLog& audit() { return m_audit; }

    QJsonValue setting(const QString& key, const QJsonValue& fallback = {});
    void setSetting(const QString& key, const QJsonValue& value);

    ProjectInfo info();
    CheckReport check();

private:
    ProjectStore(QString path, std::unique_ptr<Database> db, std::unique_ptr<ProjectLock> lock);
    static void configure(Database& db);

    QString m_path;
    // Where connections are opened: m_path, or the migrated copy of an old project opened read-only
    // (shared with siblings, removed with the last of them).
    QString m_connectionPath;
    std::shared_ptr<QTemporaryDir> m_upgradedCopy;
    std::unique_ptr<ProjectLock> m_lock;
    std::unique_ptr<Database> m_db;
    AuditLog m_audit;
    QString m_actor;
};

} // namespace quarry
