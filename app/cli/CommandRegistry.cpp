#include "CommandRegistry.h"

#include "commands/CheckCommand.h"
#include "commands/InfoCommand.h"
#include "commands/InitCommand.h"

namespace quarry::cli {

CommandRegistry::CommandRegistry()
{
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<InfoCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
}

Command* CommandRegistry::find(const QString& name) const
{
    for (const auto& c : m_commands)
        if (c->name() == name)
            return c.get();
    return nullptr;
}

} // namespace quarry::cli
