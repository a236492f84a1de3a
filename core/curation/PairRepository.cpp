#include "curation/PairRepository.h"

#include "curation/FullTextSearch.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/ProjectStore.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "util/Clock.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QSet>
#include <QVariant>
#include <algorithm>

namespace quarry {

namespace {

const QString kEntity = QStringLiteral("pair");

QString idList(const QList<qint64>& ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

void bindVariant(Statement& st, int index, const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        st.bind(index, v.toLongLong());
        break;
    case QMetaType::Double:
        st.bind(index, v.toDouble());
        break;
    default:
        st.bind(index, v.toString());
    }
}

QString sortColumn(PairFilter::Sort sort)
{
    switch (sort) {
    case PairFilter::Sort::Id:
        return QStringLiteral("p.id");
    case PairFilter::Sort::Status:
        return QStringLiteral("p.status");
    case PairFilter::Sort::FirstUserTurn:
        return QStringLiteral("(SELECT t.content FROM turns t WHERE t.pair_id = p.id AND t.role = 'user' "
                              "ORDER BY t.seq LIMIT 1)");
    case PairFilter::Sort::Rating:
        return QStringLiteral("p.rating");
    case PairFilter::Sort::Author:
        return QStringLiteral("p.author");
    case PairFilter::Sort::Updated:
        return QStringLiteral("p.updated_at");
    }
    return QStringLiteral("p.id");
}

} // namespace

PairRepository::PairRepository(Database& db, QString actor) : m_db(db), m_actor(std::move(actor)) {}

PairRepository::PairRepository(ProjectStore& store) : m_db(store.db()), m_actor(store.actor()) {}

QString PairRepository::contentHash(const Pair& pair)
{
    QString norm;
    for (const Turn& t : pair.turns) {
        norm += toString(t.role);
        norm += QLatin1Char(':');
        norm += t.content.normalized(QString::NormalizationForm_C).simplified();
        norm += QLatin1Char('\n');
    }
    return QString::fromLatin1(QCryptographicHash::hash(norm.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QJsonObject PairRepository::toJson(const Pair& pair)
{
    QJsonArray turns;
    for (const Turn& t : pair.turns) {
        QJsonObject o{{QStringLiteral("role"), toString(t.role)}, {QStringLiteral("content"), t.content}};
        if (t.weight)
            o.insert(QStringLiteral("weight"), *t.weight);
        turns.append(o);
    }
    QJsonArray sources;
    for (const PairSource& s : pair.sources) {
        QJsonObject o{{QStringLiteral("quote"), s.quote}};
        if (s.passageId)
            o.insert(QStringLiteral("passage_id"), *s.passageId);
        if (s.documentId)
            o.insert(QStringLiteral("document_id"), *s.documentId);
        if (s.pageNo)
            o.insert(QStringLiteral("page_no"), *s.pageNo);
        if (s.spanStart)
            o.insert(QStringLiteral("span_start"), *s.spanStart);
        if (s.spanEnd)
            o.insert(QStringLiteral("span_end"), *s.spanEnd);
        sources.append(o);
    }
    QJsonObject o{{QStringLiteral("id"), pair.id},
                  {QStringLiteral("status"), toString(pair.status)},
                  {QStringLiteral("system_prompt"), pair.systemPrompt},
                  {QStringLiteral("context"), pair.context},
                  {QStringLiteral("turns"), turns},
                  {QStringLiteral("tags"), QJsonArray::fromStringList(pair.tags)},
                  {QStringLiteral("notes"), pair.notes},
                  {QStringLiteral("author"), pair.author},
                  {QStringLiteral("reviewer"), pair.reviewer},
                  {QStringLiteral("origin"), toString(pair.origin)},
                  {QStringLiteral("created_at"), pair.createdAt},
                  {QStringLiteral("updated_at"), pair.updatedAt},
                  {QStringLiteral("source_changed"), pair.sourceChanged},
                  {QStringLiteral("sources"), sources}};
    o.insert(QStringLiteral("rating"), pair.rating ? QJsonValue(*pair.rating) : QJsonValue());
    return o;
}

Pair PairRepository::fromJson(const QJsonObject& o)
{
    Pair p;
    p.id = o.value(QStringLiteral("id")).toInteger();
    p.status =
        pairStatusFromString(o.value(QStringLiteral("status")).toString()).value_or(Pair::Status::Draft);
    p.systemPrompt = o.value(QStringLiteral("system_prompt")).toString();
    p.context = o.value(QStringLiteral("context")).toString();
    for (const QJsonValue& v : o.value(QStringLiteral("turns")).toArray()) {
        const QJsonObject t = v.toObject();
        Turn turn;
        turn.role = turnRoleFromString(t.value(QStringLiteral("role")).toString()).value_or(Turn::Role::User);
        turn.content = t.value(QStringLiteral("content")).toString();
        if (t.contains(QStringLiteral("weight")))
            turn.weight = t.value(QStringLiteral("weight")).toInt();
        p.turns << turn;
    }
    for (const QJsonValue& v : o.value(QStringLiteral("tags")).toArray())
        p.tags << v.toString();
    const QJsonValue rating = o.value(QStringLiteral("rating"));
    if (rating.isDouble())
        p.rating = rating.toInt();
    p.notes = o.value(QStringLiteral("notes")).toString();
    p.author = o.value(QStringLiteral("author")).toString();
    p.reviewer = o.value(QStringLiteral("reviewer")).toString();
    p.origin =
        pairOriginFromString(o.value(QStringLiteral("origin")).toString()).value_or(Pair::Origin::Manual);
    p.createdAt = o.value(QStringLiteral("created_at")).toString();
    p.updatedAt = o.value(QStringLiteral("updated_at")).toString();
    p.sourceChanged = o.value(QStringLiteral("source_changed")).toBool();
    for (const QJsonValue& v : o.value(QStringLiteral("sources")).toArray()) {
        const QJsonObject s = v.toObject();
        PairSource src;
        auto optInt = [&](const char* key) -> std::optional<qint64> {
            const QJsonValue x = s.value(QLatin1String(key));
            return x.isDouble() ? std::optional<qint64>(x.toInteger()) : std::nullopt;
        };
        src.passageId = optInt("passage_id");
        src.documentId = optInt("document_id");
        if (auto x = optInt("page_no"))
            src.pageNo = int(*x);
        if (auto x = optInt("span_start"))
            src.spanStart = int(*x);
        if (auto x = optInt("span_end"))
            src.spanEnd = int(*x);
        src.quote = s.value(QStringLiteral("quote")).toString();
        p.sources << src;
    }
    return p;
}

void PairRepository::writeChildren(const Pair& pair)
{
    // Turns are updated in place (same row id per position) so that PII detections on a turn and
    // their review decisions survive edits of the pair.
    Statement upsertTurn = m_db.prepare(QStringLiteral(
        "INSERT INTO turns(pair_id, seq, role, content, weight) VALUES (?,?,?,coalesce(?,''),?) "
        "ON CONFLICT(pair_id, seq) DO UPDATE SET role = excluded.role, content = excluded.content, "
        "weight = excluded.weight WHERE role IS NOT excluded.role OR content IS NOT excluded.content "
        "OR weight IS NOT excluded.weight"));
    for (int i = 0; i < pair.turns.size(); ++i) {
        const Turn& t = pair.turns.at(i);
        upsertTurn.bindAll(pair.id, i, toString(t.role), t.content, t.weight).run();
        upsertTurn.reset();
    }
    Statement delTurns = m_db.prepare(QStringLiteral("DELETE FROM turns WHERE pair_id = ? AND seq >= ?"));
    delTurns.bindAll(pair.id, qint64(pair.turns.size())).run();
    Statement delTags = m_db.prepare(QStringLiteral("DELETE FROM pair_tags WHERE pair_id = ?"));
    delTags.bind(1, pair.id).run();
    Statement insTag = m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO tags(name) VALUES (?)"));
    Statement link = m_db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO pair_tags(pair_id, tag_id) SELECT ?, id FROM tags WHERE name = ?"));
    for (const QString& tag : pair.tags) {
        const QString name = tag.trimmed();
        if (name.isEmpty())
            continue;
        insTag.bind(1, name).run();
        insTag.reset();
        link.bindAll(pair.id, name).run();
        link.reset();
    }
    Statement delSources = m_db.prepare(QStringLiteral("DELETE FROM pair_sources WHERE pair_id = ?"));
    delSources.bind(1, pair.id).run();
    Statement insSource = m_db.prepare(QStringLiteral("INSERT INTO pair_sources(id, pair_id, passage_id, "
                                                      "document_id, page_no, span_start, span_end, quote, "
                                                      "quote_hash) VALUES (?,?,?,?,?,?,?,coalesce(?,''),?)"));
    for (const PairSource& s : pair.sources) {
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(s.quote.toUtf8(), QCryptographicHash::Sha256).toHex());
        if (s.id > 0)
            insSource.bind(1, s.id);
        else
            insSource.bindNull(1);
        insSource.bind(2, pair.id);
        insSource.bind(3, s.passageId);
        insSource.bind(4, s.documentId);
        insSource.bind(5, s.pageNo);
        insSource.bind(6, s.spanStart);
        insSource.bind(7, s.spanEnd);
        insSource.bind(8, s.quote);
        insSource.bind(9, hash);
        insSource.run();
        insSource.reset();
    }
}

void PairRepository::updateDuplicate(qint64 id, const QString& hash)
{
    // The oldest other pair with the same normalised turns is the original.
    Statement st = m_db.prepare(QStringLiteral("UPDATE pairs SET content_hash = ?1, duplicate_of = (SELECT "
                                               "min(id) FROM pairs WHERE content_hash = ?1 "
                                               "AND id <> ?2 AND id < ?2) WHERE id = ?2"));
    st.bindAll(hash, id).run();
}

qint64 PairRepository::add(Pair& pair)
{
    if (m_db.isReadOnly())
        throw Error(tr("The project is open read-only; the pair was not added."), Error::Kind::ReadOnly);
    Transaction tx(m_db);
    const QString now = nowUtcIso();
    if (pair.createdAt.isEmpty())
        pair.createdAt = now;
    if (pair.updatedAt.isEmpty())
        pair.updatedAt = now;
    if (pair.author.isEmpty())
        pair.author = m_actor;
    // An id is never given twice, not even after a delete: undoing that delete puts the pair back
    // under its old id, which SQLite's max(rowid)+1 would already have handed to a newer pair.
    // Every pair ever made has an audit entry, so the audit log remembers the highest id used.
    qint64 id = 0;
    {
        Statement next = m_db.prepare(
            QStringLiteral("SELECT max(coalesce((SELECT max(id) FROM pairs), 0), "
                           "coalesce((SELECT max(entity_id) FROM audit_log WHERE entity = ?), 0)) + 1"));
        next.bind(1, kEntity);
        next.step();
        id = next.int64(0);
    }
    Statement st = m_db.prepare(QStringLiteral(
        "INSERT INTO pairs(id, status, system_prompt, context, rating, notes, author, reviewer, origin, "
        "created_at, "
        "updated_at, source_changed) VALUES "
        "(?,?,?,?,?,coalesce(?,''),coalesce(?,''),coalesce(?,''),?,?,?,?)"));
    st.bindAll(id, toString(pair.status), pair.systemPrompt, pair.context, pair.rating, pair.notes,
               pair.author, pair.reviewer, toString(pair.origin), pair.createdAt, pair.updatedAt,
               qint64(pair.sourceChanged ? 1 : 0));
    st.run();
    pair.id = id;
    writeChildren(pair);
    updateDuplicate(pair.id, contentHash(pair));
    // Reload so the caller and the audit record see the ids the database gave the sources.
    bool found = false;
    pair = load(pair.id, found);
    AuditLog(m_db).record(m_actor, kEntity, pair.id, QStringLiteral("create"), {}, toJson(pair));
    syncFullText(m_db);
    tx.commit();
    return pair.id;
}

void PairRepository::restore(const Pair& pair)
{
    if (pair.id <= 0)
        throw Error(tr("A pair without an id cannot be restored."), Error::Kind::BadInput);
    Transaction tx(m_db);
    Statement st =
        m_db.prepare(QStringLiteral("INSERT INTO pairs(id, status, system_prompt, context, rating, notes, "
                                    "author, reviewer, origin, created_at, "
                                    "updated_at, source_changed) VALUES "
                                    "(?,?,?,?,?,coalesce(?,''),coalesce(?,''),coalesce(?,''),?,?,?,?)"));
    st.bindAll(pair.id, toString(pair.status), pair.systemPrompt, pair.context, pair.rating, pair.notes,
               pair.author, pair.reviewer, toString(pair.origin), pair.createdAt, pair.updatedAt,
               qint64(pair.sourceChanged ? 1 : 0));
    st.run();
    writeChildren(pair);
    updateDuplicate(pair.id, contentHash(pair));
    AuditLog(m_db).record(m_actor, kEntity, pair.id, QStringLiteral("restore"), {}, toJson(pair));
    syncFullText(m_db);
    tx.commit();
}

Pair PairRepository::load(qint64 id, bool& found)
{
    Pair p;
    Statement st = m_db.prepare(QStringLiteral("SELECT id, status, system_prompt, context, rating, notes, "
                                               "author, reviewer, origin, created_at, updated_at, "
                                               "source_changed FROM pairs WHERE id = ?"));
    st.bind(1, id);
    found = st.step();
    if (!found)
        return p;
    p.id = st.int64(0);
    p.status = pairStatusFromString(st.text(1)).value_or(Pair::Status::Draft);
    p.systemPrompt = st.text(2);
    p.context = st.text(3);
    if (auto r = st.optInt64(4))
        p.rating = int(*r);
    p.notes = st.text(5);
    p.author = st.text(6);
    p.reviewer = st.text(7);
    p.origin = pairOriginFromString(st.text(8)).value_or(Pair::Origin::Manual);
    p.createdAt = st.text(9);
    p.updatedAt = st.text(10);
    p.sourceChanged = st.int64(11) != 0;

    Statement turns = m_db.prepare(
        QStringLiteral("SELECT role, content, weight FROM turns WHERE pair_id = ? ORDER BY seq"));
    turns.bind(1, id);
    while (turns.step()) {
        Turn t;
        t.role = turnRoleFromString(turns.text(0)).value_or(Turn::Role::User);
        t.content = turns.text(1);
        if (auto w = turns.optInt64(2))
            t.weight = int(*w);
        p.turns << t;
    }
    Statement tags = m_db.prepare(QStringLiteral("SELECT t.name FROM pair_tags pt JOIN tags t ON t.id = "
                                                 "pt.tag_id WHERE pt.pair_id = ? ORDER BY t.name"));
    tags.bind(1, id);
    while (tags.step())
        p.tags << tags.text(0);
    Statement src = m_db.prepare(QStringLiteral("SELECT id, passage_id, document_id, page_no, span_start, "
                                                "span_end, quote FROM pair_sources WHERE pair_id = ? "
                                                "ORDER BY id"));
    src.bind(1, id);
    while (src.step()) {
        PairSource s;
        s.id = src.int64(0);
        s.passageId = src.optInt64(1);
        s.documentId = src.optInt64(2);
        if (auto x = src.optInt64(3))
            s.pageNo = int(*x);
        if (auto x = src.optInt64(4))
            s.spanStart = int(*x);
        if (auto x = src.optInt64(5))
            s.spanEnd = int(*x);
        s.quote = src.text(6);
        p.sources << s;
    }
    return p;
}

std::optional<Pair> PairRepository::get(qint64 id)
{
    bool found = false;
    Pair p = load(id, found);
    if (!found)
        return std::nullopt;
    return p;
}

bool PairRepository::exists(qint64 id)
{
    Statement st = m_db.prepare(QStringLiteral("SELECT 1 FROM pairs WHERE id = ?"));
    st.bind(1, id);
    return st.step();
}

void PairRepository::update(const Pair& pair)
{
    Transaction tx(m_db);
    bool found = false;
    const Pair before = load(pair.id, found);
    if (!found)
        throw Error(tr("Pair %1 does not exist.").arg(pair.id), Error::Kind::NotFound);
    Statement st = m_db.prepare(QStringLiteral(
        "UPDATE pairs SET status = ?, system_prompt = ?, context = ?, rating = ?, notes = coalesce(?,''), "
        "author = coalesce(?,''), reviewer = coalesce(?,''), "
        "origin = ?, updated_at = ?, source_changed = ? WHERE id = ?"));
    st.bindAll(toString(pair.status), pair.systemPrompt, pair.context, pair.rating, pair.notes, pair.author,
               pair.reviewer, toString(pair.origin), nowUtcIso(), qint64(pair.sourceChanged ? 1 : 0),
               pair.id);
    st.run();
    writeChildren(pair);
    updateDuplicate(pair.id, contentHash(pair));
    const Pair after = load(pair.id, found);
    AuditLog(m_db).record(m_actor, kEntity, pair.id, QStringLiteral("update"), toJson(before), toJson(after));
    syncFullText(m_db);
    tx.commit();
}

void PairRepository::remove(qint64 id)
{
    remove(QList<qint64>{id});
}

void PairRepository::remove(const QList<qint64>& ids)
{
    Transaction tx(m_db);
    AuditLog audit(m_db);
    Statement del = m_db.prepare(QStringLiteral("DELETE FROM pairs WHERE id = ?"));
    for (qint64 id : ids) {
        bool found = false;
        const Pair before = load(id, found);
        if (!found)
            throw Error(tr("Pair %1 does not exist.").arg(id), Error::Kind::NotFound);
        del.bind(1, id).run();
        del.reset();
        audit.record(m_actor, kEntity, id, QStringLiteral("delete"), toJson(before), {});
    }
    syncFullText(m_db);
    tx.commit();
}

void PairRepository::touch(const QList<qint64>& ids, const QString& now)
{
    Statement st = m_db.prepare(QStringLiteral("UPDATE pairs SET updated_at = ? WHERE id = ?"));
    for (qint64 id : ids) {
        st.bindAll(now, id).run();
        st.reset();
    }
}

QList<qint64> PairRepository::flaggedDrafts(const QList<qint64>& ids)
{
    QList<qint64> out;
    Statement st =
        m_db.prepare(QStringLiteral("SELECT 1 FROM pair_drafts WHERE pair_id = ? AND flags <> '[]'"));
    for (qint64 id : ids) {
        st.bindAll(id);
        if (st.step())
            out << id;
        st.reset();
    }
    return out;
}

QHash<qint64, Pair::Status> PairRepository::statuses(const QList<qint64>& ids)
{
    QHash<qint64, Pair::Status> out;
    Statement st = m_db.prepare(QStringLiteral("SELECT status FROM pairs WHERE id = ?"));
    for (qint64 id : ids) {
        st.bind(1, id);
        if (st.step())
            out.insert(id, pairStatusFromString(st.text(0)).value_or(Pair::Status::Draft));
        st.reset();
    }
    return out;
}

void PairRepository::setStatus(const QList<qint64>& ids, Pair::Status status)
{
    QHash<qint64, Pair::Status> all;
    for (qint64 id : ids)
        all.insert(id, status);
    setStatuses(all);
}

void PairRepository::setStatuses(const QHash<qint64, Pair::Status>& values)
{
    Transaction tx(m_db);
    AuditLog audit(m_db);
    const QString now = nowUtcIso();
    Statement get = m_db.prepare(QStringLiteral("SELECT status FROM pairs WHERE id = ?"));
    Statement set = m_db.prepare(QStringLiteral("UPDATE pairs SET status = ?, updated_at = ? WHERE id = ?"));
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        get.bind(1, it.key());
        if (!get.step())
            throw Error(tr("Pair %1 does not exist.").arg(it.key()), Error::Kind::NotFound);
        const QString before = get.text(0);
        get.reset();
        const QString after = toString(it.value());
        if (before == after)
            continue;
        set.bindAll(after, now, it.key()).run();
        set.reset();
        audit.record(m_actor, kEntity, it.key(), QStringLiteral("status"),
                     {{QStringLiteral("status"), before}}, {{QStringLiteral("status"), after}});
    }
    tx.commit();
}

QList<qint64> PairRepository::addTag(const QList<qint64>& ids, const QString& tagName)
{
    const QString tag = tagName.trimmed();
    if (tag.isEmpty())
        throw Error(tr("A tag needs a name."), Error::Kind::BadInput);
    Transaction tx(m_db);
    AuditLog audit(m_db);
    Statement ins = m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO tags(name) VALUES (?)"));
    ins.bind(1, tag).run();
    const qint64 tagId = [&] {
        Statement st = m_db.prepare(QStringLiteral("SELECT id FROM tags WHERE name = ?"));
        st.bind(1, tag);
        st.step();
        return st.int64(0);
    }();
    Statement link = m_db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO pair_tags(pair_id, tag_id) SELECT id, ?2 FROM pairs WHERE id = ?1"));
    QList<qint64> changed;
    for (qint64 id : ids) {
        link.bindAll(id, tagId).run();
        link.reset();
        if (m_db.changes() > 0) {
            changed << id;
            audit.record(m_actor, kEntity, id, QStringLiteral("tag"), {}, {{QStringLiteral("tag"), tag}});
        }
    }
    touch(changed, nowUtcIso());
    tx.commit();
    return changed;
}

QList<qint64> PairRepository::removeTag(const QList<qint64>& ids, const QString& tagName)
{
    const QString tag = tagName.trimmed();
    Transaction tx(m_db);
    AuditLog audit(m_db);
    Statement del = m_db.prepare(QStringLiteral(
        "DELETE FROM pair_tags WHERE pair_id = ? AND tag_id = (SELECT id FROM tags WHERE name = ?)"));
    QList<qint64> changed;
    for (qint64 id : ids) {
        del.bindAll(id, tag).run();
        del.reset();
        if (m_db.changes() > 0) {
            changed << id;
            audit.record(m_actor, kEntity, id, QStringLiteral("untag"), {{QStringLiteral("tag"), tag}}, {});
        }
    }
    touch(changed, nowUtcIso());
    tx.commit();
    return changed;
}

void PairRepository::setRating(const QList<qint64>& ids, std::optional<int> rating)
{
    if (rating && (*rating < 1 || *rating > 5))
        throw Error(tr("A rating must be between 1 and 5, not %1.").arg(*rating), Error::Kind::BadInput);
    Transaction tx(m_db);
    AuditLog audit(m_db);
    const QString now = nowUtcIso();
    Statement get = m_db.prepare(QStringLiteral("SELECT rating FROM pairs WHERE id = ?"));
    Statement set = m_db.prepare(QStringLiteral("UPDATE pairs SET rating = ?, updated_at = ? WHERE id = ?"));
    for (qint64 id : ids) {
        get.bind(1, id);
        if (!get.step())
            throw Error(tr("Pair %1 does not exist.").arg(id), Error::Kind::NotFound);
        const std::optional<qint64> before = get.optInt64(0);
        get.reset();
        set.bind(1, rating);
        set.bind(2, now);
        set.bind(3, id);
        set.run();
        set.reset();
        audit.record(m_actor, kEntity, id, QStringLiteral("rating"),
                     {{QStringLiteral("rating"), before ? QJsonValue(*before) : QJsonValue()}},
                     {{QStringLiteral("rating"), rating ? QJsonValue(*rating) : QJsonValue()}});
    }
    tx.commit();
}

QHash<qint64, std::optional<int>> PairRepository::ratings(const QList<qint64>& ids)
{
    QHash<qint64, std::optional<int>> out;
    Statement st = m_db.prepare(QStringLiteral("SELECT rating FROM pairs WHERE id = ?"));
    for (qint64 id : ids) {
        st.bind(1, id);
        if (st.step()) {
            const auto r = st.optInt64(0);
            out.insert(id, r ? std::optional<int>(int(*r)) : std::nullopt);
        }
        st.reset();
    }
    return out;
}

void PairRepository::setRatings(const QHash<qint64, std::optional<int>>& values)
{
    Transaction tx(m_db);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        setRating(QList<qint64>{it.key()}, it.value());
    tx.commit();
}

void PairRepository::clearSourceChanged(qint64 id)
{
    Transaction tx(m_db);
    Statement st = m_db.prepare(QStringLiteral("UPDATE pairs SET source_changed = 0 WHERE id = ?"));
    st.bind(1, id).run();
    AuditLog(m_db).record(m_actor, kEntity, id, QStringLiteral("source_reviewed"));
    tx.commit();
}

QHash<qint64, QString> PairRepository::firstTurns(const QList<qint64>& ids)
{
    QHash<qint64, QString> turns;
    Statement st =
        m_db.prepare(QStringLiteral("SELECT content FROM turns WHERE pair_id = ? ORDER BY seq LIMIT 1"));
    for (qint64 id : ids) {
        if (turns.contains(id))
            continue;
        st.bind(1, id);
        if (st.step())
            turns.insert(id, st.text(0));
        st.reset();
    }
    return turns;
}

qint64 PairRepository::duplicateOf(qint64 id)
{
    Statement st = m_db.prepare(QStringLiteral("SELECT duplicate_of FROM pairs WHERE id = ?"));
    st.bind(1, id);
    if (!st.step())
        return 0;
    return st.optInt64(0).value_or(0);
}

QString PairRepository::whereClause(Database& db, const PairFilter& filter, QList<QVariant>& binds)
{
    QStringList conds;
    if (!filter.statuses.isEmpty()) {
        QStringList s;
        for (Pair::Status st : filter.statuses)
            s << QStringLiteral("'%1'").arg(toString(st));
        conds << QStringLiteral("p.status IN (%1)").arg(s.join(QLatin1Char(',')));
    }
    for (const QString& tag : filter.tags) {
        binds << tag;
        conds << QStringLiteral("EXISTS (SELECT 1 FROM pair_tags pt JOIN tags tg ON tg.id = pt.tag_id "
                                "WHERE pt.pair_id = p.id AND tg.name = ?%1)")
                     .arg(binds.size());
    }
    if (filter.minRating) {
        binds << qint64(*filter.minRating);
        conds << QStringLiteral("p.rating >= ?%1").arg(binds.size());
    }
    if (!filter.author.isEmpty()) {
        binds << filter.author;
        conds << QStringLiteral("p.author = ?%1").arg(binds.size());
    }
    if (!filter.documentIds.isEmpty())
        conds << QStringLiteral("p.id IN (SELECT pair_id FROM pair_sources WHERE document_id IN (%1))")
                     .arg(idList(filter.documentIds));
    if (filter.hasWarnings) {
        const QString w =
            QStringLiteral("(p.source_changed = 1 OR p.duplicate_of IS NOT NULL OR EXISTS (SELECT 1 FROM "
                           "turns t JOIN detections d "
                           "ON d.turn_id = t.id WHERE t.pair_id = p.id AND d.status = 'pending'))");
        conds << (*filter.hasWarnings ? w : QStringLiteral("NOT ") + w);
    }
    if (!filter.text.isEmpty())
        conds << FullTextSearch::condition(db, filter.text, binds);
    return conds.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conds.join(QStringLiteral(" AND "));
}

QString PairRepository::orderClause(const PairFilter& filter)
{
    const QString dir = filter.descending ? QStringLiteral(" DESC") : QString();
    if (filter.sort == PairFilter::Sort::Id)
        return QStringLiteral(" ORDER BY p.id") + dir;
    return QStringLiteral(" ORDER BY %1%2, p.id%2").arg(sortColumn(filter.sort), dir);
}

QList<qint64> PairRepository::ids(const PairFilter& filter)
{
    return ids(filter, 0, {});
}

QList<qint64> PairRepository::ids(const PairFilter& filter, int firstCount,
                                  const std::function<void(const QList<qint64>&)>& first)
{
    PairFilter textOnly;
    textOnly.text = filter.text;
    textOnly.descending = filter.descending;
    if (!filter.text.isEmpty() && filter == textOnly) {
        // Only a text query, in id order: the index alone answers it (looking up each pair row
        // would read much of the pairs table for a common word).
        QList<qint64> out = FullTextSearch::search(m_db, filter.text);
        if (filter.descending)
            std::reverse(out.begin(), out.end());
        if (first)
            first(out.mid(0, firstCount));
        return out;
    }
    QList<QVariant> binds;
    const QString sql =
        QStringLiteral("SELECT p.id FROM pairs p") + whereClause(m_db, filter, binds) + orderClause(filter);
    Statement st = m_db.prepare(sql);
    bindAll(st, binds);
    QList<qint64> out;
    bool told = !first;
    while (st.step()) {
        out << st.int64(0);
        if (!told && out.size() == firstCount) {
            first(out);
            told = true;
        }
    }
    if (!told)
        first(out);
    return out;
}

qint64 PairRepository::count(const PairFilter& filter)
{
    QList<QVariant> binds;
    const QString sql = QStringLiteral("SELECT count(*) FROM pairs p") + whereClause(m_db, filter, binds);
    Statement st = m_db.prepare(sql);
    for (int i = 0; i < binds.size(); ++i)
        bindVariant(st, i + 1, binds.at(i));
    st.step();
    return st.int64(0);
}

void PairRepository::bindAll(Statement& st, const QList<QVariant>& binds)
{
    for (int i = 0; i < binds.size(); ++i)
        bindVariant(st, i + 1, binds.at(i));
}

void PairRepository::syncFullText(Database& db)
{
    FullTextSearch::sync(db);
}

} // namespace quarry
