#include "store/ProjectStore.h"

#include "store/ProjectLock.h"
#include "store/Schema.h"
#include "store/Transaction.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <sqlite3.h>
#include <unistd.h>

namespace quarry {

namespace {

QString defaultActor()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("user") : name;
}

quint32 be32(const QByteArray& header, int offset)
{
    return qFromBigEndian<quint32>(header.constData() + offset);
}

// Reads the 100-byte SQLite header directly so that a foreign or damaged file is recognised
// without handing it to SQLite in a mode that could write to it.
void validateHeader(const QString& path)
{
    QFileInfo fi(path);
    if (!fi.exists())
        throw Error(QCoreApplication::translate("quarry::ProjectStore", "%1: no such file").arg(path),
                    Error::Kind::NotFound);
    if (!fi.isFile())
        throw Error(QCoreApplication::translate("quarry::ProjectStore", "%1: not a file").arg(path),
                    Error::Kind::BadInput);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("quarry::ProjectStore", "%1: cannot read: %2")
                        .arg(path, file.errorString()),
                    Error::Kind::BadInput);
    const qint64 size = file.size();
    if (size == 0)
        throw Error(
            QCoreApplication::translate("quarry::ProjectStore", "%1: the file is empty, not a Quarry project")
                .arg(path),
            Error::Kind::BadInput);
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        throw Error(QCoreApplication::translate("quarry::ProjectStore",
                                                "%1: not a Quarry project (not an SQLite database)")
                        .arg(path),
                    Error::Kind::BadInput);

    const quint32 applicationId = be32(header, 68);
    if (applicationId != quint32(Schema::ApplicationId))
        throw Error(QCoreApplication::translate("quarry::ProjectStore",
                                                "%1: an SQLite database, but not a Quarry project")
                        .arg(path),
                    Error::Kind::BadInput);
    const quint32 version = be32(header, 60);
    if (version > quint32(Schema::latestVersion()))
        throw Error(QCoreApplication::translate(
                        "quarry::ProjectStore",
                        "%1: made by a newer version of Quarry (schema %2; this version reads up to %3)")
                        .arg(path)
                        .arg(version)
                        .arg(Schema::latestVersion()),
                    Error::Kind::BadInput);

    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = be32(header, 28);
    const bool hasWal = QFileInfo::exists(path + QStringLiteral("-wal"));
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0 || size % pageSize != 0 ||
        (!hasWal && qint64(pageCount) * pageSize > size))
        throw Error(QCoreApplication::translate(
                        "quarry::ProjectStore",
                        "%1: the file is truncated or damaged (size %2 bytes does not match its header)")
                        .arg(path)
                        .arg(size),
                    Error::Kind::BadInput);
}

void removeDatabaseFiles(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path + QStringLiteral("-journal"));
}

} // namespace

ProjectStore::ProjectStore(QString path, std::unique_ptr<Database> db, std::unique_ptr<ProjectLock> lock)
    : m_path(std::move(path)), m_connectionPath(m_path), m_lock(std::move(lock)), m_db(std::move(db)),
      m_audit(*m_db), m_actor(defaultActor())
{}

ProjectStore::~ProjectStore()
{
    if (m_lock && m_db && !m_db->isReadOnly()) {
        try {
            // Folds the write-ahead log back so the project is one file again when closed.
            m_db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        } catch (...) {
        }
    }
    m_db.reset();
    m_lock.reset();
}

void ProjectStore::configure(Database& db)
{
    // Hostile project files must not run code through triggers or views on our behalf.
    sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (!db.isReadOnly()) {
        db.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        // FULL: a committed transaction survives power loss, not only a crash of Quarry.
        db.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    }
}

std::unique_ptr<ProjectStore> ProjectStore::create(const QString& path)
{
    if (QFileInfo::exists(path))
        throw Error(
            QCoreApplication::translate("quarry::ProjectStore", "%1: the file already exists").arg(path),
            Error::Kind::BadInput);
    auto lock = std::make_unique<ProjectLock>(path);
    if (!lock->tryLock())
        throw Error(
            QCoreApplication::translate("quarry::ProjectStore", "%1: in use by %2").arg(path, lock->holder()),
            Error::Kind::InUse);
    // The project is built under a hidden name and linked into place once its schema is committed
    // and folded into the main file, so that a crash or SIGKILL during creation never leaves a file
    // at `path` that is not a project (it would block the next init). Staging files of creators
    // that died are removed here.
    const QFileInfo target(path);
    const QString prefix = QStringLiteral(".%1.creating-").arg(target.fileName());
    const QDir dir = target.absoluteDir();
    for (const QString& name : dir.entryList({prefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden)) {
        bool ok = false;
        const int pid = name.mid(prefix.size()).section(QLatin1Char('-'), 0, 0).toInt(&ok);
        if (ok && ::kill(pid, 0) != 0 && errno == ESRCH)
            removeDatabaseFiles(dir.filePath(name));
    }
    const QString staging = dir.filePath(prefix + QString::number(::getpid()));
    removeDatabaseFiles(staging);
    try {
        auto db = Database::open(staging, Database::Mode::Create);
        configure(*db);
        Schema::migrate(*db);
        db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        db.reset(); // the last connection to close removes the -wal and -shm files
        // link() rather than rename(): it refuses to replace a file created meanwhile.
        if (::link(QFile::encodeName(staging).constData(), QFile::encodeName(path).constData()) != 0) {
            const int err = errno;
            throw Error(
                err == EEXIST
                    ? QCoreApplication::translate("quarry::ProjectStore", "%1: the file already exists")
                          .arg(path)
                    : QCoreApplication::translate("quarry::ProjectStore", "%1: cannot create: %2")
                          .arg(path, QString::fromLocal8Bit(std::strerror(err))),
                err == EEXIST ? Error::Kind::BadInput : Error::Kind::Storage);
        }
    } catch (...) {
        removeDatabaseFiles(staging);
        throw;
    }
    removeDatabaseFiles(staging);
    auto db = Database::open(path, Database::Mode::ReadWrite);
    configure(*db);
    return std::unique_ptr<ProjectStore>(new ProjectStore(path, std::move(db), std::move(lock)));
}

void ProjectStore::validateFile(const QString& path)
{
    validateHeader(path);
    auto db = Database::open(path, Database::Mode::ReadOnly);
    configure(*db);
    try {
        // Reading the schema parses the first page and the schema b-tree: catches most damage early.
        db->queryInt(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        if (!db->queryInt(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'settings'")))
            throw Error(QCoreApplication::translate("quarry::ProjectStore",
                                                    "%1: not a Quarry project (tables missing)")
                            .arg(path),
                        Error::Kind::BadInput);
    } catch (const Error& e) {
        if (e.kind() == Error::Kind::BadInput)
            throw;
        // SQLite reads a write-ahead-log project only if it can create the shared-memory file
        // next to it: a read-only project in a read-only folder is not damaged, just unreachable.
        if (e.kind() == Error::Kind::ReadOnly)
            throw Error(
                QCoreApplication::translate("quarry::ProjectStore",
                                            "%1: cannot be opened: the file is read-only and Quarry may not "
                                            "create files in its folder (copy the project to a writable "
                                            "folder)")
                    .arg(path),
                Error::Kind::ReadOnly);
        throw Error(QCoreApplication::translate("quarry::ProjectStore", "%1: the file is damaged: %2")
                        .arg(path, e.message()),
                    Error::Kind::BadInput);
    }
}

std::unique_ptr<ProjectStore> ProjectStore::open(const QString& path, OpenMode mode)
{
    validateFile(path);
    if (mode == OpenMode::ReadOnly) {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        configure(*db);
        if (db->queryInt(QStringLiteral("PRAGMA user_version")) >= Schema::latestVersion())
            return std::unique_ptr<ProjectStore>(new ProjectStore(path, std::move(db), nullptr));
        // An older schema lacks tables and columns every reader expects; it must not be written
        // here (read-only means the file stays as it is), so the reading happens on a migrated copy.
        auto copyDir = std::make_shared<QTemporaryDir>();
        if (!copyDir->isValid())
            throw Error(QCoreApplication::translate(
                            "quarry::ProjectStore",
                            "%1: made by an older Quarry; open it once for writing to upgrade it")
                            .arg(path),
                        Error::Kind::Storage);
        const QString copy = copyDir->filePath(QStringLiteral("upgraded.quarry"));
        db->copyTo(copy);
        db.reset();
        {
            auto upgrading = Database::open(copy, Database::Mode::ReadWrite);
            configure(*upgrading);
            Schema::migrate(*upgrading);
            upgrading->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        auto upgraded = Database::open(copy, Database::Mode::ReadOnly);
        configure(*upgraded);
        auto store = std::unique_ptr<ProjectStore>(new ProjectStore(path, std::move(upgraded), nullptr));
        store->m_connectionPath = copy;
        store->m_upgradedCopy = std::move(copyDir);
        return store;
    }
    auto lock = std::make_unique<ProjectLock>(path);
    if (!lock->tryLock())
        throw Error(
            QCoreApplication::translate("quarry::ProjectStore", "%1: in use by %2").arg(path, lock->holder()),
            Error::Kind::InUse);
    if (!QFileInfo(path).isWritable())
        throw Error(
            QCoreApplication::translate("quarry::ProjectStore", "%1: the file is read-only").arg(path),
            Error::Kind::ReadOnly);
    auto db = Database::open(path, Database::Mode::ReadWrite);
    configure(*db);
    Schema::migrate(*db);
    return std::unique_ptr<ProjectStore>(new ProjectStore(path, std::move(db), std::move(lock)));
}

int ProjectStore::schemaVersion()
{
    return int(m_db->queryInt(QStringLiteral("PRAGMA user_version")));
}

std::unique_ptr<Database> ProjectStore::openConnection(Database::Mode mode) const
{
    auto db = Database::open(m_connectionPath, mode);
    configure(*db);
    return db;
}

std::unique_ptr<ProjectStore> ProjectStore::openSibling() const
{
    auto db = openConnection(isReadOnly() ? Database::Mode::ReadOnly : Database::Mode::ReadWrite);
    auto sibling = std::unique_ptr<ProjectStore>(new ProjectStore(m_path, std::move(db), nullptr));
    sibling->m_connectionPath = m_connectionPath;
    sibling->m_upgradedCopy = m_upgradedCopy;
    sibling->setActor(m_actor);
    return sibling;
}

QJsonValue ProjectStore::setting(const QString& key, const QJsonValue& fallback)
{
    Statement st = m_db->prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    st.bind(1, key);
    if (!st.step())
        return fallback;
    // Values are stored as a one-element JSON array so that scalars round-trip exactly.
    const QJsonDocument doc = QJsonDocument::fromJson(st.text(0).toUtf8());
    if (!doc.isArray() || doc.array().size() != 1)
        return fallback;
    return doc.array().at(0);
}

void ProjectStore::setSetting(const QString& key, const QJsonValue& value)
{
    const QJsonValue before = setting(key);
    Transaction tx(*m_db);
    Statement st = m_db->prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?) ON "
                                                "CONFLICT(key) DO UPDATE SET value = excluded.value"));
    st.bindAll(key, QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)));
    st.run();
    m_audit.record(m_actor, QStringLiteral("setting"), std::nullopt, QStringLiteral("set"),
                   QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("value"), before}},
                   QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("value"), value}});
    tx.commit();
}

ProjectInfo ProjectStore::info()
{
    ProjectInfo info;
    info.path = m_path;
    info.schemaVersion = schemaVersion();
    info.fileBytes = QFileInfo(m_path).size() + QFileInfo(m_path + QStringLiteral("-wal")).size();
    for (const QString& table : Schema::contentTables(*m_db))
        info.tableCounts << qMakePair(
            table, m_db->queryInt(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)));
    return info;
}

CheckReport ProjectStore::check()
{
    CheckReport report;
    {
        Statement st = m_db->prepare(QStringLiteral("PRAGMA integrity_check"));
        while (st.step()) {
            const QString line = st.text(0);
            if (line != QLatin1String("ok"))
                report.problems
                    << QCoreApplication::translate("quarry::ProjectStore", "integrity: %1").arg(line);
        }
    }
    {
        Statement st = m_db->prepare(QStringLiteral("PRAGMA foreign_key_check"));
        while (st.step())
            report.problems << QCoreApplication::translate("quarry::ProjectStore",
                                                           "table %1 row %2 refers to a missing row of %3")
                                   .arg(st.text(0))
                                   .arg(st.int64(1))
                                   .arg(st.text(2));
    }
    if (int(m_db->queryInt(QStringLiteral("PRAGMA application_id"))) != Schema::ApplicationId)
        report.problems << QCoreApplication::translate("quarry::ProjectStore",
                                                       "the application id is not Quarry's");

    // Quarry's own invariants: what the schema's constraints cannot say.
    struct Invariant
    {
        const char* what;
        const char* sql; // counts the rows that break it
    };
    static const Invariant invariants[] = {
        {QT_TRANSLATE_NOOP("quarry::ProjectStore", "pages numbered beyond their document's page count"),
         "SELECT count(*) FROM pages p JOIN documents d ON d.id = p.document_id WHERE p.page_no > "
         "d.page_count"},
        {QT_TRANSLATE_NOOP("quarry::ProjectStore", "documents marked ok that lack some of their pages"),
         "SELECT count(*) FROM documents d WHERE d.status IN ('ok','ocr','warnings') AND d.page_count <> "
         "(SELECT count(*) FROM pages p WHERE p.document_id = d.id)"},
        {QT_TRANSLATE_NOOP("quarry::ProjectStore", "detections that point outside their page's text"),
         "SELECT count(*) FROM detections x JOIN pages p ON p.id = x.page_id "
         "WHERE x.end > utf16_length(coalesce(p.corrected_text, p.text))"},
        {QT_TRANSLATE_NOOP("quarry::ProjectStore", "pairs without any turn"),
         "SELECT count(*) FROM pairs WHERE NOT EXISTS (SELECT 1 FROM turns t WHERE t.pair_id = pairs.id)"},
        {QT_TRANSLATE_NOOP("quarry::ProjectStore", "settings that are not valid JSON"),
         "SELECT count(*) FROM settings WHERE json_valid(value) = 0"},
    };
    for (const Invariant& inv : invariants) {
        const qint64 n = m_db->queryInt(QString::fromUtf8(inv.sql));
        if (n > 0)
            report.problems << QStringLiteral("%1: %2")
                                   .arg(QCoreApplication::translate("quarry::ProjectStore", inv.what))
                                   .arg(n);
    }
    return report;
}

} // namespace quarry
