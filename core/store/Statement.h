#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

struct sqlite3_stmt;

namespace quarry {

class Database;

// A prepared statement, finalized on destruction. Bind indexes are 1-based as in SQLite; column
// indexes are 0-based. Text is always UTF-8 on the SQLite side.
class Statement
{
public:
    Statement(Database& db, const QString& sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const char* value) { return bind(index, QString::fromUtf8(value)); }
    Statement& bind(int index, const QByteArray& blob);
    Statement& bindNull(int index);
    template <typename T> Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Binds all arguments in order, starting at 1.
    template <typename... Args> Statement& bindAll(const Args&... args)
    {
        int i = 0;
        (bind(++i, args), ...);
        return *this;
    }

    // Advances to the next row: true while there is one, false when done. Throws on error.
    bool step();
    // Steps to completion, for statements that return no rows.
    void run();
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    int int32(int column) const { return int(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    // The column's UTF-8 text without decoding it; valid until the next step(), reset() or read of
    // the same column as another type. Empty for NULL.
    QByteArrayView utf8(int column) const;
    QByteArray blob(int column) const;
    std::optional<qint64> optInt64(int column) const;
    std::optional<double> optReal(int column) const;
    std::optional<QString> optText(int column) const;

    sqlite3_stmt* handle() const { return m_stmt; }

private:
    void check(int rc, const char* what);

    Database* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace quarry
