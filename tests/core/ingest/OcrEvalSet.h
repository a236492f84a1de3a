#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace quarry::test {

// One page of the OCR evaluation set: an image as a scanner at `dpi` would deliver it, the text it
// shows and the personal values on it (exactly as printed).
struct OcrEvalPage
{
    QString name; // e.g. "ko-a-200-scan"
    int dpi = 300;
    bool degraded = false;
    QImage image;  // Format_Grayscale8, dots per metre set to dpi
    QString truth; // the printed text, lines joined by '\n'
    QStringList personalValues;
};

// The evaluation set of issue 13: Korean/English pages set in Noto Sans/Serif CJK KR at 10.5 pt,
// rendered at 150, 200 and 300 DPI, clean and degraded the way office scans are (1-2 degree skew,
// blur, sensor noise, JPEG at quality 55), with made-up but valid personal values: names with
// titles, resident numbers (checksum valid), mobile and landline numbers, e-mail addresses, bank
// accounts, card numbers (Luhn valid). Deterministic: the same pages on every run, no files needed.
// Shared by TestOcrEngine and bench_ingest.
class OcrEvalSet
{
public:
    // Texts available (0-based); pages() renders every text at every resolution and condition.
    static int textCount();
    static QList<int> dpis() { return {150, 200, 300}; }
    // One page: text `textNo`, `dpi`, clean or degraded.
    static OcrEvalPage page(int textNo, int dpi, bool degraded);
    // Every text x {150, 200, 300} DPI x {clean, degraded}.
    static QList<OcrEvalPage> pages();

    // Held-out layouts, made after the page segmentation rule was chosen on pages() and the notice
    // scan, to test it on pages it was not fitted to: "columns" (a title over two columns), "table"
    // (a ruled table, read row by row), "form" (labels and boxed values, two fields a row). Each at
    // 300 DPI clean and 200 DPI degraded.
    static QStringList layoutNames()
    {
        return {QStringLiteral("columns"), QStringLiteral("table"), QStringLiteral("form")};
    }
    static OcrEvalPage layoutPage(const QString& layout, int dpi, bool degraded);
    static QList<OcrEvalPage> layoutPages();

    // Check digits, so that validators accept the made-up numbers.
    static QString residentNumber(const QString& firstTwelveDigits); // "YYMMDD-SNNNNN" + check digit
    static QString luhnCard(const QString& firstFifteenDigits);      // "4-4-4-3" digits + check digit

private:
    static QImage renderLayout(const QString& layout, int dpi, double skewDegrees, QString* truth,
                               QStringList* personal);
    static QImage render(const QStringList& lines, const QString& family, int dpi, double skewDegrees);
    static QImage degrade(const QImage& clean, int dpi, quint32 seed);
};

} // namespace quarry::test
