#pragma once

#include "ingest/IngestTypes.h"

#include <QImage>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace tesseract {
class TessBaseAPI;
}

namespace quarry {

struct OcrResult
{
    QString text;                     // words joined: ' ' within a line, '\n' between lines,
                                      // "\n\n" between paragraphs and blocks
    std::optional<double> confidence; // mean word confidence, 0-100; empty when no words
    QList<OcrWord> words;             // rawStart/rawEnd index into text
};

// Owns one tesseract::TessBaseAPI. One engine per thread: Tesseract's API object is not shareable.
// The process must have OMP_THREAD_LIMIT=1 in its environment before libtesseract loads (the
// worker re-executes itself to guarantee it); pages are parallelised across worker processes.
class OcrEngine
{
public:
    // Page segmentation. Measured (kor+eng, fast models): on the 200 DPI Korean notice scan mode 3
    // (Tesseract's default) drops a digit of the resident number (CER 0.226), modes 4 and 6 keep
    // it (CER 0.131 / 0.113); on a rendered two-line Korean page mode 6 drops the same digit and
    // mode 4 keeps it; on a two-column paper scan modes 4 and 6 interleave the columns (CER 0.65)
    // and mode 3 reads it right (CER 0.014). AutoPageSegMode therefore looks for side-by-side text
    // columns (a vertical gutter in the page's ink profile) and recognises with mode 3 when there
    // are, with mode 4 (single column) otherwise. 0-13 force one Tesseract mode.
    static constexpr int AutoPageSegMode = -1;
    static constexpr int DefaultPageSegMode = AutoPageSegMode;
    static QString defaultLanguages() { return QStringLiteral("kor+eng"); }

    // Throws Error naming the languages when Tesseract cannot load them.
    explicit OcrEngine(const QString& languages = defaultLanguages(), int pageSegMode = DefaultPageSegMode);
    ~OcrEngine();
    OcrEngine(const OcrEngine&) = delete;
    OcrEngine& operator=(const OcrEngine&) = delete;

    const QString& languages() const { return m_languages; }
    int pageSegMode() const { return m_psm; }

    // Recognises one page image taken at `dpi`. `cancel` is polled while Tesseract works and
    // `deadlineMs` (> 0) bounds the time; either one stopping the page throws Error (Kind::Cancelled).
    OcrResult recognize(const QImage& image, int dpi, const std::function<bool()>& cancel = {},
                        int deadlineMs = 0);
    // The mode the last recognize() used (resolves AutoPageSegMode).
    int lastPageSegMode() const { return m_lastPsm; }
    // Whether a grayscale page has side-by-side text columns (what AutoPageSegMode decides on).
    static bool hasColumns(const QImage& gray);

    // The folder holding *.traineddata: TESSDATA_PREFIX, else Debian's location.
    static QString tessdataDir();
    // Installed languages (traineddata base names, without "osd").
    static QStringList availableLanguages();
    // Throws Error (BadInput) when `languages` ("kor+eng") names something not installed.
    static void validateLanguages(const QString& languages);

private:
    std::unique_ptr<tesseract::TessBaseAPI> m_api;
    QString m_languages;
    int m_psm;
    int m_lastPsm = 0;
};

} // namespace quarry
