#pragma once

#include "ProjectCommand.h"

#include <QCoreApplication>

namespace quarry::cli {

// quarry-cli import PROJECT FILE [--format F] [--json]
class ImportCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(quarry::cli::ImportCommand)
public:
    QString name() const override { return QStringLiteral("import"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser& parser) const override;
    QList<std::tuple<QString, QString, QString>> positionals() const override;
    Access access(const QCommandLineParser& parser) const override;
    int executeWithProject(const QCommandLineParser& parser, CommandContext& ctx) override;
};

} // namespace quarry::cli
