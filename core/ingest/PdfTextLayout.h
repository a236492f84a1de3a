#pragma once

#include <QList>
#include <QRectF>
#include <QString>

namespace quarry {

// Puts the words of a PDF page's text layer (Poppler::Page::textList()) in reading order.
//
// Poppler's own order (TextOutputDev, what pdftotext prints) reads most papers column by column,
// but on pages whose columns share baselines (generated reports, many forms) it makes every line
// its own block and reads across the gutter, line by line, exactly like its physical layout. So
// the order is decided here, from the word boxes alone, the way OcrEngine::hasColumns() finds
// gutters in an image:
//  1. Poppler's lines are cut into segments wherever a gap is wider than a character: a gutter or
//     a table cell boundary is never a word space.
//  2. A gutter is a vertical band that (almost) no segment crosses, with text on both sides.
//     Segments that do cross it (a full-width title, an abstract, a centred page number, a
//     page-wide footnote) cut the page into horizontal bands; within a band the columns are read
//     one after the other, each laid out again the same way (three columns, a column with a table).
//  3. Side by side parts whose segments are a few words each are table cells, not columns: they
//     are read row by row.
//  4. What is left is read by rows: segments that share most of their height are one line, left
//     to right, so a Hangul run and a Latin run in other fonts and a little off the baseline stay
//     one line, as do a word and its footnote mark.
// Lines are separated by '\n'; a paragraph gap or a change of band by a blank line, so that the
// clean-up (TextCleaner) joins the lines of one column and never lines across a gutter. The top of
// the next column continues with one line break: text often runs on there, and the clean-up's
// line-length rule decides whether a paragraph ended.
class PdfTextLayout
{
public:
    struct Word
    {
        QString text;
        QRectF box;              // page points, y downwards
        bool spaceAfter = false; // Poppler saw a gap after the word on its line
        bool lineEnd = false;    // the last word of one of Poppler's lines
    };

    // The page's text. Every word appears exactly once.
    static QString text(const QList<Word>& words);
};

} // namespace quarry
