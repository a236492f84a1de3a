#pragma once

#include "ProjectCommand.h"

#include <QCoreApplication>

namespace quarry::cli {

class DetectionsCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(quarry::cli::DetectionsCommand)
public:
    QString name() const override { return QStringLiteral("detections"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser& parser) const override;
    QList<std::tuple<QString, QString, QString>> positionals() const override;
    int minPositional() const override;
    Access access(const QCommandLineParser& parser) const override;
    int executeWithProject(const QCommandLineParser& parser, CommandContext& ctx) override;
};

} // namespace quarry::cli
