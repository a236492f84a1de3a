#pragma once

#include "ProjectCommand.h"

#include <QCoreApplication>

namespace quarry::cli {

// quarry-cli docs PROJECT : the documents of a project with their ingest status.
class DocsCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(quarry::cli::DocsCommand)
public:
    QString name() const override { return QStringLiteral("docs"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser& parser) const override;
    QList<std::tuple<QString, QString, QString>> positionals() const override;
    Access access(const QCommandLineParser& parser) const override;
    int executeWithProject(const QCommandLineParser& parser, CommandContext& ctx) override;
};

} // namespace quarry::cli
