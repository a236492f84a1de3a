#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace quarry {

class Database;
class ImageSource;
class PdfSource;

// Page images for the document view, rendered from the original bytes stored in the project
// (document_files), so the view works on another machine and after the source file moved.
// Runs Poppler/Leptonica in the calling process: these documents already went through the worker
// once. Call it from a background thread for large pages; one call per thread at a time.
class PageRenderer
{
    Q_DECLARE_TR_FUNCTIONS(quarry::PageRenderer)
public:
    // Renders page `pageNo` (1-based) of document `documentId` at `dpi` (OCR word boxes are in
    // pixels at pages.dpi). Encrypted PDFs need `password`. Throws Error (NotFound, BadInput).
    static QImage renderPage(Database& db, qint64 documentId, int pageNo, int dpi, const QString& password = {});

    // The two halves of renderPage, shared with quarry-worker's "render" request (WorkerServer),
    // which draws pages for the GUI out of process (IsolatedPageRenderer). `name` is for messages.
    static QImage renderPdf(const PdfSource& pdf, const QString& name, int pageNo, int dpi);
    // Scanned images are scaled from their own resolution to `dpi` (0: as stored).
    static QImage renderImage(const ImageSource& image, int pageNo, int dpi);
};

} // namespace quarry
