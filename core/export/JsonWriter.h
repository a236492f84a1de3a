#pragma once

#include <QByteArray>
#include <QStringList>
#include <QStringView>
#include <initializer_list>

namespace quarry {

// Appends compact JSON to a byte buffer with one fixed spelling, so that the same records always
// give the same bytes (QJsonDocument sorts keys and its escaping is not ours to pin down).
// Strings are UTF-8; escaped are '"', '\\', the control characters (\b \f \n \r \t by name, the rest
// as \u00xx) and U+2028/U+2029 (JavaScript line terminators that break naive line-based readers).
// Everything else, Hangul and emoji included, is written as raw UTF-8. A lone surrogate, which has
// no UTF-8 form, becomes U+FFFD.
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray& out) : m_out(out) {}

    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    // Writes "key": (with the comma before it when needed); follow with a value.
    JsonWriter& key(const char* latin1Key);
    JsonWriter& value(QStringView s);
    // A string given as well-formed UTF-8 (the export's texts come from SQLite that way): the same
    // bytes as value(QString::fromUtf8(utf8)), without the detour through UTF-16.
    JsonWriter& utf8Value(QByteArrayView utf8);
    // One string value made of several UTF-8 pieces, as if they were concatenated.
    JsonWriter& utf8Value(std::initializer_list<QByteArrayView> pieces);
    JsonWriter& value(qint64 n);
    JsonWriter& value(bool b);
    JsonWriter& null();
    JsonWriter& value(const QStringList& list);

    static void appendString(QByteArray& out, QStringView s);
    // The same written at `p`, which has room for s.size() * 6 + 2 bytes; returns the end.
    static char* writeString(char* p, QStringView s);
    // The pieces must be well-formed UTF-8 (ExportRecord's texts are; utf8::toValid repairs others).
    static void appendUtf8String(QByteArray& out, std::initializer_list<QByteArrayView> pieces);

private:
    void separator();

    QByteArray& m_out;
    bool m_needComma = false;
};

} // namespace quarry
