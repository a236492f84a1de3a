#pragma once

#include <QFont>
#include <QList>
#include <QPointF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace quarry::test {

// Generated pages with a known layout, for the reading-order tests and the benchmark. Coordinates
// are in points (1/72 inch) from the page's top left; a line is drawn at its baseline.
struct PlacedText
{
    QPointF baseline; // x < 0: right after the text drawn before it
    QString text;
    QString family; // empty: DejaVu Sans
    double pointSize = 10;
};

// One page (A4 unless `sizePt` is given) per list.
void writeLayoutPdf(const QString& path, const QList<QList<PlacedText>>& pages, QSizeF sizePt = {});

// `lines` set one under the other from `top` at `left`, `leading` points apart.
QList<PlacedText> column(double left, double top, const QStringList& lines, double pointSize = 10,
                         double leading = 13, const QString& family = {});

// A line made of runs in different fonts and at slightly different baselines, as a Korean line
// with Latin words often is: each run starts where the previous one's advance ends.
QList<PlacedText> mixedLine(double left, double baseline, const QList<PlacedText>& runs);

// English prose, `count` lines of about `chars` characters, deterministic for a seed.
QStringList proseLines(int count, int chars, int seed);
// Korean prose, the same.
QStringList koreanLines(int count, int chars, int seed);

// pdftotext's text of a PDF (whitespace-normalised per page), split into pages; empty when
// pdftotext is not installed.
QStringList pdftotextPages(const QString& path);
// 1 - Levenshtein distance / length of the longer, after collapsing whitespace runs to one space:
// over characters, and (cheaper, for tests in a debug build) over words.
double similarity(const QString& a, const QString& b);
double wordSimilarity(const QString& a, const QString& b);

} // namespace quarry::test
