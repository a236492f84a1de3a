#pragma once

#include "Command.h"

namespace quarry::cli {

// quarry-cli endpoint test URL: checks a model server before drafting with it.
class EndpointCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("endpoint"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser& parser) const override;
    QList<std::tuple<QString, QString, QString>> positionals() const override;
    int execute(const QCommandLineParser& parser, CommandContext& ctx) override;
};

} // namespace quarry::cli
