#pragma once

#include "ProjectCommand.h"

#include <QCoreApplication>

namespace quarry::cli {

// quarry-cli stats PROJECT [--json]: pair counts by status, origin, rating, tag and document,
// length histograms, detections by type and status, documents and pages.
class StatsCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(quarry::cli::StatsCommand)
public:
    QString name() const override { return QStringLiteral("stats"); }
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
