#include "formats/MarkdownReader.h"

#include "formats/PlainTextReader.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace quarry {

namespace {

bool isAsciiPunct(QChar c)
{
    return c.unicode() < 0x80 && c.isPunct() ? true : QStringLiteral("$+<=>^`|~").contains(c);
}

int runLength(const QString& s, qsizetype i, QChar c)
{
    int k = 0;
    while (i + k < s.size() && s[i + k] == c)
        ++k;
    return k;
}

// Finds the closing delimiter run for an emphasis opener at `i` (same character, same length,
// right-flanking; for '_' not inside a word). Returns its position or -1.
qsizetype findCloser(const QString& s, qsizetype i, QChar c, int len)
{
    const qsizetype limit = std::min<qsizetype>(s.size(), i + len + 1000); // bounded: no quadratic lines
    for (qsizetype k = i + len + 1; k < limit; ++k) {
        if (s[k] == QLatin1Char('\\')) {
            ++k;
            continue;
        }
        if (s[k] != c)
            continue;
        const int l = runLength(s, k, c);
        const bool rightFlanking = !s[k - 1].isSpace();
        const QChar after = k + l < s.size() ? s[k + l] : QChar(u' ');
        if (l == len && rightFlanking && !(c == QLatin1Char('_') && after.isLetterOrNumber()))
            return k;
        k += l - 1;
    }
    return -1;
}

// Finds the ']' matching the '[' at `i`, allowing nesting. Returns -1 if none.
qsizetype matchBracket(const QString& s, qsizetype i, QChar open, QChar close)
{
    int depth = 0;
    const qsizetype limit = std::min<qsizetype>(s.size(), i + 1000);
    for (qsizetype k = i; k < limit; ++k) {
        if (s[k] == QLatin1Char('\\')) {
            ++k;
            continue;
        }
        if (s[k] == open)
            ++depth;
        else if (s[k] == close && --depth == 0)
            return k;
    }
    return -1;
}

// Inline markup to plain text: emphasis and strike markers dropped when paired, links and images
// reduced to their text, code spans kept verbatim, HTML tags dropped, escapes resolved.
QString inlineText(const QString& s, int depth = 0)
{
    QString out;
    out.reserve(s.size());
    QSet<qsizetype> closers;
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = s[i];
        if (closers.contains(i)) {
            i += runLength(s, i, c);
            continue;
        }
        if (c == QLatin1Char('\\') && i + 1 < n && isAsciiPunct(s[i + 1])) {
            out.append(s[i + 1]);
            i += 2;
            continue;
        }
        if (c == QLatin1Char('`')) {
            const int len = runLength(s, i, c);
            const QString fence(len, c);
            qsizetype k = s.indexOf(fence, i + len);
            while (k >= 0 && runLength(s, k, c) != len)
                k = s.indexOf(fence, k + runLength(s, k, c));
            if (k < 0) {
                out.append(fence);
                i += len;
                continue;
            }
            out.append(s.mid(i + len, k - i - len).trimmed());
            i = k + len;
            continue;
        }
        if ((c == QLatin1Char('[') || (c == QLatin1Char('!') && i + 1 < n && s[i + 1] == QLatin1Char('[')))
            && depth < 8) {
            const qsizetype open = c == QLatin1Char('!') ? i + 1 : i;
            const qsizetype close = matchBracket(s, open, QLatin1Char('['), QLatin1Char(']'));
            if (close > 0 && close + 1 < n && (s[close + 1] == QLatin1Char('(') || s[close + 1] == QLatin1Char('['))) {
                const QChar closeChar = s[close + 1] == QLatin1Char('(') ? QLatin1Char(')') : QLatin1Char(']');
                const qsizetype end = matchBracket(s, close + 1, s[close + 1], closeChar);
                if (end > 0) {
                    out.append(inlineText(s.mid(open + 1, close - open - 1), depth + 1));
                    i = end + 1;
                    continue;
                }
            }
        }
        if (c == QLatin1Char('<')) {
            const qsizetype end = s.indexOf(QLatin1Char('>'), i);
            if (end > i + 1) {
                const QString inner = s.mid(i + 1, end - i - 1);
                static thread_local const QRegularExpression autolink(QStringLiteral("^(https?://|mailto:|ftp://)[^\\s<>]*$|^[^\\s@<>]+@[^\\s@<>]+$"));
                static thread_local const QRegularExpression tag(QStringLiteral("^/?[A-Za-z][A-Za-z0-9-]*(\\s[^<>]*)?/?$"));
                if (autolink.match(inner).hasMatch()) {
                    out.append(inner);
                    i = end + 1;
                    continue;
                }
                if (tag.match(inner).hasMatch()) {
                    i = end + 1;
                    continue;
                }
            }
        }
        if (c == QLatin1Char('*') || c == QLatin1Char('_') || (c == QLatin1Char('~') && runLength(s, i, c) == 2)) {
            const int len = runLength(s, i, c);
            const QChar before = i > 0 ? s[i - 1] : QChar(u' ');
            const QChar after = i + len < n ? s[i + len] : QChar(u' ');
            const bool leftFlanking = !after.isSpace();
            const bool opensWord = !(c == QLatin1Char('_') && before.isLetterOrNumber());
            if (len <= 3 && leftFlanking && opensWord) {
                const qsizetype closer = findCloser(s, i, c, len);
                if (closer > 0) {
                    closers.insert(closer);
                    i += len;
                    continue;
                }
            }
            out.append(s.mid(i, len));
            i += len;
            continue;
        }
        out.append(c);
        ++i;
    }
    return out;
}

QStringList splitRow(const QString& line)
{
    QString t = line.trimmed();
    if (t.startsWith(QLatin1Char('|')))
        t.remove(0, 1);
    if (t.endsWith(QLatin1Char('|')) && !t.endsWith(QLatin1String("\\|")))
        t.chop(1);
    QStringList cells;
    QString cell;
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (t[i] == QLatin1Char('\\') && i + 1 < t.size() && t[i + 1] == QLatin1Char('|')) {
            cell.append(QLatin1Char('|'));
            ++i;
        } else if (t[i] == QLatin1Char('|')) {
            cells.append(inlineText(cell.trimmed()));
            cell.clear();
        } else {
            cell.append(t[i]);
        }
    }
    cells.append(inlineText(cell.trimmed()));
    return cells;
}

// The Markdown source of one page to plain paragraphs.
// The patterns are per thread: readers are used from worker threads, and a QRegularExpression
// compiles (and JIT-compiles) lazily on first use.
QString convert(const QString& source, QString& title)
{
    static thread_local const QRegularExpression atx(QStringLiteral("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$"));
    static thread_local const QRegularExpression setext(QStringLiteral("^ {0,3}(=+|-+)[ \\t]*$"));
    static thread_local const QRegularExpression rule(QStringLiteral("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$"));
    static thread_local const QRegularExpression fence(QStringLiteral("^ {0,3}(`{3,}|~{3,})"));
    static thread_local const QRegularExpression bullet(QStringLiteral("^([ \\t]*)[-*+][ \\t]+(?:\\[[ xX]\\][ \\t]+)?"));
    static thread_local const QRegularExpression ordered(QStringLiteral("^([ \\t]*)(\\d{1,9})([.)])[ \\t]+"));
    static thread_local const QRegularExpression refDef(QStringLiteral("^ {0,3}\\[[^\\]]+\\]:[ \\t]*\\S+"));
    static thread_local const QRegularExpression separator(QStringLiteral("^[ \\t]*\\|?[ \\t]*:?-+:?[ \\t]*(\\|[ \\t]*:?-+:?[ \\t]*)*\\|?[ \\t]*$"));
    static thread_local const QRegularExpression quote(QStringLiteral("^(?: {0,3}>[ ]?)+"));

    const QStringList lines = source.split(QLatin1Char('\n'));
    QStringList out;
    bool inFence = false;
    QString fenceMarker;
    bool inTable = false;
    bool prevParagraphLine = false; // the previous output line is paragraph text (for setext)
    qsizetype start = 0;
    // YAML front matter: only its title is kept.
    if (!lines.isEmpty() && lines[0].trimmed() == QLatin1String("---")) {
        for (qsizetype k = 1; k < lines.size(); ++k) {
            const QString l = lines[k].trimmed();
            if (l == QLatin1String("---") || l == QLatin1String("...")) {
                start = k + 1;
                break;
            }
            if (l.startsWith(QLatin1String("title:"))) {
                QString v = l.mid(6).trimmed();
                if (v.size() >= 2 && (v.front() == QLatin1Char('"') || v.front() == QLatin1Char('\''))
                    && v.back() == v.front())
                    v = v.mid(1, v.size() - 2);
                title = v;
            }
        }
    }
    auto blank = [&]() {
        if (!out.isEmpty() && !out.last().isEmpty())
            out.append(QString());
        prevParagraphLine = false;
    };
    for (qsizetype k = start; k < lines.size(); ++k) {
        QString line = lines[k];
        if (inFence) {
            const auto m = fence.match(line);
            if (m.hasMatch() && m.captured(1).front() == fenceMarker.front()
                && m.captured(1).size() >= fenceMarker.size() && line.trimmed().size() == m.captured(1).size()) {
                inFence = false;
                blank();
            } else {
                out.append(line);
            }
            continue;
        }
        if (const auto m = fence.match(line); m.hasMatch()) {
            inFence = true;
            fenceMarker = m.captured(1);
            blank();
            continue;
        }
        line.remove(quote);
        if (line.trimmed().isEmpty()) {
            blank();
            inTable = false;
            continue;
        }
        if (refDef.match(line).hasMatch())
            continue;
        if (const auto m = atx.match(line); m.hasMatch()) {
            const QString text = inlineText(m.captured(2).trimmed());
            if (m.captured(1).size() == 1 && title.isEmpty())
                title = text;
            blank();
            out.append(text);
            blank();
            continue;
        }
        if (prevParagraphLine && setext.match(line).hasMatch()) {
            // The paragraph line before was a heading.
            if (line.trimmed().startsWith(QLatin1Char('=')) && title.isEmpty())
                title = out.last();
            blank();
            continue;
        }
        if (rule.match(line).hasMatch()) {
            blank();
            continue;
        }
        if (line.contains(QLatin1Char('|'))
            && (inTable || (k + 1 < lines.size() && separator.match(lines[k + 1]).hasMatch()))) {
            if (!inTable)
                blank();
            inTable = true;
            out.append(splitRow(line).join(QLatin1Char('\t')));
            if (k + 1 < lines.size() && separator.match(lines[k + 1]).hasMatch())
                ++k;
            prevParagraphLine = false;
            continue;
        }
        inTable = false;
        if (const auto m = bullet.match(line); m.hasMatch()) {
            out.append(m.captured(1) + QStringLiteral("- ") + inlineText(line.mid(m.capturedLength())));
            prevParagraphLine = false;
            continue;
        }
        if (const auto m = ordered.match(line); m.hasMatch()) {
            out.append(m.captured(1) + m.captured(2) + QStringLiteral(". ") + inlineText(line.mid(m.capturedLength())));
            prevParagraphLine = false;
            continue;
        }
        // Two trailing spaces or a backslash are a hard line break: the line stays a line.
        QString text = line;
        if (text.endsWith(QLatin1Char('\\')))
            text.chop(1);
        out.append(inlineText(text));
        prevParagraphLine = true;
    }
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out.join(QLatin1Char('\n'));
}

} // namespace

bool MarkdownReader::canRead(const QString& fileName, const QByteArray& head) const
{
    Q_UNUSED(head);
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == QLatin1String("md") || suffix == QLatin1String("markdown") || suffix == QLatin1String("mdown")
           || suffix == QLatin1String("mkd") || suffix == QLatin1String("mkdn");
}

ExtractedDocument MarkdownReader::read(const QByteArray& data, const QString& fileName) const
{
    const DecodedText decoded = PlainTextReader::decodeFile(data, fileName);
    ExtractedDocument doc;
    doc.kind = kind();
    doc.mime = QStringLiteral("text/markdown");
    doc.encoding = decoded.encoding;
    doc.warnings = decoded.warnings;
    QString title;
    for (ExtractedPage page : PlainTextReader::splitPages(decoded.text)) {
        page.text = convert(page.text, title);
        doc.pages.append(page);
    }
    doc.title = title;
    bool anyText = false;
    for (const ExtractedPage& p : std::as_const(doc.pages))
        anyText = anyText || !p.text.trimmed().isEmpty();
    if (!anyText)
        throw Error(tr("%1: the file contains no text").arg(fileName), Error::Kind::BadInput);
    return doc;
}

} // namespace quarry
