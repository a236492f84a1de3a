#pragma once

#include "formats/ExtractedDocument.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace quarry {

// Turns the paragraph/object structure that the HWP 5 and the HWPX reader walk into pages of
// text, so that both formats of one document give the same text:
// - body paragraphs separated by "\n\n"; an object anchored in a paragraph (table, text box)
//   follows that paragraph as its own block, so it never splits a sentence;
// - a table is one block, one line per row, cells separated by tabs (a cell's paragraphs joined
//   by spaces); a nested table is flattened into its cell; a caption precedes its table;
// - the running header opens and the footer closes every page from the one where it is defined,
//   so that the clean-up's header/footer detection sees them as it does on PDF pages;
// - footnotes and hidden comments follow the body of their page, endnotes close the document,
//   each its own paragraph tagged "[^N]", "[^eN]" or "[^cN]" (N counts notes of that kind).
// Pages are estimated by the readers (breaks, layout cache) and come out as separate pages.
class HwpDocumentBuilder
{
public:
    enum class Frame
    {
        Body,
        Table,
        Cell,
        Caption,
        TextBox,
        Header,
        Footer,
        Footnote,
        Endnote,
        Comment,
    };

    void beginParagraph();
    void appendText(const QString& text);
    void endParagraph();
    // Asks for a new page before the paragraph in progress (top level only; the reader learns of
    // it from the layout cache, which comes after the paragraph's text in HWPX).
    void breakBeforeCurrentParagraph();
    // Ends the current page (between top-level paragraphs).
    void pageBreak();

    // Opens a frame inside the current one. Cells belong to a Table frame; setCellAddress can come
    // before or after the cell's text (HWPX writes hp:cellAddr after hp:subList).
    void begin(Frame frame);
    void setCellAddress(int row, int column);
    void end(Frame frame); // closes the innermost frame of that kind and any left open inside it

    bool atTopLevel() const { return m_stack.size() == 1; }
    int depth() const { return int(m_stack.size()); }

    // Closes every open frame and returns the pages with any text (at least one page if the
    // document has text at all, none otherwise).
    QList<ExtractedPage> finish();

private:
    struct Cell
    {
        int row = -1;
        int column = -1;
        int seq = 0;
        QString text;
    };
    struct Open
    {
        Frame frame = Frame::Body;
        QStringList blocks; // finished paragraphs and blocks
        QString paragraph;  // paragraph in progress
        bool inParagraph = false;
        QStringList pending;      // blocks anchored in the paragraph in progress
        bool breakBefore = false; // top level: start a new page before this paragraph
        QList<Cell> cells;        // Table frame
        QString caption;          // Table frame
        int row = -1;             // Cell frame
        int column = -1;
    };

    void closeTop();
    void addBlock(Open& into, const QString& block);
    QString joined(const Open& open) const;

    QList<Open> m_stack{Open{}};
    QList<ExtractedPage> m_pages;
    QStringList m_footnotes; // of the page in progress
    QStringList m_endnotes;
    QString m_header;
    QString m_footer;
    int m_footnoteCount = 0;
    int m_endnoteCount = 0;
    int m_commentCount = 0;
};

} // namespace quarry
