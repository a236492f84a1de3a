#include "DetectionLineWriter.h"

#include <QtGlobal>
#include <algorithm>
#include <charconv>
#include <cstring>

namespace quarry::cli {

namespace {

constexpr char kHex[] = "0123456789abcdef";

char* writeInt(char* p, qint64 v)
{
    return std::to_chars(p, p + 24, v).ptr;
}

// A score rounded to three decimals, as QJsonDocument writes the double: "1", "0.85", "0.6".
char* writeScore(char* p, double score)
{
    const int k = std::clamp(int(qRound(score * 1000)), 0, 1000);
    if (k == 1000 || k == 0) {
        *p++ = k ? '1' : '0';
        return p;
    }
    char buf[5] = {'0', '.', char('0' + k / 100), char('0' + k / 10 % 10), char('0' + k % 10)};
    int len = 5;
    while (buf[len - 1] == '0')
        --len;
    std::memcpy(p, buf, size_t(len));
    return p + len;
}

template <size_t N> char* writeLiteral(char* p, const char (&s)[N])
{
    std::memcpy(p, s, N - 1);
    return p + N - 1;
}

char* writeBytes(char* p, const QByteArray& b)
{
    std::memcpy(p, b.constData(), size_t(b.size()));
    return p + b.size();
}

// Room for one line beside its strings: the keys, three numbers, punctuation.
constexpr qsizetype kLineRoom = 160;

} // namespace

DetectionLineWriter::DetectionLineWriter(Sink sink, qsizetype flushBytes)
    : m_sink(std::move(sink)), m_flushBytes(flushBytes)
{
    m_buffer.resize(flushBytes + 4096);
}

char* DetectionLineWriter::writeString(char* p, QStringView s)
{
    // The escaping of JsonWriter::appendString(), so that the lines stay what they were.
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
                p = writeLiteral(p, "u00");
                *p++ = kHex[(c >> 4) & 0xf];
                *p++ = kHex[c & 0xf];
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
            } else { // a lone surrogate: U+FFFD
                p = writeLiteral(p, "\xef\xbf\xbd");
            }
        } else if (c == 0x2028 || c == 0x2029) {
            // Line separators end a line in JavaScript; JsonWriter escapes them, so do the lines.
            p = writeLiteral(p, c == 0x2028 ? "\\u2028" : "\\u2029");
        } else {
            *p++ = char(0xe0 | (c >> 12));
            *p++ = char(0x80 | ((c >> 6) & 0x3f));
            *p++ = char(0x80 | (c & 0x3f));
        }
    }
    *p++ = '"';
    return p;
}

const QByteArray& DetectionLineWriter::name(QStringView s)
{
    // The views of one name mostly share their memory (the scanner's rule tables), so the slot is
    // chosen by address; the content decides, since the memory of a view may hold another name later.
    const size_t slot = ((quintptr(s.utf16()) >> 4) ^ size_t(s.size())) % kNameSlots;
    Name& n = m_names[slot];
    if (n.utf16.size() != s.size() ||
        std::memcmp(n.utf16.constData(), s.utf16(), size_t(s.size()) * 2) != 0) {
        n.utf16 = s.toString();
        n.json.resize(6 * s.size() + 2);
        n.json.truncate(writeString(n.json.data(), s) - n.json.constData());
    }
    return n.json;
}

void DetectionLineWriter::add(QStringView rule, QStringView type, double score, QStringView text,
                              qint64 start, qint64 end, qint64 line)
{
    const qsizetype need = kLineRoom + 6 * (rule.size() + type.size() + text.size());
    if (m_used + need > m_buffer.size()) {
        flush();
        if (need > m_buffer.size())
            m_buffer.resize(need);
    }
    char* p = m_buffer.data() + m_used;
    p = writeLiteral(p, "{\"end\":");
    p = writeInt(p, end);
    if (line > 0) {
        p = writeLiteral(p, ",\"line\":");
        p = writeInt(p, line);
    }
    p = writeLiteral(p, ",\"rule\":");
    p = writeBytes(p, name(rule)); // copied before the next look-up may reuse the slot
    p = writeLiteral(p, ",\"score\":");
    p = writeScore(p, score);
    p = writeLiteral(p, ",\"start\":");
    p = writeInt(p, start);
    p = writeLiteral(p, ",\"text\":");
    p = writeString(p, text);
    p = writeLiteral(p, ",\"type\":");
    p = writeBytes(p, name(type));
    p = writeLiteral(p, "}\n");
    m_used = p - m_buffer.constData();
    if (m_used >= m_flushBytes)
        flush();
}

void DetectionLineWriter::flush()
{
    if (m_used == 0)
        return;
    m_sink(QByteArrayView(m_buffer.constData(), m_used));
    m_used = 0;
}

} // namespace quarry::cli
