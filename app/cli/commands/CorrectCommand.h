#pragma once

#include "ProjectCommand.h"

namespace quarry::cli {

class CorrectCommand : public ProjectCommand
{
public:
    QString name() const override { return QStringLiteral("correct"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser& parser) const override;
    QList<std::tuple<QString, QString, QString>> positionals() const override;
    Access access(const QCommandLineParser& parser) const override;
    int executeWithProject(const QCommandLineParser& parser, CommandContext& ctx) override;
};

} // namespace quarry::cli
