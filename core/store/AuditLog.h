#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace quarry {

class Database;

struct AuditEntry
{
    qint64 id = 0;
    QString at;
    QString actor;
    QString entity;
    std::optional<qint64> entityId;
    QString action;
    QJsonObject before;
    QJsonObject after;
};

// Appends to the audit_log table inside the caller's transaction, so a change and its record
// commit or roll back together.
class AuditLog
{
public:
    explicit AuditLog(Database& db) : m_db(db) {}

    void record(const QString& actor, const QString& entity, std::optional<qint64> entityId,
                const QString& action, const QJsonObject& before = {}, const QJsonObject& after = {});
    QList<AuditEntry> entries(const QString& entity, std::optional<qint64> entityId = std::nullopt,
                              int limit = 1000) const;
    // Entries about any of these objects of one kind (a pair's turn detections, say), newest first.
    QList<AuditEntry> entriesOf(const QString& entity, const QList<qint64>& entityIds,
                                int limit = 1000) const;

private:
    Database& m_db;
};

} // namespace quarry
