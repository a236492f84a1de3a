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
class PDFDoc;

namespace quarry {

class PdfTextDevice;

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
    // Text layer of page `pageNo` (1-based) in reading order (see PdfTextLayout). With
    // `unmappedGlyphs`, the number of visible glyphs left out because their font gives them no
    // Unicode value (see PdfTextDevice).
    QString pageText(int pageNo, int* unmappedGlyphs = nullptr) const;
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
    PDFDoc& textDoc() const;

    std::unique_ptr<Poppler::Document> m_doc;
    QString m_name;
    QString m_path;           // empty when opened from bytes
    QByteArray m_data;        // the bytes, when opened from bytes (the text document reads them)
    QByteArray m_passwordKey; // the password's bytes that unlocked the file (Latin-1 or UTF-8)
    // The text layer is read with Poppler's core API (TextOutputDev, as pdftotext does): Qt's
    // textList() copies the document's cross-reference table for every page, builds a QString,
    // a box per character and a hash for every word, which cost 7% of a worker's time on a long
    // book. Opened on first use, destroyed before m_doc (whose lifetime keeps Poppler's global
    // parameters alive).
    mutable std::unique_ptr<PDFDoc> m_textDoc;
    mutable std::unique_ptr<PdfTextDevice> m_textDev;
};

} // namespace quarry
