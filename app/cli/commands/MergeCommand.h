#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace quarry::cli {

// quarry-cli merge OUT IN... : joins projects (the shards of a sharded ingest) into a new one.
class MergeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(quarry::cli::MergeCommand)
public:
    QString name() const override { return QStringLiteral("merge"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser& parser) const override;
    QList<std::tuple<QString, QString, QString>> positionals() const override;
    int minPositional() const override { return 2; }
    int maxPositional() const override { return -1; }
    int execute(const QCommandLineParser& parser, CommandContext& ctx) override;
};

} // namespace quarry::cli
