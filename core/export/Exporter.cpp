#include "export/Exporter.h"

#include "Version.h"
#include "export/AtomicExportDir.h"
#include "export/BoundedQueue.h"
#include "export/DatasetCard.h"
#include "export/DatasetSplitter.h"
#include "export/Deduplicator.h"
#include "export/ExportRecord.h"
#include "export/PairStream.h"
#include "export/PendingPiiGuard.h"
#include "export/RecordFormats.h"
#include "export/Sha256.h"
#include "store/ProjectStore.h"
#include "store/Transaction.h"
#include "util/Clock.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <algorithm>
#include <future>
#include <thread>

namespace quarry {

namespace {

// Conditions PairStream does not apply in SQL (tags all-of, rating, documents), as in PairFilter.
bool matchesFilter(const ExportRecord& pair, const ExportOptions& o)
{
    if (o.minRating && (!pair.rating || *pair.rating < *o.minRating))
        return false;
    for (const QString& tag : o.tags) {
        bool found = false;
        for (const QString& t : pair.tags)
            if (t.compare(tag, Qt::CaseInsensitive) == 0) {
                found = true;
                break;
            }
        if (!found)
            return false;
    }
    if (!o.documentIds.isEmpty()) {
        bool found = false;
        for (const PairSource& s : pair.sources)
            if (s.documentId && o.documentIds.contains(*s.documentId)) {
                found = true;
                break;
            }
        if (!found)
            return false;
    }
    return true;
}

// UTF-8, as the records hold it; one QByteArray that every record given it shares.
QByteArray projectDefaultPrompt(ProjectStore& store, const ExportOptions& o)
{
    if (!o.systemPrompt.isEmpty())
        return o.systemPrompt.toUtf8();
    return store.setting(QStringLiteral("system_prompt")).toString().toUtf8();
}

// Resolves the per-pair / project / none choice into pair.systemPrompt.
void applySystemPrompt(ExportRecord& pair, const ExportOptions& o, const QByteArray& projectDefault)
{
    switch (o.systemPromptMode) {
    case ExportOptions::SystemPrompt::PerPair:
        if (pair.systemPrompt().isEmpty())
            pair.setSystemPrompt(projectDefault);
        break;
    case ExportOptions::SystemPrompt::ProjectDefault:
        pair.setSystemPrompt(projectDefault);
        break;
    case ExportOptions::SystemPrompt::None:
        pair.setSystemPrompt({});
        break;
    }
}

QHash<qint64, QString> documentNames(Database& db)
{
    QHash<qint64, QString> names;
    Statement st = db.prepare(QStringLiteral("SELECT id, name FROM documents"));
    while (st.step())
        names.insert(st.int64(0), st.text(1));
    return names;
}

// Documents whose page numbers are estimates (HWP, HWPX).
QSet<qint64> estimatedPageDocuments(Database& db)
{
    QSet<qint64> ids;
    Statement st = db.prepare(QStringLiteral("SELECT id FROM documents WHERE pages_estimated = 1"));
    while (st.step())
        ids.insert(st.int64(0));
    return ids;
}

// Empty when the file cannot be read or `stop` was set (the export failed or was cancelled).
QString fileSha256(const QString& path, const std::atomic<bool>& stop)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    Sha256 h;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (stop.load(std::memory_order_relaxed))
            return {};
        const qint64 n = f.read(chunk.data(), chunk.size());
        if (n < 0)
            return {};
        if (n == 0)
            break;
        h.addData(QByteArrayView(chunk.constData(), n));
    }
    return QString::fromLatin1(h.result().toHex());
}

// Stops the hashing thread when run() leaves early, so a refusal or Cancel does not wait for it.
struct StopOnExit
{
    std::atomic<bool>& flag;
    ~StopOnExit() { flag = true; }
};

} // namespace

// Which pairs go out and where: pass 1's findings and the split.
struct Exporter::Plan
{
    std::vector<qint64> ids;                             // in pair order
    std::vector<std::pair<std::uint32_t, qint64>> links; // (index in ids, document id)
    std::vector<int> strata;                             // first tag per pair, when stratifying
    std::vector<int> splitOf;                            // split per pair
};

struct Exporter::Output
{
    explicit Output(const QStringList& splitNames) : card(splitNames) {}
    QByteArray projectDefault;    // the system prompt pairs without their own get
    QHash<qint64, QString> names; // document names
    QSet<qint64> estimated;       // documents whose page numbers are estimated (HWP)
    RecordOptions record;
    std::unique_ptr<FinalScan> scan;
    DatasetCard card;
    std::vector<std::unique_ptr<AtomicExportDir::Stream>> files; // one per split
};

QJsonObject ExportReport::toJson() const
{
    QJsonObject splits;
    for (qsizetype i = 0; i < splitNames.size(); ++i)
        splits.insert(splitNames[i], QJsonObject{{QStringLiteral("records"), splitCounts.value(i)},
                                                 {QStringLiteral("bytes"), splitBytes.value(i)}});
    const auto dropped = [](const QList<Dropped>& list) {
        QJsonArray a;
        for (const Dropped& d : list) {
            QJsonObject o{{QStringLiteral("pair_id"), d.pairId}, {QStringLiteral("reason"), d.reason}};
            if (d.duplicateOf) {
                o.insert(QStringLiteral("duplicate_of"), d.duplicateOf);
                o.insert(QStringLiteral("similarity"), d.similarity);
            }
            a << o;
        }
        return a;
    };
    QJsonArray pending;
    QList<qint64> ids = pendingPii.keys();
    std::sort(ids.begin(), ids.end());
    for (qint64 id : ids)
        pending << QJsonObject{{QStringLiteral("pair_id"), id},
                               {QStringLiteral("detections"), pendingPii.value(id)}};
    QJsonArray hits;
    for (const FinalScan::Hit& h : finalScanHits)
        hits << QJsonObject{{QStringLiteral("pair_id"), h.pairId},
                            {QStringLiteral("type"), h.type},
                            {QStringLiteral("rule"), h.rule},
                            {QStringLiteral("text"), h.text}};
    return QJsonObject{{QStringLiteral("format"), format},
                       {QStringLiteral("out_dir"), outDir},
                       {QStringLiteral("export_id"), exportId},
                       {QStringLiteral("at"), at},
                       {QStringLiteral("selected"), selected},
                       {QStringLiteral("written"), written},
                       {QStringLiteral("splits"), splits},
                       {QStringLiteral("duplicates"), dropped(duplicates)},
                       {QStringLiteral("invalid"), dropped(invalid)},
                       {QStringLiteral("pending_pii"), pending},
                       {QStringLiteral("pii_override"), piiOverride},
                       {QStringLiteral("final_scan"), finalScanRan},
                       {QStringLiteral("final_scan_covered"), finalScanCovered},
                       {QStringLiteral("final_scan_hits"), hits},
                       {QStringLiteral("project_sha256"), projectSha256},
                       {QStringLiteral("seconds"), seconds}};
}

QJsonObject Exporter::optionsToJson(const ExportOptions& o)
{
    QJsonArray statuses, tags, docs, ratios;
    for (Pair::Status s : o.statuses)
        statuses << toString(s);
    for (const QString& t : o.tags)
        tags << t;
    for (qint64 d : o.documentIds)
        docs << d;
    for (double r : o.splitRatios)
        ratios << r;
    QJsonObject j{
        {QStringLiteral("format"), o.format},
        {QStringLiteral("statuses"), statuses},
        {QStringLiteral("tags"), tags},
        {QStringLiteral("documents"), docs},
        {QStringLiteral("system_prompt_mode"), ExportOptions::systemPromptModeName(o.systemPromptMode)},
        {QStringLiteral("split"), ratios},
        {QStringLiteral("seed"), QString::number(o.seed)},
        {QStringLiteral("group_by_document"), o.groupByDocument},
        {QStringLiteral("stratify_by_tag"), o.stratifyByTag},
        {QStringLiteral("dedup_exact"), o.dedupExact},
        {QStringLiteral("include_tags"), o.record.includeTags},
        {QStringLiteral("include_status"), o.record.includeStatus},
        {QStringLiteral("include_sources"), o.record.includeSources},
        {QStringLiteral("include_pair_id"), o.record.includePairId},
        {QStringLiteral("allow_pending_pii"), o.allowPendingPii},
        {QStringLiteral("final_scan"), o.finalScan}};
    if (o.minRating)
        j.insert(QStringLiteral("min_rating"), *o.minRating);
    if (o.nearDuplicateThreshold)
        j.insert(QStringLiteral("near_duplicate_threshold"), *o.nearDuplicateThreshold);
    if (!o.systemPrompt.isEmpty())
        j.insert(QStringLiteral("system_prompt"), o.systemPrompt);
    return j;
}

Exporter::Exporter(ProjectStore& store, ExportOptions options) : m_options(std::move(options)), m_store(store)
{}

Exporter::Preview Exporter::preview(ProjectStore& store, const ExportOptions& options, int count)
{
    Preview p;
    const RecordFormat* format = RecordFormats::find(options.format);
    if (!format)
        throw Error(tr("unknown format \"%1\" (expected %2)")
                        .arg(options.format, RecordFormats::names().join(QStringLiteral(", "))),
                    Error::Kind::BadInput);
    const QByteArray projectDefault = projectDefaultPrompt(store, options);
    const QHash<qint64, QString> names = documentNames(store.db());
    const QSet<qint64> estimated = estimatedPageDocuments(store.db());
    RecordOptions ro = options.record;
    ro.documentNames = &names;
    ro.estimatedPages = &estimated;
    PairStream stream(store.db(), options.statuses);
    ExportRecord pair;
    while (stream.next(pair)) {
        if (!matchesFilter(pair, options))
            continue;
        if (p.matching >= kPreviewCountLimit) {
            p.matchingCapped = true;
            break;
        }
        ++p.matching;
        if (p.records.size() >= count)
            continue;
        applySystemPrompt(pair, options, projectDefault);
        const QString why = format->validate(pair);
        if (!why.isEmpty()) {
            p.invalid << ExportReport::Dropped{pair.id, why, 0, 0};
            continue;
        }
        QByteArray line;
        format->write(pair, ro, line);
        p.records << line;
    }
    return p;
}

const ExportReport& Exporter::run(const TaskContext& task)
{
    m_task = &task;
    const auto forgetTask = qScopeGuard([this] { m_task = &TaskContext::none(); });
    QElapsedTimer timer;
    timer.start();
    const RecordFormat* format = checkOptions();

    // Fails early on an unusable output folder, before any work.
    AtomicExportDir dir(m_options.outDir);
    m_report.outDir = dir.target();
    Database& db = m_store.db();

    // The card names the project file by its SHA-256. Hashing hundreds of megabytes takes as long
    // as a large part of the export, so it runs on a second thread over the checkpointed file
    // while the pairs are read (nothing writes to the project until the export is recorded).
    if (!db.inTransaction())
        db.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    std::atomic<bool> stopHashing{false};
    std::future<QString> projectHash = std::async(
        std::launch::async, [path = m_store.path(), &stopHashing] { return fileSha256(path, stopHashing); });
    // Declared after the future: destroyed first, so the thread is told to stop before the
    // future's destructor waits for it.
    StopOnExit stopOnExit{stopHashing};

    Plan plan = selectPairs();
    guardPendingPii(plan);
    DatasetSplitter::Options so;
    so.ratios = m_options.splitRatios;
    so.seed = m_options.seed;
    so.groupByDocument = m_options.groupByDocument;
    plan.splitOf = DatasetSplitter::assign(plan.ids.size(), plan.links, plan.strata, so);
    plan.strata = {};

    // Pass 2: stream the pairs again with their turns and write each to its split.
    Output output(m_report.splitNames);
    output.projectDefault = projectDefaultPrompt(m_store, m_options);
    output.names = documentNames(db);
    output.record = m_options.record;
    output.record.documentNames = &output.names;
    output.estimated = estimatedPageDocuments(db);
    output.record.estimatedPages = &output.estimated;
    if (m_options.finalScan && FinalScan::available())
        output.scan = std::make_unique<FinalScan>(db);
    for (const QString& s : m_report.splitNames)
        output.files.push_back(dir.openStream(s + QStringLiteral(".jsonl")));
    writeRecords(*format, plan, output);
    throwIfCancelled();
    checkFinalScan(output.scan.get());
    for (std::size_t s = 0; s < output.files.size(); ++s) {
        output.files[s]->close();
        m_report.splitBytes[qsizetype(s)] = output.files[s]->bytesWritten();
    }
    m_report.projectSha256 = projectHash.get();
    writeMetadata(*format, dir, output, timer);
    throwIfCancelled();
    dir.commit();
    recordExport(*format);
    return m_report;
}

void Exporter::throwIfCancelled() const
{
    m_task->throwIfCancelled(tr("export cancelled; nothing was written"));
}

const RecordFormat* Exporter::checkOptions()
{
    const ExportOptions& o = m_options;
    const RecordFormat* format = RecordFormats::find(o.format);
    if (!format)
        throw Error(tr("unknown format \"%1\" (expected %2)")
                        .arg(o.format, RecordFormats::names().join(QStringLiteral(", "))),
                    Error::Kind::BadInput);
    if (o.splitRatios.isEmpty() || o.splitRatios.size() > 3)
        throw Error(tr("give one to three split ratios (train, validation, test)"), Error::Kind::BadInput);
    if (o.nearDuplicateThreshold && (*o.nearDuplicateThreshold <= 0 || *o.nearDuplicateThreshold > 1))
        throw Error(tr("the near-duplicate threshold must be above 0 and at most 1"), Error::Kind::BadInput);
    if (m_store.isReadOnly())
        throw Error(
            tr("project %1 is open read-only; an export is recorded in the project").arg(m_store.path()),
            Error::Kind::ReadOnly);
    m_report = ExportReport{};
    m_report.format = format->name();
    m_report.splitNames = ExportOptions::splitNames(o.splitRatios.size());
    m_report.splitCounts = QList<qint64>(m_report.splitNames.size(), 0);
    m_report.splitBytes = QList<qint64>(m_report.splitNames.size(), 0);
    return format;
}

Exporter::Plan Exporter::selectPairs()
{
    const ExportOptions& o = m_options;
    Database& db = m_store.db();
    Plan plan;
    std::vector<qint64>& ids = plan.ids;
    std::vector<std::pair<std::uint32_t, qint64>>& links = plan.links;
    std::vector<int>& strata = plan.strata;
    // Pass 1: which pairs, and what the split needs to know about them (documents, first tag).
    QMap<QString, int> tagIndex;
    {
        // Only what the filters and the split need: without a rating filter the pair ids come from
        // the status index alone.
        PairStream::Parts parts;
        parts.turns = false;
        parts.tags = o.stratifyByTag || !o.tags.isEmpty();
        parts.text = false;
        parts.details = o.minRating.has_value();
        PairStream stream(db, o.statuses, parts);
        ExportRecord pair;
        QStringList firstTags;
        while (stream.next(pair)) {
            if (!matchesFilter(pair, o))
                continue;
            const auto item = std::uint32_t(ids.size());
            ids.push_back(pair.id);
            for (const PairSource& s : pair.sources)
                if (s.documentId)
                    links.emplace_back(item, *s.documentId);
            if (o.stratifyByTag)
                firstTags << (pair.tags.isEmpty() ? QString() : pair.tags.first());
            if ((ids.size() & 0x3ff) == 0)
                throwIfCancelled();
        }
        if (o.stratifyByTag) {
            for (const QString& t : firstTags)
                if (!t.isEmpty())
                    tagIndex.insert(t, 0);
            int n = 0;
            for (auto it = tagIndex.begin(); it != tagIndex.end(); ++it)
                it.value() = n++;
            strata.reserve(std::size_t(firstTags.size()));
            for (const QString& t : firstTags)
                strata.push_back(t.isEmpty() ? -1 : tagIndex.value(t));
        }
    }
    m_report.selected = qint64(ids.size());
    return plan;
}

void Exporter::guardPendingPii(const Plan& plan)
{
    const ExportOptions& o = m_options;
    const std::vector<qint64>& ids = plan.ids;
    Database& db = m_store.db();
    // Guard: pending detections on the selected pairs' text or sources.
    {
        const QHash<qint64, int> pending = PendingPiiGuard::pendingByPair(db);
        for (auto it = pending.begin(); it != pending.end(); ++it)
            if (std::binary_search(ids.begin(), ids.end(), it.key()))
                m_report.pendingPii.insert(it.key(), it.value());
        if (!m_report.pendingPii.isEmpty()) {
            if (!o.allowPendingPii) {
                QList<qint64> pairIds = m_report.pendingPii.keys();
                std::sort(pairIds.begin(), pairIds.end());
                QStringList shown;
                for (qsizetype i = 0; i < pairIds.size() && i < 20; ++i)
                    shown << QString::number(pairIds[i]);
                if (pairIds.size() > 20)
                    shown << QStringLiteral("…");
                throw Error(
                    tr("refusing to export: pending redaction detections touch %1 pair(s) (ids %2); review "
                       "them first or override explicitly")
                        .arg(pairIds.size())
                        .arg(shown.join(QStringLiteral(", "))));
            }
            m_report.piiOverride = true;
        }
    }
}

void Exporter::writeRecords(const RecordFormat& format, const Plan& plan, Output& output)
{
    const ExportOptions& o = m_options;
    Database& db = m_store.db();
    const std::vector<qint64>& ids = plan.ids;
    const std::vector<std::pair<std::uint32_t, qint64>>& links = plan.links;
    const std::vector<int>& splitOf = plan.splitOf;
    Deduplicator dedup(o.dedupExact, o.nearDuplicateThreshold);
    dedup.reserve(ids.size());
    FinalScan* scan = output.scan.get();
    // Pass 2 is a pipeline, because on one thread it kept one core busy while the other idled: a
    // reader thread steps the SQLite statements and copies the pairs out, this thread validates,
    // deduplicates and writes them, and a scanner thread runs the final scan over what was
    // written (in record order, so its hits are too). Batches keep the hand-overs cheap; bounded
    // queues keep memory flat whatever the project size. Spent batches go back to the reader and
    // their records are refilled in place: freeing on one thread what another allocated made the
    // threads queue on malloc's locks. The reader is the only user of `db` until it has finished.
    struct Batch
    {
        std::vector<ExportRecord> records; // the first `count` are this batch's; the rest are spare
        std::size_t count = 0;
        std::vector<int> splits;
        std::vector<Deduplicator::Key> keys; // exact-duplicate keys, hashed by the reader
        std::vector<bool> written;
    };
    constexpr std::size_t kBatch = 256;
    BoundedQueue<Batch> readQueue(8);
    BoundedQueue<Batch> scanQueue(8);
    BoundedQueue<Batch> spentQueue(24);
    const auto recycle = [&](Batch&& batch) {
        batch.count = 0;
        batch.splits.clear();
        batch.keys.clear();
        batch.written.clear();
        spentQueue.tryPush(std::move(batch));
    };
    std::atomic<bool> stopPipeline{false};
    std::exception_ptr readError, scanError;
    std::thread reader;
    std::thread scanner;
    // On every way out (error, Cancel, success, a thread that could not be started) the other
    // stages are released and joined: the guard exists before the first thread does.
    const auto joinPipeline = qScopeGuard([&] {
        stopPipeline = true;
        readQueue.close();
        scanQueue.close();
        spentQueue.close();
        if (reader.joinable())
            reader.join();
        if (scanner.joinable())
            scanner.join();
    });
    reader = std::thread([&] {
        try {
            // The card needs each record's documents, which pass 1 read already; the sources are
            // read again only when the records carry them (document name and page).
            PairStream::Parts parts;
            parts.sources = o.record.includeSources;
            PairStream stream(db, o.statuses, parts);
            std::size_t link = 0;
            const auto fresh = [&] {
                Batch b = spentQueue.tryPop().value_or(Batch{});
                b.records.resize(kBatch);
                return b;
            };
            Batch batch = fresh();
            std::size_t cursor = 0;
            while (cursor < ids.size() && !stopPipeline.load(std::memory_order_relaxed) &&
                   stream.next(batch.records[batch.count])) {
                ExportRecord& pair = batch.records[batch.count];
                if (pair.id != ids[cursor])
                    continue; // filtered out in pass 1; the slot is read into again
                if (!parts.sources)
                    for (; link < links.size() && links[link].first == cursor; ++link) {
                        PairSource source;
                        source.documentId = links[link].second;
                        pair.sources << source;
                    }
                batch.splits.push_back(splitOf[cursor++]);
                applySystemPrompt(pair, o, output.projectDefault);
                if (dedup.exact())
                    batch.keys.push_back(Deduplicator::exactKey(pair));
                if (++batch.count == kBatch) {
                    if (!readQueue.push(std::move(batch)))
                        break;
                    batch = fresh();
                }
            }
            if (batch.count > 0)
                readQueue.push(std::move(batch));
        } catch (...) {
            readError = std::current_exception();
        }
        readQueue.close();
    });
    if (scan) {
        scanner = std::thread([&] {
            try {
                while (std::optional<Batch> batch = scanQueue.pop()) {
                    if (stopPipeline.load(std::memory_order_relaxed))
                        break;
                    for (std::size_t k = 0; k < batch->count; ++k) {
                        if (!batch->written[k])
                            continue;
                        scan->scan(batch->records[k]);
                    }
                    recycle(std::move(*batch));
                }
            } catch (...) {
                scanError = std::current_exception();
            }
            scanQueue.close();
        });
    }
    {
        const auto total = qint64(ids.size());
        qint64 done = 0;
        while (std::optional<Batch> batch = readQueue.pop()) {
            batch->written.assign(batch->count, false);
            constexpr std::size_t kAhead = 8;
            for (std::size_t k = 0; k < batch->count; ++k) {
                if (k + kAhead < batch->keys.size())
                    dedup.prefetch(batch->keys[k + kAhead]);
                const ExportRecord& pair = batch->records[k];
                const int split = batch->splits[k];
                ++done;
                throwIfCancelled();
                if ((done & 0x3ff) == 0)
                    m_task->progress(done, total);
                batch->written[k] = writeRecord(
                    format, pair, split, batch->keys.empty() ? nullptr : &batch->keys[k], dedup, output);
            }
            if (!scan)
                recycle(std::move(*batch));
            else if (!scanQueue.push(std::move(*batch)))
                break; // the scanner stopped: its error is raised below
        }
        reader.join();
        if (readError)
            std::rethrow_exception(readError);
        scanQueue.close();
        if (scanner.joinable())
            scanner.join();
        if (scanError)
            std::rethrow_exception(scanError);
        m_task->progress(total, total);
    }
}

bool Exporter::writeRecord(const RecordFormat& format, const ExportRecord& pair, int split,
                           const Deduplicator::Key* key, Deduplicator& dedup, Output& output)
{
    const QString why = format.validate(pair);
    if (!why.isEmpty()) {
        m_report.invalid << ExportReport::Dropped{pair.id, why, 0, 0};
        return false;
    }
    const Deduplicator::Verdict v = dedup.check(pair, key);
    if (!v.keep) {
        m_report.duplicates << ExportReport::Dropped{pair.id, v.reason, v.duplicateOf, v.similarity};
        return false;
    }
    AtomicExportDir::Stream& out = *output.files[std::size_t(split)];
    format.write(pair, output.record, out.buffer());
    out.maybeFlush();
    ++m_report.splitCounts[split];
    ++m_report.written;
    output.card.add(split, pair);
    return true;
}

void Exporter::checkFinalScan(const FinalScan* scan)
{
    if (!scan)
        return;
    m_report.finalScanRan = true;
    m_report.finalScanCovered = scan->coveredCount();
    m_report.finalScanHits = scan->uncovered();
    if (m_report.finalScanHits.isEmpty())
        return;
    QStringList shown;
    for (qsizetype i = 0; i < m_report.finalScanHits.size() && i < 10; ++i) {
        const auto& h = m_report.finalScanHits[i];
        shown << QStringLiteral("pair %1: %2 \"%3\"").arg(h.pairId).arg(h.type, h.text);
    }
    throw Error(tr("export stopped: the final scan found %1 undecided personal-data hit(s) (%2); review them "
                   "in the project first")
                    .arg(m_report.finalScanHits.size())
                    .arg(shown.join(QStringLiteral("; "))));
}

void Exporter::writeMetadata(const RecordFormat& format, AtomicExportDir& dir, const Output& output,
                             const QElapsedTimer& timer)
{
    Database& db = m_store.db();
    // Card, dataset_info.json, report; then the folder appears in one rename.
    m_report.at = nowUtcIso();
    QJsonObject info;
    for (const QString& s : m_report.splitNames)
        info.insert(QStringLiteral("quarry_%1").arg(s),
                    format.llamaFactoryEntry(s + QStringLiteral(".jsonl")));
    dir.writeFile(QStringLiteral("dataset_info.json"), QJsonDocument(info).toJson(QJsonDocument::Indented));

    DatasetCard::Context ctx;
    ctx.projectPath = QFileInfo(m_store.path()).fileName();
    ctx.projectSha256 = m_report.projectSha256;
    ctx.date = m_report.at;
    ctx.quarryVersion = QStringLiteral(QUARRY_VERSION);
    ctx.formatName = format.displayName();
    ctx.options = optionsToJson(m_options);
    ctx.documentNames = output.names;
    {
        Statement st = db.prepare(QStringLiteral("SELECT entity_type, status, count(*) FROM detections GROUP "
                                                 "BY entity_type, status ORDER BY 1, 2"));
        while (st.step())
            ctx.detections << DatasetCard::Context::DetectionCount{st.text(0), st.text(1), st.int64(2)};
    }
    m_report.seconds = double(timer.elapsed()) / 1000.0;
    dir.writeFile(QStringLiteral("README.md"), output.card.render(m_report, ctx));
    dir.writeFile(QStringLiteral("export_report.json"),
                  QJsonDocument(m_report.toJson()).toJson(QJsonDocument::Indented));
}

void Exporter::recordExport(const RecordFormat& format)
{
    Database& db = m_store.db();
    // Recorded only once the files are in place.
    QJsonObject counts;
    for (qsizetype i = 0; i < m_report.splitNames.size(); ++i)
        counts.insert(m_report.splitNames[i], m_report.splitCounts[i]);
    counts.insert(QStringLiteral("selected"), m_report.selected);
    counts.insert(QStringLiteral("duplicates"), m_report.duplicates.size());
    counts.insert(QStringLiteral("invalid"), m_report.invalid.size());
    const QJsonObject optionsJson = optionsToJson(m_options);
    Transaction tx(db);
    Statement ins =
        db.prepare(QStringLiteral("INSERT INTO exports (at, actor, format, out_dir, options, counts, "
                                  "pii_override) VALUES (?,?,?,?,?,?,?)"));
    ins.bindAll(m_report.at, m_store.actor(), format.name(), m_report.outDir,
                QString::fromUtf8(QJsonDocument(optionsJson).toJson(QJsonDocument::Compact)),
                QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact)),
                m_report.piiOverride ? 1 : 0);
    ins.run();
    m_report.exportId = db.lastInsertId();
    QJsonObject after{{QStringLiteral("format"), format.name()},
                      {QStringLiteral("out_dir"), m_report.outDir},
                      {QStringLiteral("options"), optionsJson},
                      {QStringLiteral("counts"), counts},
                      {QStringLiteral("pii_override"), m_report.piiOverride},
                      {QStringLiteral("project_sha256"), m_report.projectSha256}};
    if (m_report.piiOverride) {
        QJsonArray overridden;
        QList<qint64> pairIds = m_report.pendingPii.keys();
        std::sort(pairIds.begin(), pairIds.end());
        for (qint64 id : pairIds)
            overridden << id;
        after.insert(QStringLiteral("pending_pii_pairs"), overridden);
    }
    m_store.audit().record(m_store.actor(), QStringLiteral("export"), m_report.exportId,
                           m_report.piiOverride ? QStringLiteral("export_with_pii_override")
                                                : QStringLiteral("export"),
                           {}, after);
    tx.commit();
}

std::optional<ExportOptions> Exporter::lastUsedOptions(Database& db)
{
    Statement st =
        db.prepare(QStringLiteral("SELECT out_dir, options FROM exports ORDER BY id DESC LIMIT 1"));
    if (!st.step())
        return std::nullopt;
    // The same keys Exporter::optionsToJson writes; anything missing keeps its default.
    const QJsonObject j = QJsonDocument::fromJson(st.text(1).toUtf8()).object();
    ExportOptions o;
    o.outDir = st.text(0);
    o.format = j.value(QStringLiteral("format")).toString(o.format);
    if (j.contains(QStringLiteral("statuses"))) {
        o.statuses.clear();
        for (const QJsonValue& v : j.value(QStringLiteral("statuses")).toArray())
            if (const auto status = pairStatusFromString(v.toString()))
                o.statuses << *status;
    }
    for (const QJsonValue& v : j.value(QStringLiteral("tags")).toArray())
        o.tags << v.toString();
    if (j.contains(QStringLiteral("min_rating")))
        o.minRating = j.value(QStringLiteral("min_rating")).toInt();
    const QString mode = j.value(QStringLiteral("system_prompt_mode")).toString();
    if (mode == QLatin1String("project"))
        o.systemPromptMode = ExportOptions::SystemPrompt::ProjectDefault;
    else if (mode == QLatin1String("none"))
        o.systemPromptMode = ExportOptions::SystemPrompt::None;
    o.systemPrompt = j.value(QStringLiteral("system_prompt")).toString();
    const QJsonArray split = j.value(QStringLiteral("split")).toArray();
    if (split.size() >= 2) {
        o.splitRatios.clear();
        for (const QJsonValue& v : split)
            o.splitRatios << v.toDouble();
    }
    o.seed = j.value(QStringLiteral("seed")).toString(QString::number(o.seed)).toULongLong();
    o.groupByDocument = j.value(QStringLiteral("group_by_document")).toBool(o.groupByDocument);
    o.stratifyByTag = j.value(QStringLiteral("stratify_by_tag")).toBool(o.stratifyByTag);
    o.dedupExact = j.value(QStringLiteral("dedup_exact")).toBool(o.dedupExact);
    if (j.contains(QStringLiteral("near_duplicate_threshold")))
        o.nearDuplicateThreshold = j.value(QStringLiteral("near_duplicate_threshold")).toDouble();
    o.record.includeTags = j.value(QStringLiteral("include_tags")).toBool(o.record.includeTags);
    o.record.includeStatus = j.value(QStringLiteral("include_status")).toBool(o.record.includeStatus);
    o.record.includeSources = j.value(QStringLiteral("include_sources")).toBool(o.record.includeSources);
    o.record.includePairId = j.value(QStringLiteral("include_pair_id")).toBool(o.record.includePairId);
    return o;
}

} // namespace quarry
