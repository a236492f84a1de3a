#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace quarry::cli {

// quarry-cli endpoint test URL: checks a model server before drafting with it.
class EndpointCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(quarry::cli::EndpointCommand)

public:
    QString name() const override { return QStringLiteral("endpoint"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser& parser) const override;
    QList<std::tuple<QString, QString, QString>> positionals() const override;
    int execute(const QCommandLineParser& parser, CommandContext& ctx) override;
};

} // namespace quarry::cli
