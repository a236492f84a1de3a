#include "ProjectCommand.h"

#include "store/DocumentRepository.h"
#include "store/ProjectStore.h"
#include "util/Error.h"

#include <QScopeGuard>

namespace quarry::cli {

ProjectCommand::ProjectCommand() = default;

ProjectCommand::~ProjectCommand() = default;

int ProjectCommand::projectArgument(const QCommandLineParser&) const
{
    return 0;
}

ProjectStore& ProjectCommand::project()
{
    if (m_store)
        return *m_store;
    try {
        const QString path = m_parser->positionalArguments().value(projectArgument(*m_parser));
        m_store = ProjectStore::open(path, access(*m_parser) == Access::ReadOnly
                                               ? ProjectStore::OpenMode::ReadOnly
                                               : ProjectStore::OpenMode::ReadWrite);
    } catch (const Error&) {
        m_openFailed = true;
        throw;
    }
    const QString actor = qEnvironmentVariable("QUARRY_USER");
    if (!actor.isEmpty())
        m_store->setActor(actor);
    return *m_store;
}

qint64 ProjectCommand::resolveDocument(const QString& idOrName)
{
    return DocumentRepository(project().db()).resolve(idOrName);
}

int ProjectCommand::execute(const QCommandLineParser& parser, CommandContext& ctx)
{
    m_parser = &parser;
    m_openFailed = false;
    // The project closes (and gives up its lock) before the command returns, whatever the way out.
    const auto close = qScopeGuard([this] {
        m_store.reset();
        m_parser = nullptr;
    });
    try {
        return executeWithProject(parser, ctx);
    } catch (const Error& e) {
        // A project that cannot be opened is unusable input, whatever SQLite called it.
        if (!m_openFailed)
            throw;
        return error(ctx, e.message(), ExitUsage);
    }
}

} // namespace quarry::cli
