#include "SseParser.h"

namespace quarry {

QList<SseParser::Event> SseParser::feed(const QByteArray& bytes)
{
    QList<Event> out;
    m_buffer += bytes;
    qsizetype start = 0;
    const qsizetype n = m_buffer.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = m_buffer.at(i);
        if (c == '\n') {
            line(m_buffer.mid(start, i - start), out);
            start = i + 1;
        } else if (c == '\r') {
            // A CR ends a line, and a following LF belongs to it; a CR last in the piece must wait
            // for the next one to know.
            if (i + 1 == n)
                break;
            line(m_buffer.mid(start, i - start), out);
            if (m_buffer.at(i + 1) == '\n')
                ++i;
            start = i + 1;
        }
    }
    m_buffer.remove(0, start);
    return out;
}

QList<SseParser::Event> SseParser::finish()
{
    QList<Event> out;
    if (!m_buffer.isEmpty()) {
        QByteArray rest = m_buffer;
        m_buffer.clear();
        if (rest.endsWith('\r'))
            rest.chop(1);
        line(rest, out);
    }
    dispatch(out);
    return out;
}

void SseParser::line(const QByteArray& line, QList<Event>& out)
{
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line.startsWith(':')) {
        ++m_comments;
        return;
    }
    const qsizetype colon = line.indexOf(':');
    const QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "data") {
        if (m_hasData)
            m_data += QLatin1Char('\n');
        m_data += QString::fromUtf8(value);
        m_hasData = true;
    } else if (field == "error") {
        dispatch(out);
        out.append({Event::Type::Error, QString::fromUtf8(value)});
    }
    // event:, id: and retry: carry nothing a chat stream needs.
}

void SseParser::dispatch(QList<Event>& out)
{
    if (!m_hasData)
        return;
    out.append({Event::Type::Data, m_data});
    m_data.clear();
    m_hasData = false;
}

} // namespace quarry
