#include "curation/PairHistory.h"

#include "curation/Pair.h"
#include "curation/PairStatusText.h"
#include "store/Database.h"
#include "store/DetectionStatus.h"
#include "store/DetectionStatusText.h"
#include "store/Statement.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <algorithm>

namespace quarry {

namespace {

const QString kArrow = QStringLiteral(" → ");

PairChange change(const QString& field, const QString& before, const QString& after)
{
    PairChange c;
    c.field = field;
    c.before = before;
    c.after = after;
    return c;
}

// One line of text for a list: line breaks shown as ⏎, long text cut.
QString excerpt(const QString& text, int max = 80)
{
    QString s = text;
    s.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    return s.size() > max ? s.left(max - 1) + QStringLiteral("…") : s;
}

QString ratingText(const QJsonValue& v)
{
    return v.isDouble() ? QString::number(v.toInt()) : PairHistory::tr("none");
}

void compareText(QList<PairChange>& out, const QString& field, const QString& before, const QString& after)
{
    if (before != after)
        out << PairHistory::textChange(field, before, after);
}

QList<PairChange> pairChanges(const QJsonObject& b, const QJsonObject& a)
{
    QList<PairChange> out;
    const QString status0 = b.value(QStringLiteral("status")).toString();
    const QString status1 = a.value(QStringLiteral("status")).toString();
    if (status0 != status1)
        out << change(PairHistory::tr("Status"), PairHistory::statusName(status0),
                      PairHistory::statusName(status1));
    compareText(out, PairHistory::tr("System prompt"), b.value(QStringLiteral("system_prompt")).toString(),
                a.value(QStringLiteral("system_prompt")).toString());
    compareText(out, PairHistory::tr("Context"), b.value(QStringLiteral("context")).toString(),
                a.value(QStringLiteral("context")).toString());
    const QJsonArray t0 = b.value(QStringLiteral("turns")).toArray();
    const QJsonArray t1 = a.value(QStringLiteral("turns")).toArray();
    for (qsizetype i = 0; i < std::max(t0.size(), t1.size()); ++i) {
        const QJsonObject x = i < t0.size() ? t0.at(i).toObject() : QJsonObject();
        const QJsonObject y = i < t1.size() ? t1.at(i).toObject() : QJsonObject();
        const QString role =
            PairHistory::roleName((y.isEmpty() ? x : y).value(QStringLiteral("role")).toString());
        const QString field = PairHistory::tr("Turn %1 (%2)").arg(i + 1).arg(role);
        const QString c0 = x.value(QStringLiteral("content")).toString();
        const QString c1 = y.value(QStringLiteral("content")).toString();
        if (x.isEmpty()) {
            out << change(PairHistory::tr("Turn %1 (%2) added").arg(i + 1).arg(role), QString(), excerpt(c1));
        } else if (y.isEmpty()) {
            out << change(PairHistory::tr("Turn %1 (%2) removed").arg(i + 1).arg(role), excerpt(c0),
                          QString());
        } else {
            const QString r0 = x.value(QStringLiteral("role")).toString();
            const QString r1 = y.value(QStringLiteral("role")).toString();
            if (r0 != r1)
                out << change(PairHistory::tr("Turn %1 role").arg(i + 1), PairHistory::roleName(r0),
                              PairHistory::roleName(r1));
            compareText(out, field, c0, c1);
        }
    }
    QStringList tags0, tags1;
    for (const QJsonValue& v : b.value(QStringLiteral("tags")).toArray())
        tags0 << v.toString();
    for (const QJsonValue& v : a.value(QStringLiteral("tags")).toArray())
        tags1 << v.toString();
    QStringList added, removed;
    for (const QString& t : std::as_const(tags1))
        if (!tags0.contains(t, Qt::CaseInsensitive))
            added << t;
    for (const QString& t : std::as_const(tags0))
        if (!tags1.contains(t, Qt::CaseInsensitive))
            removed << t;
    if (!added.isEmpty())
        out << change(PairHistory::tr("Tags added"), QString(), added.join(QStringLiteral(", ")));
    if (!removed.isEmpty())
        out << change(PairHistory::tr("Tags removed"), removed.join(QStringLiteral(", ")), QString());
    const QJsonValue rating0 = b.value(QStringLiteral("rating"));
    const QJsonValue rating1 = a.value(QStringLiteral("rating"));
    if (rating0 != rating1)
        out << change(PairHistory::tr("Rating"), ratingText(rating0), ratingText(rating1));
    compareText(out, PairHistory::tr("Notes"), b.value(QStringLiteral("notes")).toString(),
                a.value(QStringLiteral("notes")).toString());
    const QString author0 = b.value(QStringLiteral("author")).toString();
    const QString author1 = a.value(QStringLiteral("author")).toString();
    if (author0 != author1)
        out << change(PairHistory::tr("Author"), author0, author1);
    const QString reviewer0 = b.value(QStringLiteral("reviewer")).toString();
    const QString reviewer1 = a.value(QStringLiteral("reviewer")).toString();
    if (reviewer0 != reviewer1)
        out << change(PairHistory::tr("Reviewer"), reviewer0, reviewer1);
    const bool changed0 = b.value(QStringLiteral("source_changed")).toBool();
    const bool changed1 = a.value(QStringLiteral("source_changed")).toBool();
    if (changed0 != changed1)
        out << change(PairHistory::tr("Source changed"),
                      changed0 ? PairHistory::tr("yes") : PairHistory::tr("no"),
                      changed1 ? PairHistory::tr("yes") : PairHistory::tr("no"));
    const qsizetype s0 = b.value(QStringLiteral("sources")).toArray().size();
    const qsizetype s1 = a.value(QStringLiteral("sources")).toArray().size();
    if (b.value(QStringLiteral("sources")) != a.value(QStringLiteral("sources")))
        out << change(PairHistory::tr("Sources"), QString::number(s0), QString::number(s1));
    return out;
}

// What a created, deleted or restored pair was: its status and turns.
QList<PairChange> pairContents(const QJsonObject& o, bool asBefore)
{
    QList<PairChange> out;
    auto add = [&](const QString& field, const QString& value) {
        out << (asBefore ? change(field, value, QString()) : change(field, QString(), value));
    };
    add(PairHistory::tr("Status"), PairHistory::statusName(o.value(QStringLiteral("status")).toString()));
    const QJsonArray turns = o.value(QStringLiteral("turns")).toArray();
    for (qsizetype i = 0; i < turns.size(); ++i) {
        const QJsonObject t = turns.at(i).toObject();
        add(PairHistory::tr("Turn %1 (%2)")
                .arg(i + 1)
                .arg(PairHistory::roleName(t.value(QStringLiteral("role")).toString())),
            excerpt(t.value(QStringLiteral("content")).toString()));
    }
    QStringList tags;
    for (const QJsonValue& v : o.value(QStringLiteral("tags")).toArray())
        tags << v.toString();
    if (!tags.isEmpty())
        add(PairHistory::tr("Tags"), tags.join(QStringLiteral(", ")));
    return out;
}

} // namespace

QString PairChange::toPlainText() const
{
    if (isText)
        return QStringLiteral("%1: %2[-%3-]{+%4+}%5").arg(field, prefix, removed, added, suffix);
    if (before.isEmpty())
        return QStringLiteral("%1: %2").arg(field, after);
    if (after.isEmpty())
        return QStringLiteral("%1: %2").arg(field, before);
    return field + QStringLiteral(": ") + before + kArrow + after;
}

QString PairHistory::statusName(const QString& status)
{
    // The history holds pair and detection statuses ("rejected" is both, named alike).
    if (const std::optional<Pair::Status> pair = pairStatusFromString(status))
        return PairStatusText::name(*pair);
    return DetectionStatusText::name(status);
}

QString PairHistory::roleName(const QString& role)
{
    const std::optional<Turn::Role> known = turnRoleFromString(role);
    if (!known)
        return role;
    return *known == Turn::Role::User ? tr("user") : tr("assistant");
}

QString PairHistory::actionName(const QString& entity, const QString& action)
{
    if (entity == QLatin1String("detection")) {
        if (action == QLatin1String("accept") || action == QLatin1String("auto_accept") ||
            action == QLatin1String("bulk_accept_type"))
            return tr("Personal data confirmed");
        if (action == QLatin1String("reject") || action == QLatin1String("bulk_reject_value"))
            return tr("Marked as not personal data");
        if (action == QLatin1String("change_type"))
            return tr("Personal data type changed");
        if (action == QLatin1String("manual"))
            return tr("Personal data marked by hand");
        if (action == QLatin1String("set_operator"))
            return tr("Replacement changed");
        return tr("Personal data decision (%1)").arg(action);
    }
    static const QHash<QString, const char*> names = {
        {QStringLiteral("create"), QT_TRANSLATE_NOOP("quarry::PairHistory", "Created")},
        {QStringLiteral("update"), QT_TRANSLATE_NOOP("quarry::PairHistory", "Edited")},
        {QStringLiteral("delete"), QT_TRANSLATE_NOOP("quarry::PairHistory", "Deleted")},
        {QStringLiteral("restore"), QT_TRANSLATE_NOOP("quarry::PairHistory", "Restored")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("quarry::PairHistory", "Status changed")},
        {QStringLiteral("tag"), QT_TRANSLATE_NOOP("quarry::PairHistory", "Tag added")},
        {QStringLiteral("untag"), QT_TRANSLATE_NOOP("quarry::PairHistory", "Tag removed")},
        {QStringLiteral("rating"), QT_TRANSLATE_NOOP("quarry::PairHistory", "Rating changed")},
        {QStringLiteral("source_reviewed"),
         QT_TRANSLATE_NOOP("quarry::PairHistory", "Source change reviewed")},
    };
    const auto it = names.constFind(action);
    return it != names.cend() ? tr(*it) : action;
}

PairChange PairHistory::textChange(const QString& field, const QString& before, const QString& after,
                                   int context)
{
    PairChange c;
    c.field = field;
    c.before = before;
    c.after = after;
    c.isText = true;
    const qsizetype maxCommon = std::min(before.size(), after.size());
    qsizetype pre = 0;
    while (pre < maxCommon && before.at(pre) == after.at(pre))
        ++pre;
    // Do not split a surrogate pair.
    if (pre > 0 && before.at(pre - 1).isHighSurrogate())
        --pre;
    qsizetype suf = 0;
    while (suf < maxCommon - pre && before.at(before.size() - 1 - suf) == after.at(after.size() - 1 - suf))
        ++suf;
    if (suf > 0 && before.at(before.size() - suf).isLowSurrogate())
        --suf;
    // Whole words: the change starts after a space or punctuation and ends before one (Korean
    // words are spaced too), so a change reads "정상입니다 → 조금 높습니다", not "정상입 → 조금 높습".
    auto boundary = [](QChar ch) { return ch.isSpace() || ch.isPunct(); };
    // A word longer than the context (no space for a long way) keeps the exact cut.
    qsizetype wordPre = pre;
    while (wordPre > 0 && pre - wordPre < context && !boundary(before.at(wordPre - 1)))
        --wordPre;
    if (wordPre == 0 || boundary(before.at(wordPre - 1)))
        pre = wordPre;
    qsizetype wordSuf = suf;
    while (wordSuf > 0 && suf - wordSuf < context && !boundary(before.at(before.size() - wordSuf)))
        --wordSuf;
    if (wordSuf == 0 || boundary(before.at(before.size() - wordSuf)))
        suf = wordSuf;
    c.removed = before.mid(pre, before.size() - pre - suf);
    c.added = after.mid(pre, after.size() - pre - suf);
    const QString head = before.left(pre);
    const QString tail = before.right(suf);
    c.prefix = head.size() > context ? QStringLiteral("…") + head.right(context) : head;
    c.suffix = tail.size() > context ? tail.left(context) + QStringLiteral("…") : tail;
    // Long changed parts are cut in the middle: the list shows where and what, not everything.
    const int maxPart = std::max(context * 4, 40);
    for (QString* part : {&c.removed, &c.added})
        if (part->size() > maxPart)
            *part = part->left(maxPart / 2) + QStringLiteral(" … ") + part->right(maxPart / 2);
    for (QString* part : {&c.prefix, &c.removed, &c.added, &c.suffix})
        part->replace(QLatin1Char('\n'), QStringLiteral("⏎"));
    return c;
}

PairHistoryEntry PairHistory::describe(const AuditEntry& e, const QString& detectionLabel)
{
    PairHistoryEntry h;
    h.auditId = e.id;
    h.at = e.at;
    h.actor = e.actor;
    h.entity = e.entity;
    h.action = e.action;
    h.actionText = actionName(e.entity, e.action);
    if (e.entity == QLatin1String("detection")) {
        const QString s0 = e.before.value(QStringLiteral("status")).toString();
        const QString s1 = e.after.value(QStringLiteral("status")).toString();
        const QString type0 = e.before.value(QStringLiteral("type")).toString();
        const QString type1 = e.after.value(QStringLiteral("type")).toString();
        const QString what =
            detectionLabel.isEmpty() ? tr("Detection %1").arg(e.entityId.value_or(0)) : detectionLabel;
        if (s0 != s1 || s1.isEmpty())
            h.changes << change(what, s0.isEmpty() ? QString() : statusName(s0), statusName(s1));
        if (!type0.isEmpty() && type0 != type1)
            h.changes << change(tr("Type"), type0, type1);
        if (e.action == QLatin1String("set_operator"))
            h.changes << change(what, e.before.value(QStringLiteral("operator")).toString(),
                                e.after.value(QStringLiteral("operator")).toString());
        return h;
    }
    if (e.action == QLatin1String("update")) {
        h.changes = pairChanges(e.before, e.after);
    } else if (e.action == QLatin1String("create") || e.action == QLatin1String("restore")) {
        h.changes = pairContents(e.after, false);
    } else if (e.action == QLatin1String("delete")) {
        h.changes = pairContents(e.before, true);
    } else if (e.action == QLatin1String("status")) {
        h.changes << change(tr("Status"), statusName(e.before.value(QStringLiteral("status")).toString()),
                            statusName(e.after.value(QStringLiteral("status")).toString()));
    } else if (e.action == QLatin1String("tag")) {
        h.changes << change(tr("Tag"), QString(), e.after.value(QStringLiteral("tag")).toString());
    } else if (e.action == QLatin1String("untag")) {
        h.changes << change(tr("Tag"), e.before.value(QStringLiteral("tag")).toString(), QString());
    } else if (e.action == QLatin1String("rating")) {
        h.changes << change(tr("Rating"), ratingText(e.before.value(QStringLiteral("rating"))),
                            ratingText(e.after.value(QStringLiteral("rating"))));
    }
    return h;
}

QList<PairHistoryEntry> PairHistory::forPair(Database& db, qint64 pairId, int limit)
{
    AuditLog audit(db);
    QList<AuditEntry> entries = audit.entries(QStringLiteral("pair"), pairId, limit);
    // PII decisions on the pair's turns are part of its story (detections still on its turns).
    QHash<qint64, QString> labels;
    {
        Statement st = db.prepare(QStringLiteral(
            "SELECT d.id, d.entity_type, d.value, t.seq FROM detections d JOIN turns t ON t.id = d.turn_id "
            "WHERE t.pair_id = ?"));
        st.bind(1, pairId);
        while (st.step())
            labels.insert(
                st.int64(0),
                tr("%1 “%2” in turn %3").arg(st.text(1), excerpt(st.text(2), 40)).arg(st.int32(3) + 1));
    }
    if (!labels.isEmpty()) {
        entries += audit.entriesOf(QStringLiteral("detection"), labels.keys(), limit);
        std::sort(entries.begin(), entries.end(),
                  [](const AuditEntry& a, const AuditEntry& b) { return a.id > b.id; });
        if (entries.size() > limit)
            entries.resize(limit);
    }
    QList<PairHistoryEntry> out;
    out.reserve(entries.size());
    for (const AuditEntry& e : std::as_const(entries))
        out << describe(e, e.entityId ? labels.value(*e.entityId) : QString());
    return out;
}

} // namespace quarry
