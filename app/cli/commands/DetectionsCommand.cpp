#include "DetectionsCommand.h"

#include "redact/DetectionStore.h"
#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace quarry::cli {

QString DetectionsCommand::description() const
{
    return tr("List a project's detections with their review status.");
}

void DetectionsCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("status"),
                      tr("Only these statuses (pending, accepted, rejected, manual; comma separated)."),
                      QStringLiteral("STATUS")});
    parser.addOption(
        {QStringLiteral("type"), tr("Only this entity type (e.g. PHONE)."), QStringLiteral("TYPE")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON array.")});
}

QList<std::tuple<QString, QString, QString>> DetectionsCommand::positionals() const
{
    return {{QStringLiteral("PROJECT"), tr("The project file."), QStringLiteral("PROJECT")}};
}

int DetectionsCommand::minPositional() const
{
    return 1;
}

ProjectCommand::Access DetectionsCommand::access(const QCommandLineParser&) const
{
    return Access::ReadOnly;
}

int DetectionsCommand::executeWithProject(const QCommandLineParser& parser, CommandContext& ctx)
{
    DetectionFilter filter;
    for (const QString& s : parser.values(QStringLiteral("status")))
        for (const QString& part : s.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!DetectionStore::isValidStatus(part.trimmed()))
                return error(
                    ctx, tr("--status: unknown status '%1' (pending, accepted, rejected, manual)").arg(part));
            filter.statuses << part.trimmed();
        }
    filter.type = parser.value(QStringLiteral("type"));
    ProjectStore* store = &project();
    DetectionStore detections(*store);
    const QList<StoredDetection> rows = detections.list(filter);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const StoredDetection& d : rows)
            arr.append(QJsonObject{{QStringLiteral("id"), d.id},
                                   {QStringLiteral("page_estimated"), d.pageEstimated},
                                   {QStringLiteral("document_id"), d.documentId},
                                   {QStringLiteral("page"), d.pageNo},
                                   {QStringLiteral("start"), d.start},
                                   {QStringLiteral("end"), d.end},
                                   {QStringLiteral("type"), d.type},
                                   {QStringLiteral("rule"), d.rule},
                                   {QStringLiteral("score"), qRound(d.score * 1000) / 1000.0},
                                   {QStringLiteral("text"), d.value},
                                   {QStringLiteral("status"), d.status},
                                   {QStringLiteral("decided_by"), d.decidedBy}});
        writeJson(ctx, arr);
        return ExitOk;
    }
    for (const StoredDetection& d : rows)
        ctx.out << d.id << "\t" << d.documentId << ":" << d.pageNo << "\t" << d.start << "-" << d.end << "\t"
                << d.type << "\t" << d.status << "\t" << QString::number(d.score, 'f', 2) << "\t" << d.rule
                << "\t" << d.value << "\n";
    ctx.out << tr("%n detection(s)", nullptr, int(rows.size())) << Qt::endl;
    return ExitOk;
}

} // namespace quarry::cli
