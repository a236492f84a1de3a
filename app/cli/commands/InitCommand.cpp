#include "InitCommand.h"

#include "store/ProjectStore.h"

#include <QCoreApplication>

namespace quarry::cli {

QString InitCommand::description() const
{
    return QCoreApplication::translate("quarry::cli::InitCommand", "Create a new, empty project file.");
}

QList<std::tuple<QString, QString, QString>> InitCommand::positionals() const
{
    return {
        {QStringLiteral("FILE"),
         QCoreApplication::translate("quarry::cli::InitCommand", "The project file to create (*.quarry)."),
         QStringLiteral("FILE")}};
}

int InitCommand::execute(const QCommandLineParser& parser, CommandContext& ctx)
{
    const QString path = parser.positionalArguments().at(0);
    auto store = ProjectStore::create(path);
    ctx.out << QCoreApplication::translate("quarry::cli::InitCommand", "Created %1 (schema %2)")
                   .arg(path)
                   .arg(store->schemaVersion())
            << Qt::endl;
    return ExitOk;
}

} // namespace quarry::cli
