#include "SearchCommand.h"

#include "curation/FullTextSearch.h"
#include "curation/PairRepository.h"
#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

namespace quarry::cli {

QString SearchCommand::description() const
{
    return tr(
        "Find pairs whose system prompt, context or turns contain the text (substring, case-insensitive; "
        "works for Korean, including two-syllable words).");
}

void SearchCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("limit"), tr("At most N pairs (default 50; 0: all)."),
                      QStringLiteral("N"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
}

QList<std::tuple<QString, QString, QString>> SearchCommand::positionals() const
{
    return {{QStringLiteral("PROJECT"), tr("The project file."), QStringLiteral("PROJECT")},
            {QStringLiteral("QUERY"), tr("The text to look for."), QStringLiteral("QUERY")}};
}

int SearchCommand::minPositional() const
{
    return 2;
}

int SearchCommand::maxPositional() const
{
    return 2;
}

ProjectCommand::Access SearchCommand::access(const QCommandLineParser&) const
{
    return Access::ReadOnly;
}

int SearchCommand::executeWithProject(const QCommandLineParser& parser, CommandContext& ctx)
{
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 0)
        return error(ctx, tr("search: --limit takes a number"));
    const QString query = parser.positionalArguments().at(1);
    if (query.isEmpty())
        return error(ctx, tr("search: the query is empty"));
    ProjectStore* store = &project();
    QElapsedTimer timer;
    timer.start();
    const QList<qint64> ids = FullTextSearch::search(store->db(), query, limit == 0 ? -1 : limit);
    const qint64 ms = timer.elapsed();
    PairRepository repo(*store);
    const bool json = parser.isSet(QStringLiteral("json"));
    QJsonArray hits;
    for (qint64 id : ids) {
        const auto pair = repo.get(id);
        if (!pair)
            continue;
        const QString first = pair->turns.isEmpty() ? QString() : pair->turns.first().content;
        if (json)
            hits.append(QJsonObject{{QStringLiteral("id"), id},
                                    {QStringLiteral("status"), toString(pair->status)},
                                    {QStringLiteral("first_turn"), first}});
        else
            ctx.out << id << "\t" << toString(pair->status) << "\t" << first.simplified().left(100) << "\n";
    }
    if (json)
        writeJson(ctx, QJsonObject{{QStringLiteral("query"), query},
                                   {QStringLiteral("count"), hits.size()},
                                   {QStringLiteral("ms"), ms},
                                   {QStringLiteral("pairs"), hits}});
    ctx.out.flush();
    return ExitOk;
}

} // namespace quarry::cli
