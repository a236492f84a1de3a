#pragma once

#include "ingest/IngestTypes.h"

#include <QCoreApplication>
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
    QString text;                     // words joined as Tesseract spaces them, '\n' between lines,
                                      // "\n\n" between paragraphs and blocks
    std::optional<double> confidence; // mean word confidence, 0-100; empty when no words
    QList<OcrWord> words;             // rawStart/rawEnd index into text; boxes in the given image
    double textHeight = 0;            // measured text height in pixels of the given image (0: unknown)
    double scale = 1.0;               // the factor the image was resized by before recognition
    QStringList notes;                // what was done to the page before recognition, and why
    QStringList warnings;             // problems with the page image (reduced, implausible text)
};

// What OcrEngine measures on a page before recognising it.
struct OcrTextMeasure
{
    double height = 0;       // typical glyph height in pixels (median connected-component height); 0: unknown
    int glyphs = 0;          // connected components counted as glyphs
    int specks = 0;          // components under 3 px: background texture and noise that survive the threshold
    double inkShare = 0;     // dark pixels / all pixels after binarisation
    QList<QRect> glyphBoxes; // the glyph-like components
    QString problem;         // non-empty: why no height could be measured
    bool odd = false;        // the problem is the image itself (a strip, a dark page), not just little text
};

// Owns one tesseract::TessBaseAPI. One engine per thread: Tesseract's API object is not shareable.
// The process must have OMP_THREAD_LIMIT=1 in its environment before libtesseract loads (the
// worker re-executes itself to guarantee it); pages are parallelised across worker processes.
class OcrEngine
{
    Q_DECLARE_TR_FUNCTIONS(quarry::OcrEngine)
public:
    // Page segmentation. Measured (kor+eng, fast models): on the 200 DPI Korean notice scan mode 3
    // (Tesseract's default) drops a digit of the resident number (CER 0.226), modes 4 and 6 keep
    // it (CER 0.131 / 0.113 with whitespace ignored; counted, 0.234 / 0.112 / 0.095 for modes
    // 3 / 4 / 6 at 1x, 0.022 for mode 4 enlarged); on the OcrEvalSet pages modes 4 and 6 differ
    // by a word at most; on a rendered two-line Korean page mode 6 drops the same digit and
    // mode 4 keeps it; on a two-column paper scan modes 4 and 6 interleave the columns (CER 0.65)
    // and mode 3 reads it right (CER 0.014). AutoPageSegMode therefore looks for side-by-side text
    // columns (a vertical gutter in the page's ink profile) and recognises with mode 3 when there
    // are and Tesseract's layout analysis has a block of 3+ lines on each side. Otherwise it runs Tesseract's
    // layout analysis for mode 3 (no recognition) and reads with mode 3 when that layout is sound (no
    // vertical text, no overlapping blocks, its lines hold MinLayoutCoverage of the page's glyphs), with mode
    // 4 otherwise (measured: on the pages where mode 3 beat mode 4 by 1-4 characters its layout was sound,
    // and wherever it lost a tenth or more of the page it was not). 0-13 force one Tesseract mode.
    static constexpr int AutoPageSegMode = -1;
    static constexpr int DefaultPageSegMode = AutoPageSegMode;
    // Throws Error naming the languages when Tesseract cannot load them (OcrLanguages: which
    // there are, and the default).
    explicit OcrEngine(const QString& languages = QString(), int pageSegMode = DefaultPageSegMode);
    ~OcrEngine();
    OcrEngine(const OcrEngine&) = delete;
    OcrEngine& operator=(const OcrEngine&) = delete;

    const QString& languages() const { return m_languages; }
    int pageSegMode() const { return m_psm; }

    // Enlargement before recognition. Automatic: measured per page (see chooseScale()); 1 never
    // enlarges; any other factor is applied to every page (for measurements).
    static constexpr double AutoScale = 0;
    void setScale(double scale) { m_scale = scale; }
    double scale() const { return m_scale; }
    // Images are never recognised above this many pixels: a larger page is reduced to it, an
    // enlargement is capped by it (Tesseract needs several copies of the page).
    static constexpr qint64 MaxPixels = 48'000'000;
    // The automatic rule (measured, see recognize()): a page whose first reading Tesseract doubts
    // (mean word confidence under DoubtfulMeanConfidence, or more than DoubtfulLowShare of its
    // words under LowWordConfidence) and whose median glyph is lower than MaxHeightToEnlarge px is
    // read again enlarged RetryScale x; the reading with the higher mean confidence is kept.
    // Heights outside the plausible range (specks, a strip, a photo) are not acted on.
    static constexpr double DoubtfulMeanConfidence = 90;
    static constexpr double DoubtfulLowShare = 0.06;
    static constexpr double LowWordConfidence = 60;
    static constexpr double RetryScale = 1.5;
    static constexpr double MaxHeightToEnlarge = 32;
    static constexpr double MinPlausibleHeight = 4;
    static constexpr double MaxPlausibleHeight = 400;
    // The layout rule (see AutoPageSegMode) trusts Tesseract's layout analysis only when its text
    // lines hold at least this share of the glyph-like components measured on the page.
    static constexpr double MinLayoutCoverage = 0.98;

    // Recognises one page image taken at `dpi`. `cancel` is polled while Tesseract works and
    // `deadlineMs` (> 0) bounds the time; either one stopping the page throws Error (Kind::Cancelled).
    OcrResult recognize(const QImage& image, int dpi, const std::function<bool()>& cancel = {},
                        int deadlineMs = 0);
    // The mode the last recognize() used (resolves AutoPageSegMode).
    int lastPageSegMode() const { return m_lastPsm; }
    // Whether Tesseract doubts a reading enough to try it enlarged.
    static bool isDoubtful(const OcrResult& r);
    // Whether a grayscale page has side-by-side text columns (what AutoPageSegMode decides on).
    static bool hasColumns(const QImage& gray);
    // The middle of that gutter in pixels; -1 when there is none.
    static int gutterAt(const QImage& gray);
    // Measures the text on a grayscale page (Otsu threshold, connected components).
    static OcrTextMeasure measureText(const QImage& gray);
    // The enlargement to try on a doubtful page of `size` whose text measured `m` (1: none; below 1:
    // the page is over MaxPixels and is reduced), the result never above MaxPixels; `note` receives what was
    // decided and why (for the page's record), `problem` whether that note reports a problem with the image
    // rather than a routine step.
    static double chooseScale(const QSize& size, const OcrTextMeasure& m, QString* note = nullptr,
                              bool* problem = nullptr);

private:
    // Mode 3 or 4 (see the .cpp), from whether the page has a gutter, Tesseract's layout analysis
    // and the page's glyphs (boxes in the caller's image, which was resized by `scale` to what
    // Tesseract sees); leaves the image set and the mode in place for Recognize().
    int choosePageSegMode(const std::function<void()>& setImage, int gutter, const QList<QRect>& glyphs,
                          double scale, const QSize& size, QStringList* notes);
    OcrResult recognizeAt(const QImage& gray, int dpi, double scale, const std::function<bool()>& cancel,
                          int deadlineMs, const QList<QRect>& glyphs);

    std::unique_ptr<tesseract::TessBaseAPI> m_api;
    QString m_languages;
    int m_psm;
    int m_lastPsm = 0;
    double m_scale = AutoScale;
};

} // namespace quarry
