#include "store/Transaction.h"

#include "store/Database.h"

#include <atomic>

namespace quarry {

namespace {
std::atomic<quint64> g_savepointCounter{0};
}

Transaction::Transaction(Database& db) : m_db(db)
{
    if (m_db.inTransaction()) {
        m_savepoint = "sp" + QByteArray::number(++g_savepointCounter);
        m_db.exec(QStringLiteral("SAVEPOINT %1").arg(QString::fromLatin1(m_savepoint)));
    } else {
        m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    try {
        if (m_savepoint.isEmpty()) {
            if (m_db.inTransaction())
                m_db.exec(QStringLiteral("ROLLBACK"));
        } else {
            const QString name = QString::fromLatin1(m_savepoint);
            m_db.exec(QStringLiteral("ROLLBACK TO %1; RELEASE %1").arg(name));
        }
    } catch (...) {
        // A failed rollback leaves SQLite to roll back on close; destructors must not throw.
    }
}

void Transaction::commit()
{
    if (m_savepoint.isEmpty())
        m_db.exec(QStringLiteral("COMMIT"));
    else
        m_db.exec(QStringLiteral("RELEASE %1").arg(QString::fromLatin1(m_savepoint)));
    m_done = true;
}

} // namespace quarry
