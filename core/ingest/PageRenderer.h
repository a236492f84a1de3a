#pragma once

#include <QImage>
#include <QString>

namespace quarry {

class Database;

// Page images for the document view, rendered from the original bytes stored in the project
// (document_files), so the view works on another machine and after the source file moved.
// Runs Poppler/Leptonica in the calling process: these documents already went through the worker
// once. Call it from a background thread for large pages; one call per thread at a time.
class PageRenderer
{
public:
    // Renders page `pageNo` (1-based) of document `documentId` at `dpi` (OCR word boxes are in
    // pixels at pages.dpi). Encrypted PDFs need `password`. Throws Error (NotFound, BadInput).
    static QImage renderPage(Database& db, qint64 documentId, int pageNo, int dpi, const QString& password = {});
};

} // namespace quarry
