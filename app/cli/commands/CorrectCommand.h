#pragma once

#include "Command.h"

namespace quarry::cli {

class CorrectCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("correct"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser& parser) const override;
    QList<std::tuple<QString, QString, QString>> positionals() const override;
    int execute(const QCommandLineParser& parser, CommandContext& ctx) override;
};

} // namespace quarry::cli
