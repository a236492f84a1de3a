#pragma once

#include "store/Statement.h"

#include <QString>
#include <memory>

struct sqlite3;

namespace quarry {

// Owns one sqlite3 connection. Everything that talks to SQLite borrows it from here; nothing else
// calls sqlite3_open. A Database is used from one thread at a time: a worker thread opens its own.
class Database
{
public:
    enum class Mode
    {
        ReadOnly,
        ReadWrite,
        Create
    };

    // Throws Error (Kind::BadInput or Storage) naming the file and SQLite's reason.
    static std::unique_ptr<Database> open(const QString& path, Mode mode);
    ~Database();

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    sqlite3* handle() const { return m_db; }
    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }

    // Runs one or more statements that return no rows.
    void exec(const QString& sql);
    Statement prepare(const QString& sql);
    // Convenience for single-value queries such as PRAGMA user_version.
    qint64 queryInt(const QString& sql);
    QString queryText(const QString& sql);

    qint64 lastInsertId() const;
    int changes() const;
    bool inTransaction() const;

    // Aborts a running statement from another thread (used by Cancel).
    void interrupt();

    // Writes a consistent copy of the whole database (write-ahead log included) to a new file at
    // `path`, with SQLite's backup API: a read-only connection can make it without writing here.
    void copyTo(const QString& path) const;

    // Throws an Error built from the connection's last error, prefixed by `what`.
    [[noreturn]] void fail(int rc, const QString& what) const;

private:
    Database(sqlite3* db, QString path, Mode mode);

    sqlite3* m_db;
    QString m_path;
    Mode m_mode;
};

} // namespace quarry
