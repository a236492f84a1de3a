#include "store/Database.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QScopeGuard>
#include <sqlite3.h>

namespace quarry {

namespace {

Error::Kind kindFor(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
    case SQLITE_FORMAT:
        return Error::Kind::BadInput;
    case SQLITE_READONLY:
        return Error::Kind::ReadOnly;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::Kind::InUse;
    case SQLITE_INTERRUPT:
        return Error::Kind::Cancelled;
    case SQLITE_CANTOPEN:
        return Error::Kind::NotFound;
    default:
        return Error::Kind::Storage;
    }
}

// utf16_length(X): the length of a text in UTF-16 units, the unit of every offset Quarry stores
// (QString's); SQLite's length() counts code points, one less for each character outside the BMP.
void utf16Length(sqlite3_context* context, int, sqlite3_value** argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* p = sqlite3_value_text(argv[0]);
    const int n = sqlite3_value_bytes(argv[0]);
    sqlite3_int64 units = 0;
    for (int i = 0; i < n; ++i)
        units += ((p[i] & 0xc0) != 0x80) + (p[i] >= 0xf0); // a four-byte character is a surrogate pair
    sqlite3_result_int64(context, units);
}

} // namespace

Database::Database(sqlite3* db, QString path, Mode mode) : m_db(db), m_path(std::move(path)), m_mode(mode) {}

std::unique_ptr<Database> Database::open(const QString& path, Mode mode)
{
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    sqlite3* db = nullptr;
    const QByteArray native = QFileInfo(path).absoluteFilePath().toUtf8();
    const int rc = sqlite3_open_v2(native.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString reason =
            db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close(db);
        throw Error(QStringLiteral("%1: cannot open: %2").arg(path, reason), kindFor(rc));
    }
    sqlite3_extended_result_codes(db, 1);
    // A second process may hold a short write lock; waiting a little beats failing at once.
    sqlite3_busy_timeout(db, 5000);
    sqlite3_create_function_v2(db, "utf16_length", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                               nullptr, utf16Length, nullptr, nullptr, nullptr);
    return std::unique_ptr<Database>(new Database(db, path, mode));
}

Database::~Database()
{
    // sqlite3_close_v2 defers the close until outstanding statements are finalized, so a leaked
    // Statement cannot turn into a use-after-free.
    sqlite3_close_v2(m_db);
}

void Database::exec(const QString& sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString reason = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(message);
        throw Error(QStringLiteral("%1: %2").arg(m_path, reason), kindFor(rc));
    }
}

Statement Database::prepare(const QString& sql)
{
    return Statement(*this, sql);
}

qint64 Database::queryInt(const QString& sql)
{
    Statement st(*this, sql);
    return st.step() ? st.int64(0) : 0;
}

QString Database::queryText(const QString& sql)
{
    Statement st(*this, sql);
    return st.step() ? st.text(0) : QString();
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

void Database::copyTo(const QString& path) const
{
    sqlite3* target = nullptr;
    int rc = sqlite3_open_v2(path.toUtf8().constData(), &target,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    const auto closeTarget = qScopeGuard([&] { sqlite3_close_v2(target); });
    if (rc != SQLITE_OK)
        throw Error(QCoreApplication::translate("quarry::Database", "%1: cannot create a copy: %2")
                        .arg(path, QString::fromUtf8(target ? sqlite3_errmsg(target) : sqlite3_errstr(rc))),
                    Error::Kind::Storage);
    sqlite3_backup* backup = sqlite3_backup_init(target, "main", m_db, "main");
    if (!backup)
        throw Error(QCoreApplication::translate("quarry::Database", "%1: cannot copy %2: %3")
                        .arg(path, m_path, QString::fromUtf8(sqlite3_errmsg(target))),
                    Error::Kind::Storage);
    rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        throw Error(QCoreApplication::translate("quarry::Database", "%1: cannot copy %2: %3")
                        .arg(path, m_path, QString::fromUtf8(sqlite3_errstr(rc))),
                    Error::Kind::Storage);
}

void Database::interrupt()
{
    sqlite3_interrupt(m_db);
}

void Database::fail(int rc, const QString& what) const
{
    QString reason = QString::fromUtf8(sqlite3_errmsg(m_db));
    if ((rc & 0xff) == SQLITE_FULL)
        reason = QStringLiteral("the disk is full (%1)").arg(reason);
    throw Error(QStringLiteral("%1: %2: %3").arg(m_path, what, reason), kindFor(rc));
}

} // namespace quarry
