#pragma once

#include "store/DocumentKind.h"
#include "store/DocumentStatus.h"
#include "util/Error.h"
#include "util/TaskContext.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>

namespace quarry {

class ProjectStore;

// What became of one file of a batch.
struct IngestFileResult
{
    int index = 0; // position in the batch
    QString path;
    qint64 documentId = 0; // 0 when no document row could be written (file unreadable)
    DocumentStatus status = DocumentStatus::Failed;
    bool skipped = false; // a duplicate (same bytes already in the project or in the batch): status unused
    DocumentKind kind = DocumentKind::Unknown;
    int pages = 0;
    QString error;
    // Why a failed file failed, where a caller acts on it: NeedsPassword for an encrypted PDF
    // given no password or a wrong one.
    Error::Kind errorKind = Error::Kind::Generic;
    bool replaced = false;

    // The document status word, or "skipped" (quarry-cli ingest prints it).
    QString statusText() const;
};

struct IngestSummary
{
    int files = 0;
    int ok = 0;
    int ocr = 0;
    int warnings = 0;
    int failed = 0;
    int unsupported = 0;
    int skipped = 0;
    int pages = 0;
    bool cancelled = false;
};

// Ingests files into a project: sniffs each file, skips duplicates (SHA-256 of the bytes), has
// quarry-worker processes parse and OCR the pages (two by default, one per core, pages of one
// document spread over both), cleans the text (TextCleaner) and writes each document in one
// transaction. Work items are ingest_jobs rows: a run that is killed leaves finished documents
// intact, and the next run() picks up the jobs that were queued or running.
//
// run() blocks, in named steps (queue the jobs, prepare each file, the worker slots, record each
// outcome); a GUI runs it through its task runner, which cancels through the TaskContext.
// cancel() may be called from any thread and stops within a second: workers are killed,
// unfinished files go back to 'queued' for the next run.
class IngestPipeline : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString ocrLanguages;       // empty: project setting "ocr.languages", else kor+eng
        int pageSegMode = -2;       // -2: project setting "ocr.psm", else OcrEngine::DefaultPageSegMode
                                    // (-1, automatic); 0-13 force a Tesseract mode
        QString password;           // for encrypted PDFs
        bool replace = false;       // re-ingest files already in the project (corrections are kept)
        int workers = 2;            // worker processes; 0: one per core
        int pageTimeoutMs = 120000; // a page (or opening a file) taking longer kills the worker
        int dpi = 300;              // rendering resolution for OCR
        qint64 maxFileBytes = qint64(512) * 1024 * 1024;
        QString workerProgram; // empty: WorkerClient::locate()
        // Address-space limit of each worker in MB; -1: project setting "ingest.worker_memory_mb",
        // else WorkerClient::DefaultMemoryLimitMb; 0: none.
        qint64 workerMemoryMb = -1;
    };

    // Reads the project settings here, in the thread that owns the store; run() then works on its
    // own connection.
    explicit IngestPipeline(ProjectStore& store, Options options, QObject* parent = nullptr);
    explicit IngestPipeline(ProjectStore& store, QObject* parent = nullptr);
    ~IngestPipeline() override;

    // Throws Error (BadInput) for unusable options (unknown OCR language) before touching anything.
    // Cancelled through `task` as by cancel() (the summary says so; nothing is thrown); reports
    // finished files out of the batch, the detail naming the file and page.
    IngestSummary run(const QStringList& paths, const TaskContext& task = TaskContext::none());
    void cancel();

    const Options& options() const { return m_options; }
    // Files under `paths` (folders recursed, hidden files and the project's own files skipped),
    // sorted, as absolute paths.
    QStringList expandPaths(const QStringList& paths) const;

signals:
    void batchStarted(int fileCount);
    void fileStarted(int index, const QString& path);
    void pageProgress(int index, const QString& path, int pagesDone, int pageCount);
    void fileFinished(const quarry::IngestFileResult& result);
    void batchFinished(const quarry::IngestSummary& summary);

private:
    struct Impl;
    struct Batch;
    std::unique_ptr<Impl> d;
    ProjectStore& m_store;
    Options m_options;
    QString m_actor;
    std::atomic<bool> m_cancel{false};
};

} // namespace quarry

Q_DECLARE_METATYPE(quarry::IngestFileResult)
Q_DECLARE_METATYPE(quarry::IngestSummary)
