#pragma once

#include "export/Deduplicator.h"
#include "export/ExportOptions.h"
#include "export/FinalScan.h"
#include "util/TaskContext.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class QElapsedTimer;

namespace quarry {

class AtomicExportDir;
class Database;
class ProjectStore;
class RecordFormat;

// What an export did (or found before refusing): filled as it goes, readable after a failure.
struct ExportReport
{
    struct Dropped
    {
        qint64 pairId = 0;
        QString reason;
        qint64 duplicateOf = 0;
        double similarity = 0;
    };

    QString format;
    QString outDir;
    QStringList splitNames;
    QList<qint64> splitCounts;
    QList<qint64> splitBytes;
    qint64 selected = 0; // pairs matching the filters
    qint64 written = 0;
    QList<Dropped> duplicates;
    QList<Dropped> invalid;
    // Pending detections that touch selected pairs (pair id -> count).
    QHash<qint64, int> pendingPii;
    bool piiOverride = false;
    bool finalScanRan = false;
    qint64 finalScanCovered = 0;
    QList<FinalScan::Hit> finalScanHits;
    qint64 exportId = 0;
    QString projectSha256;
    QString at;
    double seconds = 0;

    QJsonObject toJson() const;
};

// Writes a dataset folder from a project: selects pairs, refuses on pending PII (unless overridden),
// splits, deduplicates, validates, writes JSONL + dataset_info.json + README.md atomically, runs the
// final scan and records the export (exports table and audit log). Throws Error with a message for
// the user; report() then says what was found (pending detections, final-scan hits...).
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(quarry::Exporter)
public:
    Exporter(ProjectStore& store, ExportOptions options);

    // `task` is checked once per record (a cancel throws Error::Kind::Cancelled and nothing is
    // written) and told the records done out of those selected.
    const ExportReport& run(const TaskContext& task = TaskContext::none());
    const ExportReport& report() const { return m_report; }

    // The first `count` records as they would be written (no split, dedup or guards), plus the
    // validation problems met on the way, for the dialog's live preview.
    struct Preview
    {
        QList<QByteArray> records;
        QList<ExportReport::Dropped> invalid;
        // Pairs matching the filters, counted up to kPreviewCountLimit (then matchingCapped is set),
        // so that a preview of a huge project stays quick.
        qint64 matching = 0;
        bool matchingCapped = false;
    };
    static Preview preview(ProjectStore& store, const ExportOptions& options, int count);
    static constexpr qint64 kPreviewCountLimit = 20000;

    // The options as recorded in the exports table, the audit log and the card.
    static QJsonObject optionsToJson(const ExportOptions& options);
    // The options of the project's last export (read back from the exports table; keys missing
    // there keep their defaults), or nullopt when nothing was exported yet.
    static std::optional<ExportOptions> lastUsedOptions(Database& db);

private:
    struct Plan;   // which pairs go out and where
    struct Output; // what pass 2 writes into

    // The steps of run(), in order.
    const RecordFormat* checkOptions();
    Plan selectPairs();
    void guardPendingPii(const Plan& plan);
    void writeRecords(const RecordFormat& format, const Plan& plan, Output& output);
    // Validates, deduplicates and writes one record; false when it was dropped.
    bool writeRecord(const RecordFormat& format, const ExportRecord& pair, int split,
                     const Deduplicator::Key* key, Deduplicator& dedup, Output& output);
    void checkFinalScan(const FinalScan* scan);
    void writeMetadata(const RecordFormat& format, AtomicExportDir& dir, const Output& output,
                       const QElapsedTimer& timer);
    void recordExport(const RecordFormat& format);
    void throwIfCancelled() const;

    ExportOptions m_options;
    ProjectStore& m_store;
    ExportReport m_report;
    const TaskContext* m_task = &TaskContext::none(); // the running export's, during run()
};

} // namespace quarry
