#pragma once

#include "ProjectCommand.h"

#include <QCoreApplication>

namespace quarry::cli {

class PairsCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(quarry::cli::PairsCommand)
public:
    QString name() const override { return QStringLiteral("pairs"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser& parser) const override;
    QList<std::tuple<QString, QString, QString>> positionals() const override;
    int minPositional() const override;
    int maxPositional() const override;
    Access access(const QCommandLineParser& parser) const override;
    int projectArgument(const QCommandLineParser& parser) const override;
    int executeWithProject(const QCommandLineParser& parser, CommandContext& ctx) override;

private:
    static int history(CommandContext& ctx, ProjectStore& store, qint64 id, bool json);
    static int duplicates(const QCommandLineParser& parser, CommandContext& ctx, ProjectStore& store,
                          bool json);
};

} // namespace quarry::cli
