#pragma once

#include "ProjectCommand.h"

#include <QCoreApplication>

namespace quarry::cli {

class ChunkCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(quarry::cli::ChunkCommand)
public:
    QString name() const override { return QStringLiteral("chunk"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser& parser) const override;
    QList<std::tuple<QString, QString, QString>> positionals() const override;
    int minPositional() const override;
    int maxPositional() const override;
    Access access(const QCommandLineParser& parser) const override;
    int executeWithProject(const QCommandLineParser& parser, CommandContext& ctx) override;
};

} // namespace quarry::cli
