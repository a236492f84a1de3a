#include "llm/DraftJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace quarry {

namespace {

// The index just past the '}' that closes the '{' at `open`, honouring strings; -1 if unclosed.
qsizetype balancedEnd(const QString& s, qsizetype open)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = open; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (inString) {
            if (c == u'\\')
                ++i;
            else if (c == u'"')
                inString = false;
            continue;
        }
        if (c == u'"')
            inString = true;
        else if (c == u'{' || c == u'[')
            ++depth;
        else if (c == u'}' || c == u']') {
            if (--depth == 0)
                return i + 1;
        }
    }
    return -1;
}

// Removes commas that only whitespace separates from a closing bracket, outside strings.
QString withoutTrailingCommas(const QString& s)
{
    QString out;
    out.reserve(s.size());
    bool inString = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (inString) {
            out += c;
            if (c == u'\\' && i + 1 < s.size())
                out += s.at(++i);
            else if (c == u'"')
                inString = false;
            continue;
        }
        if (c == u'"')
            inString = true;
        if (c == u',') {
            qsizetype j = i + 1;
            while (j < s.size() && s.at(j).isSpace())
                ++j;
            if (j < s.size() && (s.at(j) == u'}' || s.at(j) == u']'))
                continue;
        }
        out += c;
    }
    return out;
}

std::optional<QJsonObject> parseObject(const QString& text)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &err);
    if (err.error == QJsonParseError::NoError && doc.isObject())
        return doc.object();
    const QJsonDocument repaired = QJsonDocument::fromJson(withoutTrailingCommas(text).toUtf8(), &err);
    if (err.error == QJsonParseError::NoError && repaired.isObject())
        return repaired.object();
    return std::nullopt;
}

} // namespace

std::optional<QJsonObject> DraftJson::extract(const QString& reply)
{
    QString text = reply;
    // A reasoning block the transport did not strip (a server that sends only the closing tag).
    const qsizetype think = text.lastIndexOf(QLatin1String("</think>"));
    if (think >= 0)
        text = text.mid(think + 8);
    if (auto whole = parseObject(text.trimmed()))
        return whole;
    for (qsizetype open = text.indexOf(u'{'); open >= 0; open = text.indexOf(u'{', open + 1)) {
        const qsizetype end = balancedEnd(text, open);
        if (end < 0)
            break; // unclosed from here on: a truncated reply
        if (auto o = parseObject(text.mid(open, end - open)))
            return o;
    }
    return std::nullopt;
}

QStringList DraftJson::strings(const QJsonObject& object, const QString& key)
{
    QStringList out;
    for (const QJsonValue& v : object.value(key).toArray()) {
        const QString s = v.toString().trimmed();
        if (!s.isEmpty())
            out << s;
    }
    return out;
}

} // namespace quarry
