#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace quarry::cli {

class ScanCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(quarry::cli::ScanCommand)
public:
    QString name() const override { return QStringLiteral("scan"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser& parser) const override;
    QList<std::tuple<QString, QString, QString>> positionals() const override;
    int minPositional() const override;
    int execute(const QCommandLineParser& parser, CommandContext& ctx) override;
};

} // namespace quarry::cli
