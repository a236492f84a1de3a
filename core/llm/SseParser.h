#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace quarry {

// Server-Sent Events as model servers send them, fed in whatever pieces the network delivers:
// a piece may end inside a line, inside a UTF-8 character or between the CR and LF of a CRLF,
// and may hold several events. Lines are only decoded once complete, so a split character is
// whole again before it is read.
class SseParser
{
public:
    struct Event
    {
        enum class Type
        {
            Data,  // the joined data: lines of one event
            Error, // a non-standard "error: ..." line some llama-server builds send
        };
        Type type = Type::Data;
        QString data;
    };

    // Returns the events completed by `bytes`.
    QList<Event> feed(const QByteArray& bytes);
    // End of stream: an event whose blank line never came is still delivered.
    QList<Event> finish();

    int comments() const { return m_comments; } // ": ping" lines seen

private:
    void line(const QByteArray& line, QList<Event>& out);
    void dispatch(QList<Event>& out);

    QByteArray m_buffer;
    QString m_data;
    bool m_hasData = false;
    int m_comments = 0;
};

} // namespace quarry
