#include "ExportCommand.h"

#include "export/Exporter.h"
#include "export/RecordFormats.h"
#include "store/ProjectStore.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace quarry::cli {

QString ExportCommand::description() const
{
    return tr("Write approved pairs as a JSONL dataset folder (splits, dataset_info.json, README.md).");
}

void ExportCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("format"), tr("Dataset format: %1.").arg(RecordFormats::names().join(QStringLiteral(", "))),
                      QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("out"), tr("Output folder (new, empty, or an earlier export)."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("status"),
                      tr("Pair status to export (draft, review, approved, rejected; repeat or comma-separate). "
                         "Default: approved."),
                      QStringLiteral("STATUS")});
    parser.addOption({QStringLiteral("tag"), tr("Only pairs with this tag (repeat: all of them)."), QStringLiteral("TAG")});
    parser.addOption({QStringLiteral("min-rating"), tr("Only pairs rated at least N (1-5)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("document"), tr("Only pairs from this document id (repeatable)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("split"), tr("Train,validation[,test] ratios. Default: 0.9,0.1."), QStringLiteral("RATIOS")});
    parser.addOption({QStringLiteral("seed"), tr("Seed of the split shuffle. Default: 42."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("no-group"), tr("Split pairs one by one instead of by source document.")});
    parser.addOption({QStringLiteral("stratify"), tr("Balance each pair's first tag across the splits.")});
    parser.addOption({QStringLiteral("system-prompt"), tr("One system prompt for every pair."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("no-system"), tr("Write no system prompt.")});
    parser.addOption({QStringLiteral("dedup-threshold"),
                      tr("Also drop near duplicates at or above this similarity (0-1)."), QStringLiteral("X")});
    parser.addOption({QStringLiteral("no-dedup"), tr("Keep exact duplicates.")});
    parser.addOption({QStringLiteral("metadata"),
                      tr("Extra fields per record: comma list of tags, status, source, id."), QStringLiteral("FIELDS")});
    parser.addOption({QStringLiteral("allow-pending-pii"),
                      tr("Export although pending redaction detections touch exported pairs (recorded in the card "
                         "and the audit log).")});
    parser.addOption({QStringLiteral("json"), tr("Print the report as one JSON object.")});
}

QList<std::tuple<QString, QString, QString>> ExportCommand::positionals() const
{
    return {{QStringLiteral("PROJECT"), tr("The project file."), QStringLiteral("PROJECT")}};
}

ProjectCommand::Access ExportCommand::access(const QCommandLineParser&) const
{
    return Access::ReadWrite;
}

int ExportCommand::executeWithProject(const QCommandLineParser& parser, CommandContext& ctx)
{
    ExportOptions o;
    o.format = parser.value(QStringLiteral("format"));
    o.outDir = parser.value(QStringLiteral("out"));
    if (o.format.isEmpty() || o.outDir.isEmpty())
        return error(ctx, tr("export: --format and --out are required"));
    if (!RecordFormats::find(o.format))
        return error(ctx, tr("export: unknown format \"%1\" (expected %2)")
                              .arg(o.format, RecordFormats::names().join(QStringLiteral(", "))));
    if (parser.isSet(QStringLiteral("status"))) {
        o.statuses.clear();
        for (const QString& v : parser.values(QStringLiteral("status")))
            for (const QString& s : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const auto st = pairStatusFromString(s.trimmed());
                if (!st)
                    return error(ctx, tr("export: unknown status \"%1\"").arg(s));
                o.statuses << *st;
            }
    }
    o.tags = parser.values(QStringLiteral("tag"));
    bool ok = true;
    if (parser.isSet(QStringLiteral("min-rating"))) {
        o.minRating = parser.value(QStringLiteral("min-rating")).toInt(&ok);
        if (!ok || *o.minRating < 1 || *o.minRating > 5)
            return error(ctx, tr("export: --min-rating must be 1 to 5"));
    }
    for (const QString& d : parser.values(QStringLiteral("document"))) {
        o.documentIds << d.toLongLong(&ok);
        if (!ok)
            return error(ctx, tr("export: --document takes a document id"));
    }
    if (parser.isSet(QStringLiteral("split"))) {
        o.splitRatios.clear();
        for (const QString& r : parser.value(QStringLiteral("split")).split(QLatin1Char(','))) {
            o.splitRatios << r.trimmed().toDouble(&ok);
            if (!ok || o.splitRatios.last() < 0)
                return error(ctx, tr("export: --split takes one to three non-negative numbers, e.g. 0.8,0.1,0.1"));
        }
        if (o.splitRatios.size() > 3)
            return error(ctx, tr("export: --split takes one to three non-negative numbers, e.g. 0.8,0.1,0.1"));
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        o.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return error(ctx, tr("export: --seed takes a non-negative integer"));
    }
    o.groupByDocument = !parser.isSet(QStringLiteral("no-group"));
    o.stratifyByTag = parser.isSet(QStringLiteral("stratify"));
    if (parser.isSet(QStringLiteral("system-prompt")) && parser.isSet(QStringLiteral("no-system")))
        return error(ctx, tr("export: --system-prompt and --no-system exclude each other"));
    if (parser.isSet(QStringLiteral("system-prompt"))) {
        o.systemPromptMode = ExportOptions::SystemPrompt::ProjectDefault;
        o.systemPrompt = parser.value(QStringLiteral("system-prompt"));
    } else if (parser.isSet(QStringLiteral("no-system"))) {
        o.systemPromptMode = ExportOptions::SystemPrompt::None;
    }
    if (parser.isSet(QStringLiteral("dedup-threshold"))) {
        const double t = parser.value(QStringLiteral("dedup-threshold")).toDouble(&ok);
        if (!ok || t <= 0 || t > 1)
            return error(ctx, tr("export: --dedup-threshold must be above 0 and at most 1"));
        o.nearDuplicateThreshold = t;
    }
    o.dedupExact = !parser.isSet(QStringLiteral("no-dedup"));
    for (const QString& f : parser.value(QStringLiteral("metadata")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString field = f.trimmed();
        if (field == QLatin1String("tags"))
            o.record.includeTags = true;
        else if (field == QLatin1String("status"))
            o.record.includeStatus = true;
        else if (field == QLatin1String("source"))
            o.record.includeSources = true;
        else if (field == QLatin1String("id"))
            o.record.includePairId = true;
        else
            return error(ctx, tr("export: unknown metadata field \"%1\" (tags, status, source, id)").arg(field));
    }
    o.allowPendingPii = parser.isSet(QStringLiteral("allow-pending-pii"));
    const bool json = parser.isSet(QStringLiteral("json"));

    ProjectStore* store = &project();
    Exporter exporter(*store, o);
    try {
        const ExportReport& r = exporter.run();
        if (json) {
            writeJson(ctx, r.toJson());
            return ExitOk;
        }
        ctx.out << tr("Exported %1 of %2 pairs to %3 (%4).").arg(r.written).arg(r.selected).arg(r.outDir, r.format)
                << "\n";
        for (qsizetype i = 0; i < r.splitNames.size(); ++i)
            ctx.out << "  " << r.splitNames[i].leftJustified(11) << " " << r.splitCounts[i] << "\n";
        if (!r.duplicates.isEmpty())
            ctx.out << tr("Dropped %1 duplicate(s); see export_report.json.").arg(r.duplicates.size()) << "\n";
        for (const auto& d : r.invalid)
            ctx.out << tr("Pair %1 not written: %2").arg(d.pairId).arg(d.reason) << "\n";
        if (r.piiOverride)
            ctx.out << tr("Warning: exported with the pending-PII override (%1 pairs).").arg(r.pendingPii.size())
                    << "\n";
        ctx.out.flush();
        return ExitOk;
    } catch (const Error& e) {
        if (json) {
            QJsonObject report = exporter.report().toJson();
            report.insert(QStringLiteral("error"), e.message());
            writeJson(ctx, report);
        }
        const bool usage = e.kind() == Error::Kind::BadInput || e.kind() == Error::Kind::NotFound ||
                           e.kind() == Error::Kind::InUse;
        return error(ctx, e.message(), usage ? ExitUsage : ExitFailed);
    }
}

} // namespace quarry::cli
