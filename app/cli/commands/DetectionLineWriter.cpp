#include "DetectionLineWriter.h"

#include "export/JsonWriter.h"

#include <QtGlobal>
#include <algorithm>
#include <charconv>
#include <cstring>

namespace quarry::cli {

namespace {

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
        n.json.truncate(JsonWriter::writeString(n.json.data(), s) - n.json.constData());
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
    p = JsonWriter::writeString(p, text);
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
