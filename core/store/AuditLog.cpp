#include "store/AuditLog.h"

#include "store/Database.h"
#include "store/Statement.h"
#include "util/Clock.h"

#include <QJsonDocument>
#include <QStringList>

namespace quarry {

namespace {
QString toText(const QJsonObject& o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
QJsonObject fromText(const QString& s)
{
    return s.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(s.toUtf8()).object();
}

// The rows of "SELECT id, at, actor, entity, entity_id, action, before, after FROM audit_log ...".
QList<AuditEntry> readEntries(Statement& st)
{
    QList<AuditEntry> out;
    while (st.step()) {
        AuditEntry e;
        e.id = st.int64(0);
        e.at = st.text(1);
        e.actor = st.text(2);
        e.entity = st.text(3);
        e.entityId = st.optInt64(4);
        e.action = st.text(5);
        e.before = fromText(st.text(6));
        e.after = fromText(st.text(7));
        out << e;
    }
    return out;
}
} // namespace

void AuditLog::record(const QString& actor, const QString& entity, std::optional<qint64> entityId,
                      const QString& action, const QJsonObject& before, const QJsonObject& after)
{
    Statement st = m_db.prepare(QStringLiteral(
        "INSERT INTO audit_log(at, actor, entity, entity_id, action, before, after) VALUES (?,?,?,?,?,?,?)"));
    st.bindAll(nowUtcIso(), actor, entity, entityId, action, toText(before), toText(after));
    st.run();
}

QList<AuditEntry> AuditLog::entriesOf(const QString& entity, const QList<qint64>& entityIds, int limit) const
{
    if (entityIds.isEmpty())
        return {};
    // Ids are numbers: listed inline (a statement takes at most 32766 binds).
    QStringList ids;
    ids.reserve(entityIds.size());
    for (qint64 id : entityIds)
        ids << QString::number(id);
    Statement st = m_db.prepare(
        QStringLiteral("SELECT id, at, actor, entity, entity_id, action, before, after FROM audit_log "
                       "WHERE entity = ?1 AND entity_id IN (%1) ORDER BY id DESC LIMIT %2")
            .arg(ids.join(QLatin1Char(',')))
            .arg(limit));
    st.bind(1, entity);
    return readEntries(st);
}

QList<AuditEntry> AuditLog::entries(const QString& entity, std::optional<qint64> entityId, int limit) const
{
    QString sql =
        QStringLiteral("SELECT id, at, actor, entity, entity_id, action, before, after FROM audit_log "
                       "WHERE entity = ?1");
    if (entityId)
        sql += QStringLiteral(" AND entity_id = ?2");
    sql += QStringLiteral(" ORDER BY id DESC LIMIT %1").arg(limit);
    Statement st = m_db.prepare(sql);
    st.bind(1, entity);
    if (entityId)
        st.bind(2, *entityId);
    return readEntries(st);
}

} // namespace quarry
