#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace quarry {

class ProjectStore;

namespace cli {

enum ExitCode
{
    ExitOk = 0,
    ExitFailed = 1, // the command ran and found a problem (failed check, refused export, ...)
    ExitUsage = 2,  // bad arguments or unreadable input
};

struct CommandContext
{
    QTextStream& out;
    QTextStream& err;
    bool outIsTerminal = false;
};

// One quarry-cli subcommand. Subclasses declare their options and positional arguments and
// implement execute(); parsing, --help and usage errors are handled here once.
class Command
{
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    virtual QString description() const = 0;

    // args[0] is the subcommand name.
    int run(const QStringList& args, CommandContext& ctx);

protected:
    virtual void addOptions(QCommandLineParser& parser) const;
    // Positional arguments: name, description, syntax, in order. minPositional() are required.
    virtual QList<std::tuple<QString, QString, QString>> positionals() const = 0;
    virtual int minPositional() const;
    virtual int maxPositional() const; // -1: any number
    virtual int execute(const QCommandLineParser& parser, CommandContext& ctx) = 0;

    // Prints "quarry-cli: message" on stderr (a problem the command carries on after).
    static void warn(CommandContext& ctx, const QString& message);
    // The same, returning the exit code.
    static int error(CommandContext& ctx, const QString& message, int code = ExitUsage);
    // Opens a project or prints why not; returns null on failure (exit code 2 follows). Commands
    // that work on an existing project derive from ProjectCommand instead, which opens it for them.
    static std::unique_ptr<ProjectStore> openProject(const QString& path, CommandContext& ctx,
                                                     bool readOnly = false);
    static void writeJson(CommandContext& ctx, const class QJsonValue& value);
};

} // namespace cli
} // namespace quarry
