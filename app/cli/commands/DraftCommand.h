#pragma once

#include "ProjectCommand.h"

#include <QCoreApplication>

namespace quarry {
class ProjectStore;
}

namespace quarry::cli {

// quarry-cli draft PROJECT: drafts pairs from redacted passages with a local model server
// (core/llm DraftRunner over OpenAiClient); --dry-run prints the request bodies without sending,
// --show PAIR prints what a drafted pair was made from.
class DraftCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(quarry::cli::DraftCommand)
public:
    QString name() const override { return QStringLiteral("draft"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser& parser) const override;
    QList<std::tuple<QString, QString, QString>> positionals() const override;
    int minPositional() const override { return 1; }
    int maxPositional() const override { return 1; }
    Access access(const QCommandLineParser& parser) const override;
    int executeWithProject(const QCommandLineParser& parser, CommandContext& ctx) override;

private:
    int show(ProjectStore& store, qint64 pairId, bool json, CommandContext& ctx);
};

} // namespace quarry::cli
