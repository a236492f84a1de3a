#include "formats/HwpBodyParser.h"

#include <QCoreApplication>
#include <QtEndian>

namespace quarry {

namespace {

constexpr int kParaHeader = 0x42;
constexpr int kParaText = 0x43;
constexpr int kParaLineSeg = 0x45;
constexpr int kCtrlHeader = 0x47;
constexpr int kListHeader = 0x48;
constexpr int kTable = 0x4D;

// Records kept of one section: a real section of a few million characters has a few hundred thousand;
// a stream of empty records (4 bytes each) stops here instead of filling memory with their index.
constexpr size_t kMaxRecords = 4'000'000;

// Objects inside objects (tables in cells in text boxes ...) deeper than this are skipped: real
// documents stay far below, and recursion on hostile input stays bounded.
constexpr int kMaxDepth = 48;

constexpr quint32 ctrlId(char a, char b, char c, char d)
{
    return quint32(uchar(a)) << 24 | quint32(uchar(b)) << 16 | quint32(uchar(c)) << 8 | quint32(uchar(d));
}

} // namespace

std::vector<HwpBodyParser::Record> HwpBodyParser::records(const QByteArray& bytes, bool* complete)
{
    std::vector<Record> out;
    bool whole = true;
    const char* data = bytes.constData();
    const qsizetype size = bytes.size();
    qsizetype pos = 0;
    int previousLevel = -1;
    while (pos < size) {
        if (out.size() >= kMaxRecords || size - pos < 4) {
            whole = false;
            break;
        }
        const quint32 header = qFromLittleEndian<quint32>(data + pos);
        pos += 4;
        Record r;
        r.tag = int(header & 0x3FF);
        r.level = int((header >> 10) & 0x3FF);
        qsizetype length = qsizetype(header >> 20);
        if (length == 0xFFF) {
            if (size - pos < 4) {
                whole = false;
                break;
            }
            length = qsizetype(qFromLittleEndian<quint32>(data + pos));
            pos += 4;
        }
        if (length > size - pos) { // cut at the end of the stream
            length = size - pos;
            whole = false;
        }
        // A child is one level below its parent: a jump further down is clamped to that.
        r.level = std::min(r.level, previousLevel + 1);
        previousLevel = r.level;
        r.data = data + pos;
        r.size = length;
        out.push_back(r);
        pos += length;
    }
    if (complete)
        *complete = whole;
    return out;
}

bool HwpBodyParser::looksLikeSection(const QByteArray& bytes)
{
    bool complete = false;
    const std::vector<Record> rs = records(bytes, &complete);
    return complete && !rs.empty() && rs.front().tag == kParaHeader;
}

void HwpBodyParser::warnOnce(const QString& warning)
{
    if (!m_warnings.contains(warning))
        m_warnings << warning;
}

size_t HwpBodyParser::childrenEnd(size_t index) const
{
    size_t end = index + 1;
    while (end < m_records.size() && m_records[end].level > m_records[index].level)
        ++end;
    return end;
}

void HwpBodyParser::parseSection(const QByteArray& bytes)
{
    bool complete = true;
    m_records = records(bytes, &complete);
    if (!complete)
        warnOnce(tr("a section of the document is truncated; text at its end may be missing"));
    m_sectionStart = true;
    paragraphs({0, m_records.size()}, 0);
    m_records.clear();
}

void HwpBodyParser::paragraphs(Range range, int level)
{
    size_t i = range.first;
    while (i < range.second) {
        const size_t end = std::min(childrenEnd(i), range.second);
        if (m_records[i].level == level && m_records[i].tag == kParaHeader)
            paragraph(i, end);
        i = end;
    }
}

void HwpBodyParser::paragraph(size_t index, size_t end)
{
    const Record& header = m_records[index];
    const int level = header.level;
    const Record* text = nullptr;
    const Record* lines = nullptr;
    std::vector<std::pair<size_t, size_t>> controls;
    for (size_t i = index + 1; i < end;) {
        const size_t childEnd = std::min(childrenEnd(i), end);
        const Record& r = m_records[i];
        if (r.level == level + 1) {
            if (r.tag == kParaText && !text)
                text = &r;
            else if (r.tag == kParaLineSeg && !lines)
                lines = &r;
            else if (r.tag == kCtrlHeader)
                controls.emplace_back(i, childEnd);
        }
        i = childEnd;
    }

    const bool top = level == 0 && m_builder.atTopLevel();
    const int lineCount = lines ? int(lines->size / 36) : 0;
    auto vertical = [&](int line) {
        return qint64(qint32(qFromLittleEndian<quint32>(lines->data + line * 36 + 4)));
    };
    if (top) {
        // Pages are not stored: a section start, a page or section break, or the cached layout's
        // vertical position going back up starts a new (estimated) page.
        const int breakType = header.size > 11 ? uchar(header.data[11]) : 0;
        bool newPage = !m_firstParagraph && (m_sectionStart || (breakType & 0x05) != 0);
        if (lineCount > 0 && m_lastVertical >= 0 && vertical(0) < m_lastVertical)
            newPage = true;
        if (newPage)
            m_builder.pageBreak();
        m_firstParagraph = false;
        m_sectionStart = false;
    }

    m_builder.beginParagraph();
    if (text)
        paragraphText(*text);
    if (m_builder.depth() >= kMaxDepth && !controls.empty()) {
        warnOnce(tr("objects nested too deeply were skipped"));
    } else {
        for (const auto& [first, last] : controls)
            control(first, last);
    }
    m_builder.endParagraph();

    if (top && lineCount > 0) {
        // A page that begins inside this paragraph: the next paragraph starts a new page.
        bool breakAfter = false;
        for (int line = 1; line < lineCount; ++line)
            if (vertical(line) < vertical(line - 1))
                breakAfter = true;
        m_lastVertical = vertical(lineCount - 1);
        if (breakAfter) {
            m_builder.pageBreak();
            m_lastVertical = -1;
        }
    }
}

void HwpBodyParser::paragraphText(const Record& record)
{
    const qsizetype units = record.size / 2;
    QString out;
    out.reserve(units);
    qsizetype i = 0;
    while (i < units) {
        const char16_t c = qFromLittleEndian<quint16>(record.data + 2 * i);
        if (c < 32) {
            switch (c) {
            case 9: // tab: an 8-unit inline control
                out += QLatin1Char('\t');
                i += 8;
                break;
            case 10:
                out += QLatin1Char('\n');
                i += 1;
                break;
            case 24: // hyphen
                out += QLatin1Char('-');
                i += 1;
                break;
            case 30: // non-breaking space
            case 31: // fixed-width space
                out += QLatin1Char(' ');
                i += 1;
                break;
            case 0:
            case 13: // paragraph end
            case 25:
            case 26:
            case 27:
            case 28:
            case 29:
                i += 1;
                break;
            default: // inline (4-8, 19, 20) and extended controls (1-3, 11, 12, 14-18, 21-23): 8 units
                i += 8;
                break;
            }
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < units &&
            QChar::isLowSurrogate(qFromLittleEndian<quint16>(record.data + 2 * i + 2))) {
            out += QChar(c);
            out += QChar(qFromLittleEndian<quint16>(record.data + 2 * i + 2));
            i += 2;
            continue;
        }
        out += QChar::isSurrogate(c) ? QChar(QChar::ReplacementCharacter) : QChar(c);
        ++i;
    }
    m_builder.appendText(out);
}

void HwpBodyParser::control(size_t index, size_t end)
{
    const Record& r = m_records[index];
    if (r.size < 4)
        return;
    using Frame = HwpDocumentBuilder::Frame;
    Frame frame = Frame::Body;
    switch (qFromLittleEndian<quint32>(r.data)) {
    case ctrlId('t', 'b', 'l', ' '):
        table(index, end);
        return;
    case ctrlId('g', 's', 'o', ' '):
        shapeChildren({index + 1, end}, r.level + 1);
        return;
    case ctrlId('h', 'e', 'a', 'd'):
        frame = Frame::Header;
        break;
    case ctrlId('f', 'o', 'o', 't'):
        frame = Frame::Footer;
        break;
    case ctrlId('f', 'n', ' ', ' '):
        frame = Frame::Footnote;
        break;
    case ctrlId('e', 'n', ' ', ' '):
        frame = Frame::Endnote;
        break;
    case ctrlId('t', 'c', 'm', 't'):
        frame = Frame::Comment;
        break;
    default:
        return; // equations, section/column definitions, fields, page numbers ...: no text of their own
    }
    m_builder.begin(frame);
    paragraphs({index + 1, end}, r.level + 1);
    m_builder.end(frame);
}

void HwpBodyParser::table(size_t index, size_t end)
{
    using Frame = HwpDocumentBuilder::Frame;
    const int level = m_records[index].level + 1;
    m_builder.begin(Frame::Table);
    bool seenTable = false;
    Frame open = Frame::Table; // the caption or cell frame in progress, if any
    for (size_t i = index + 1; i < end;) {
        const size_t childEnd = std::min(childrenEnd(i), end);
        const Record& r = m_records[i];
        if (r.level == level) {
            if (r.tag == kTable) {
                seenTable = true;
                if (open == Frame::Caption)
                    m_builder.end(Frame::Caption);
                open = Frame::Table;
            } else if (r.tag == kListHeader) {
                if (open != Frame::Table)
                    m_builder.end(open);
                // A list before the TABLE record is the caption; after it, one list per cell.
                open = seenTable ? Frame::Cell : Frame::Caption;
                m_builder.begin(open);
                // Real files: UINT16 paragraphs, UINT16 padding, UINT32 flags, then column and row.
                if (open == Frame::Cell && r.size >= 12)
                    m_builder.setCellAddress(qFromLittleEndian<quint16>(r.data + 10),
                                             qFromLittleEndian<quint16>(r.data + 8));
            } else if (r.tag == kParaHeader) {
                if (open == Frame::Table) { // paragraphs without a list: damaged, keep the text
                    open = Frame::Cell;
                    m_builder.begin(open);
                }
                paragraph(i, childEnd);
            }
        }
        i = childEnd;
    }
    m_builder.end(Frame::Table);
}

void HwpBodyParser::shapeChildren(Range range, int level)
{
    using Frame = HwpDocumentBuilder::Frame;
    if (m_builder.depth() >= kMaxDepth || level > 4 * kMaxDepth) {
        warnOnce(tr("objects nested too deeply were skipped"));
        return;
    }
    bool open = false;
    for (size_t i = range.first; i < range.second;) {
        const size_t childEnd = std::min(childrenEnd(i), range.second);
        const Record& r = m_records[i];
        if (r.level == level) {
            if (r.tag == kListHeader) {
                if (open)
                    m_builder.end(Frame::TextBox);
                m_builder.begin(Frame::TextBox);
                open = true;
            } else if (r.tag == kParaHeader) {
                if (!open) {
                    m_builder.begin(Frame::TextBox);
                    open = true;
                }
                paragraph(i, childEnd);
            } else if (childEnd > i + 1) {
                // A shape component (a group holds its members as children): look inside.
                if (open) {
                    m_builder.end(Frame::TextBox);
                    open = false;
                }
                shapeChildren({i + 1, childEnd}, level + 1);
            }
        }
        i = childEnd;
    }
    if (open)
        m_builder.end(Frame::TextBox);
}

} // namespace quarry
