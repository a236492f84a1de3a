#include "formats/HwpDocumentBuilder.h"

#include <algorithm>
#include <utility>

namespace quarry {

namespace {

bool blank(const QString& s)
{
    return s.trimmed().isEmpty();
}

QString joinNonBlank(const QStringList& parts, const QString& separator)
{
    QStringList kept;
    for (const QString& p : parts)
        if (!blank(p))
            kept << p;
    return kept.join(separator);
}

// A footnote, endnote or comment: numbered even when empty, so the numbers match the document's.
void addNote(QStringList& notes, int& count, const QString& format, const QStringList& blocks)
{
    const QString text = joinNonBlank(blocks, QStringLiteral("\n"));
    ++count;
    if (!text.isEmpty())
        notes << format.arg(count).arg(text);
}

} // namespace

void HwpDocumentBuilder::beginParagraph()
{
    Open& top = m_stack.last();
    if (top.inParagraph)
        endParagraph();
    Open& open = m_stack.last();
    open.inParagraph = true;
    open.paragraph.clear();
    open.breakBefore = false;
}

void HwpDocumentBuilder::appendText(const QString& text)
{
    Open& top = m_stack.last();
    if (top.inParagraph)
        top.paragraph += text;
}

void HwpDocumentBuilder::breakBeforeCurrentParagraph()
{
    if (atTopLevel() && m_stack.last().inParagraph)
        m_stack.last().breakBefore = true;
}

void HwpDocumentBuilder::endParagraph()
{
    Open& top = m_stack.last();
    if (!top.inParagraph)
        return;
    top.inParagraph = false;
    if (top.frame == Frame::Body && top.breakBefore) {
        top.breakBefore = false;
        pageBreak();
    }
    Open& open = m_stack.last();
    const QStringList pending = std::exchange(open.pending, {});
    addBlock(open, std::exchange(open.paragraph, {}));
    for (const QString& block : pending)
        addBlock(open, block);
}

void HwpDocumentBuilder::pageBreak()
{
    if (!atTopLevel())
        return;
    Open& body = m_stack.first();
    // A page without body text is not a page worth keeping (two breaks in a row, a section that
    // starts with a break); its footnotes move on with the text.
    if (joinNonBlank(body.blocks, QString()).isEmpty())
        return;
    QStringList parts;
    parts << m_header << body.blocks << m_footnotes << m_footer;
    m_pages.append(ExtractedPage{joinNonBlank(parts, QStringLiteral("\n\n")), {}});
    body.blocks.clear();
    m_footnotes.clear();
}

void HwpDocumentBuilder::begin(Frame frame)
{
    Open open;
    open.frame = frame;
    m_stack.append(open);
}

void HwpDocumentBuilder::setCellAddress(int row, int column)
{
    for (qsizetype i = m_stack.size() - 1; i > 0; --i) {
        if (m_stack[i].frame == Frame::Cell) {
            m_stack[i].row = row;
            m_stack[i].column = column;
            return;
        }
    }
}

void HwpDocumentBuilder::end(Frame frame)
{
    qsizetype index = -1;
    for (qsizetype i = m_stack.size() - 1; i > 0; --i) {
        if (m_stack[i].frame == frame) {
            index = i;
            break;
        }
    }
    if (index < 0)
        return; // an end without its begin (damaged input): nothing to close
    while (m_stack.size() > index)
        closeTop();
}

void HwpDocumentBuilder::addBlock(Open& into, const QString& block)
{
    if (blank(block))
        return;
    if (into.inParagraph)
        into.pending << block;
    else
        into.blocks << block;
}

void HwpDocumentBuilder::closeTop()
{
    if (m_stack.size() <= 1)
        return;
    endParagraph();
    const Open open = m_stack.takeLast();
    Open& parent = m_stack.last();
    switch (open.frame) {
    case Frame::Body:
        break;
    case Frame::Cell: {
        // A row stays one line: the cell's paragraphs, nested tables included, become one run of text.
        const QString text = open.blocks.join(QLatin1Char(' ')).simplified();
        if (parent.frame == Frame::Table)
            parent.cells.append(Cell{open.row, open.column, int(parent.cells.size()), text});
        else
            addBlock(parent, text);
        break;
    }
    case Frame::Caption: {
        const QString text = joinNonBlank(open.blocks, QStringLiteral("\n"));
        if (parent.frame == Frame::Table)
            parent.caption = text;
        else
            addBlock(parent, text);
        break;
    }
    case Frame::Table: {
        QList<Cell> cells = open.cells;
        const bool addressed = std::all_of(cells.cbegin(), cells.cend(),
                                           [](const Cell& c) { return c.row >= 0 && c.column >= 0; });
        if (addressed)
            std::stable_sort(cells.begin(), cells.end(), [](const Cell& a, const Cell& b) {
                return a.row != b.row ? a.row < b.row : a.column < b.column;
            });
        QStringList rows;
        QStringList row;
        int rowNo = -1;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const Cell& c = cells[i];
            // Without addresses (damaged input) every cell is its own row: nothing is lost.
            const int key = addressed ? c.row : int(i);
            if (key != rowNo && !row.isEmpty()) {
                if (!blank(row.join(QString())))
                    rows << row.join(QLatin1Char('\t'));
                row.clear();
            }
            rowNo = key;
            row << c.text;
        }
        if (!row.isEmpty() && !blank(row.join(QString())))
            rows << row.join(QLatin1Char('\t'));
        QStringList block;
        if (!blank(open.caption))
            block << open.caption;
        block << rows;
        addBlock(parent, block.join(QLatin1Char('\n')));
        break;
    }
    case Frame::TextBox:
        addBlock(parent, joinNonBlank(open.blocks, QStringLiteral("\n")));
        break;
    case Frame::Header:
        m_header = joinNonBlank(open.blocks, QStringLiteral("\n"));
        break;
    case Frame::Footer:
        m_footer = joinNonBlank(open.blocks, QStringLiteral("\n"));
        break;
    case Frame::Footnote:
        addNote(m_footnotes, m_footnoteCount, QStringLiteral("[^%1] %2"), open.blocks);
        break;
    case Frame::Endnote:
        addNote(m_endnotes, m_endnoteCount, QStringLiteral("[^e%1] %2"), open.blocks);
        break;
    case Frame::Comment:
        addNote(m_footnotes, m_commentCount, QStringLiteral("[^c%1] %2"), open.blocks);
        break;
    }
}

QList<ExtractedPage> HwpDocumentBuilder::finish()
{
    while (m_stack.size() > 1)
        closeTop();
    endParagraph();
    Open& body = m_stack.first();
    body.blocks << m_endnotes;
    m_endnotes.clear();
    if (!joinNonBlank(body.blocks, QString()).isEmpty()) {
        pageBreak();
    } else if (!m_footnotes.isEmpty() && !m_pages.isEmpty()) {
        // Notes of a last page without body text go to the page before.
        m_pages.last().text += QStringLiteral("\n\n") + m_footnotes.join(QStringLiteral("\n\n"));
        m_footnotes.clear();
    } else if (m_pages.isEmpty()) {
        // No body text at all: what the header, footer and notes hold is the document's text.
        QStringList parts;
        parts << m_header << m_footnotes << m_footer;
        const QString text = joinNonBlank(parts, QStringLiteral("\n\n"));
        if (!text.isEmpty())
            m_pages.append(ExtractedPage{text, {}});
        m_footnotes.clear();
    }
    return std::exchange(m_pages, {});
}

} // namespace quarry
