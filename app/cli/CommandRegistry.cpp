#include "CommandRegistry.h"

#include "commands/CheckCommand.h"
#include "commands/DemoCommand.h"
#include "commands/ExportCommand.h"
#include "commands/ImportCommand.h"
#include "commands/ChunkCommand.h"
#include "commands/CorrectCommand.h"
#include "commands/DocsCommand.h"
#include "commands/InfoCommand.h"
#include "commands/GenerateCommand.h"
#include "commands/InitCommand.h"
#include "commands/PairsCommand.h"
#include "commands/SearchCommand.h"
#include "commands/ScanCommand.h"
#include "commands/RedactCommand.h"
#include "commands/DetectionsCommand.h"
#include "commands/TextCommand.h"
#include "commands/WordsCommand.h"
#include "commands/IngestCommand.h"
#include "commands/MergeCommand.h"
#include "commands/StatsCommand.h"
#include "commands/EndpointCommand.h"
#include "commands/DraftCommand.h"

namespace quarry::cli {

CommandRegistry::CommandRegistry()
{
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<InfoCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<DemoCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<ChunkCommand>());
    m_commands.push_back(std::make_unique<PairsCommand>());
    m_commands.push_back(std::make_unique<SearchCommand>());
    m_commands.push_back(std::make_unique<GenerateCommand>());
    m_commands.push_back(std::make_unique<ScanCommand>());
    m_commands.push_back(std::make_unique<RedactCommand>());
    m_commands.push_back(std::make_unique<DetectionsCommand>());
    m_commands.push_back(std::make_unique<TextCommand>());
    m_commands.push_back(std::make_unique<IngestCommand>());
    m_commands.push_back(std::make_unique<MergeCommand>());
    m_commands.push_back(std::make_unique<DocsCommand>());
    m_commands.push_back(std::make_unique<CorrectCommand>());
    m_commands.push_back(std::make_unique<StatsCommand>());
    m_commands.push_back(std::make_unique<WordsCommand>());
    m_commands.push_back(std::make_unique<EndpointCommand>());
    m_commands.push_back(std::make_unique<DraftCommand>());
}

Command* CommandRegistry::find(const QString& name) const
{
    for (const auto& c : m_commands)
        if (c->name() == name)
            return c.get();
    return nullptr;
}

} // namespace quarry::cli
