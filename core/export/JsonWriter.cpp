#include "export/JsonWriter.h"

namespace quarry {

void JsonWriter::separator()
{
    if (m_needComma)
        m_out.append(',');
}

JsonWriter& JsonWriter::beginObject()
{
    separator();
    m_out.append('{');
    m_needComma = false;
    return *this;
}

JsonWriter& JsonWriter::endObject()
{
    m_out.append('}');
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::beginArray()
{
    separator();
    m_out.append('[');
    m_needComma = false;
    return *this;
}

JsonWriter& JsonWriter::endArray()
{
    m_out.append(']');
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::key(const char* latin1Key)
{
    separator();
    m_out.append('"').append(latin1Key).append("\":");
    m_needComma = false;
    return *this;
}

JsonWriter& JsonWriter::value(QStringView s)
{
    separator();
    appendString(m_out, s);
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::value(qint64 n)
{
    separator();
    m_out.append(QByteArray::number(n));
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::value(bool b)
{
    separator();
    m_out.append(b ? "true" : "false");
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::null()
{
    separator();
    m_out.append("null");
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::value(const QStringList& list)
{
    beginArray();
    for (const QString& s : list)
        value(s);
    return endArray();
}

void JsonWriter::appendString(QByteArray& out, QStringView s)
{
    static const char hex[] = "0123456789abcdef";
    const qsizetype start = out.size();
    // Worst case per UTF-16 unit is six bytes (\u00xx); grow once, then write through a pointer.
    out.resize(start + s.size() * 6 + 2);
    char* p = out.data() + start;
    *p++ = '"';
    const char16_t* u = s.utf16();
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = u[i];
        if (c < 0x80) {
            if (c >= 0x20 && c != u'"' && c != u'\\') {
                *p++ = char(c);
                continue;
            }
            *p++ = '\\';
            switch (c) {
            case u'"': *p++ = '"'; break;
            case u'\\': *p++ = '\\'; break;
            case u'\b': *p++ = 'b'; break;
            case u'\f': *p++ = 'f'; break;
            case u'\n': *p++ = 'n'; break;
            case u'\r': *p++ = 'r'; break;
            case u'\t': *p++ = 't'; break;
            default:
                *p++ = 'u';
                *p++ = '0';
                *p++ = '0';
                *p++ = hex[(c >> 4) & 0xf];
                *p++ = hex[c & 0xf];
            }
        } else if (c < 0x800) {
            *p++ = char(0xc0 | (c >> 6));
            *p++ = char(0x80 | (c & 0x3f));
        } else if (c >= 0xd800 && c <= 0xdfff) {
            if (c <= 0xdbff && i + 1 < n && u[i + 1] >= 0xdc00 && u[i + 1] <= 0xdfff) {
                const char32_t cp = 0x10000 + ((char32_t(c) - 0xd800) << 10) + (char32_t(u[i + 1]) - 0xdc00);
                ++i;
                *p++ = char(0xf0 | (cp >> 18));
                *p++ = char(0x80 | ((cp >> 12) & 0x3f));
                *p++ = char(0x80 | ((cp >> 6) & 0x3f));
                *p++ = char(0x80 | (cp & 0x3f));
            } else { // lone surrogate: U+FFFD
                *p++ = char(0xef);
                *p++ = char(0xbf);
                *p++ = char(0xbd);
            }
        } else if (c == 0x2028 || c == 0x2029) {
            *p++ = '\\';
            *p++ = 'u';
            *p++ = '2';
            *p++ = '0';
            *p++ = '2';
            *p++ = c == 0x2028 ? '8' : '9';
        } else {
            *p++ = char(0xe0 | (c >> 12));
            *p++ = char(0x80 | ((c >> 6) & 0x3f));
            *p++ = char(0x80 | (c & 0x3f));
        }
    }
    *p++ = '"';
    out.resize(p - out.data());
}

} // namespace quarry
