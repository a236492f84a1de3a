#include "text/TextCleaner.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace quarry {

namespace {

// Running headers and footers are looked for among this many non-blank lines at each page edge.
constexpr int kEdgeLines = 3;
// A header line longer than this is body text that happens to repeat.
constexpr int kMaxHeaderLength = 160;

bool isLayoutSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == 0x0B || c == 0xA0 || c == 0x3000 || c == 0x202F || c == 0x205F ||
           (c >= 0x2000 && c <= 0x200A);
}

// Invisible characters that only carry layout hints: soft hyphen, zero-width space/joiners, BOM.
bool isInvisible(char16_t c)
{
    return c == 0xAD || c == 0x200B || c == 0x2060 || c == 0xFEFF;
}

bool isHyphen(char16_t c)
{
    return c == u'-' || c == 0x2010;
}

struct Line
{
    int start = 0; // first character of the line
    int end = 0;   // one past the last character, before the terminator
    int term = 0;  // length of the terminator (0 for the last line)
    int cs = 0;    // trimmed content [cs, ce)
    int ce = 0;
    bool softHyphenEnd = false; // a soft hyphen among the trailing invisible characters
    bool blank() const { return cs >= ce; }
};

QList<Line> splitLines(const QString& t)
{
    QList<Line> lines;
    const char16_t* s = reinterpret_cast<const char16_t*>(t.constData());
    const int n = int(t.size());
    int start = 0;
    auto push = [&](int end, int term) {
        Line l;
        l.start = start;
        l.end = end;
        l.term = term;
        l.cs = start;
        l.ce = end;
        while (l.cs < l.ce && (isLayoutSpace(s[l.cs]) || isInvisible(s[l.cs])))
            ++l.cs;
        while (l.ce > l.cs && (isLayoutSpace(s[l.ce - 1]) || isInvisible(s[l.ce - 1]))) {
            if (s[l.ce - 1] == 0xAD)
                l.softHyphenEnd = true;
            --l.ce;
        }
        lines.append(l);
        start = end + term;
    };
    for (int i = 0; i < n; ++i) {
        const char16_t c = s[i];
        if (c == u'\n' || c == u'\f' || c == 0x2028 || c == 0x2029 || c == 0x85) {
            push(i, 1);
        } else if (c == u'\r') {
            const int term = (i + 1 < n && s[i + 1] == u'\n') ? 2 : 1;
            push(i, term);
            i += term - 1;
        }
    }
    if (start < n || lines.isEmpty())
        push(n, 0);
    return lines;
}

// The key under which header and footer lines are compared across pages: case and spacing
// ignored, every digit run the same, so "Page 3 of 14" and "Page 4 of 14", or "- 3 -" and "- 4 -",
// count as one repeating line.
QString edgeKey(const QString& t, const Line& l)
{
    QString key;
    key.reserve(l.ce - l.cs);
    bool inDigits = false;
    bool inSpace = false;
    for (int i = l.cs; i < l.ce; ++i) {
        const QChar c = t[i];
        if (c.isDigit()) {
            if (!inDigits)
                key.append(QLatin1Char('#'));
            inDigits = true;
            inSpace = false;
            continue;
        }
        inDigits = false;
        if (isLayoutSpace(c.unicode())) {
            if (!inSpace)
                key.append(QLatin1Char(' '));
            inSpace = true;
            continue;
        }
        inSpace = false;
        key.append(c.toLower());
    }
    return key;
}

// Unicode NFC with a map back to the input. Text is split before every character below U+0300:
// such a character never combines with what precedes it, so each piece normalises on its own and
// most pieces (ASCII, precomposed Hangul) are already normal.
QString normalizeNfc(const QString& raw, OffsetMap& map)
{
    // Qt 6.4 has no public quick check; normalized() returns an equal copy for normal text.
    const QString whole = raw.normalized(QString::NormalizationForm_C);
    if (whole == raw) {
        map = OffsetMap::identity(int(raw.size()));
        return raw;
    }
    QString out;
    out.reserve(raw.size());
    const int n = int(raw.size());
    int i = 0;
    while (i < n) {
        int j = i + 1;
        while (j < n && raw[j].unicode() >= 0x300)
            ++j;
        const QString piece = raw.mid(i, j - i);
        if (piece.normalized(QString::NormalizationForm_C) == piece) {
            map.appendRun(int(out.size()), i, j - i);
            out.append(piece);
        } else {
            // Within a piece, map each output character to the start of the input cluster it
            // came from: a starter plus the combining marks or conjoining jamo that follow it.
            int k = i;
            while (k < j) {
                int m = k + 1;
                while (m < j) {
                    const QChar c = raw[m];
                    const bool joins = c.combiningClass() != 0 ||
                                       (c.unicode() >= 0x1160 && c.unicode() <= 0x11FF) || c.isLowSurrogate();
                    if (!joins)
                        break;
                    ++m;
                }
                const QString cluster = raw.mid(k, m - k).normalized(QString::NormalizationForm_C);
                for (int q = 0; q < cluster.size(); ++q)
                    map.appendRun(int(out.size()) + q, k + std::min(q, m - k - 1), 1);
                out.append(cluster);
                k = m;
            }
        }
        i = j;
    }
    if (out != whole) {
        // A composition the cluster rule missed (some Indic vowel signs): normalise everything and
        // keep a coarse, still monotonic, map.
        out = whole;
        map = OffsetMap();
        const int len = int(std::min(out.size(), raw.size()));
        map.appendRun(0, 0, len);
    }
    return out;
}

// The Latin ligatures of the Alphabetic Presentation Forms block (U+FB00–U+FB06), which NFC keeps.
const char* latinLigature(char16_t c)
{
    switch (c) {
    case 0xFB00:
        return "ff";
    case 0xFB01:
        return "fi";
    case 0xFB02:
        return "fl";
    case 0xFB03:
        return "ffi";
    case 0xFB04:
        return "ffl";
    case 0xFB05:
    case 0xFB06:
        return "st";
    default:
        return nullptr;
    }
}

// Appends characters to the clean text and records where each came from, merging consecutive
// characters into runs.
class Builder
{
public:
    // Every output character maps to a distinct source character except a synthesized second
    // newline of a paragraph break, which follows a mapped one, and the letters of an unfolded
    // ligature (at most three): three times the input always suffices, so characters are written
    // through a pointer (QString::append(QChar) is not inline).
    explicit Builder(int sourceLength)
    {
        m_out.resize(qsizetype(sourceLength) * 3 + 2);
        m_data = m_out.data();
    }

    void put(QChar c, int source)
    {
        if (source < 0) {
            flush();
        } else if (m_runLength > 0 && m_runSource + m_runLength == source &&
                   m_runDerived + m_runLength == m_size) {
            ++m_runLength;
        } else {
            flush();
            m_runDerived = m_size;
            m_runSource = source;
            m_runLength = 1;
        }
        Q_ASSERT(m_size < m_out.size());
        m_data[m_size++] = c;
    }
    void flush()
    {
        if (m_runLength > 0)
            m_map.appendRun(m_runDerived, m_runSource, m_runLength);
        m_runLength = 0;
    }
    QString takeText()
    {
        m_out.truncate(m_size);
        m_out.squeeze(); // pages are kept for the whole document: do not hold twice the memory
        return std::move(m_out);
    }
    OffsetMap takeMap()
    {
        flush();
        return std::move(m_map);
    }

private:
    QString m_out;
    QChar* m_data = nullptr;
    int m_size = 0;
    OffsetMap m_map;
    int m_runDerived = 0;
    int m_runSource = 0;
    int m_runLength = 0;
};

bool isBulletStart(const QString& t, const Line& l)
{
    if (l.blank())
        return false;
    const char16_t c = t[l.cs].unicode();
    const bool marker = c == u'-' || c == u'*' || c == u'+' || c == 0x2022 || c == 0x00B7 || c == 0x2013 ||
                        c == 0x25AA || c == 0x25CB || c == 0x25CF || c == 0x25A0 || c == 0x25A1 ||
                        c == 0x25E6 || c == 0x203B || c == 0x2023 || c == 0x2043 || c == 0x25B6 ||
                        c == 0x25B8;
    if (marker)
        return l.cs + 1 < l.ce && isLayoutSpace(t[l.cs + 1].unicode());
    // "1. ", "2) ", "가. " numbering.
    int i = l.cs;
    while (i < l.ce && i - l.cs < 3 && t[i].isDigit())
        ++i;
    if (i == l.cs && (c >= 0xAC00 && c <= 0xD7A3))
        ++i;
    if (i == l.cs || i + 1 >= l.ce)
        return false;
    return (t[i] == QLatin1Char('.') || t[i] == QLatin1Char(')')) && isLayoutSpace(t[i + 1].unicode());
}

bool hasInnerTab(const QString& t, const Line& l)
{
    for (int i = l.cs; i < l.ce; ++i)
        if (t[i] == QLatin1Char('\t'))
            return true;
    return false;
}

bool endsSentence(QChar c)
{
    static const QString enders = QStringLiteral(".!?:;\u3002\uFF01\uFF1F\u2026\"'\u201D\u2019)]");
    return enders.contains(c);
}

// The body of one page: lines [first, last] minus blank ones, joined into paragraphs.
void cleanBody(const QString& t, const QList<Line>& lines, int first, int last, Builder& b)
{
    // A typical full line, to tell a paragraph's short last line from a wrapped one when the
    // source separates paragraphs with a single line break (PDF text layers do).
    int typical = INT_MAX;
    {
        QList<int> lengths;
        for (int k = first; k <= last; ++k)
            if (!lines[k].blank())
                lengths.append(lines[k].ce - lines[k].cs);
        if (lengths.size() >= 5) {
            std::sort(lengths.begin(), lengths.end());
            typical = lengths[(lengths.size() - 1) * 4 / 5];
            if (typical < 20)
                typical = INT_MAX; // short-line text (lists, verse, tables): no guessing
        }
    }

    // Tab-separated rows (tables from DOCX and HTML) keep their line breaks and one tab between
    // cells; a lone line with a tab in it is ordinary text.
    QList<bool> rows(last - first + 1, false);
    {
        int previousTabbed = -1; // index of the previous non-blank line if it had a tab, else -1
        int previousLine = -1;
        for (int k = first; k <= last; ++k) {
            if (lines[k].blank())
                continue;
            const bool tabbed = hasInnerTab(t, lines[k]);
            if (tabbed && previousLine >= 0 && previousTabbed == previousLine) {
                rows[k - first] = true;
                rows[previousLine - first] = true;
            }
            previousLine = k;
            previousTabbed = tabbed ? k : -1;
        }
    }
    const Line* prev = nullptr;
    int prevIndex = -1;
    bool prevRow = false;
    int blankSincePrev = 0; // line terminators seen since prev's end, for mapping breaks
    for (int k = first; k <= last; ++k) {
        const Line& l = lines[k];
        if (l.blank()) {
            if (prev)
                ++blankSincePrev;
            continue;
        }
        const bool row = rows[k - first];
        if (prev) {
            const int prevLen = prev->ce - prev->cs;
            const QChar prevLast = t[prev->ce - 1];
            const QChar first0 = t[l.cs];
            if (blankSincePrev > 0) {
                // Paragraph break: the two newlines map to the first two terminators in the gap.
                b.put(QLatin1Char('\n'), prev->end);
                const Line& gap = lines[prevIndex + 1]; // the first blank line
                b.put(QLatin1Char('\n'), gap.term > 0 ? gap.end : -1);
            } else if ((row && prevRow) || isBulletStart(t, l)) {
                b.put(QLatin1Char('\n'), prev->end);
            } else if (prev->softHyphenEnd) {
                // Soft hyphen at the line end: a hyphenation point by definition.
            } else if (isHyphen(prevLast.unicode()) && prevLen >= 2 && t[prev->ce - 2].isLetterOrNumber()) {
                // After a letter and before a lowercase letter the hyphen was left out of prev
                // ("main-" + "tenance"); otherwise ("COVID-" + "19", "Anglo-" + "Saxon",
                // "010-1234-" + "5678") it is real. No space either way: a phone number split at
                // the line end stays one number for the PII detectors.
            } else if (typical != INT_MAX &&
                       ((prevLen * 10 < typical * 7 && endsSentence(prevLast)) ||
                        (prevLen * 2 < typical && !prevLast.isPunct() &&
                         (first0.isUpper() || first0.isDigit() ||
                          (first0.unicode() >= 0xAC00 && first0.unicode() <= 0xD7A3))))) {
                // A short line ending a sentence, or a short heading-like line: paragraph break.
                b.put(QLatin1Char('\n'), prev->end);
                b.put(QLatin1Char('\n'), -1);
            } else {
                // A wrapped line: the line break becomes a space (also between Hangul words).
                b.put(QLatin1Char(' '), prev->end);
            }
        }
        // Emit the line's content, collapsing inner whitespace runs to one space (or one tab in a
        // tab-separated row), dropping invisible characters, and leaving out a trailing hyphen
        // that joins with the next line.
        int contentEnd = l.ce;
        if (k < last) {
            int next = k + 1;
            if (!lines[next].blank() && !isBulletStart(t, lines[next]) && l.ce - l.cs >= 2 &&
                isHyphen(t[l.ce - 1].unicode()) && t[l.ce - 2].isLetter() && t[lines[next].cs].isLower() &&
                !(row && rows[next - first]))
                contentEnd = l.ce - 1;
        }
        int i = l.cs;
        while (i < contentEnd) {
            const char16_t c = t[i].unicode();
            if (isInvisible(c)) {
                ++i;
                continue;
            }
            if (isLayoutSpace(c) || c < 0x20) {
                const int wsStart = i;
                bool tab = false;
                while (i < contentEnd && (isLayoutSpace(t[i].unicode()) || t[i].unicode() < 0x20 ||
                                          isInvisible(t[i].unicode()))) {
                    tab = tab || t[i] == QLatin1Char('\t');
                    ++i;
                }
                b.put(tab && row ? QLatin1Char('\t') : QLatin1Char(' '), wsStart);
                continue;
            }
            if (const char* expansion = latinLigature(c)) {
                // PDF text layers often keep the font's ligature glyphs (ﬁ, ﬂ): searching for
                // "file" or a roster name must find them. Every letter maps back to the ligature.
                for (const char* e = expansion; *e; ++e)
                    b.put(QLatin1Char(*e), i);
                ++i;
                continue;
            }
            b.put(t[i], i);
            ++i;
        }
        prev = &l;
        prevIndex = k;
        prevRow = row;
        blankSincePrev = 0;
    }
}

} // namespace

QList<CleanPage> TextCleaner::clean(const QStringList& rawPages) const
{
    const int pageCount = int(rawPages.size());
    QList<QString> nfc(pageCount);
    QList<OffsetMap> nfcMaps(pageCount);
    QList<QList<Line>> lines(pageCount);
    for (int p = 0; p < pageCount; ++p) {
        nfc[p] = normalizeNfc(rawPages[p], nfcMaps[p]);
        lines[p] = splitLines(nfc[p]);
    }

    // Running headers and footers: keys of the first and last non-blank lines of each page,
    // counted once per page; a key on at least half of the pages (and two of them) repeats.
    QList<QList<int>> top(pageCount), bottom(pageCount);
    QList<QStringList> topKeys(pageCount), bottomKeys(pageCount);
    QHash<QString, int> topCount, bottomCount;
    for (int p = 0; p < pageCount; ++p) {
        const QList<Line>& ls = lines[p];
        QSet<QString> seenTop, seenBottom;
        for (int k = 0; k < ls.size() && top[p].size() < kEdgeLines; ++k) {
            if (ls[k].blank())
                continue;
            top[p].append(k);
            const QString key = ls[k].ce - ls[k].cs <= kMaxHeaderLength ? edgeKey(nfc[p], ls[k]) : QString();
            topKeys[p].append(key);
            if (!key.isEmpty() && !seenTop.contains(key)) {
                seenTop.insert(key);
                ++topCount[key];
            }
        }
        for (int k = int(ls.size()) - 1; k >= 0 && bottom[p].size() < kEdgeLines; --k) {
            if (ls[k].blank())
                continue;
            bottom[p].append(k);
            const QString key = ls[k].ce - ls[k].cs <= kMaxHeaderLength ? edgeKey(nfc[p], ls[k]) : QString();
            bottomKeys[p].append(key);
            if (!key.isEmpty() && !seenBottom.contains(key)) {
                seenBottom.insert(key);
                ++bottomCount[key];
            }
        }
    }
    const int threshold = pageCount >= 2 ? std::max(2, (pageCount + 1) / 2) : INT_MAX;

    QList<CleanPage> result(pageCount);
    for (int p = 0; p < pageCount; ++p) {
        const QString& t = nfc[p];
        const QList<Line>& ls = lines[p];
        CleanPage& page = result[p];
        int first = 0;
        int last = int(ls.size()) - 1;
        QStringList headerLines, footerLines;
        auto lineText = [&](const Line& l) {
            QString s = t.mid(l.cs, l.ce - l.cs).simplified();
            return s;
        };
        for (int j = 0; j < top[p].size(); ++j) {
            const QString& key = topKeys[p][j];
            if (key.isEmpty() || topCount.value(key) < threshold)
                break;
            headerLines.append(lineText(ls[top[p][j]]));
            first = top[p][j] + 1;
        }
        for (int j = 0; j < bottom[p].size(); ++j) {
            const QString& key = bottomKeys[p][j];
            if (bottom[p][j] < first || key.isEmpty() || bottomCount.value(key) < threshold)
                break;
            footerLines.prepend(lineText(ls[bottom[p][j]]));
            last = bottom[p][j] - 1;
        }
        page.header = headerLines.join(QLatin1Char('\n'));
        page.footer = footerLines.join(QLatin1Char('\n'));

        Builder b(int(t.size()));
        if (first <= last)
            cleanBody(t, ls, first, last, b);
        OffsetMap cleanMap = b.takeMap();
        page.text = b.takeText();
        if (!page.text.isEmpty())
            page.map = nfcMaps[p].compose(cleanMap);
    }
    return result;
}

} // namespace quarry
