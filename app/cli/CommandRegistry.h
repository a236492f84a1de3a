#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace quarry::cli {

// The one place that lists quarry-cli's subcommands.
class CommandRegistry
{
public:
    CommandRegistry();
    const std::vector<std::unique_ptr<Command>>& commands() const { return m_commands; }
    Command* find(const QString& name) const;

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace quarry::cli
