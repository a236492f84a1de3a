#pragma once

#include "Command.h"

namespace quarry::cli {

// quarry-cli import PROJECT FILE [--format F] [--json]
class ImportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser& parser) const override;
    QList<std::tuple<QString, QString, QString>> positionals() const override;
    int execute(const QCommandLineParser& parser, CommandContext& ctx) override;
};

} // namespace quarry::cli
