#include "CheckCommand.h"

#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace quarry::cli {

QString CheckCommand::description() const
{
    return QCoreApplication::translate("quarry::cli::CheckCommand",
                                       "Verify a project's integrity and Quarry's own invariants.");
}

void CheckCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("json"),
                      QCoreApplication::translate("quarry::cli::CheckCommand", "Print one JSON object.")});
}

QList<std::tuple<QString, QString, QString>> CheckCommand::positionals() const
{
    return {{QStringLiteral("FILE"),
             QCoreApplication::translate("quarry::cli::CheckCommand", "The project file."),
             QStringLiteral("FILE")}};
}

ProjectCommand::Access CheckCommand::access(const QCommandLineParser&) const
{
    return Access::ReadOnly;
}

int CheckCommand::executeWithProject(const QCommandLineParser& parser, CommandContext& ctx)
{
    ProjectStore* store = &project();
    const CheckReport report = store->check();
    if (parser.isSet(QStringLiteral("json"))) {
        writeJson(ctx,
                  QJsonObject{{QStringLiteral("ok"), report.ok()},
                              {QStringLiteral("problems"), QJsonArray::fromStringList(report.problems)}});
    } else if (report.ok()) {
        ctx.out << QCoreApplication::translate("quarry::cli::CheckCommand", "%1: ok").arg(store->path())
                << Qt::endl;
    } else {
        for (const QString& p : report.problems)
            ctx.err << store->path() << ": " << p << Qt::endl;
    }
    return report.ok() ? ExitOk : ExitFailed;
}

} // namespace quarry::cli
