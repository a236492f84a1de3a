#include "ingest/WorkerServer.h"

#include "formats/FormatRegistry.h"
#include "ingest/ImageSource.h"
#include "ingest/OcrEngine.h"
#include "ingest/OcrLanguages.h"
#include "ingest/PageRenderer.h"
#include "ingest/PdfSource.h"
#include "store/DocumentKind.h"
#include "util/Error.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <iostream>
#include <memory>
#include <mutex>
#include <new>
#include <string>
#include <sys/resource.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace quarry {

namespace {

// Test-only faults (QUARRY_WORKER_TEST_HOOKS=1): a marker in a file name or page text makes the
// worker crash or hang, so the pipeline's crash and time-limit handling is tested for real.
void testHook(bool enabled, const QString& where)
{
    if (!enabled)
        return;
    if (where.contains(QLatin1String("QUARRY-CRASH")))
        std::abort();
    if (where.contains(QLatin1String("QUARRY-HANG"))) {
        for (;;)
            QThread::sleep(3600);
    }
}

// QUARRY-ALLOC in a page's text: the page asks for memory until the limit refuses it (64 MB blocks,
// never touched, so the test costs address space and no RAM), as a hostile file's page does.
void allocHook(bool enabled, const QString& where)
{
    if (!enabled || !where.contains(QLatin1String("QUARRY-ALLOC")))
        return;
    std::vector<std::unique_ptr<char[]>> blocks;
    // Without a limit this would only reserve address space; stop at 64 GB all the same.
    for (int i = 0; i < 1024; ++i)
        blocks.emplace_back(new char[size_t(64) << 20]);
}

// The same for page images (QUARRY-RENDER-CRASH, QUARRY-RENDER-HANG in the file name): the file
// opens and its text reads, and only drawing a page fails, as with a PDF that breaks Splash.
void renderHook(bool enabled, const QString& name)
{
    if (!enabled)
        return;
    if (name.contains(QLatin1String("QUARRY-RENDER-CRASH")))
        std::abort();
    if (name.contains(QLatin1String("QUARRY-RENDER-HANG"))) {
        for (;;)
            QThread::sleep(3600);
    }
}

} // namespace

struct WorkerServer::Open
{
    QString path;
    QString password;
    QString kind;
    QStringList warnings; // Poppler's messages while this document is open
    std::unique_ptr<PdfSource> pdf;
    std::unique_ptr<ImageSource> image;
    DocumentInfo info;
};

WorkerServer::WorkerServer()
    : m_formats(std::make_unique<FormatRegistry>()),
      m_testHooks(qEnvironmentVariableIntValue("QUARRY_WORKER_TEST_HOOKS") == 1),
      m_memoryLimitMb(qEnvironmentVariable("QUARRY_WORKER_MEMORY_MB").toLongLong())
{}

qint64 WorkerServer::applyMemoryLimit()
{
    const qint64 mb = qEnvironmentVariable("QUARRY_WORKER_MEMORY_MB").toLongLong();
#if defined(__SANITIZE_ADDRESS__)
    // AddressSanitizer maps terabytes of shadow memory: under any address-space limit the worker
    // could not start.
    return 0;
#endif
    if (mb <= 0)
        return 0;
    // RLIMIT_AS rather than RLIMIT_DATA: Poppler and Qt take big buffers with mmap, which only the
    // address-space limit counts. An allocation beyond it fails (std::bad_alloc, or Poppler's
    // "Out of memory" abort) instead of the kernel's OOM killer choosing among the desktop's
    // processes.
    rlimit lim = {};
    lim.rlim_cur = rlim_t(mb) << 20;
    lim.rlim_max = rlim_t(mb) << 20;
    if (::setrlimit(RLIMIT_AS, &lim) != 0)
        return 0;
    return mb;
}

QString WorkerServer::outOfMemory() const
{
    return m_memoryLimitMb > 0 ? tr("it needs more memory than a worker may use (%1 MB)").arg(m_memoryLimitMb)
                               : tr("it needs more memory than is available");
}

WorkerServer::~WorkerServer()
{
    PdfSource::captureWarnings(nullptr);
}

void WorkerServer::write(const QJsonObject& message)
{
    QByteArray line = QJsonDocument(message).toJson(QJsonDocument::Compact);
    line += '\n';
    const char* p = line.constData();
    qsizetype left = line.size();
    while (left > 0) {
        const ssize_t n = ::write(m_outFd, p, size_t(left));
        if (n <= 0) {
            if (errno == EINTR)
                continue;
            _exit(3); // the parent is gone
        }
        p += n;
        left -= n;
    }
}

OcrEngine& WorkerServer::engine(const QJsonObject& request)
{
    const QString lang = request.value(QStringLiteral("lang")).toString(OcrLanguages::defaultLanguages());
    const int psm = request.value(QStringLiteral("psm")).toInt(OcrEngine::DefaultPageSegMode);
    if (!m_engine || m_engine->languages() != lang || m_engine->pageSegMode() != psm)
        m_engine = std::make_unique<OcrEngine>(lang, psm);
    return *m_engine;
}

void WorkerServer::ensureOpen(const QJsonObject& request)
{
    const QString path = request.value(QStringLiteral("path")).toString();
    const QString password = request.value(QStringLiteral("password")).toString();
    const QString kind = request.value(QStringLiteral("kind")).toString();
    if (m_open && m_open->path == path && m_open->password == password && m_open->kind == kind)
        return;
    m_open.reset();
    try {
        m_open = openDocument(path, password, kind);
    } catch (...) {
        // The warning list of a document that failed to open is gone: stop Poppler writing to it.
        PdfSource::captureWarnings(nullptr);
        throw;
    }
}

std::unique_ptr<WorkerServer::Open> WorkerServer::openDocument(const QString& path, const QString& password,
                                                               const QString& kind)
{
    auto open = std::make_unique<Open>();
    open->path = path;
    open->password = password;
    open->kind = kind;
    const QString name = QFileInfo(path).fileName();
    testHook(m_testHooks, name);
    PdfSource::captureWarnings(&open->warnings);
    if (documentKindFromString(kind) == DocumentKind::Pdf) {
        open->pdf = std::make_unique<PdfSource>(path, password);
        open->info = open->pdf->info();
        // Poppler complains about the empty password it tries first; once unlocked that is noise.
        open->warnings.removeIf(
            [](const QString& w) { return w.contains(QLatin1String("Incorrect password")); });
    } else {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            throw Error(tr("%1 cannot be read: %2").arg(name, f.errorString()), Error::Kind::BadInput);
        const QByteArray data = f.readAll();
        if (documentKindFromString(kind) == DocumentKind::Image) {
            open->image = std::make_unique<ImageSource>(data, name);
            open->info.kind = kind;
            open->info.mime = open->image->mime();
            open->info.pageCount = open->image->pageCount();
        } else {
            const DocumentReader* reader = m_formats->readerFor(name, data.left(4096));
            if (!reader)
                throw Error(tr("%1: no reader for this kind of file").arg(name), Error::Kind::BadInput);
            const ExtractedDocument doc = reader->read(data, name);
            DocumentInfo& d = open->info;
            d.kind = doc.kind.isEmpty() ? reader->kind() : doc.kind;
            d.mime = doc.mime;
            d.encoding = doc.encoding;
            d.title = doc.title;
            d.author = doc.author;
            d.created = doc.created;
            d.modified = doc.modified;
            d.warnings = doc.warnings;
            d.flowing = true;
            d.pagesEstimated = doc.pagesEstimated;
            for (const ExtractedPage& p : doc.pages) {
                d.flowingPages << p.text;
                d.flowingPageWarnings << p.warnings;
            }
            d.pageCount = int(d.flowingPages.size());
        }
    }
    return open;
}

void WorkerServer::openRequest(const QJsonObject& request)
{
    try {
        ensureOpen(request);
        DocumentInfo info = m_open->info;
        info.warnings += m_open->warnings;
        write(info.toJson());
    } catch (const Error& e) {
        m_open.reset();
        // The kind travels with the message: the pipeline tells "needs a password" by it.
        write({{QStringLiteral("type"), QStringLiteral("error")},
               {QStringLiteral("message"), e.message()},
               {QStringLiteral("error_kind"), Error::kindName(e.kind())}});
    } catch (const std::bad_alloc&) {
        m_open.reset();
        PdfSource::captureWarnings(nullptr);
        write({{QStringLiteral("type"), QStringLiteral("error")},
               {QStringLiteral("message"), tr("the file cannot be opened: %1").arg(outOfMemory())}});
    }
}

void WorkerServer::pagesRequest(const QJsonObject& request)
{
    try {
        ensureOpen(request);
    } catch (const Error& e) {
        m_open.reset();
        // The kind travels with the message: the pipeline tells "needs a password" by it.
        write({{QStringLiteral("type"), QStringLiteral("error")},
               {QStringLiteral("message"), e.message()},
               {QStringLiteral("error_kind"), Error::kindName(e.kind())}});
        return;
    } catch (const std::bad_alloc&) {
        m_open.reset();
        PdfSource::captureWarnings(nullptr);
        write({{QStringLiteral("type"), QStringLiteral("error")},
               {QStringLiteral("message"), tr("the file cannot be opened: %1").arg(outOfMemory())}});
        return;
    }
    const int dpi = request.value(QStringLiteral("dpi")).toInt(300);
    const int timeoutMs = request.value(QStringLiteral("timeout_ms")).toInt(0);
    for (const QJsonValue& v : request.value(QStringLiteral("pages")).toArray()) {
        if (m_cancel.load())
            break;
        PageResult r;
        r.pageNo = v.toInt();
        const qsizetype warningsBefore = m_open->warnings.size();
        QElapsedTimer timer;
        timer.start();
        // OCR gets what is left of the page's time limit, minus a margin so that the worker answers
        // before the pipeline's hard limit kills it.
        auto ocrDeadline = [&] {
            return timeoutMs > 0 ? qMax(1, int(timeoutMs * 0.9 - double(timer.elapsed()))) : 0;
        };
        const auto cancelled = [this] { return m_cancel.load(); };
        try {
            if (m_open->pdf) {
                const QSizeF size = m_open->pdf->pageSizePt(r.pageNo);
                r.widthPt = size.width();
                r.heightPt = size.height();
                int unmapped = 0;
                const QString text = m_open->pdf->pageText(r.pageNo, &unmapped);
                testHook(m_testHooks, text);
                allocHook(m_testHooks, text);
                if (PdfSource::isUsableText(text)) {
                    r.method = QStringLiteral("text");
                    r.text = text;
                    // Glyphs without a Unicode value vanish from the text with no other trace (every
                    // digit of a Latin run in Qt-written CJK-font PDFs): the reader must know the text
                    // is incomplete before trusting figures, IDs or redaction on this page.
                    if (unmapped > 0)
                        r.warnings << QCoreApplication::translate(
                            "quarry::WorkerServer",
                            "%n character(s) of the text layer have no Unicode value in their font and are "
                            "missing from the text (the program that wrote the PDF left them out of its "
                            "character map)",
                            nullptr, unmapped);
                } else {
                    if (!text.trimmed().isEmpty())
                        r.warnings << tr(
                            "the text layer is unreadable (unmapped glyphs); the page was OCRed");
                    const QImage img = m_open->pdf->renderGray(r.pageNo, dpi);
                    const OcrResult o = engine(request).recognize(img, dpi, cancelled, ocrDeadline());
                    r.method = QStringLiteral("ocr");
                    r.dpi = dpi;
                    r.text = o.text;
                    r.confidence = o.confidence;
                    r.words = o.words;
                    r.notes = o.notes;
                    r.warnings += o.warnings;
                }
            } else if (m_open->image) {
                int imageDpi = 300;
                const QImage img = m_open->image->page(r.pageNo, &imageDpi);
                r.widthPt = img.width() * 72.0 / imageDpi;
                r.heightPt = img.height() * 72.0 / imageDpi;
                const OcrResult o = engine(request).recognize(img, imageDpi, cancelled, ocrDeadline());
                r.method = QStringLiteral("ocr");
                r.dpi = imageDpi;
                r.text = o.text;
                r.confidence = o.confidence;
                r.words = o.words;
                r.notes = o.notes;
                r.warnings += o.warnings;
                testHook(m_testHooks, r.text);
            } else {
                throw Error(tr("pages were asked of a file that has none"), Error::Kind::BadInput);
            }
        } catch (const Error& e) {
            r.method = QStringLiteral("none");
            r.error =
                e.kind() == Error::Kind::Cancelled && !m_cancel.load()
                    ? tr("page %1: OCR exceeded the time limit of %2 s").arg(r.pageNo).arg(timeoutMs / 1000)
                    : e.message();
        } catch (const std::bad_alloc&) {
            // What the page allocated is released by now; the next page starts clean.
            r.method = QStringLiteral("none");
            r.text.clear();
            r.words.clear();
            r.error = tr("page %1 was not read: %2").arg(r.pageNo).arg(outOfMemory());
        } catch (const std::exception& e) {
            r.method = QStringLiteral("none");
            r.error = QString::fromLocal8Bit(e.what());
        }
        r.warnings += m_open->warnings.mid(warningsBefore);
        write(r.toJson());
    }
    write({{QStringLiteral("type"), QStringLiteral("done")}});
}

void WorkerServer::renderRequest(const QJsonObject& request)
{
    const auto fail = [this](const QString& message) {
        write({{QStringLiteral("type"), QStringLiteral("error")}, {QStringLiteral("message"), message}});
    };
    try {
        ensureOpen(request);
    } catch (const Error& e) {
        m_open.reset();
        fail(e.message());
        return;
    }
    const int pageNo = request.value(QStringLiteral("page")).toInt(1);
    const int dpi = request.value(QStringLiteral("dpi")).toInt(96);
    const QString name = QFileInfo(m_open->path).fileName();
    try {
        renderHook(m_testHooks, name);
        QImage img;
        if (m_open->pdf)
            img = PageRenderer::renderPdf(*m_open->pdf, name, pageNo, dpi);
        else if (m_open->image)
            img = PageRenderer::renderImage(*m_open->image, pageNo, dpi);
        else
            throw Error(tr("%1 has no page images").arg(name), Error::Kind::BadInput);
        // Encoding is most of the cost (measured on a 96-DPI A4 page): most pages are black on white,
        // and a grey PNG encodes and decodes in ~15 ms where 24-bit colour takes ~100 ms. Pages are
        // opaque, so colour drops its alpha channel. Quality 80 is zlib level 1: 10x smaller than no
        // compression, and a small line is cheaper to pass and parse than a big one.
        if (img.allGray())
            img = img.convertToFormat(QImage::Format_Grayscale8);
        else
            img = img.convertToFormat(QImage::Format_RGB888);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!img.save(&buffer, "PNG", 80))
            throw Error(tr("%1: page %2 could not be encoded").arg(name).arg(pageNo), Error::Kind::BadInput);
        write({{QStringLiteral("type"), QStringLiteral("rendered")},
               {QStringLiteral("page"), pageNo},
               {QStringLiteral("width"), img.width()},
               {QStringLiteral("height"), img.height()},
               {QStringLiteral("png"), QString::fromLatin1(png.toBase64())}});
    } catch (const Error& e) {
        fail(e.message());
    } catch (const std::bad_alloc&) {
        fail(tr("page %1 could not be drawn: %2").arg(pageNo).arg(outOfMemory()));
    } catch (const std::exception& e) {
        fail(QString::fromLocal8Bit(e.what()));
    }
    // Nobody reads Poppler's complaints about drawing, and a render worker lives long.
    if (m_open)
        m_open->warnings.clear();
}

void WorkerServer::handle(const QJsonObject& request)
{
    const QString op = request.value(QStringLiteral("op")).toString();
    m_cancel = false;
    if (op == QLatin1String("open"))
        openRequest(request);
    else if (op == QLatin1String("pages"))
        pagesRequest(request);
    else if (op == QLatin1String("render"))
        renderRequest(request);
    else if (op == QLatin1String("ping"))
        write({{QStringLiteral("type"), QStringLiteral("pong")}});
    else
        write({{QStringLiteral("type"), QStringLiteral("error")},
               {QStringLiteral("message"), tr("unknown request \"%1\"").arg(op)}});
}

int WorkerServer::run()
{
    // The protocol owns stdout: keep a private copy of it and point fd 1 at stderr, so that a
    // library printing to stdout cannot corrupt the stream.
    m_outFd = ::dup(1);
    ::dup2(2, 1);

    std::mutex mutex;
    std::condition_variable cv;
    std::deque<QJsonObject> queue;
    bool eof = false;
    // A reader thread, so that "cancel" arrives while a page is being worked on.
    std::thread reader([&] {
        std::string line;
        while (std::getline(std::cin, line)) {
            const QJsonObject req = QJsonDocument::fromJson(QByteArray::fromStdString(line)).object();
            const QString op = req.value(QStringLiteral("op")).toString();
            if (op == QLatin1String("cancel")) {
                m_cancel = true;
                continue;
            }
            std::lock_guard<std::mutex> lock(mutex);
            queue.push_back(req);
            cv.notify_one();
        }
        // End of input: the pipeline closed the pipe or died. Nothing is worth finishing.
        std::lock_guard<std::mutex> lock(mutex);
        eof = true;
        m_cancel = true;
        cv.notify_one();
    });
    reader.detach();

    for (;;) {
        QJsonObject req;
        {
            std::unique_lock<std::mutex> lock(mutex);
            cv.wait(lock, [&] { return eof || !queue.empty(); });
            if (queue.empty())
                break;
            req = queue.front();
            queue.pop_front();
        }
        if (req.value(QStringLiteral("op")).toString() == QLatin1String("quit"))
            break;
        handle(req);
        if (eof)
            break;
    }
    m_open.reset();
    m_engine.reset();
    std::fflush(stderr);
    // The reader thread may still be blocked in getline: leave without joining it.
    _exit(0);
}

} // namespace quarry
