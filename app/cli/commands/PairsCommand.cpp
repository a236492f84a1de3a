#include "PairsCommand.h"

#include "curation/DuplicateFinder.h"
#include "curation/PairHistory.h"
#include "curation/PairRepository.h"
#include "curation/SelectionPair.h"
#include "store/ProjectStore.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace quarry::cli {

namespace {

bool parseIds(const QStringList& args, QList<qint64>& ids)
{
    for (const QString& a : args) {
        bool ok = false;
        const qint64 id = a.toLongLong(&ok);
        if (!ok || id <= 0)
            return false;
        ids << id;
    }
    return !ids.isEmpty();
}

QJsonObject summary(const Pair& p)
{
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("status"), toString(p.status)},
        {QStringLiteral("first_turn"), p.turns.isEmpty() ? QString() : p.turns.first().content},
        {QStringLiteral("tags"), QJsonArray::fromStringList(p.tags)},
        {QStringLiteral("rating"), p.rating ? QJsonValue(*p.rating) : QJsonValue()},
        {QStringLiteral("author"), p.author},
        {QStringLiteral("updated_at"), p.updatedAt}};
}

} // namespace

int PairsCommand::history(CommandContext& ctx, ProjectStore& store, qint64 id, bool json)
{
    const QList<PairHistoryEntry> entries = PairHistory::forPair(store.db(), id);
    // A deleted pair still has its history; an id that never existed has none.
    if (entries.isEmpty() && !PairRepository(store).exists(id))
        return error(ctx, tr("pairs history: no pair %1 in the project").arg(id));
    if (json) {
        QJsonArray out;
        for (const PairHistoryEntry& e : entries) {
            QJsonArray changes;
            for (const PairChange& c : e.changes) {
                QJsonObject o{{QStringLiteral("field"), c.field},
                              {QStringLiteral("before"), c.before},
                              {QStringLiteral("after"), c.after},
                              {QStringLiteral("text"), c.toPlainText()}};
                if (c.isText) {
                    o.insert(QStringLiteral("removed"), c.removed);
                    o.insert(QStringLiteral("added"), c.added);
                }
                changes.append(o);
            }
            out.append(QJsonObject{{QStringLiteral("id"), e.auditId},
                                   {QStringLiteral("at"), e.at},
                                   {QStringLiteral("actor"), e.actor},
                                   {QStringLiteral("entity"), e.entity},
                                   {QStringLiteral("action"), e.action},
                                   {QStringLiteral("action_text"), e.actionText},
                                   {QStringLiteral("changes"), changes}});
        }
        writeJson(ctx, QJsonObject{{QStringLiteral("pair"), id}, {QStringLiteral("entries"), out}});
        return ExitOk;
    }
    for (const PairHistoryEntry& e : entries) {
        ctx.out << e.at << "  " << e.actor << "  " << e.actionText << "\n";
        for (const PairChange& c : e.changes)
            ctx.out << "    " << c.toPlainText() << "\n";
    }
    ctx.out.flush();
    return ExitOk;
}

int PairsCommand::duplicates(const QCommandLineParser& parser, CommandContext& ctx, ProjectStore& store,
                             bool json)
{
    DuplicateFinder::Options o;
    bool ok = false;
    o.threshold = parser.value(QStringLiteral("threshold")).toDouble(&ok);
    if (!ok || o.threshold < 0.5 || o.threshold > 1)
        return error(ctx, tr("pairs duplicates: --threshold takes 0.5 to 1"));
    o.maxPairs = parser.value(QStringLiteral("max-pairs")).toLongLong(&ok);
    if (!ok || o.maxPairs < 0)
        return error(ctx, tr("pairs duplicates: --max-pairs takes a number (0: all)"));
    o.maxCandidates = parser.value(QStringLiteral("limit")).toInt();
    for (const QString& s : parser.values(QStringLiteral("status"))) {
        const auto status = pairStatusFromString(s);
        if (!status)
            return error(ctx, tr("pairs duplicates: unknown status '%1'").arg(s));
        o.filter.statuses << *status;
    }
    const DuplicateFinder::Result r = DuplicateFinder::find(store.db(), o);
    if (json) {
        QJsonArray out;
        for (const MinHash::Candidate& c : r.candidates)
            out.append(QJsonObject{{QStringLiteral("a"), c.a},
                                   {QStringLiteral("b"), c.b},
                                   {QStringLiteral("similarity"), c.similarity}});
        writeJson(ctx, QJsonObject{{QStringLiteral("pairs_in_scope"), r.pairsInScope},
                                   {QStringLiteral("pairs_compared"), r.pairsCompared},
                                   {QStringLiteral("candidates_cut"), r.candidatesCut},
                                   {QStringLiteral("ms"), r.elapsedMs},
                                   {QStringLiteral("candidates"), out}});
        return ExitOk;
    }
    ctx.out << tr("Compared %1 of %2 pairs in %3 s: %4 possible duplicate(s)%5")
                   .arg(r.pairsCompared)
                   .arg(r.pairsInScope)
                   .arg(double(r.elapsedMs) / 1000.0, 0, 'f', 1)
                   .arg(r.candidates.size())
                   .arg(r.candidatesCut ? tr(" (the most similar shown)") : QString())
            << "\n";
    QList<qint64> shown;
    for (const MinHash::Candidate& c : r.candidates)
        shown << c.a;
    const QHash<qint64, QString> firstTurns = PairRepository(store.db(), store.actor()).firstTurns(shown);
    for (const MinHash::Candidate& c : r.candidates)
        ctx.out << c.a << "\t" << c.b << "\t" << QString::number(c.similarity, 'f', 2) << "\t"
                << firstTurns.value(c.a).simplified().left(60) << "\n";
    ctx.out.flush();
    return ExitOk;
}

QString PairsCommand::description() const
{
    return tr("List, show, add, re-status, tag and delete instruction/response pairs.\n"
              "  pairs list PROJECT [filters]\n"
              "  pairs show PROJECT ID\n"
              "  pairs history PROJECT ID (newest first; deleted pairs too)\n"
              "  pairs duplicates PROJECT [--threshold X] [--max-pairs N] [--status S] [--limit N]\n"
              "  pairs add PROJECT --user TEXT --assistant TEXT [--system TEXT] [--context TEXT] [--tag T] "
              "[--rating N] [--status S] | --from-json FILE\n"
              "  pairs set-status PROJECT draft|review|approved|rejected ID...\n"
              "  pairs tag PROJECT TAG ID... [--remove]\n"
              "  pairs delete PROJECT ID...");
}

void PairsCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    parser.addOption({QStringLiteral("status"),
                      tr("list: only this status (repeatable); add: the new pair's status."),
                      QStringLiteral("STATUS")});
    parser.addOption({QStringLiteral("tag"), tr("list: only pairs with this tag (repeatable); add: a tag."),
                      QStringLiteral("TAG")});
    parser.addOption({QStringLiteral("min-rating"), tr("list: rating at least N."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("author"), tr("list: only this author."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("document"), tr("list: with a source in this document (repeatable)."),
                      QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("warnings"), tr("list: only pairs with warnings (changed source, duplicate, PII).")});
    parser.addOption({QStringLiteral("search"), tr("list: containing this text."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("limit"), tr("list: at most N pairs (0: all, default 100)."),
                      QStringLiteral("N"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("user"), tr("add: a user turn (repeatable)."), QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("assistant"), tr("add: an assistant turn (repeatable)."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("system"), tr("add: the system prompt."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("quote"),
                      tr("add: text of the --document the pair is written from (its context and source)."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("page"), tr("add: the page of the --quote (default 1)."),
                      QStringLiteral("N"), QStringLiteral("1")});
    parser.addOption(
        {QStringLiteral("context"), tr("add: the context (Alpaca input)."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("rating"), tr("add: rating 1-5."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("notes"), tr("add: notes."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("from-json"),
                      tr("add: read the pair as JSON (as printed by show --json; - for "
                         "stdin)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("remove"), tr("tag: remove the tag instead of adding it.")});
    parser.addOption({QStringLiteral("threshold"),
                      tr("duplicates: estimated similarity at least X (0.5 to 1, default 0.8)."),
                      QStringLiteral("X"), QStringLiteral("0.8")});
    parser.addOption({QStringLiteral("max-pairs"),
                      tr("duplicates: compare only the newest N pairs of those selected (0: all)."),
                      QStringLiteral("N"), QStringLiteral("0")});
}

QList<std::tuple<QString, QString, QString>> PairsCommand::positionals() const
{
    return {{QStringLiteral("ACTION"), tr("list, show, history, duplicates, add, set-status, tag or delete."),
             QStringLiteral("ACTION")},
            {QStringLiteral("PROJECT"), tr("The project file."), QStringLiteral("PROJECT")},
            {QStringLiteral("ARGS"), tr("Status, tag, pair ids, as the action needs."),
             QStringLiteral("[ARGS...]")}};
}

int PairsCommand::minPositional() const
{
    return 2;
}

int PairsCommand::maxPositional() const
{
    return -1;
}

ProjectCommand::Access PairsCommand::access(const QCommandLineParser& parser) const
{
    static const QStringList reading = {QStringLiteral("list"), QStringLiteral("show"),
                                        QStringLiteral("history"), QStringLiteral("duplicates")};
    return reading.contains(parser.positionalArguments().value(0)) ? Access::ReadOnly : Access::ReadWrite;
}

int PairsCommand::projectArgument(const QCommandLineParser&) const
{
    return 1; // pairs ACTION PROJECT ...
}

int PairsCommand::executeWithProject(const QCommandLineParser& parser, CommandContext& ctx)
{
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.at(0);
    const QStringList args = pos.mid(2);
    const bool json = parser.isSet(QStringLiteral("json"));
    static const QStringList actions = {QStringLiteral("list"),    QStringLiteral("show"),
                                        QStringLiteral("history"), QStringLiteral("duplicates"),
                                        QStringLiteral("add"),     QStringLiteral("set-status"),
                                        QStringLiteral("tag"),     QStringLiteral("delete")};
    if (!actions.contains(action))
        return error(
            ctx,
            tr("pairs: unknown action '%1' (list, show, history, duplicates, add, set-status, tag, delete)")
                .arg(action));
    // Check the arguments before opening (and locking) the project.
    QList<qint64> ids;
    std::optional<Pair::Status> status;
    if (action == QLatin1String("show") && (args.size() != 1 || !parseIds(args, ids)))
        return error(ctx, tr("pairs show: give one pair id"));
    if (action == QLatin1String("history") && (args.size() != 1 || !parseIds(args, ids)))
        return error(ctx, tr("pairs history: give one pair id"));
    if (action == QLatin1String("delete") && !parseIds(args, ids))
        return error(ctx, tr("pairs delete: give one or more pair ids"));
    if (action == QLatin1String("set-status")) {
        if (args.size() < 2 || !(status = pairStatusFromString(args.at(0))) || !parseIds(args.mid(1), ids))
            return error(
                ctx, tr("pairs set-status: give a status (draft, review, approved, rejected) and pair ids"));
    }
    if (action == QLatin1String("tag") &&
        (args.size() < 2 || args.at(0).trimmed().isEmpty() || !parseIds(args.mid(1), ids)))
        return error(ctx, tr("pairs tag: give a tag and pair ids"));
    if ((action == QLatin1String("list") || action == QLatin1String("add") ||
         action == QLatin1String("duplicates")) &&
        !args.isEmpty())
        return error(ctx, tr("pairs %1: unexpected argument '%2'").arg(action, args.first()));

    ProjectStore* store = &project();
    PairRepository repo(*store);

    if (action == QLatin1String("list")) {
        PairFilter f;
        for (const QString& s : parser.values(QStringLiteral("status"))) {
            const auto st = pairStatusFromString(s);
            if (!st)
                return error(ctx, tr("pairs list: unknown status '%1'").arg(s));
            f.statuses << *st;
        }
        f.tags = parser.values(QStringLiteral("tag"));
        if (parser.isSet(QStringLiteral("min-rating")))
            f.minRating = parser.value(QStringLiteral("min-rating")).toInt();
        f.author = parser.value(QStringLiteral("author"));
        for (const QString& d : parser.values(QStringLiteral("document")))
            f.documentIds << d.toLongLong();
        if (parser.isSet(QStringLiteral("warnings")))
            f.hasWarnings = true;
        f.text = parser.value(QStringLiteral("search"));
        const int limit = parser.value(QStringLiteral("limit")).toInt();
        const QList<qint64> all = repo.ids(f);
        const QList<qint64> shown = limit > 0 ? all.mid(0, limit) : all;
        QJsonArray out;
        for (qint64 id : shown) {
            const auto p = repo.get(id);
            if (!p)
                continue;
            if (json)
                out.append(summary(*p));
            else
                ctx.out << p->id << "\t" << toString(p->status) << "\t" << p->tags.join(QLatin1Char(','))
                        << "\t"
                        << (p->turns.isEmpty() ? QString() : p->turns.first().content.simplified().left(80))
                        << "\n";
        }
        if (json)
            writeJson(ctx,
                      QJsonObject{{QStringLiteral("total"), all.size()}, {QStringLiteral("pairs"), out}});
        ctx.out.flush();
        return ExitOk;
    }
    if (action == QLatin1String("show")) {
        const auto p = repo.get(ids.first());
        if (!p)
            return error(ctx, tr("pairs show: no pair %1 in the project").arg(ids.first()));
        if (json) {
            QJsonObject o = PairRepository::toJson(*p);
            o.insert(QStringLiteral("duplicate_of"),
                     repo.duplicateOf(p->id) ? QJsonValue(repo.duplicateOf(p->id)) : QJsonValue());
            writeJson(ctx, o);
            return ExitOk;
        }
        ctx.out << tr("Pair %1 (%2), by %3, updated %4")
                       .arg(p->id)
                       .arg(toString(p->status), p->author, p->updatedAt)
                << "\n";
        if (!p->tags.isEmpty())
            ctx.out << tr("Tags: %1").arg(p->tags.join(QStringLiteral(", "))) << "\n";
        if (p->rating)
            ctx.out << tr("Rating: %1").arg(*p->rating) << "\n";
        if (!p->systemPrompt.isEmpty())
            ctx.out << "[system] " << p->systemPrompt << "\n";
        if (!p->context.isEmpty())
            ctx.out << "[context] " << p->context << "\n";
        for (const Turn& t : p->turns)
            ctx.out << "[" << toString(t.role) << "] " << t.content << "\n";
        ctx.out.flush();
        return ExitOk;
    }
    if (action == QLatin1String("history"))
        return history(ctx, *store, ids.first(), json);
    if (action == QLatin1String("duplicates"))
        return duplicates(parser, ctx, *store, json);
    if (action == QLatin1String("add")) {
        Pair p;
        if (parser.isSet(QStringLiteral("from-json"))) {
            const QString file = parser.value(QStringLiteral("from-json"));
            QFile f(file);
            const bool opened =
                file == QLatin1String("-") ? f.open(stdin, QIODevice::ReadOnly) : f.open(QIODevice::ReadOnly);
            if (!opened)
                return error(ctx, tr("pairs add: cannot read %1: %2").arg(file, f.errorString()));
            QJsonParseError err;
            const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
            if (!doc.isObject())
                return error(ctx, tr("pairs add: %1 is not a JSON object: %2").arg(file, err.errorString()));
            p = PairRepository::fromJson(doc.object());
            p.id = 0;
        } else {
            const QStringList users = parser.values(QStringLiteral("user"));
            const QStringList answers = parser.values(QStringLiteral("assistant"));
            if (users.isEmpty())
                return error(ctx, tr("pairs add: give at least one --user turn (or --from-json)"));
            for (qsizetype i = 0; i < std::max(users.size(), answers.size()); ++i) {
                if (i < users.size())
                    p.turns << Turn{Turn::Role::User, users.at(i), std::nullopt};
                if (i < answers.size())
                    p.turns << Turn{Turn::Role::Assistant, answers.at(i), std::nullopt};
            }
            if (parser.isSet(QStringLiteral("quote"))) {
                // As "New Pair from Selection": the quote is the context and the source, linked to
                // the passage that contains it.
                const QStringList documents = parser.values(QStringLiteral("document"));
                const qint64 documentId = documents.isEmpty() ? 0 : resolveDocument(documents.first());
                if (!documentId)
                    return error(ctx, tr("pairs add: --quote needs the --document it comes from"));
                const Pair selected = SelectionPair::build(store->db(), documentId,
                                                           parser.value(QStringLiteral("page")).toInt(),
                                                           parser.value(QStringLiteral("quote")));
                p.context = selected.context;
                p.sources = selected.sources;
            }
            p.systemPrompt = parser.value(QStringLiteral("system"));
            if (parser.isSet(QStringLiteral("context")))
                p.context = parser.value(QStringLiteral("context"));
            p.notes = parser.value(QStringLiteral("notes"));
            p.tags = parser.values(QStringLiteral("tag"));
            if (parser.isSet(QStringLiteral("status"))) {
                const auto st = pairStatusFromString(parser.value(QStringLiteral("status")));
                if (!st)
                    return error(
                        ctx,
                        tr("pairs add: unknown status '%1'").arg(parser.value(QStringLiteral("status"))));
                p.status = *st;
            }
            if (parser.isSet(QStringLiteral("rating"))) {
                bool ok = false;
                const int r = parser.value(QStringLiteral("rating")).toInt(&ok);
                if (!ok || r < 1 || r > 5)
                    return error(ctx, tr("pairs add: --rating takes 1 to 5"));
                p.rating = r;
            }
        }
        repo.add(p);
        const qint64 dup = repo.duplicateOf(p.id);
        if (json) {
            writeJson(ctx,
                      QJsonObject{{QStringLiteral("id"), p.id},
                                  {QStringLiteral("duplicate_of"), dup ? QJsonValue(dup) : QJsonValue()}});
        } else {
            ctx.out << tr("Added pair %1").arg(p.id) << "\n";
            if (dup)
                ctx.out << tr("Note: exact duplicate of pair %1").arg(dup) << "\n";
            ctx.out.flush();
        }
        return ExitOk;
    }
    // The bulk actions refuse unknown ids before changing anything.
    for (qint64 id : std::as_const(ids))
        if (!repo.exists(id))
            return error(ctx, tr("pairs %1: no pair %2 in the project").arg(action).arg(id));
    QList<qint64> changed = ids;
    QList<qint64> heldBack;
    if (action == QLatin1String("set-status")) {
        // Approving many at once leaves flagged model drafts for a look of their own.
        if (*status == Pair::Status::Approved && ids.size() > 1) {
            heldBack = repo.flaggedDrafts(ids);
            for (qint64 id : std::as_const(heldBack))
                changed.removeOne(id);
        }
        repo.setStatus(changed, *status);
    } else if (action == QLatin1String("tag"))
        changed = parser.isSet(QStringLiteral("remove")) ? repo.removeTag(ids, args.at(0))
                                                         : repo.addTag(ids, args.at(0));
    else
        repo.remove(ids);
    if (json) {
        QJsonArray a;
        for (qint64 id : std::as_const(changed))
            a.append(id);
        QJsonObject o{{QStringLiteral("action"), action}, {QStringLiteral("changed"), a}};
        if (!heldBack.isEmpty()) {
            QJsonArray h;
            for (qint64 id : std::as_const(heldBack))
                h.append(id);
            o.insert(QStringLiteral("held_back"), h);
        }
        writeJson(ctx, o);
    } else {
        ctx.out << tr("%1: %2 pair(s) changed").arg(action).arg(changed.size()) << Qt::endl;
        if (!heldBack.isEmpty()) {
            QStringList list;
            for (qint64 id : std::as_const(heldBack))
                list << QString::number(id);
            ctx.out << tr("Not approved: %n drafted pair(s) with flags, to approve one at a time: %1",
                          nullptr, int(heldBack.size()))
                           .arg(list.join(QStringLiteral(", ")))
                    << Qt::endl;
        }
    }
    return ExitOk;
}

} // namespace quarry::cli
