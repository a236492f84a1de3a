#include "export/JsonWriter.h"

#include "text/Utf8.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

JsonWriter& JsonWriter::utf8Value(QByteArrayView utf8)
{
    return utf8Value({utf8});
}

JsonWriter& JsonWriter::utf8Value(std::initializer_list<QByteArrayView> pieces)
{
    separator();
    appendUtf8String(m_out, pieces);
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
    const qsizetype start = out.size();
    // Worst case per UTF-16 unit is six bytes (\u00xx); grow once, then write through a pointer.
    out.resize(start + s.size() * 6 + 2);
    out.resize(writeString(out.data() + start, s) - out.data());
}

char* JsonWriter::writeString(char* p, QStringView s)
{
    static const char hex[] = "0123456789abcdef";
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
            case u'"':
                *p++ = '"';
                break;
            case u'\\':
                *p++ = '\\';
                break;
            case u'\b':
                *p++ = 'b';
                break;
            case u'\f':
                *p++ = 'f';
                break;
            case u'\n':
                *p++ = 'n';
                break;
            case u'\r':
                *p++ = 'r';
                break;
            case u'\t':
                *p++ = 't';
                break;
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
    return p;
}

namespace {

constexpr char kHex[] = "0123456789abcdef";

// Writes the escaped form of well-formed UTF-8 `s` at `p` (room for six bytes per input byte) and
// returns the end. Only ASCII control characters, quotes, backslashes and U+2028/U+2029 (whose
// lead byte is 0xe2) need anything; everything else is copied as it is.
char* escapeUtf8(char* p, const uchar* s, qsizetype n)
{
    qsizetype i = 0;
    while (i < n) {
#if defined(__SSE2__)
        const __m128i below = _mm_set1_epi8(0x1f), quote = _mm_set1_epi8('"'),
                      backslash = _mm_set1_epi8('\\'), e2 = _mm_set1_epi8(char(0xe2));
        for (; i + 16 <= n; i += 16, p += 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
            const __m128i special =
                _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(v, below), v), _mm_cmpeq_epi8(v, e2)),
                             _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(p), v);
            if (const int mask = _mm_movemask_epi8(special)) {
                const int k = __builtin_ctz(unsigned(mask));
                i += k;
                p += k;
                break;
            }
        }
        if (i >= n)
            break;
#endif
        const uchar c = s[i];
        if (c >= 0x20 && c != '"' && c != '\\') {
            if (c == 0xe2 && i + 2 < n && s[i + 1] == 0x80 && (s[i + 2] == 0xa8 || s[i + 2] == 0xa9)) {
                std::memcpy(p, s[i + 2] == 0xa8 ? "\\u2028" : "\\u2029", 6);
                p += 6;
                i += 3;
            } else {
                *p++ = char(c);
                ++i;
            }
            continue;
        }
        ++i;
        *p++ = '\\';
        switch (c) {
        case '"':
            *p++ = '"';
            break;
        case '\\':
            *p++ = '\\';
            break;
        case '\b':
            *p++ = 'b';
            break;
        case '\f':
            *p++ = 'f';
            break;
        case '\n':
            *p++ = 'n';
            break;
        case '\r':
            *p++ = 'r';
            break;
        case '\t':
            *p++ = 't';
            break;
        default:
            *p++ = 'u';
            *p++ = '0';
            *p++ = '0';
            *p++ = kHex[(c >> 4) & 0xf];
            *p++ = kHex[c & 0xf];
        }
    }
    return p;
}

} // namespace

void JsonWriter::appendUtf8String(QByteArray& out, std::initializer_list<QByteArrayView> pieces)
{
    qsizetype bytes = 0;
    for (QByteArrayView piece : pieces) {
        Q_ASSERT(utf8::isValid(piece));
        bytes += piece.size();
    }
    const qsizetype start = out.size();
    // Worst case is six bytes per input byte (a control character as \u00xx); the SIMD loop may
    // store up to fifteen bytes past what it keeps.
    out.resize(start + bytes * 6 + 2 + 16);
    char* p = out.data() + start;
    *p++ = '"';
    for (QByteArrayView piece : pieces)
        p = escapeUtf8(p, reinterpret_cast<const uchar*>(piece.data()), piece.size());
    *p++ = '"';
    out.resize(p - out.data());
}

} // namespace quarry
