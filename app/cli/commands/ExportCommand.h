#pragma once

#include "ProjectCommand.h"

#include <QCoreApplication>

namespace quarry::cli {

// quarry-cli export PROJECT --format F --out DIR [filters, split, system prompt, dedup, guards]
class ExportCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(quarry::cli::ExportCommand)
public:
    QString name() const override { return QStringLiteral("export"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser& parser) const override;
    QList<std::tuple<QString, QString, QString>> positionals() const override;
    Access access(const QCommandLineParser& parser) const override;
    int executeWithProject(const QCommandLineParser& parser, CommandContext& ctx) override;
};

} // namespace quarry::cli
