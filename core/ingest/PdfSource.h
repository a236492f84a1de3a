#pragma once

#include "ingest/IngestTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSizeF>
#include <QString>
#include <memory>

namespace Poppler {
class Document;
}

namespace quarry {

// One PDF opened with Poppler (Qt 6). Used by the worker for extraction and, for the document
// view, by PageRenderer from the stored bytes. Not thread-safe: one PdfSource per thread.
class PdfSource
{
    Q_DECLARE_TR_FUNCTIONS(quarry::PdfSource)
public:
    // Opens a file (or, with fromData, bytes). Throws Error (BadInput) with a readable reason: not a
    // PDF / damaged, password needed, wrong password.
    PdfSource(const QString& path, const QString& password);
    PdfSource(const QByteArray& data, const QString& password, const QString& name);
    ~PdfSource();
    PdfSource(const PdfSource&) = delete;
    PdfSource& operator=(const PdfSource&) = delete;

    int pageCount() const;
    DocumentInfo info() const;
    // Text layer of page `pageNo` (1-based) in reading order (see PdfTextLayout).
    QString pageText(int pageNo) const;
    QSizeF pageSizePt(int pageNo) const;
    // Renders page `pageNo` at `dpi`, converted to 8-bit grayscale. Throws Error when Poppler fails,
    // std::bad_alloc when the page's image needs more memory than the process may have.
    QImage renderGray(int pageNo, int dpi) const;
    QImage render(int pageNo, int dpi) const;

    // A text layer is usable when it has letters or digits and is not mostly U+FFFD, private-use or
    // control characters (what unmappable glyphs come out as).
    static bool isUsableText(const QString& text);

    // Routes Poppler's error messages into a list (the worker adds them to the document warnings).
    // Poppler's hook is process-wide; the worker has one document open at a time.
    static void captureWarnings(QStringList* sink);

private:
    void unlockOrThrow(const QString& password);

    std::unique_ptr<Poppler::Document> m_doc;
    QString m_name;
};

} // namespace quarry
