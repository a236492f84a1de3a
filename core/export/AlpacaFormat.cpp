#include "export/AlpacaFormat.h"

#include "export/JsonWriter.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace quarry {

namespace {
QString optionalText(const QJsonObject& o, const QString& key, QString& out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString())
        return AlpacaFormat::tr("\"%1\" is not text").arg(key);
    out = v.toString();
    return {};
}
} // namespace

QString AlpacaFormat::name() const
{
    return QStringLiteral("alpaca");
}

QString AlpacaFormat::displayName() const
{
    return tr("Alpaca");
}

QJsonObject AlpacaFormat::llamaFactoryEntry(const QString& fileName) const
{
    return QJsonObject{
        {QStringLiteral("file_name"), fileName},
        {QStringLiteral("formatting"), QStringLiteral("alpaca")},
        {QStringLiteral("columns"), QJsonObject{{QStringLiteral("prompt"), QStringLiteral("instruction")},
                                                {QStringLiteral("query"), QStringLiteral("input")},
                                                {QStringLiteral("response"), QStringLiteral("output")},
                                                {QStringLiteral("system"), QStringLiteral("system")},
                                                {QStringLiteral("history"), QStringLiteral("history")}}}};
}

QString AlpacaFormat::checkRecord(const ExportRecord& record) const
{
    const QString empty = checkTurnsNotEmpty(record);
    if (!empty.isEmpty())
        return empty;
    const qsizetype at = alternationBreak(record);
    if (at < 0)
        return {};
    if (at == record.turnCount())
        return tr("the last instruction has no output");
    return at == 0 ? tr("the conversation starts with an assistant turn (an instruction must come first)")
                   : tr("turn %1 breaks the user/assistant alternation").arg(at + 1);
}

void AlpacaFormat::writeRecord(const ExportRecord& record, const RecordOptions& options,
                               QByteArray& out) const
{
    const qsizetype last = record.turnCount() - 2;
    JsonWriter w(out);
    w.beginObject()
        .key("instruction")
        .utf8Value(record.content(last))
        .key("input")
        .utf8Value(record.context())
        .key("output")
        .utf8Value(record.content(last + 1))
        .key("system")
        .utf8Value(record.systemPrompt())
        .key("history")
        .beginArray();
    for (qsizetype i = 0; i < last; i += 2)
        w.beginArray().utf8Value(record.content(i)).utf8Value(record.content(i + 1)).endArray();
    w.endArray();
    // Alpaca has no nesting for extras: they are columns of their own.
    writeMetadataFields(w, record, options);
    w.endObject();
    out.append('\n');
}

bool AlpacaFormat::matches(const QJsonObject& record) const
{
    return record.contains(QStringLiteral("instruction")) && record.contains(QStringLiteral("output"));
}

QString AlpacaFormat::read(const QJsonObject& record, Pair& pair) const
{
    const QJsonValue instruction = record.value(QStringLiteral("instruction"));
    const QJsonValue output = record.value(QStringLiteral("output"));
    if (!instruction.isString())
        return tr("no text \"instruction\"");
    if (!output.isString())
        return tr("no text \"output\"");
    QString why = optionalText(record, QStringLiteral("input"), pair.context);
    if (why.isEmpty())
        why = optionalText(record, QStringLiteral("system"), pair.systemPrompt);
    if (!why.isEmpty())
        return why;
    const QJsonValue history = record.value(QStringLiteral("history"));
    if (!history.isUndefined() && !history.isNull()) {
        if (!history.isArray())
            return tr("\"history\" is not a list");
        const QJsonArray list = history.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonArray qa = list[i].toArray();
            if (!list[i].isArray() || qa.size() != 2 || !qa[0].isString() || !qa[1].isString())
                return tr("history entry %1 is not a [question, answer] pair of texts").arg(i + 1);
            pair.turns << Turn{Turn::Role::User, qa[0].toString(), std::nullopt}
                       << Turn{Turn::Role::Assistant, qa[1].toString(), std::nullopt};
        }
    }
    pair.turns << Turn{Turn::Role::User, instruction.toString(), std::nullopt}
               << Turn{Turn::Role::Assistant, output.toString(), std::nullopt};
    why = readMetadataFields(record, pair);
    if (!why.isEmpty())
        return why;
    return validate(pair);
}

} // namespace quarry
