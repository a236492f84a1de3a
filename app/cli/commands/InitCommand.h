#pragma once

#include "Command.h"

namespace quarry::cli {

class InitCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("init"); }
    QString description() const override;

protected:
    QList<std::tuple<QString, QString, QString>> positionals() const override;
    int execute(const QCommandLineParser& parser, CommandContext& ctx) override;
};

} // namespace quarry::cli
