#include "InfoCommand.h"

#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace quarry::cli {

QString InfoCommand::description() const
{
    return QCoreApplication::translate("quarry::cli::InfoCommand",
                                       "Show a project's schema version, size and row counts.");
}

void InfoCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("json"),
                      QCoreApplication::translate("quarry::cli::InfoCommand", "Print one JSON object.")});
}

QList<std::tuple<QString, QString, QString>> InfoCommand::positionals() const
{
    return {{QStringLiteral("FILE"),
             QCoreApplication::translate("quarry::cli::InfoCommand", "The project file."),
             QStringLiteral("FILE")}};
}

ProjectCommand::Access InfoCommand::access(const QCommandLineParser&) const
{
    return Access::ReadOnly;
}

int InfoCommand::executeWithProject(const QCommandLineParser& parser, CommandContext& ctx)
{
    ProjectStore* store = &project();
    const ProjectInfo info = store->info();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject counts;
        for (const auto& [table, n] : info.tableCounts)
            counts.insert(table, n);
        writeJson(ctx, QJsonObject{{QStringLiteral("path"), info.path},
                                   {QStringLiteral("schema_version"), info.schemaVersion},
                                   {QStringLiteral("bytes"), info.fileBytes},
                                   {QStringLiteral("counts"), counts}});
        return ExitOk;
    }
    ctx.out << QCoreApplication::translate("quarry::cli::InfoCommand", "Project: %1").arg(info.path) << "\n"
            << QCoreApplication::translate("quarry::cli::InfoCommand", "Schema version: %1")
                   .arg(info.schemaVersion)
            << "\n"
            << QCoreApplication::translate("quarry::cli::InfoCommand", "Size: %1 bytes").arg(info.fileBytes)
            << "\n"
            << QCoreApplication::translate("quarry::cli::InfoCommand", "Rows:") << "\n";
    for (const auto& [table, n] : info.tableCounts)
        ctx.out << "  " << table.leftJustified(16) << " " << n << "\n";
    ctx.out.flush();
    return ExitOk;
}

} // namespace quarry::cli
