#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace quarry::cli {

class PairsCommand : public Command
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
    int execute(const QCommandLineParser& parser, CommandContext& ctx) override;

private:
    static int history(CommandContext& ctx, ProjectStore& store, qint64 id, bool json);
    static int duplicates(const QCommandLineParser& parser, CommandContext& ctx, ProjectStore& store,
                          bool json);
};

} // namespace quarry::cli
