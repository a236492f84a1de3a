#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>

#include <optional>

namespace quarry {

// One word found by OCR. The box is in pixels of the page image at the page's dpi; rawStart/rawEnd
// are UTF-16 offsets into the page's raw text (the pipeline maps them into the clean text).
struct OcrWord
{
    QString text;
    QRect box;
    double confidence = 0; // Tesseract's word confidence, 0-100
    int lineNo = 0;
    int rawStart = 0;
    int rawEnd = 0;
};

// The worker's answer for one page.
struct PageResult
{
    int pageNo = 0;                   // 1-based
    QString method = QStringLiteral("none"); // "text", "ocr" or "none" (pages.method)
    QString text;                     // raw text in reading order
    std::optional<double> confidence; // mean OCR word confidence, 0-100
    double widthPt = 0;
    double heightPt = 0;
    int dpi = 0;                      // resolution of the OCRed image (0 for text-layer pages)
    QList<OcrWord> words;
    QStringList warnings;
    QStringList notes;                // what OCR did to the page (enlarged, ...): recorded, not a problem
    QString error;                    // non-empty: the page could not be read (why)

    bool failed() const { return !error.isEmpty(); }
    QJsonObject toJson() const;
    static PageResult fromJson(const QJsonObject& o);
};

// What the worker reports when it opens a file.
struct DocumentInfo
{
    QString kind; // documents.kind
    QString mime;
    QString encoding;
    QString title;
    QString author;
    QDateTime created;
    QDateTime modified;
    int pageCount = 0;
    QStringList warnings;
    // Flowing-text formats are read whole when opened: their pages come back here directly.
    bool flowing = false;
    QStringList flowingPages;
    QList<QStringList> flowingPageWarnings;
    bool pagesEstimated = false; // the format stores no pages (HWP, HWPX): the breaks are estimates

    QJsonObject toJson() const;
    static DocumentInfo fromJson(const QJsonObject& o);
};

} // namespace quarry
