#include "MergeCommand.h"

#include "store/ProjectMerger.h"
#include "util/Error.h"

#include <QJsonArray>
#include <QJsonObject>

namespace quarry::cli {

QString MergeCommand::description() const
{
    return tr(
        "Merge projects (the shards of a sharded ingest) into a new project: documents once per content, "
        "everything else with new ids; conflicts are listed.");
}

void MergeCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("actor"), tr("Name recorded in the audit log (default: $USER)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
}

QList<std::tuple<QString, QString, QString>> MergeCommand::positionals() const
{
    return {{QStringLiteral("OUT"), tr("The new project file (must not exist)."), QStringLiteral("OUT")},
            {QStringLiteral("IN"),
             tr("Projects to merge, in order: on a conflict the earlier one's is kept."),
             QStringLiteral("IN...")}};
}

int MergeCommand::execute(const QCommandLineParser& parser, CommandContext& ctx)
{
    const QStringList args = parser.positionalArguments();
    ProjectMerger merger;
    QString actor = parser.value(QStringLiteral("actor")).trimmed();
    if (actor.isEmpty())
        actor = qEnvironmentVariable("USER", QStringLiteral("user"));
    merger.setActor(actor);
    MergeReport report;
    try {
        report = merger.merge(args.at(0), args.mid(1));
    } catch (const Error& e) {
        return error(ctx, e.message(),
                     e.kind() == Error::Kind::BadInput || e.kind() == Error::Kind::NotFound ? ExitUsage
                                                                                            : ExitFailed);
    }
    if (parser.isSet(QStringLiteral("json"))) {
        writeJson(ctx,
                  QJsonObject{{QStringLiteral("output"), args.at(0)},
                              {QStringLiteral("inputs"), report.inputs},
                              {QStringLiteral("documents"), report.documents},
                              {QStringLiteral("duplicate_documents"), report.duplicateDocuments},
                              {QStringLiteral("pages"), report.pages},
                              {QStringLiteral("detections"), report.detections},
                              {QStringLiteral("pairs"), report.pairs},
                              {QStringLiteral("audit_entries"), report.auditEntries},
                              {QStringLiteral("conflicts"), QJsonArray::fromStringList(report.conflicts)}});
        return ExitOk;
    }
    ctx.out << tr("%1: merged %n project(s): ", nullptr, report.inputs).arg(args.at(0))
            << tr("%1 documents (%2 duplicates left out), %3 pages, %4 detections, %5 pairs")
                   .arg(report.documents)
                   .arg(report.duplicateDocuments)
                   .arg(report.pages)
                   .arg(report.detections)
                   .arg(report.pairs)
            << Qt::endl;
    if (!report.conflicts.isEmpty()) {
        ctx.out << tr("%n conflict(s), the earlier input's version kept (also in the audit log):", nullptr,
                      int(report.conflicts.size()))
                << Qt::endl;
        for (const QString& c : report.conflicts)
            ctx.out << "  " << c << Qt::endl;
    }
    return ExitOk;
}

} // namespace quarry::cli
