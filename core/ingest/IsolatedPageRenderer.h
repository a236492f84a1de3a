#pragma once

#include "ingest/WorkerClient.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <atomic>
#include <memory>
#include <mutex>

class QTemporaryDir;
class QThread;

namespace quarry {

class Database;

// Page images for the document view, drawn in a quarry-worker process (the "render" request of
// WorkerServer) instead of in Quarry itself: a PDF whose text layer parsed fine can still crash or
// hang Poppler's Splash renderer, and that must not take the application down. One long-lived
// worker serves all pages; it is started on first use, killed after a crash or a hang (the
// per-request time limit) and started again by the next request.
//
// The stored original reaches the worker as a file: load() reads it from the project, render()
// writes it once per document to a private temporary folder (0700) and the worker opens that path
// - and keeps it open across pages. Sending the bytes through the pipe instead would mean
// base64-encoding a whole PDF (tens of MB) into one JSON line per document, and the worker's open
// cache works on paths already. The image comes back as a base64 PNG in the answer line: about
// 100-300 kB for a 96-DPI A4 page, cheaper than a temporary file to create, read and remove.
//
// Threads: load() runs on the thread that owns the project's connection (the GUI thread) and is
// cheap once a document's bytes are cached; render() blocks for the time of a page and is meant for
// one background thread. Both are safe to call from any thread: render() holds a mutex, so callers
// take turns (one page at a time in the worker anyway). The worker process belongs to the thread
// that started it; render() from another thread starts a new one. Destroy the renderer on the
// thread that last rendered (or after that thread ended).
class IsolatedPageRenderer
{
    Q_DECLARE_TR_FUNCTIONS(quarry::IsolatedPageRenderer)
public:
    // A document's stored original and what the worker needs to open it.
    struct Document
    {
        QString key;  // identifies these bytes: project file, document id, content hash
        QString name; // the document's file name (messages; the staged file keeps it)
        QString kind; // "pdf" or "image"
        QString password;
        QByteArray data;
    };

    explicit IsolatedPageRenderer(QString workerProgram = WorkerClient::locate(), int timeoutMs = 15000);
    ~IsolatedPageRenderer();
    IsolatedPageRenderer(const IsolatedPageRenderer&) = delete;
    IsolatedPageRenderer& operator=(const IsolatedPageRenderer&) = delete;

    // Reads document `documentId` from `db`: a small query, plus the stored bytes unless they are
    // those of the previous call. Throws Error (NotFound: no such document or its original is not
    // stored; BadInput: a text document has no page images).
    Document load(Database& db, qint64 documentId, const QString& password = {});

    // Draws page `pageNo` (1-based) at `dpi` in the worker and returns it. Throws Error with a
    // readable reason: the page does not exist or cannot be drawn, the renderer crashed on the
    // file, or it took longer than the time limit (then the worker is killed). `cancel`, when
    // raised, abandons a request that has already run for a second (killing the worker, which is
    // cheaper than waiting for a slow page nobody wants); shorter ones are waited for.
    QImage render(const Document& doc, int pageNo, int dpi, const std::atomic<bool>* cancel = nullptr);

    // Stops the worker now; the next render() starts another.
    void stop();
    // The running worker's process id, 0 when none (for tests).
    qint64 workerProcessId() const;
    // How many times a worker was started (for tests: a crash costs a restart).
    int workerStarts() const { return m_starts.load(); }

private:
    QString stage(const Document& doc);
    QImage request(const Document& doc, const QString& path, int pageNo, int dpi,
                   const std::atomic<bool>* cancel);

    const int m_timeoutMs;
    mutable std::mutex m_mutex; // render(), stop(): the worker and the staged file
    WorkerClient m_client;
    QThread* m_clientThread = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_stagedKey;
    QString m_stagedPath;
    int m_stagedCount = 0;
    std::atomic<int> m_starts{0};

    std::mutex m_loadMutex; // load(): the last document read
    Document m_loaded;
};

} // namespace quarry
