#pragma once

#include "Command.h"

#include <memory>

namespace quarry {
class ProjectStore;
}

namespace quarry::cli {

// A subcommand that works on an existing project. Opening it is done here once, the same way for
// every command: read-only (no lock; a project an older Quarry left is read from a migrated copy)
// or for writing (the project lock, then the migrations), the actor from QUARRY_USER, and a
// project that cannot be opened reported as one line "quarry-cli: <why>" with exit code 2.
//
// To write one: say which access the command needs (access()), check the arguments at the start
// of executeWithProject() and then call project() where the project is needed; the first call
// opens it (so a usage error never touches the file). If a verb comes before PROJECT, override
// projectArgument().
class ProjectCommand : public Command
{
public:
    ProjectCommand();
    ~ProjectCommand() override;

protected:
    enum class Access
    {
        ReadOnly,
        ReadWrite,
    };
    virtual Access access(const QCommandLineParser& parser) const = 0;
    // The position of PROJECT among the positional arguments.
    virtual int projectArgument(const QCommandLineParser& parser) const;
    virtual int executeWithProject(const QCommandLineParser& parser, CommandContext& ctx) = 0;

    // The open project; opened by the first call. Throws when it cannot be opened (the message
    // is printed and the command ends with exit code 2).
    ProjectStore& project();
    // A document of the project named by id or by file name; 0 when there is none.
    qint64 resolveDocument(const QString& idOrName);

private:
    int execute(const QCommandLineParser& parser, CommandContext& ctx) final;

    const QCommandLineParser* m_parser = nullptr;
    std::unique_ptr<ProjectStore> m_store;
    bool m_openFailed = false;
};

} // namespace quarry::cli
