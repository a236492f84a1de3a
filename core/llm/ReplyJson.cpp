#include "ReplyJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QStringList>

namespace quarry {

namespace {

bool parseExact(const QString& text, QJsonValue* value)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError || doc.isNull())
        return false;
    *value = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    return true;
}

// The first {...} or [...] in `text`, from its opening bracket to its matching closing one (or
// to the end when it is never closed), skipping brackets inside strings.
QString firstValue(const QString& text)
{
    qsizetype start = -1;
    for (qsizetype i = 0; i < text.size(); ++i)
        if (text.at(i) == QLatin1Char('{') || text.at(i) == QLatin1Char('[')) {
            start = i;
            break;
        }
    if (start < 0)
        return {};
    int depth = 0;
    bool inString = false;
    for (qsizetype i = start; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == QLatin1Char('"'))
                inString = false;
            continue;
        }
        if (c == QLatin1Char('"'))
            inString = true;
        else if (c == QLatin1Char('{') || c == QLatin1Char('['))
            ++depth;
        else if ((c == QLatin1Char('}') || c == QLatin1Char(']')) && --depth == 0)
            return text.mid(start, i - start + 1);
    }
    return text.mid(start);
}

// Removes commas that stand right before a closing bracket, outside strings.
QString withoutTrailingCommas(const QString& text, int* removed)
{
    QString out;
    out.reserve(text.size());
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            out += c;
            if (c == QLatin1Char('\\') && i + 1 < text.size())
                out += text.at(++i);
            else if (c == QLatin1Char('"'))
                inString = false;
            continue;
        }
        if (c == QLatin1Char('"'))
            inString = true;
        if (c == QLatin1Char(',')) {
            qsizetype j = i + 1;
            while (j < text.size() && text.at(j).isSpace())
                ++j;
            if (j < text.size() && (text.at(j) == QLatin1Char('}') || text.at(j) == QLatin1Char(']'))) {
                ++*removed;
                continue;
            }
        }
        out += c;
    }
    return out;
}

// Closes the brackets a cut reply left open, but only when it was cut right after a complete
// value: inside a string, after a key or a colon there is no way to know what was meant.
QString closedBrackets(const QString& text, int* closed)
{
    QString stack;
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == QLatin1Char('"'))
                inString = false;
            continue;
        }
        if (c == QLatin1Char('"'))
            inString = true;
        else if (c == QLatin1Char('{'))
            stack += QLatin1Char('}');
        else if (c == QLatin1Char('['))
            stack += QLatin1Char(']');
        else if (c == QLatin1Char('}') || c == QLatin1Char(']')) {
            if (stack.isEmpty() || stack.back() != c)
                return {};
            stack.chop(1);
        }
    }
    if (inString || stack.isEmpty())
        return {};
    QString body = text.trimmed();
    if (body.endsWith(QLatin1Char(',')))
        body.chop(1);
    const QChar last = body.isEmpty() ? QChar() : body.back();
    // After a value: the end of a string, a number, a literal or a closed bracket.
    const bool afterValue = last == QLatin1Char('"') || last.isDigit() || last == QLatin1Char('}') ||
                            last == QLatin1Char(']') || body.endsWith(QLatin1String("true")) ||
                            body.endsWith(QLatin1String("false")) || body.endsWith(QLatin1String("null"));
    if (!afterValue)
        return {};
    // A string that ends an object member must be a value, not a key waiting for its colon.
    if (last == QLatin1Char('"') && stack.back() == QLatin1Char('}')) {
        qsizetype i = body.size() - 2;
        while (i >= 0 && !(body.at(i) == QLatin1Char('"') && (i == 0 || body.at(i - 1) != QLatin1Char('\\'))))
            --i;
        qsizetype j = i - 1;
        while (j >= 0 && body.at(j).isSpace())
            --j;
        if (j < 0 || body.at(j) != QLatin1Char(':'))
            return {};
    }
    *closed = int(stack.size());
    std::reverse(stack.begin(), stack.end());
    return body + stack;
}

} // namespace

ReplyJson::Result ReplyJson::parse(const QString& text)
{
    Result r;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        r.error = tr("the reply is empty");
        return r;
    }
    if (parseExact(trimmed, &r.value)) {
        r.ok = true;
        return r;
    }
    // Candidates, best first: each fenced block, then the first bracketed value of the text.
    QStringList candidates;
    static const QRegularExpression fence(QStringLiteral("```[A-Za-z0-9_-]*[ \\t]*\\r?\\n?(.*?)(```|$)"),
                                          QRegularExpression::DotMatchesEverythingOption);
    for (auto it = fence.globalMatch(trimmed); it.hasNext();)
        candidates << it.next().captured(1).trimmed();
    candidates << firstValue(trimmed);
    QStringList repairs;
    for (const QString& candidate : std::as_const(candidates)) {
        if (candidate.isEmpty())
            continue;
        if (parseExact(candidate, &r.value)) {
            r.ok = true;
            return r;
        }
        int commas = 0;
        const QString noCommas = withoutTrailingCommas(candidate, &commas);
        if (commas > 0 && parseExact(noCommas, &r.value)) {
            r.ok = r.repaired = true;
            r.repairs = tr("%n trailing comma(s) removed", nullptr, commas);
            return r;
        }
        int closed = 0;
        const QString closedText = closedBrackets(noCommas, &closed);
        if (closed > 0 && parseExact(closedText, &r.value)) {
            r.ok = r.repaired = true;
            repairs.clear();
            if (commas > 0)
                repairs << tr("%n trailing comma(s) removed", nullptr, commas);
            repairs << tr("%n unclosed bracket(s) closed at the end", nullptr, closed);
            r.repairs = repairs.join(QStringLiteral("; "));
            return r;
        }
    }
    r.value = QJsonValue();
    r.error = candidates.last().isEmpty() ? tr("the reply holds no JSON object or array")
                                          : tr("the reply's JSON is broken beyond a safe repair");
    return r;
}

} // namespace quarry
