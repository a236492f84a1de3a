#pragma once

#include "ProjectCommand.h"

#include <QCoreApplication>

namespace quarry::cli {

class SearchCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(quarry::cli::SearchCommand)
public:
    QString name() const override { return QStringLiteral("search"); }
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
