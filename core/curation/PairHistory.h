#pragma once

#include "store/AuditLog.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace quarry {

class Database;

// One readable difference inside an audit entry: a field before and after, or for text the part
// that changed with a little of the unchanged text either side.
struct PairChange
{
    QString field;  // in the user's language: "Status", "Turn 2 (assistant)", "Tags", ...
    QString before; // readable value; empty: none
    QString after;
    bool isText = false; // before/after are text; the parts below say what changed
    QString prefix;      // unchanged text before the change ("…" when cut)
    QString removed;
    QString added;
    QString suffix; // unchanged text after the change ("…" when cut)

    // "Status: Draft → Approved", or for text "Turn 2 (assistant): …left [-old-]{+new+} right…".
    QString toPlainText() const;
};

struct PairHistoryEntry
{
    qint64 auditId = 0;
    QString at; // ISO 8601 UTC, as stored
    QString actor;
    QString entity;     // "pair", or "detection" for PII decisions on the pair's turns
    QString action;     // as stored ("update", "status", "accept", ...)
    QString actionText; // in the user's language
    QList<PairChange> changes;
};

// The history of one pair, read from the audit log and put in words: its own entries (created,
// edited, status, tags, rating, deleted, restored) and the PII decisions taken on its turns.
class PairHistory
{
    Q_DECLARE_TR_FUNCTIONS(quarry::PairHistory)
public:
    static QList<PairHistoryEntry> forPair(Database& db, qint64 pairId, int limit = 1000);
    // detectionLabel names the detection of a "detection" entry ("PHONE “010-…”").
    static PairHistoryEntry describe(const AuditEntry& entry, const QString& detectionLabel = {});

    // The names the user sees for the stored spellings.
    static QString statusName(const QString& status);
    static QString roleName(const QString& role);
    static QString actionName(const QString& entity, const QString& action);
    // The changed part of a text with `context` characters of unchanged text either side.
    static PairChange textChange(const QString& field, const QString& before, const QString& after,
                                 int context = 30);
};

} // namespace quarry
