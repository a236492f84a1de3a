#pragma once

#include <QByteArray>
#include <QStringList>
#include <QStringView>

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
    JsonWriter& value(qint64 n);
    JsonWriter& value(bool b);
    JsonWriter& null();
    JsonWriter& value(const QStringList& list);

    static void appendString(QByteArray& out, QStringView s);

private:
    void separator();

    QByteArray& m_out;
    bool m_needComma = false;
};

} // namespace quarry
