#pragma once

#include "ProjectCommand.h"

#include <QCoreApplication>

namespace quarry::cli {

// quarry-cli ingest PROJECT PATH... [--files-from FILE] [--shard K/N]: adds files (folders recursed)
// to a project; --shard takes this run's part of a partition shared by N runs.
class IngestCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(quarry::cli::IngestCommand)
public:
    QString name() const override { return QStringLiteral("ingest"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser& parser) const override;
    QList<std::tuple<QString, QString, QString>> positionals() const override;
    int minPositional() const override { return 1; }
    int maxPositional() const override { return -1; }
    Access access(const QCommandLineParser& parser) const override;
    int executeWithProject(const QCommandLineParser& parser, CommandContext& ctx) override;
};

} // namespace quarry::cli
