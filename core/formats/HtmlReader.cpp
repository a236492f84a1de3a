#include "formats/HtmlReader.h"

#include "text/TextDecoder.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

namespace quarry {

namespace {

bool isHtmlSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r')
           || c == QLatin1Char('\f');
}

// Named references worth knowing in documents; the full HTML list has 2,000 mostly mathematical
// names, and an unknown one stays as written.
const QHash<QString, char32_t>& namedEntities()
{
    static const QHash<QString, char32_t> entities = {
        {QStringLiteral("amp"), U'&'},       {QStringLiteral("lt"), U'<'},         {QStringLiteral("gt"), U'>'},
        {QStringLiteral("quot"), U'"'},      {QStringLiteral("apos"), U'\''},      {QStringLiteral("nbsp"), 0xA0},
        {QStringLiteral("copy"), 0xA9},      {QStringLiteral("reg"), 0xAE},        {QStringLiteral("trade"), 0x2122},
        {QStringLiteral("hellip"), 0x2026},  {QStringLiteral("mdash"), 0x2014},    {QStringLiteral("ndash"), 0x2013},
        {QStringLiteral("lsquo"), 0x2018},   {QStringLiteral("rsquo"), 0x2019},    {QStringLiteral("ldquo"), 0x201C},
        {QStringLiteral("rdquo"), 0x201D},   {QStringLiteral("sbquo"), 0x201A},    {QStringLiteral("bdquo"), 0x201E},
        {QStringLiteral("bull"), 0x2022},    {QStringLiteral("middot"), 0xB7},     {QStringLiteral("laquo"), 0xAB},
        {QStringLiteral("raquo"), 0xBB},     {QStringLiteral("lsaquo"), 0x2039},   {QStringLiteral("rsaquo"), 0x203A},
        {QStringLiteral("euro"), 0x20AC},    {QStringLiteral("pound"), 0xA3},      {QStringLiteral("yen"), 0xA5},
        {QStringLiteral("cent"), 0xA2},      {QStringLiteral("won"), 0x20A9},      {QStringLiteral("sect"), 0xA7},
        {QStringLiteral("para"), 0xB6},      {QStringLiteral("deg"), 0xB0},        {QStringLiteral("plusmn"), 0xB1},
        {QStringLiteral("times"), 0xD7},     {QStringLiteral("divide"), 0xF7},     {QStringLiteral("frac12"), 0xBD},
        {QStringLiteral("frac14"), 0xBC},    {QStringLiteral("frac34"), 0xBE},     {QStringLiteral("sup1"), 0xB9},
        {QStringLiteral("sup2"), 0xB2},      {QStringLiteral("sup3"), 0xB3},       {QStringLiteral("micro"), 0xB5},
        {QStringLiteral("shy"), 0xAD},       {QStringLiteral("ensp"), 0x2002},     {QStringLiteral("emsp"), 0x2003},
        {QStringLiteral("thinsp"), 0x2009},  {QStringLiteral("zwnj"), 0x200C},     {QStringLiteral("zwj"), 0x200D},
        {QStringLiteral("lrm"), 0x200E},     {QStringLiteral("rlm"), 0x200F},      {QStringLiteral("larr"), 0x2190},
        {QStringLiteral("uarr"), 0x2191},    {QStringLiteral("rarr"), 0x2192},     {QStringLiteral("darr"), 0x2193},
        {QStringLiteral("harr"), 0x2194},    {QStringLiteral("rArr"), 0x21D2},     {QStringLiteral("lArr"), 0x21D0},
        {QStringLiteral("le"), 0x2264},      {QStringLiteral("ge"), 0x2265},       {QStringLiteral("ne"), 0x2260},
        {QStringLiteral("asymp"), 0x2248},   {QStringLiteral("infin"), 0x221E},    {QStringLiteral("minus"), 0x2212},
        {QStringLiteral("prime"), 0x2032},   {QStringLiteral("Prime"), 0x2033},    {QStringLiteral("dagger"), 0x2020},
        {QStringLiteral("Dagger"), 0x2021},  {QStringLiteral("permil"), 0x2030},   {QStringLiteral("iexcl"), 0xA1},
        {QStringLiteral("iquest"), 0xBF},    {QStringLiteral("ordf"), 0xAA},       {QStringLiteral("ordm"), 0xBA},
        {QStringLiteral("not"), 0xAC},       {QStringLiteral("macr"), 0xAF},       {QStringLiteral("acute"), 0xB4},
        {QStringLiteral("cedil"), 0xB8},     {QStringLiteral("uml"), 0xA8},        {QStringLiteral("curren"), 0xA4},
        {QStringLiteral("brvbar"), 0xA6},    {QStringLiteral("hearts"), 0x2665},   {QStringLiteral("check"), 0x2713},
        {QStringLiteral("alpha"), 0x3B1},    {QStringLiteral("beta"), 0x3B2},      {QStringLiteral("gamma"), 0x3B3},
        {QStringLiteral("delta"), 0x3B4},    {QStringLiteral("pi"), 0x3C0},        {QStringLiteral("mu"), 0x3BC},
        {QStringLiteral("sigma"), 0x3C3},    {QStringLiteral("Omega"), 0x3A9},     {QStringLiteral("szlig"), 0xDF},
        {QStringLiteral("Agrave"), 0xC0},    {QStringLiteral("Aacute"), 0xC1},     {QStringLiteral("Acirc"), 0xC2},
        {QStringLiteral("Atilde"), 0xC3},    {QStringLiteral("Auml"), 0xC4},       {QStringLiteral("Aring"), 0xC5},
        {QStringLiteral("AElig"), 0xC6},     {QStringLiteral("Ccedil"), 0xC7},     {QStringLiteral("Egrave"), 0xC8},
        {QStringLiteral("Eacute"), 0xC9},    {QStringLiteral("Ecirc"), 0xCA},      {QStringLiteral("Euml"), 0xCB},
        {QStringLiteral("Igrave"), 0xCC},    {QStringLiteral("Iacute"), 0xCD},     {QStringLiteral("Icirc"), 0xCE},
        {QStringLiteral("Iuml"), 0xCF},      {QStringLiteral("Ntilde"), 0xD1},     {QStringLiteral("Ograve"), 0xD2},
        {QStringLiteral("Oacute"), 0xD3},    {QStringLiteral("Ocirc"), 0xD4},      {QStringLiteral("Otilde"), 0xD5},
        {QStringLiteral("Ouml"), 0xD6},      {QStringLiteral("Oslash"), 0xD8},     {QStringLiteral("Ugrave"), 0xD9},
        {QStringLiteral("Uacute"), 0xDA},    {QStringLiteral("Ucirc"), 0xDB},      {QStringLiteral("Uuml"), 0xDC},
        {QStringLiteral("Yacute"), 0xDD},    {QStringLiteral("agrave"), 0xE0},     {QStringLiteral("aacute"), 0xE1},
        {QStringLiteral("acirc"), 0xE2},     {QStringLiteral("atilde"), 0xE3},     {QStringLiteral("auml"), 0xE4},
        {QStringLiteral("aring"), 0xE5},     {QStringLiteral("aelig"), 0xE6},      {QStringLiteral("ccedil"), 0xE7},
        {QStringLiteral("egrave"), 0xE8},    {QStringLiteral("eacute"), 0xE9},     {QStringLiteral("ecirc"), 0xEA},
        {QStringLiteral("euml"), 0xEB},      {QStringLiteral("igrave"), 0xEC},     {QStringLiteral("iacute"), 0xED},
        {QStringLiteral("icirc"), 0xEE},     {QStringLiteral("iuml"), 0xEF},       {QStringLiteral("ntilde"), 0xF1},
        {QStringLiteral("ograve"), 0xF2},    {QStringLiteral("oacute"), 0xF3},     {QStringLiteral("ocirc"), 0xF4},
        {QStringLiteral("otilde"), 0xF5},    {QStringLiteral("ouml"), 0xF6},       {QStringLiteral("oslash"), 0xF8},
        {QStringLiteral("ugrave"), 0xF9},    {QStringLiteral("uacute"), 0xFA},     {QStringLiteral("ucirc"), 0xFB},
        {QStringLiteral("uuml"), 0xFC},      {QStringLiteral("yacute"), 0xFD},     {QStringLiteral("yuml"), 0xFF},
        {QStringLiteral("OElig"), 0x152},    {QStringLiteral("oelig"), 0x153},     {QStringLiteral("Scaron"), 0x160},
        {QStringLiteral("scaron"), 0x161},   {QStringLiteral("Yuml"), 0x178},      {QStringLiteral("fnof"), 0x192},
    };
    return entities;
}

void appendCodePoint(QString& out, char32_t cp)
{
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    if (cp >= 0x10000) {
        out.append(QChar(char16_t(0xD800 + ((cp - 0x10000) >> 10))));
        out.append(QChar(char16_t(0xDC00 + ((cp - 0x10000) & 0x3FF))));
    } else {
        out.append(QChar(char16_t(cp)));
    }
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// Decodes a character reference starting at s[i] == '&'; on success appends it, advances i past
// it and returns true. Unknown or malformed references are left as text.
bool decodeEntity(const QString& s, qsizetype& i, QString& out)
{
    const qsizetype n = s.size();
    qsizetype j = i + 1;
    if (j < n && s[j] == QLatin1Char('#')) {
        ++j;
        const bool hex = j < n && (s[j] == QLatin1Char('x') || s[j] == QLatin1Char('X'));
        if (hex)
            ++j;
        const qsizetype digitsStart = j;
        quint64 value = 0;
        while (j < n && j - digitsStart < 8) {
            const int d = hex ? hexValue(s[j]) : (s[j] >= QLatin1Char('0') && s[j] <= QLatin1Char('9') ? s[j].unicode() - u'0' : -1);
            if (d < 0)
                break;
            value = value * (hex ? 16 : 10) + quint64(d);
            ++j;
        }
        if (j == digitsStart)
            return false;
        while (j < n && (hex ? hexValue(s[j]) >= 0 : (s[j] >= QLatin1Char('0') && s[j] <= QLatin1Char('9')))) {
            ++j;
            value = 0x110000; // absurdly long: out of range
        }
        if (j < n && s[j] == QLatin1Char(';'))
            ++j;
        appendCodePoint(out, char32_t(std::min<quint64>(value, 0x110000)));
        i = j;
        return true;
    }
    while (j < n && j - i <= 10 && s[j].unicode() < 0x80 && s[j].isLetterOrNumber())
        ++j;
    if (j == i + 1)
        return false;
    const QString name = s.mid(i + 1, j - i - 1);
    const auto it = namedEntities().constFind(name);
    if (it == namedEntities().cend())
        return false;
    if (j < n && s[j] == QLatin1Char(';'))
        ++j;
    appendCodePoint(out, it.value());
    i = j;
    return true;
}

QString decodeEntities(const QString& s)
{
    if (!s.contains(QLatin1Char('&')))
        return s;
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size();) {
        if (s[i] == QLatin1Char('&') && decodeEntity(s, i, out))
            continue;
        out.append(s[i++]);
    }
    return out;
}

struct Tag
{
    QString name; // lower case
    bool end = false;
    bool selfClosing = false;
    QHash<QString, QString> attributes; // names lower case, values decoded
};

// Parses a tag at s[i] == '<'. Returns false when this '<' does not start a tag ("a < b").
bool parseTag(const QString& s, qsizetype& i, Tag& tag)
{
    const qsizetype n = s.size();
    qsizetype j = i + 1;
    if (j < n && s[j] == QLatin1Char('/')) {
        tag.end = true;
        ++j;
    }
    if (j >= n || !(s[j].unicode() < 0x80 && s[j].isLetter()))
        return false;
    const qsizetype nameStart = j;
    while (j < n && !isHtmlSpace(s[j]) && s[j] != QLatin1Char('/') && s[j] != QLatin1Char('>'))
        ++j;
    tag.name = s.mid(nameStart, j - nameStart).toLower();
    // Attributes: name, name=value, name="value", name='value'.
    while (j < n) {
        while (j < n && (isHtmlSpace(s[j]) || s[j] == QLatin1Char('/'))) {
            if (s[j] == QLatin1Char('/'))
                tag.selfClosing = true;
            ++j;
        }
        if (j >= n || s[j] == QLatin1Char('>'))
            break;
        tag.selfClosing = false;
        const qsizetype an = j;
        while (j < n && !isHtmlSpace(s[j]) && s[j] != QLatin1Char('=') && s[j] != QLatin1Char('>')
               && s[j] != QLatin1Char('/'))
            ++j;
        const QString attrName = s.mid(an, j - an).toLower();
        while (j < n && isHtmlSpace(s[j]))
            ++j;
        QString value;
        if (j < n && s[j] == QLatin1Char('=')) {
            ++j;
            while (j < n && isHtmlSpace(s[j]))
                ++j;
            if (j < n && (s[j] == QLatin1Char('"') || s[j] == QLatin1Char('\''))) {
                const QChar quote = s[j++];
                const qsizetype vs = j;
                while (j < n && s[j] != quote)
                    ++j;
                value = s.mid(vs, j - vs);
                if (j < n)
                    ++j;
            } else {
                const qsizetype vs = j;
                while (j < n && !isHtmlSpace(s[j]) && s[j] != QLatin1Char('>'))
                    ++j;
                value = s.mid(vs, j - vs);
            }
        }
        if (!attrName.isEmpty() && !tag.attributes.contains(attrName))
            tag.attributes.insert(attrName, decodeEntities(value));
    }
    i = j < n ? j + 1 : n;
    return true;
}

// The charset an HTML file declares in its first bytes (BOM aside), or empty.
QString declaredCharset(const QByteArray& bytes)
{
    const QByteArray head = bytes.left(4096).toLower();
    qsizetype from = 0;
    for (;;) {
        const qsizetype meta = head.indexOf("<meta", from);
        if (meta < 0)
            return {};
        const qsizetype close = head.indexOf('>', meta);
        const QByteArray tag = head.mid(meta, close < 0 ? -1 : close - meta);
        from = meta + 5;
        const qsizetype cs = tag.indexOf("charset");
        if (cs < 0)
            continue;
        qsizetype k = cs + 7;
        while (k < tag.size() && (tag[k] == ' ' || tag[k] == '=' || tag[k] == '"' || tag[k] == '\''))
            ++k;
        qsizetype e = k;
        while (e < tag.size() && tag[e] != '"' && tag[e] != '\'' && tag[e] != ';' && tag[e] != ' ' && tag[e] != '/'
               && tag[e] != '>')
            ++e;
        if (e > k)
            return QString::fromLatin1(tag.mid(k, e - k));
    }
}

bool isBlock(const QString& t)
{
    static const QSet<QString> blocks = {
        QStringLiteral("p"),          QStringLiteral("div"),     QStringLiteral("section"), QStringLiteral("article"),
        QStringLiteral("header"),     QStringLiteral("footer"),  QStringLiteral("nav"),     QStringLiteral("aside"),
        QStringLiteral("main"),       QStringLiteral("blockquote"), QStringLiteral("pre"),  QStringLiteral("ul"),
        QStringLiteral("ol"),         QStringLiteral("dl"),      QStringLiteral("table"),   QStringLiteral("form"),
        QStringLiteral("fieldset"),   QStringLiteral("figure"),  QStringLiteral("figcaption"), QStringLiteral("address"),
        QStringLiteral("hr"),         QStringLiteral("details"), QStringLiteral("summary"), QStringLiteral("center"),
        QStringLiteral("body"),       QStringLiteral("html"),    QStringLiteral("caption"), QStringLiteral("legend"),
        QStringLiteral("h1"),         QStringLiteral("h2"),      QStringLiteral("h3"),      QStringLiteral("h4"),
        QStringLiteral("h5"),         QStringLiteral("h6"),      QStringLiteral("hgroup"),  QStringLiteral("menu")};
    return blocks.contains(t);
}

bool isSkipped(const QString& t)
{
    static const QSet<QString> skipped = {
        QStringLiteral("script"),   QStringLiteral("style"),  QStringLiteral("template"), QStringLiteral("noscript"),
        QStringLiteral("svg"),      QStringLiteral("math"),   QStringLiteral("iframe"),   QStringLiteral("object"),
        QStringLiteral("canvas"),   QStringLiteral("head"),   QStringLiteral("select"),   QStringLiteral("textarea"),
        QStringLiteral("button")};
    return skipped.contains(t);
}

// Builds page text with HTML whitespace rules: runs of spaces collapse, breaks are requested and
// only written before the next text, so empty elements leave no blank lines.
class TextSink
{
public:
    void text(const QString& s, bool pre)
    {
        for (const QChar c : s) {
            if (!pre && isHtmlSpace(c)) {
                m_pendingSpace = true;
                continue;
            }
            if (pre && c == QLatin1Char('\n')) {
                lineBreak();
                continue;
            }
            if (pre && c == QLatin1Char('\r'))
                continue;
            flushBreaks();
            if (m_pendingSpace && !m_out.isEmpty() && !atLineStart())
                m_out.append(QLatin1Char(' '));
            m_pendingSpace = false;
            m_out.append(c);
        }
    }
    void raw(const QString& s) // a list marker or a cell separator: written as is
    {
        flushBreaks();
        m_pendingSpace = false;
        m_out.append(s);
    }
    void lineBreak() { m_break = std::max(m_break, 1); }
    void forceLineBreak() // <br>: a break even right after another
    {
        flushBreaks();
        m_out.append(QLatin1Char('\n'));
        m_pendingSpace = false;
    }
    void paragraphBreak() { m_break = 2; }
    QString take()
    {
        while (!m_out.isEmpty() && m_out.back().isSpace())
            m_out.chop(1);
        return std::move(m_out);
    }
    bool isEmpty() const { return m_out.isEmpty(); }

private:
    bool atLineStart() const { return m_out.isEmpty() || m_out.back() == QLatin1Char('\n'); }
    void flushBreaks()
    {
        if (m_break > 0 && !m_out.isEmpty()) {
            while (!m_out.isEmpty() && (m_out.back() == QLatin1Char(' ') || m_out.back() == QLatin1Char('\t')))
                m_out.chop(1);
            int have = 0;
            for (qsizetype k = m_out.size() - 1; k >= 0 && m_out[k] == QLatin1Char('\n') && have < 2; --k)
                ++have;
            for (int k = have; k < m_break; ++k)
                m_out.append(QLatin1Char('\n'));
            m_pendingSpace = false;
        }
        m_break = 0;
    }

    QString m_out;
    int m_break = 0;
    bool m_pendingSpace = false;
};

} // namespace

bool HtmlReader::canRead(const QString& fileName, const QByteArray& head) const
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("xhtml"))
        return true;
    // By content only for files whose name does not say otherwise (a .txt holding HTML source is
    // read as the text the user saved).
    static const QStringList textSuffixes = {QStringLiteral("txt"), QStringLiteral("text"), QStringLiteral("csv"),
                                             QStringLiteral("tsv"), QStringLiteral("log"), QStringLiteral("md"),
                                             QStringLiteral("markdown")};
    if (textSuffixes.contains(suffix))
        return false;
    QByteArray start = head.left(512).trimmed().toLower();
    if (start.startsWith("\xef\xbb\xbf"))
        start = start.mid(3).trimmed();
    return start.startsWith("<!doctype html") || start.startsWith("<html");
}

ExtractedDocument HtmlReader::read(const QByteArray& data, const QString& fileName) const
{
    if (data.trimmed().isEmpty())
        throw Error(tr("%1: the file is empty").arg(fileName), Error::Kind::BadInput);
    if (!TextDecoder::looksLikeText(data.left(4096)))
        throw Error(tr("%1: not an HTML file (it contains binary data)").arg(fileName), Error::Kind::BadInput);

    ExtractedDocument doc;
    doc.kind = kind();
    doc.mime = QStringLiteral("text/html");

    // Charset: a BOM wins, then the declaration, then detection. A declaration that the bytes
    // contradict (much invalid UTF-8) is common in saved pages; detection is right more often then.
    DecodedText decoded;
    const bool bom = data.startsWith("\xEF\xBB\xBF") || data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF");
    const QString declared = bom ? QString() : declaredCharset(data);
    bool done = false;
    if (!declared.isEmpty()) {
        try {
            decoded = TextDecoder::decodeAs(data, declared);
            done = decoded.invalidSequences == 0 || decoded.invalidSequences * 1000 < data.size();
            if (!done)
                doc.warnings << tr("the declared charset %1 does not match the contents; the encoding was detected instead")
                                    .arg(declared);
        } catch (const Error&) {
            doc.warnings << tr("unknown charset %1 declared; the encoding was detected instead").arg(declared);
        }
    }
    if (!done)
        decoded = TextDecoder::decode(data);
    doc.encoding = decoded.encoding;
    doc.warnings += decoded.warnings;

    const QString& s = decoded.text;
    const qsizetype n = s.size();
    TextSink sink;
    QList<ExtractedPage> pages;
    QString skipUntil;  // the element whose contents are skipped (script, style, head, ...)
    int preDepth = 0;
    QString title;
    QString firstH1;
    int h1Depth = 0;
    QList<int> olCounters; // -1 for <ul>
    bool cellInRow = false;
    qsizetype i = 0;
    qsizetype textStart = 0;
    auto flushText = [&](qsizetype end) {
        if (end <= textStart)
            return;
        const QString piece = decodeEntities(s.mid(textStart, end - textStart));
        if (skipUntil.isEmpty()) {
            sink.text(piece, preDepth > 0);
            if (h1Depth > 0)
                firstH1 += piece;
        }
    };
    while (i < n) {
        if (s[i] != QLatin1Char('<')) {
            ++i;
            continue;
        }
        // Comments, doctype, processing instructions and CDATA.
        if (s.mid(i, 4) == QLatin1String("<!--")) {
            flushText(i);
            const qsizetype e = s.indexOf(QLatin1String("-->"), i + 4);
            i = e < 0 ? n : e + 3;
            textStart = i;
            continue;
        }
        if (i + 1 < n && (s[i + 1] == QLatin1Char('!') || s[i + 1] == QLatin1Char('?'))) {
            flushText(i);
            const qsizetype e = s.indexOf(QLatin1Char('>'), i + 2);
            i = e < 0 ? n : e + 1;
            textStart = i;
            continue;
        }
        const qsizetype tagStart = i;
        Tag tag;
        if (!parseTag(s, i, tag)) {
            ++i; // a literal '<'
            continue;
        }
        flushText(tagStart);
        textStart = i;
        const QString& name = tag.name;

        // Raw-text elements end only at their own end tag, whatever they contain ("<p>" inside a
        // script string); the title's contents are text with entities.
        if (!tag.end && !tag.selfClosing
            && (name == QLatin1String("script") || name == QLatin1String("style") || name == QLatin1String("title")
                || name == QLatin1String("textarea") || name == QLatin1String("xmp"))) {
            const QString endTag = QStringLiteral("</") + name;
            qsizetype e = s.indexOf(endTag, i, Qt::CaseInsensitive);
            if (e < 0)
                e = n;
            if (name == QLatin1String("title") && title.isEmpty())
                title = decodeEntities(s.mid(i, e - i));
            const qsizetype close = e < n ? s.indexOf(QLatin1Char('>'), e) : -1;
            i = close < 0 ? n : close + 1;
            textStart = i;
            continue;
        }

        if (!skipUntil.isEmpty()) {
            // Inside skipped content only its end tag matters; an implicit end of <head> is any
            // body element.
            if (tag.end && name == skipUntil) {
                skipUntil.clear();
            } else if (skipUntil == QLatin1String("head") && !tag.end
                       && (name == QLatin1String("body") || isBlock(name))) {
                skipUntil.clear();
            } else {
                if (name == QLatin1String("meta") && tag.attributes.value(QStringLiteral("name")).toLower()
                                                              == QLatin1String("author"))
                    doc.author = tag.attributes.value(QStringLiteral("content")).trimmed();
                continue;
            }
            if (!skipUntil.isEmpty())
                continue;
            if (tag.end)
                continue;
        }
        if (name == QLatin1String("title"))
            continue;
        if (name == QLatin1String("meta")) {
            if (tag.attributes.value(QStringLiteral("name")).toLower() == QLatin1String("author"))
                doc.author = tag.attributes.value(QStringLiteral("content")).trimmed();
            continue;
        }
        if (!tag.end && isSkipped(name)) {
            if (!tag.selfClosing)
                skipUntil = name;
            continue;
        }
        if (name == QLatin1String("br")) {
            sink.forceLineBreak();
        } else if (name == QLatin1String("li")) {
            sink.lineBreak();
            if (!tag.end) {
                if (!olCounters.isEmpty() && olCounters.last() >= 0)
                    sink.raw(QString::number(++olCounters.last()) + QStringLiteral(". "));
                else
                    sink.raw(QStringLiteral("- "));
            }
        } else if (name == QLatin1String("ul") || name == QLatin1String("ol") || name == QLatin1String("menu")) {
            sink.paragraphBreak();
            if (tag.end) {
                if (!olCounters.isEmpty())
                    olCounters.removeLast();
            } else {
                const int start = tag.attributes.value(QStringLiteral("start")).toInt();
                olCounters.append(name == QLatin1String("ol") ? std::max(0, start - 1) : -1);
            }
        } else if (name == QLatin1String("tr")) {
            sink.lineBreak();
            cellInRow = false;
        } else if (name == QLatin1String("td") || name == QLatin1String("th")) {
            if (!tag.end) {
                if (cellInRow)
                    sink.raw(QStringLiteral("\t"));
                cellInRow = true;
            }
        } else if (name == QLatin1String("dt") || name == QLatin1String("dd")) {
            sink.lineBreak();
        } else if (name == QLatin1String("pre")) {
            sink.paragraphBreak();
            preDepth = std::max(0, preDepth + (tag.end ? -1 : 1));
            if (!tag.end && i < n && s[i] == QLatin1Char('\n'))
                textStart = ++i; // a newline right after <pre> is not content (HTML spec)
        } else if (name == QLatin1String("h1")) {
            sink.paragraphBreak();
            h1Depth = std::max(0, h1Depth + (tag.end ? -1 : 1));
        } else if (name == QLatin1String("hr") && !tag.end) {
            sink.paragraphBreak();
        } else if (isBlock(name)) {
            sink.paragraphBreak();
        }
        if (name == QLatin1String("table"))
            cellInRow = false;
    }
    flushText(n);
    const QString text = sink.take();
    if (text.trimmed().isEmpty())
        throw Error(tr("%1: the page contains no text").arg(fileName), Error::Kind::BadInput);
    doc.title = title.simplified();
    if (doc.title.isEmpty())
        doc.title = firstH1.simplified();
    doc.pages.append(ExtractedPage{text, {}});
    return doc;
}

} // namespace quarry
