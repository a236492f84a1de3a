#pragma once

#include "curation/Pair.h"
#include "curation/PairFilter.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>
#include <functional>
#include <optional>

namespace quarry {

class Database;
class ProjectStore;
class Statement;

// Reads and writes pairs (with their turns, tags and sources). Every write runs in one Transaction
// together with its audit_log record (entity "pair", before/after JSON), so a change and its record
// commit or roll back together. Writes also keep content_hash / duplicate_of (exact duplicates) and
// the full-text index (pairs_fts) current.
class PairRepository
{
    Q_DECLARE_TR_FUNCTIONS(quarry::PairRepository)
public:
    PairRepository(Database& db, QString actor);
    explicit PairRepository(ProjectStore& store);

    // The connection this repository writes through (undo commands keep related rows with it).
    Database& db() const { return m_db; }
    const QString& actor() const { return m_actor; }

    // Stores a new pair; sets pair.id, createdAt, updatedAt (when empty) and author (when empty).
    qint64 add(Pair& pair);
    // Puts back a pair exactly as it was (same id, times, sources), for undoing a delete.
    void restore(const Pair& pair);
    std::optional<Pair> get(qint64 id);
    // Replaces everything of an existing pair (turns, tags, sources too). Throws NotFound.
    void update(const Pair& pair);
    void remove(qint64 id);
    void remove(const QList<qint64>& ids);
    bool exists(qint64 id);

    void setStatus(const QList<qint64>& ids, Pair::Status status);
    // Of `ids`, the pairs a model drafted whose checks raised a flag (pair_drafts, core/llm):
    // approving many pairs at once leaves these to be approved one by one.
    QList<qint64> flaggedDrafts(const QList<qint64>& ids);
    // Per-pair values, for bulk undo.
    QHash<qint64, Pair::Status> statuses(const QList<qint64>& ids);
    void setStatuses(const QHash<qint64, Pair::Status>& statuses);
    // Return the ids that actually changed (had / lacked the tag before).
    QList<qint64> addTag(const QList<qint64>& ids, const QString& tag);
    QList<qint64> removeTag(const QList<qint64>& ids, const QString& tag);
    void setRating(const QList<qint64>& ids, std::optional<int> rating);
    void setRating(qint64 id, std::optional<int> rating) { setRating(QList<qint64>{id}, rating); }
    QHash<qint64, std::optional<int>> ratings(const QList<qint64>& ids);
    void setRatings(const QHash<qint64, std::optional<int>>& ratings);
    void clearSourceChanged(qint64 id);

    QList<qint64> ids(const PairFilter& filter = {});
    // The same, handing the first `firstCount` ids to `first` as soon as they are read (the list
    // shows its first screen while the rest of a million ids is still being read).
    QList<qint64> ids(const PairFilter& filter, int firstCount,
                      const std::function<void(const QList<qint64>&)>& first);
    qint64 count(const PairFilter& filter = {});
    // Exact duplicate of another pair (same normalised turns), or 0.
    qint64 duplicateOf(qint64 id);
    // The first turn of each pair (what lists show a pair by); pairs without turns are left out.
    QHash<qint64, QString> firstTurns(const QList<qint64>& ids);

    // The normalised form of the turns that content_hash is computed from: NFC, whitespace runs
    // collapsed, trimmed, role-prefixed.
    static QString contentHash(const Pair& pair);
    static QJsonObject toJson(const Pair& pair);
    static Pair fromJson(const QJsonObject& o);

    // Brings pairs_fts up to date with rows queued by the triggers (writes outside this class,
    // e.g. raw imports, are picked up here). Cheap when nothing is queued.
    static void syncFullText(Database& db);

    // SQL building blocks shared with the list model and search.
    static QString whereClause(Database& db, const PairFilter& filter, QList<QVariant>& binds);
    static QString orderClause(const PairFilter& filter);
    static void bindAll(Statement& st, const QList<QVariant>& binds);

private:
    void writeChildren(const Pair& pair);
    void updateDuplicate(qint64 id, const QString& hash);
    void touch(const QList<qint64>& ids, const QString& now);
    Pair load(qint64 id, bool& found);

    Database& m_db;
    QString m_actor;
};

} // namespace quarry
