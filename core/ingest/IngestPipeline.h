#pragma once

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
    int index = 0;         // position in the batch
    QString path;
    qint64 documentId = 0; // 0 when no document row could be written (file unreadable)
    QString status;        // ok, ocr, warnings, failed, unsupported, skipped (duplicate)
    QString kind;
    int pages = 0;
    QString error;
    bool replaced = false;
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
// run() blocks; for a GUI, move the pipeline to a QThread and invoke run() there (signals then
// arrive queued in the GUI thread). cancel() may be called from any thread and stops within a
// second: workers are killed, unfinished files go back to 'queued' for the next run.
class IngestPipeline : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString ocrLanguages;      // empty: project setting "ocr.languages", else kor+eng
        int pageSegMode = -2;      // -2: project setting "ocr.psm", else OcrEngine::DefaultPageSegMode
                                   // (-1, automatic); 0-13 force a Tesseract mode
        QString password;          // for encrypted PDFs
        bool replace = false;      // re-ingest files already in the project (corrections are kept)
        int workers = 2;           // worker processes; 0: one per core
        int pageTimeoutMs = 120000; // a page (or opening a file) taking longer kills the worker
        int dpi = 300;             // rendering resolution for OCR
        qint64 maxFileBytes = qint64(512) * 1024 * 1024;
        QString workerProgram;     // empty: WorkerClient::locate()
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
    IngestSummary run(const QStringList& paths);
    // The same run, cancelled through `task` as by cancel() (the summary says so; nothing is
    // thrown) and reporting finished files out of the batch, the detail naming the file and page.
    IngestSummary run(const QStringList& paths, const TaskContext& task);
    void cancel();
    bool isCancelled() const { return m_cancel.load(); }

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
    std::unique_ptr<Impl> d;
    ProjectStore& m_store;
    Options m_options;
    QString m_actor;
    std::atomic<bool> m_cancel{false};
};

} // namespace quarry

Q_DECLARE_METATYPE(quarry::IngestFileResult)
Q_DECLARE_METATYPE(quarry::IngestSummary)
