#pragma once

#include <QByteArray>

namespace quarry {

class Database;

// Scope guard for a write transaction. The outermost one is BEGIN IMMEDIATE (takes the write lock
// up front, so a busy project fails at the start rather than half-way); nested ones are savepoints.
// Anything not committed is rolled back when the guard goes out of scope, including on exceptions.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& m_db;
    QByteArray m_savepoint; // empty for the outermost transaction
    bool m_done = false;
};

} // namespace quarry
