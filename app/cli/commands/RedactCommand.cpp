#include "RedactCommand.h"

#include "redact/DetectionStore.h"
#include "redact/RuleSet.h"
#include "redact/Scanner.h"
#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace quarry::cli {

QString RedactCommand::description() const
{
    return tr("Scan every page of a project for personal data; earlier decisions are kept.");
}

void RedactCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("rules"), tr("Import a rule pack (JSON) into the project first."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("accept-above"),
         tr("Accept detections scoring at least SCORE (0-1) automatically; kept as the project's setting."),
         QStringLiteral("SCORE")});
    parser.addOption({QStringLiteral("json"), tr("Print the summary as one JSON object.")});
}

QList<std::tuple<QString, QString, QString>> RedactCommand::positionals() const
{
    return {{QStringLiteral("PROJECT"), tr("The project file."), QStringLiteral("PROJECT")}};
}

int RedactCommand::minPositional() const
{
    return 1;
}

ProjectCommand::Access RedactCommand::access(const QCommandLineParser&) const
{
    return Access::ReadWrite;
}

int RedactCommand::executeWithProject(const QCommandLineParser& parser, CommandContext& ctx)
{
    std::optional<double> acceptAbove;
    if (parser.isSet(QStringLiteral("accept-above"))) {
        bool ok = false;
        const double v = parser.value(QStringLiteral("accept-above")).toDouble(&ok);
        if (!ok || v < 0.0 || v > 1.0)
            return error(ctx, tr("--accept-above: expected a score between 0 and 1, got '%1'")
                                  .arg(parser.value(QStringLiteral("accept-above"))));
        acceptAbove = v;
    }
    ProjectStore* store = &project();
    if (parser.isSet(QStringLiteral("rules"))) {
        const QString path = parser.value(QStringLiteral("rules"));
        const RuleSet pack = RuleSet::fromJsonFile(path);
        for (const QString& e : pack.errors())
            warn(ctx, path + QStringLiteral(": ") + e);
        pack.saveToProject(*store);
    }
    const RuleSet rules = RuleSet::loadProject(store->db());
    for (const QString& e : rules.errors())
        warn(ctx, store->path() + QStringLiteral(": ") + e);
    DetectionStore detections(*store);
    if (acceptAbove)
        detections.setAutoAcceptThreshold(acceptAbove);
    const Scanner scanner(rules);
    const ScanSummary s = detections.scanProject(scanner);
    if (parser.isSet(QStringLiteral("json"))) {
        writeJson(ctx, QJsonObject{{QStringLiteral("pages"), s.pages},
                                   {QStringLiteral("found"), s.found},
                                   {QStringLiteral("added"), s.added},
                                   {QStringLiteral("kept"), s.kept},
                                   {QStringLiteral("removed"), s.removed},
                                   {QStringLiteral("auto_accepted"), s.autoAccepted}});
    } else {
        ctx.out << tr("Scanned %1 pages: %2 detections (%3 new, %4 kept, %5 removed, %6 auto-accepted)")
                       .arg(s.pages)
                       .arg(s.found)
                       .arg(s.added)
                       .arg(s.kept)
                       .arg(s.removed)
                       .arg(s.autoAccepted)
                << Qt::endl;
    }
    return ExitOk;
}

} // namespace quarry::cli
