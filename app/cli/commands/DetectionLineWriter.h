#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <array>
#include <functional>

namespace quarry::cli {

// quarry-cli scan's output: one JSON object per detection and line, exactly as QJsonDocument
// writes it compactly (keys sorted: end, line, rule, score, start, text, type; the score rounded to
// three decimals; strings escaped as the export's JsonWriter escapes them, U+2028/U+2029 included),
// written straight from the UTF-16 views of the scan into a large buffer that goes to `sink` in
// big pieces. A QJsonObject and a QJsonDocument per detection, or strings of their own, cost more
// than the scan on detection-dense text.
class DetectionLineWriter
{
public:
    using Sink = std::function<void(QByteArrayView)>;

    explicit DetectionLineWriter(Sink sink, qsizetype flushBytes = 1 << 20);

    // Offsets in code points; line 0 leaves the key out.
    void add(QStringView rule, QStringView type, double score, QStringView text, qint64 start, qint64 end,
             qint64 line = 0);
    // Hands what is buffered to the sink.
    void flush();

private:
    // Rule names and types repeat on every line: each is escaped once, kept in a slot of its own.
    struct Name
    {
        QString utf16;
        QByteArray json;
    };
    const QByteArray& name(QStringView s);
    static constexpr size_t kNameSlots = 64;

    Sink m_sink;
    qsizetype m_flushBytes;
    QByteArray m_buffer; // m_used bytes of it written, the rest room
    qsizetype m_used = 0;
    std::array<Name, kNameSlots> m_names;
};

} // namespace quarry::cli
