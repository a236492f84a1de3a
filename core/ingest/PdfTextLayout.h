#pragma once

#include <QList>
#include <QRectF>
#include <QString>

namespace quarry {

// Turns the words of a PDF page's text layer, in Poppler's reading order (the order
// Poppler::Page::textList() gives, which is TextOutputDev's and so pdftotext's: columns one after
// the other, full-width headings and footers where a reader puts them), into page text.
//
// Poppler already orders blocks and columns; what is left here is putting its lines back together
// as text: a line that Poppler cut in two on one baseline (a run in another font a little higher
// or lower, as Hangul and Latin runs often are) is joined again, and a block change that is not a
// simple next line (a new column, a paragraph gap, a heading) becomes a blank line, so that the
// clean-up never joins lines across a gutter. Kept apart from Poppler so that it can be tested
// on word boxes made up in a test.
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

    // The page's text: lines separated by '\n', blocks by a blank line. Every word appears once,
    // in the order given.
    static QString text(const QList<Word>& words);
};

} // namespace quarry
