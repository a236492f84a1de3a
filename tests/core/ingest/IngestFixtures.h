#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <vector>

namespace quarry::test {

// Fixtures made on the fly: real PDFs (QPdfWriter), page images with rendered text, TIFFs
// (Leptonica) and an RC4-encrypted PDF written by hand, so no test depends on sample files.
QString cjkFamily(); // "Noto Sans CJK KR" when installed

// A PDF with a text layer: one string per page, lines split on '\n'.
void writeTextPdf(const QString& path, const QStringList& pages, const QString& family = {},
                  const QString& title = {});
// An image of text as a 300 DPI scan would look (white page, black text, grayscale).
QImage renderTextImage(const QStringList& lines, const QString& family, int pixelSize = 46,
                       int widthPx = 2000);
// A PDF whose pages are only images (no text layer), as a scanner makes them.
void writeImagePdf(const QString& path, const QList<QImage>& pages);
// A multi-page TIFF.
bool writeTiff(const QString& path, const QList<QImage>& pages);
// A one-page PDF encrypted with the standard security handler (RC4, 40-bit) and user password
// `userPassword`; its page shows `text` in Helvetica.
QByteArray encryptedPdf(const QString& userPassword, const QString& text);

// Levenshtein distance between two sequences (characters of a QString, words of a QStringList):
// the one edit-distance loop behind cer() and the reading-order tests' similarity().
template <typename Seq> int editDistance(const Seq& a, const Seq& b)
{
    std::vector<int> prev(size_t(b.size() + 1)), cur(size_t(b.size() + 1));
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int sub = prev[size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1);
            cur[size_t(j)] = std::min({sub, prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1});
        }
        std::swap(prev, cur);
    }
    return prev[size_t(b.size())];
}

// Character error rate of `hyp` against `ref` (edit distance / reference length, after NFC).
// Whitespace counts: every run of it (line breaks included, since OCR and the reference may break
// lines differently) is one space, leading and trailing runs none. A lost or extra space between
// words is an error, as it is for redaction matching. keepSpaces = false drops all whitespace, for
// printing beside the spaced figure only.
double cer(const QString& ref, const QString& hyp, bool keepSpaces = true);
// The text cer() compares.
QString normalizeForCer(const QString& text, bool keepSpaces = true);

} // namespace quarry::test
