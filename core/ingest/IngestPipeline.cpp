#include "ingest/IngestPipeline.h"

#include "formats/FormatRegistry.h"
#include "ingest/DocumentWriter.h"
#include "ingest/FileSniffer.h"
#include "ingest/OcrEngine.h"
#include "ingest/OcrLanguages.h"
#include "ingest/WorkerClient.h"
#include "store/Database.h"
#include "store/DocumentStatus.h"
#include "store/JobStatus.h"
#include "store/PageMethod.h"
#include "store/ProjectStore.h"
#include "store/Transaction.h"
#include "util/Clock.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace quarry {

namespace {

// One file on its way through the workers.
struct DocState
{
    int index = 0;
    qint64 jobId = 0;
    qint64 existingId = 0;
    DocumentRecord rec;
    DocumentInfo info;
    QString fatal; // the whole file failed (why)
    Error::Kind fatalKind = Error::Kind::Generic;
    QList<PageResult> pages;
    int remaining = 0;
    int done = 0;
};
using DocPtr = std::shared_ptr<DocState>;

struct Task
{
    DocPtr doc;
    bool open = false;
    QList<int> pages;
};

struct Event
{
    DocPtr doc;
    bool complete = false;
};

} // namespace

struct IngestPipeline::Impl
{
    IngestPipeline* q = nullptr;
    QString languages;
    int psm = OcrEngine::DefaultPageSegMode;
    QString program;

    std::mutex mutex;
    std::condition_variable taskCv;
    std::condition_variable eventCv;
    std::deque<Task> tasks;
    std::deque<Event> events;
    bool stopping = false;

    QJsonObject request(const DocState& doc, const QString& op) const
    {
        const Options& o = q->m_options;
        QJsonObject r{{QStringLiteral("op"), op},
                      {QStringLiteral("path"), doc.rec.sourcePath},
                      {QStringLiteral("kind"), toString(doc.rec.kind)},
                      {QStringLiteral("lang"), languages},
                      {QStringLiteral("psm"), psm},
                      {QStringLiteral("dpi"), o.dpi},
                      {QStringLiteral("timeout_ms"), o.pageTimeoutMs}};
        if (doc.rec.kind == DocumentKind::Pdf && !o.password.isEmpty())
            r.insert(QStringLiteral("password"), o.password);
        return r;
    }

    void complete(const DocPtr& doc)
    {
        // Called with the mutex held.
        events.push_back({doc, true});
        eventCv.notify_all();
    }

    void recordPage(const DocPtr& doc, PageResult page)
    {
        std::lock_guard<std::mutex> lock(mutex);
        const int i = page.pageNo - 1;
        if (i < 0 || i >= doc->pages.size())
            return;
        doc->pages[i] = std::move(page);
        ++doc->done;
        events.push_back({doc, false});
        if (--doc->remaining == 0)
            complete(doc);
        eventCv.notify_all();
    }

    void failDoc(const DocPtr& doc, const QString& why, Error::Kind kind = Error::Kind::Generic)
    {
        std::lock_guard<std::mutex> lock(mutex);
        doc->fatal = why;
        doc->fatalKind = kind;
        complete(doc);
    }

    void doOpen(WorkerClient& client, const DocPtr& doc)
    {
        const Options& o = q->m_options;
        try {
            client.ensureRunning();
        } catch (const Error& e) {
            failDoc(doc, e.message(), e.kind());
            return;
        }
        client.send(request(*doc, QStringLiteral("open")));
        QJsonObject reply;
        switch (client.next(&reply, o.pageTimeoutMs, &q->m_cancel)) {
        case WorkerClient::Status::Cancelled:
            client.stop();
            return;
        case WorkerClient::Status::Timeout:
            client.stop();
            failDoc(doc, tr("opening the file took longer than %1 s; the worker was stopped")
                             .arg(o.pageTimeoutMs / 1000));
            return;
        case WorkerClient::Status::Crashed:
            failDoc(doc, tr("the worker crashed while opening the file: %1").arg(client.reason()));
            client.stop();
            return;
        case WorkerClient::Status::Ok:
            break;
        }
        if (reply.value(QStringLiteral("type")).toString() != QLatin1String("opened")) {
            failDoc(doc,
                    reply.value(QStringLiteral("message")).toString(tr("the worker could not open the file")),
                    Error::kindFromName(reply.value(QStringLiteral("error_kind")).toString()));
            return;
        }
        const DocumentInfo info = DocumentInfo::fromJson(reply);
        std::lock_guard<std::mutex> lock(mutex);
        doc->info = info;
        if (info.flowing) {
            for (qsizetype i = 0; i < info.flowingPages.size(); ++i) {
                PageResult p;
                p.pageNo = int(i + 1);
                p.method = toString(PageMethod::Text);
                p.text = info.flowingPages[i];
                if (i < info.flowingPageWarnings.size())
                    p.warnings = info.flowingPageWarnings[i];
                doc->pages.append(p);
            }
            complete(doc);
            return;
        }
        if (info.pageCount <= 0) {
            doc->fatal = tr("the file has no pages");
            complete(doc);
            return;
        }
        doc->pages.resize(info.pageCount);
        for (int i = 0; i < info.pageCount; ++i)
            doc->pages[i].pageNo = i + 1;
        doc->remaining = info.pageCount;
        // Chunks small enough that both workers get a share of one document and finish it together
        // (at most 8 pages, ~15 ms of text-layer parsing, can be left for one worker at the end), large
        // enough that a text-layer page does not pay a round trip of its own.
        const int workers = qMax(1, q->m_options.workers);
        const int chunk = qBound(1, (info.pageCount + workers * 4 - 1) / (workers * 4), 8);
        for (int first = 1; first <= info.pageCount; first += chunk) {
            Task t;
            t.doc = doc;
            for (int p = first; p < first + chunk && p <= info.pageCount; ++p)
                t.pages << p;
            tasks.push_back(std::move(t));
        }
        taskCv.notify_all();
    }

    void doPages(WorkerClient& client, const DocPtr& doc, QList<int> left)
    {
        const Options& o = q->m_options;
        auto failPage = [&](int pageNo, const QString& why) {
            PageResult r;
            r.pageNo = pageNo;
            r.error = why;
            recordPage(doc, r);
        };
        while (!left.isEmpty()) {
            try {
                client.ensureRunning();
            } catch (const Error& e) {
                for (int p : left)
                    failPage(p, e.message());
                return;
            }
            QJsonObject req = request(*doc, QStringLiteral("pages"));
            QJsonArray pages;
            for (int p : left)
                pages.append(p);
            req.insert(QStringLiteral("pages"), pages);
            client.send(req);
            for (;;) {
                QJsonObject reply;
                // The limit is per page: it restarts with every page that comes back.
                const WorkerClient::Status st = client.next(&reply, o.pageTimeoutMs, &q->m_cancel);
                if (st == WorkerClient::Status::Cancelled) {
                    client.stop();
                    return;
                }
                if (st == WorkerClient::Status::Timeout) {
                    client.stop();
                    const int page = left.takeFirst();
                    failPage(page, tr("page %1: no result within %2 s; the worker was stopped")
                                       .arg(page)
                                       .arg(o.pageTimeoutMs / 1000));
                    break;
                }
                if (st == WorkerClient::Status::Crashed) {
                    const QString why = client.reason();
                    client.stop();
                    failPage(left.first(), tr("page %1: %2").arg(left.first()).arg(why));
                    left.removeFirst();
                    break;
                }
                const QString type = reply.value(QStringLiteral("type")).toString();
                if (type == QLatin1String("page")) {
                    PageResult r = PageResult::fromJson(reply);
                    if (left.removeOne(r.pageNo))
                        recordPage(doc, std::move(r));
                } else if (type == QLatin1String("done")) {
                    for (int p : left)
                        failPage(p, tr("page %1: the worker gave no result").arg(p));
                    return;
                } else {
                    const QString why = reply.value(QStringLiteral("message")).toString();
                    for (int p : left)
                        failPage(p, why);
                    return;
                }
            }
        }
    }

    void slotLoop()
    {
        WorkerClient client(program);
        client.setMemoryLimitMb(q->m_options.workerMemoryMb);
        // Start the worker now, while the pipeline reads and hashes the first files: loading Qt,
        // Poppler and Tesseract takes tens of milliseconds, and a slot that started its worker
        // only when a document's pages were handed out left that core idle at the start of
        // every batch (for a one-document batch, the second worker joined late).
        try {
            client.ensureRunning();
        } catch (const Error&) {
            // Reported for the first file this slot takes (ensureRunning() is called again there).
        }
        for (;;) {
            Task t;
            {
                std::unique_lock<std::mutex> lock(mutex);
                taskCv.wait(lock, [&] { return stopping || !tasks.empty(); });
                if (stopping || q->m_cancel.load())
                    break;
                t = std::move(tasks.front());
                tasks.pop_front();
            }
            if (t.open)
                doOpen(client, t.doc);
            else
                doPages(client, t.doc, t.pages);
        }
        if (q->m_cancel.load())
            client.stop();
        else
            client.quit();
    }
};

IngestPipeline::IngestPipeline(ProjectStore& store, Options options, QObject* parent)
    : QObject(parent), d(std::make_unique<Impl>()), m_store(store), m_options(std::move(options)),
      m_actor(store.actor())
{
    qRegisterMetaType<quarry::IngestFileResult>();
    qRegisterMetaType<quarry::IngestSummary>();
    d->q = this;
    d->languages = m_options.ocrLanguages;
    if (d->languages.isEmpty())
        d->languages =
            store.setting(QStringLiteral("ocr.languages"), OcrLanguages::defaultLanguages()).toString();
    if (d->languages.isEmpty())
        d->languages = OcrLanguages::defaultLanguages();
    d->psm = m_options.pageSegMode >= -1
                 ? m_options.pageSegMode
                 : store.setting(QStringLiteral("ocr.psm"), OcrEngine::DefaultPageSegMode)
                       .toInt(OcrEngine::DefaultPageSegMode);
    if (m_options.workerMemoryMb < 0) {
        const QJsonValue v = store.setting(QStringLiteral("ingest.worker_memory_mb"));
        m_options.workerMemoryMb = v.isDouble() ? qint64(v.toDouble()) : WorkerClient::DefaultMemoryLimitMb;
    }
    if (m_options.workerMemoryMb < 0)
        m_options.workerMemoryMb = WorkerClient::DefaultMemoryLimitMb;
    if (m_options.workers <= 0)
        m_options.workers = qMax(1, QThread::idealThreadCount());
    d->program = m_options.workerProgram.isEmpty() ? WorkerClient::locate() : m_options.workerProgram;
}

IngestPipeline::IngestPipeline(ProjectStore& store, QObject* parent)
    : IngestPipeline(store, Options(), parent)
{}

IngestPipeline::~IngestPipeline() = default;

void IngestPipeline::cancel()
{
    m_cancel = true;
    std::lock_guard<std::mutex> lock(d->mutex);
    d->taskCv.notify_all();
    d->eventCv.notify_all();
}

QStringList IngestPipeline::expandPaths(const QStringList& paths) const
{
    const QString project = QFileInfo(m_store.path()).absoluteFilePath();
    const QStringList own{project, project + QStringLiteral("-wal"), project + QStringLiteral("-shm"),
                          project + QStringLiteral("-journal"), project + QStringLiteral(".lock")};
    QStringList out;
    for (const QString& p : paths) {
        const QFileInfo fi(p);
        if (fi.isDir()) {
            QStringList found;
            QDirIterator it(fi.absoluteFilePath(), QDir::Files | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString f = it.next();
                const QString rel = QDir(fi.absoluteFilePath()).relativeFilePath(f);
                // Hidden files and folders (.git, editor backups) are not documents.
                bool hidden = false;
                for (const QString& part : rel.split(QLatin1Char('/')))
                    hidden = hidden || part.startsWith(QLatin1Char('.'));
                if (!hidden && !own.contains(f))
                    found << f;
            }
            found.sort();
            out += found;
        } else {
            const QString abs = fi.absoluteFilePath();
            if (!own.contains(abs))
                out << abs;
        }
    }
    out.removeDuplicates();
    return out;
}

QString IngestFileResult::statusText() const
{
    return skipped ? toString(JobStatus::Skipped) : toString(status);
}

namespace {

// The worker slots of one run: started after the guard exists, and on every way out (a normal
// end, a cancel, an exception) told to stop and joined before the run's state goes.
class SlotPool
{
public:
    SlotPool(std::mutex& mutex, std::condition_variable& taskCv, bool& stopping)
        : m_mutex(mutex), m_taskCv(taskCv), m_stopping(stopping)
    {}
    ~SlotPool() { stop(); }
    SlotPool(const SlotPool&) = delete;
    SlotPool& operator=(const SlotPool&) = delete;

    void start(int count, const std::function<void()>& loop)
    {
        for (int i = 0; i < count; ++i)
            m_threads.emplace_back(loop);
    }
    void stop()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stopping = true;
            m_taskCv.notify_all();
        }
        m_threads.clear(); // std::jthread joins
    }

private:
    std::mutex& m_mutex;
    std::condition_variable& m_taskCv;
    bool& m_stopping;
    std::vector<std::jthread> m_threads;
};

} // namespace

// The state of one run() and its steps, on the thread that called run().
struct IngestPipeline::Batch
{
    IngestPipeline* q;
    const TaskContext& task;
    std::unique_ptr<Database> db;
    std::optional<DocumentWriter> writer;
    FormatRegistry formats;
    IngestSummary summary;
    QStringList files;
    std::vector<qint64> jobIds;
    QHash<QString, QString> batchHashes; // sha256 -> first path with those bytes in this run
    int finished = 0;

    Batch(IngestPipeline* pipeline, const TaskContext& context) : q(pipeline), task(context) {}

    // Step 1. Work items: jobs left queued or running by an earlier run are resumed (those named
    // again keep their row), the others are new.
    void queue(const QStringList& paths)
    {
        files = q->expandPaths(paths);
        std::map<QString, qint64> pending;
        Statement st = db->prepare(
            QStringLiteral("SELECT id, path FROM ingest_jobs WHERE status IN (?, ?) ORDER BY id"));
        st.bindAll(toString(JobStatus::Queued), toString(JobStatus::Running));
        while (st.step())
            pending.emplace(st.text(1), st.int64(0));
        const QString now = nowUtcIso();
        const QString options =
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("ocr_languages"), q->d->languages},
                                                        {QStringLiteral("replace"), q->m_options.replace}})
                                  .toJson(QJsonDocument::Compact));
        Transaction tx(*db);
        Statement insert = db->prepare(QStringLiteral("INSERT INTO ingest_jobs (path, status, options, "
                                                      "created_at, updated_at) VALUES (?, ?, ?, ?, ?)"));
        for (const QString& f : files) {
            const auto it = pending.find(f);
            if (it != pending.end()) {
                jobIds.push_back(it->second);
                pending.erase(it);
                continue;
            }
            insert.reset();
            insert.bindAll(f, toString(JobStatus::Queued), options, now, now);
            insert.run();
            jobIds.push_back(db->lastInsertId());
        }
        for (const auto& [path, id] : pending) {
            files << path;
            jobIds.push_back(id);
        }
        tx.commit();
        summary.files = int(files.size());
        emit q->batchStarted(summary.files);
        task.progress(0, summary.files);
    }

    void setJob(qint64 jobId, JobStatus status, const QString& error, qint64 documentId)
    {
        Statement st = db->prepare(QStringLiteral(
            "UPDATE ingest_jobs SET status = ?, error = ?, document_id = ?, updated_at = ? WHERE id = ?"));
        st.bindAll(toString(status),
                   error.isEmpty() ? std::optional<QString>() : std::optional<QString>(error), qint64(0),
                   nowUtcIso(), jobId);
        // Bound apart: std::optional<qint64> through bindAll trips -Wmaybe-uninitialized at -O3.
        documentId > 0 ? st.bind(3, documentId) : st.bindNull(3);
        Transaction tx(*db);
        st.run();
        tx.commit();
    }

    void count(const IngestFileResult& r)
    {
        if (r.skipped) {
            ++summary.skipped;
        } else {
            switch (r.status) {
            case DocumentStatus::Ok:
                ++summary.ok;
                break;
            case DocumentStatus::Ocr:
                ++summary.ocr;
                break;
            case DocumentStatus::Warnings:
                ++summary.warnings;
                break;
            case DocumentStatus::Unsupported:
                ++summary.unsupported;
                break;
            case DocumentStatus::Pending:
            case DocumentStatus::Failed:
                ++summary.failed;
                break;
            }
        }
        summary.pages += r.pages;
        emit q->fileFinished(r);
        task.progress(++finished, summary.files, QFileInfo(r.path).fileName());
    }

    IngestFileResult settledHere(int index, const QString& path)
    {
        IngestFileResult r;
        r.index = index;
        r.path = path;
        return r;
    }

    // Step 4a. What a file became, from the worker's pages (sets rec.status unless the file was
    // settled before reaching the workers).
    void decide(DocState& doc) const
    {
        DocumentRecord& rec = doc.rec;
        // A kind the sniffer could not settle from the first bytes is the one the worker's reader found.
        if (rec.kind == DocumentKind::Unknown && doc.fatal.isEmpty())
            rec.kind = documentKindFromString(doc.info.kind).value_or(DocumentKind::Unknown);
        if (rec.status)
            return;
        if (!doc.fatal.isEmpty()) {
            rec.status = DocumentStatus::Failed;
            rec.error = doc.fatal;
            rec.pages.clear();
            return;
        }
        const DocumentInfo& info = doc.info;
        rec.mime = info.mime.isEmpty() ? rec.mime : info.mime;
        rec.encoding = info.encoding;
        rec.title = info.title;
        rec.author = info.author;
        rec.created = info.created;
        rec.modified = info.modified;
        rec.warnings = info.warnings;
        rec.pages = doc.pages;
        rec.pagesEstimated = info.pagesEstimated;
        int failedPages = 0;
        bool ocr = false;
        bool pageWarnings = false;
        QStringList errors;
        for (const PageResult& p : rec.pages) {
            if (p.failed()) {
                ++failedPages;
                if (errors.size() < 5)
                    errors << p.error;
            }
            ocr = ocr || pageMethodFromString(p.method) == PageMethod::Ocr;
            pageWarnings = pageWarnings || !p.warnings.isEmpty();
        }
        if (ocr)
            rec.ocrLanguages = q->d->languages;
        if (!rec.pages.isEmpty() && failedPages == rec.pages.size()) {
            rec.status = DocumentStatus::Failed;
            rec.error = errors.join(QStringLiteral("; "));
        } else if (failedPages > 0) {
            rec.status = DocumentStatus::Warnings;
            rec.error = tr("%1 of %2 pages failed: %3")
                            .arg(failedPages)
                            .arg(rec.pages.size())
                            .arg(errors.join(QStringLiteral("; ")));
        } else if (!rec.warnings.isEmpty() || pageWarnings) {
            rec.status = DocumentStatus::Warnings;
        } else {
            rec.status = ocr ? DocumentStatus::Ocr : DocumentStatus::Ok;
        }
    }

    // Step 4b. Stores a document and reports it.
    void record(DocState& doc)
    {
        decide(doc);
        const DocumentRecord& rec = doc.rec;
        IngestFileResult res = settledHere(doc.index, rec.sourcePath);
        res.kind = rec.kind;
        res.replaced = doc.existingId > 0;
        res.status = rec.status.value_or(DocumentStatus::Failed);
        res.error = rec.error;
        if (!doc.fatal.isEmpty())
            res.errorKind = doc.fatalKind;
        res.pages = int(rec.pages.size());
        try {
            res.documentId = writer->write(rec, doc.existingId, doc.jobId);
        } catch (const Error& e) {
            res.status = DocumentStatus::Failed;
            res.error = tr("%1 could not be stored: %2").arg(rec.name, e.message());
            res.errorKind = e.kind();
            res.documentId = 0;
            try {
                setJob(doc.jobId, JobStatus::Failed, res.error, 0);
            } catch (const Error&) {
            }
        }
        count(res);
    }

    // Step 2. Reads, hashes and sniffs a file. Returns the document to send to the workers, or
    // null when it was settled here (duplicate, unreadable, unsupported, empty, too large).
    DocPtr prepare(int index)
    {
        const Options& options = q->m_options;
        const QString path = files[index];
        const qint64 jobId = jobIds[size_t(index)];
        emit q->fileStarted(index, path);
        auto doc = std::make_shared<DocState>();
        doc->index = index;
        doc->jobId = jobId;
        DocumentRecord& rec = doc->rec;
        rec.sourcePath = path;
        rec.name = QFileInfo(path).fileName();
        setJob(jobId, JobStatus::Running, {}, 0);

        auto unreadable = [&](const QString& why) {
            setJob(jobId, JobStatus::Failed, why, 0);
            IngestFileResult r = settledHere(index, path);
            r.error = why;
            count(r);
            return DocPtr();
        };
        QFile f(path);
        if (!QFileInfo(path).isFile())
            return unreadable(tr("%1: no such file").arg(path));
        if (!f.open(QIODevice::ReadOnly))
            return unreadable(tr("%1 cannot be read: %2").arg(path, f.errorString()));
        rec.sizeBytes = f.size();
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QByteArray head;
        if (rec.sizeBytes > options.maxFileBytes) {
            head = f.peek(4096);
            if (!hash.addData(&f))
                return unreadable(tr("%1 cannot be read: %2").arg(path, f.errorString()));
        } else {
            const QByteArray bytes = f.readAll();
            if (bytes.size() != rec.sizeBytes)
                return unreadable(tr("%1 cannot be read: %2").arg(path, f.errorString()));
            hash.addData(bytes);
            head = bytes.left(4096);
            rec.bytes = bytes;
        }
        rec.sha256 = QString::fromLatin1(hash.result().toHex());

        {
            Statement st =
                db->prepare(QStringLiteral("SELECT id, status, page_count FROM documents WHERE sha256 = ?"));
            st.bind(1, rec.sha256);
            if (st.step()) {
                const qint64 id = st.int64(0);
                const std::optional<DocumentStatus> status = documentStatusFromString(st.text(1));
                // Failed documents are retried (a password may have been given this time).
                const bool settled = status != DocumentStatus::Failed && status != DocumentStatus::Pending;
                if (settled && !options.replace) {
                    setJob(jobId, JobStatus::Skipped, tr("already in the project (same bytes)"), id);
                    IngestFileResult r = settledHere(index, path);
                    r.documentId = id;
                    r.skipped = true;
                    r.error = tr("already in the project as document %1").arg(id);
                    count(r);
                    return {};
                }
                doc->existingId = id;
            }
        }

        // The same bytes twice in one batch: the second waits for nothing, it is a duplicate.
        if (const auto it = batchHashes.constFind(rec.sha256);
            it != batchHashes.constEnd() && !options.replace) {
            setJob(jobId, JobStatus::Skipped, tr("same bytes as %1").arg(*it), 0);
            IngestFileResult r = settledHere(index, path);
            r.skipped = true;
            r.error = tr("same bytes as %1 in this batch").arg(*it);
            count(r);
            return {};
        }
        batchHashes.insert(rec.sha256, path);

        const FileSniff sniff = FileSniffer::sniff(rec.name, head, formats);
        rec.kind = sniff.kind;
        if (rec.sizeBytes == 0) {
            rec.status = DocumentStatus::Failed;
            rec.error = tr("the file is empty");
        } else if (rec.sizeBytes > options.maxFileBytes) {
            rec.status = DocumentStatus::Failed;
            rec.error = tr("the file is too large (%1 MB; the limit is %2 MB)")
                            .arg(rec.sizeBytes / (1024 * 1024))
                            .arg(options.maxFileBytes / (1024 * 1024));
        } else if (sniff.corrupt) {
            rec.status = DocumentStatus::Failed;
            rec.error = sniff.problem;
        } else if (!sniff.supported) {
            rec.status = DocumentStatus::Unsupported;
            rec.error = sniff.problem;
        }
        if (rec.status) {
            record(*doc);
            return {};
        }
        return doc;
    }

    // Step 3. Feeds prepared files to the worker slots (a window of two per slot, so a slot never
    // waits for the next file to be hashed) and records each one as its last page comes back.
    void pump()
    {
        Impl& d = *q->d;
        const std::atomic<bool>& cancelled = q->m_cancel;
        const int window = q->m_options.workers * 2;
        int next = 0;
        int inFlight = 0;
        while (!cancelled.load()) {
            while (inFlight < window && next < files.size() && !cancelled.load()) {
                const DocPtr doc = prepare(next++);
                if (!doc)
                    continue;
                std::lock_guard<std::mutex> lock(d.mutex);
                d.tasks.push_back({doc, true, {}});
                d.taskCv.notify_all();
                ++inFlight;
            }
            if (inFlight == 0 && next >= files.size())
                break;
            std::deque<Event> events;
            {
                std::unique_lock<std::mutex> lock(d.mutex);
                d.eventCv.wait_for(lock, std::chrono::milliseconds(100),
                                   [&] { return !d.events.empty() || cancelled.load(); });
                events.swap(d.events);
            }
            for (const Event& e : events) {
                if (e.complete) {
                    record(*e.doc);
                    --inFlight;
                    continue;
                }
                int done = 0;
                int total = 0;
                {
                    std::lock_guard<std::mutex> lock(d.mutex);
                    done = e.doc->done;
                    total = int(e.doc->pages.size());
                }
                emit q->pageProgress(e.doc->index, e.doc->rec.sourcePath, done, total);
                task.progress(finished, summary.files,
                              tr("%1, page %2 of %3").arg(e.doc->rec.name).arg(done).arg(total));
            }
        }
    }

    // Unfinished files go back to the queue: the next run picks them up.
    void requeueUnfinished()
    {
        Transaction tx(*db);
        Statement st = db->prepare(QStringLiteral("UPDATE ingest_jobs SET status = ? WHERE status = ?"));
        st.bindAll(toString(JobStatus::Queued), toString(JobStatus::Running));
        st.run();
        tx.commit();
    }
};

IngestSummary IngestPipeline::run(const QStringList& paths, const TaskContext& task)
{
    OcrLanguages::validate(d->languages);
    m_cancel = false;
    d->stopping = false;
    d->tasks.clear();
    d->events.clear();
    // After the reset above: a cancel that came before the run still stops it (the hook runs at once).
    const TaskContext::CancelHook hook(task, [this] { cancel(); });

    Batch batch(this, task);
    batch.db = m_store.openConnection(Database::Mode::ReadWrite);
    batch.writer.emplace(*batch.db, m_actor);
    batch.queue(paths);
    {
        SlotPool pool(d->mutex, d->taskCv, d->stopping);
        pool.start(m_options.workers, [this] { d->slotLoop(); });
        try {
            batch.pump();
        } catch (...) {
            m_cancel = true;
            throw; // the pool stops and joins its slots on the way out
        }
    }
    d->tasks.clear();
    d->events.clear();

    if (m_cancel.load()) {
        batch.summary.cancelled = true;
        batch.requeueUnfinished();
    }
    emit batchFinished(batch.summary);
    return batch.summary;
}

} // namespace quarry
