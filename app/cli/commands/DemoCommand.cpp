#include "DemoCommand.h"

#include "demo/DemoProject.h"

#include <QCoreApplication>

namespace quarry::cli {

QString DemoCommand::description() const
{
    return QCoreApplication::translate("quarry::cli::DemoCommand",
                                       "Build the demo project from the bundled sample documents.");
}

void DemoCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(
        {QStringLiteral("samples"),
         QCoreApplication::translate("quarry::cli::DemoCommand", "Folder of sample documents to use."),
         QStringLiteral("DIR")});
}

QList<std::tuple<QString, QString, QString>> DemoCommand::positionals() const
{
    return {
        {QStringLiteral("FILE"),
         QCoreApplication::translate("quarry::cli::DemoCommand", "The project file to create (*.quarry)."),
         QStringLiteral("FILE")}};
}

int DemoCommand::execute(const QCommandLineParser& parser, CommandContext& ctx)
{
    const QString samples = parser.isSet(QStringLiteral("samples")) ? parser.value(QStringLiteral("samples"))
                                                                    : DemoProject::findSamples();
    const QString path = parser.positionalArguments().at(0);
    const TaskContext task([&ctx](qint64, qint64, const QString& step) {
        if (!step.isEmpty())
            ctx.err << step << Qt::endl;
    });
    DemoProject::build(path, samples, task);
    ctx.out
        << QCoreApplication::translate("quarry::cli::DemoCommand", "Created the demo project %1").arg(path)
        << Qt::endl;
    return ExitOk;
}

} // namespace quarry::cli
