#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <atomic>
#include <memory>

namespace quarry {

class OcrEngine;
class PdfSource;
class ImageSource;
class FormatRegistry;

// The quarry-worker side of the ingest protocol: JSON lines on stdin/stdout, one request at a
// time. Requests (every field optional except op):
//   {"op":"open","path":P,"kind":"pdf|image|text|markdown|docx|html","password":S,"lang":"kor+eng",
//    "psm":6,"dpi":300,"timeout_ms":N}           -> {"type":"opened",...DocumentInfo} | {"type":"error",
//                                                   "message":M,"error_kind":Error::kindName()}
//   {"op":"pages","pages":[1,2],...same fields}  -> one {"type":"page",...PageResult} per page,
//                                                   then {"type":"done"}
//   {"op":"render","path":P,"kind":"pdf|image","password":S,"page":N,"dpi":96}
//                                                -> {"type":"rendered","page":N,"width":W,"height":H,
//                                                    "png":base64 PNG} | {"type":"error"}
//      (page images for the document view: Poppler's renderer can crash on a file whose text
//      parsed fine, so the GUI draws pages here too; see IsolatedPageRenderer)
//   {"op":"cancel"} stops the current OCR page; {"op":"quit"} ends the process.
// The process runs under an address-space limit (QUARRY_WORKER_MEMORY_MB, set by WorkerClient):
// a file that needs more fails its page (or, when opening, the file) with a reason that says so.
// The worker opens a file again only when path/password change, so a stream of "pages" requests
// for one document costs one open.
class WorkerServer
{
    Q_DECLARE_TR_FUNCTIONS(quarry::WorkerServer)
public:
    WorkerServer();
    ~WorkerServer();

    // Runs until "quit" or end of input (the parent went away). Returns the exit code.
    int run();

    // Handles one request and returns its response lines (used by run() and by tests in-process).
    void handle(const QJsonObject& request);

    // Limits the process's address space (RLIMIT_AS) to QUARRY_WORKER_MEMORY_MB megabytes (unset
    // or 0: no limit). Called by quarry-worker's main() before anything large is loaded. Returns
    // the limit applied, in MB.
    static qint64 applyMemoryLimit();

private:
    // Opens the document a request names unless it is the one open; on failure none is open.
    void ensureOpen(const QJsonObject& request);
    void openRequest(const QJsonObject& request);
    void pagesRequest(const QJsonObject& request);
    void renderRequest(const QJsonObject& request);
    void write(const QJsonObject& message);
    OcrEngine& engine(const QJsonObject& request);
    QString outOfMemory() const;

    struct Open;
    std::unique_ptr<Open> openDocument(const QString& path, const QString& password, const QString& kind);
    std::unique_ptr<Open> m_open;
    std::unique_ptr<OcrEngine> m_engine;
    std::unique_ptr<FormatRegistry> m_formats;
    std::atomic<bool> m_cancel{false};
    int m_outFd = 1;
    bool m_testHooks = false;
    qint64 m_memoryLimitMb = 0;
};

} // namespace quarry
