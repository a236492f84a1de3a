#include "Command.h"

#include "store/ProjectStore.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace quarry::cli {

void Command::addOptions(QCommandLineParser&) const {}

int Command::minPositional() const
{
    return int(positionals().size());
}

int Command::maxPositional() const
{
    return int(positionals().size());
}

int Command::run(const QStringList& args, CommandContext& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("quarry::cli::Command", "Show this help."));
    parser.addOption(help);
    addOptions(parser);
    for (const auto& [argName, argDescription, syntax] : positionals())
        parser.addPositionalArgument(argName, argDescription, syntax);

    const QString usage = QStringLiteral("quarry-cli %1").arg(name());
    if (!parser.parse(args))
        return error(ctx, QStringLiteral("%1: %2").arg(name(), parser.errorText()));
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // QCommandLineParser names the program as it was invoked; show "quarry-cli COMMAND" instead.
        const qsizetype eol = text.indexOf(QLatin1Char('\n'));
        QString firstLine = text.left(eol);
        const qsizetype programStart = firstLine.indexOf(QLatin1Char(' ')) + 1;
        qsizetype programEnd = firstLine.indexOf(QLatin1Char(' '), programStart);
        if (programEnd < 0)
            programEnd = firstLine.size();
        firstLine.replace(programStart, programEnd - programStart, usage);
        ctx.out << firstLine << text.mid(eol);
        return ExitOk;
    }
    const qsizetype count = parser.positionalArguments().size();
    if (count < minPositional() || (maxPositional() >= 0 && count > maxPositional()))
        return error(ctx,
                     QCoreApplication::translate("quarry::cli::Command",
                                                 "%1: wrong number of arguments (see quarry-cli %1 --help)")
                         .arg(name()));
    try {
        return execute(parser, ctx);
    } catch (const Error& e) {
        return error(ctx, e.message(),
                     e.kind() == Error::Kind::BadInput || e.kind() == Error::Kind::NotFound ||
                             e.kind() == Error::Kind::InUse
                         ? ExitUsage
                         : ExitFailed);
    }
}

void Command::warn(CommandContext& ctx, const QString& message)
{
    ctx.err << "quarry-cli: " << message << Qt::endl;
}

int Command::error(CommandContext& ctx, const QString& message, int code)
{
    warn(ctx, message);
    return code;
}

std::unique_ptr<ProjectStore> Command::openProject(const QString& path, CommandContext& ctx, bool readOnly)
{
    try {
        auto store = ProjectStore::open(path, readOnly ? ProjectStore::OpenMode::ReadOnly
                                                       : ProjectStore::OpenMode::ReadWrite);
        const QString actor = qEnvironmentVariable("QUARRY_USER");
        if (!actor.isEmpty())
            store->setActor(actor);
        return store;
    } catch (const Error& e) {
        error(ctx, e.message());
        return nullptr;
    }
}

void Command::writeJson(CommandContext& ctx, const QJsonValue& value)
{
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    ctx.out << QString::fromUtf8(doc.toJson(QJsonDocument::Compact)) << Qt::endl;
}

} // namespace quarry::cli
