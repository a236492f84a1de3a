#include "export/ShareGptFormat.h"

#include "export/JsonWriter.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace quarry {

QString ShareGptFormat::name() const
{
    return QStringLiteral("sharegpt");
}

QString ShareGptFormat::displayName() const
{
    return tr("ShareGPT");
}

QJsonObject ShareGptFormat::llamaFactoryEntry(const QString& fileName) const
{
    return QJsonObject{
        {QStringLiteral("file_name"), fileName},
        {QStringLiteral("formatting"), QStringLiteral("sharegpt")},
        {QStringLiteral("columns"), QJsonObject{{QStringLiteral("messages"), QStringLiteral("conversations")},
                                                {QStringLiteral("system"), QStringLiteral("system")}}},
        {QStringLiteral("tags"), QJsonObject{{QStringLiteral("role_tag"), QStringLiteral("from")},
                                             {QStringLiteral("content_tag"), QStringLiteral("value")},
                                             {QStringLiteral("user_tag"), QStringLiteral("human")},
                                             {QStringLiteral("assistant_tag"), QStringLiteral("gpt")}}}};
}

QString ShareGptFormat::checkRecord(const ExportRecord& record) const
{
    const QString empty = checkTurnsNotEmpty(record);
    if (!empty.isEmpty())
        return empty;
    const qsizetype at = alternationBreak(record);
    if (at < 0)
        return {};
    if (at == record.turnCount())
        return tr("the conversation ends with a human turn that has no gpt answer");
    return at == 0 ? tr("the conversation starts with gpt (human must come first)")
                   : tr("turn %1 breaks the human/gpt alternation").arg(at + 1);
}

void ShareGptFormat::writeRecord(const ExportRecord& record, const RecordOptions& options,
                                 QByteArray& out) const
{
    JsonWriter w(out);
    w.beginObject().key("conversations").beginArray();
    for (qsizetype i = 0; i < record.turnCount(); ++i) {
        w.beginObject()
            .key("from")
            .value(record.turn(i).role == Turn::Role::User ? QStringView(u"human") : QStringView(u"gpt"))
            .key("value");
        writeChatContent(w, record, i);
        w.endObject();
    }
    w.endArray();
    if (!record.systemPrompt().isEmpty())
        w.key("system").utf8Value(record.systemPrompt());
    if (options.anyMetadata()) {
        w.key("metadata").beginObject();
        writeMetadataFields(w, record, options);
        w.endObject();
    }
    w.endObject();
    out.append('\n');
}

bool ShareGptFormat::matches(const QJsonObject& record) const
{
    return record.value(QStringLiteral("conversations")).isArray();
}

QString ShareGptFormat::read(const QJsonObject& record, Pair& pair) const
{
    const QJsonValue conversations = record.value(QStringLiteral("conversations"));
    if (!conversations.isArray())
        return tr("no \"conversations\" list");
    const QJsonValue system = record.value(QStringLiteral("system"));
    if (!system.isUndefined() && !system.isNull()) {
        if (!system.isString())
            return tr("\"system\" is not text");
        pair.systemPrompt = system.toString();
    }
    const QJsonArray list = conversations.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list[i].isObject())
            return tr("turn %1 is not an object").arg(i + 1);
        const QJsonObject m = list[i].toObject();
        const QString from = m.value(QStringLiteral("from")).toString();
        const QJsonValue value = m.value(QStringLiteral("value"));
        if (!value.isString())
            return tr("turn %1 has no text \"value\"").arg(i + 1);
        // Some ShareGPT files carry the system prompt as a leading "system" turn.
        if (from == QLatin1String("system") && i == 0 && pair.systemPrompt.isEmpty()) {
            pair.systemPrompt = value.toString();
            continue;
        }
        Turn turn;
        if (from == QLatin1String("human"))
            turn.role = Turn::Role::User;
        else if (from == QLatin1String("gpt"))
            turn.role = Turn::Role::Assistant;
        else
            return tr("turn %1 is from \"%2\" (expected human or gpt)").arg(i + 1).arg(from);
        turn.content = value.toString();
        pair.turns << turn;
    }
    const QJsonValue metadata = record.value(QStringLiteral("metadata"));
    if (metadata.isObject()) {
        const QString why = readMetadataFields(metadata.toObject(), pair);
        if (!why.isEmpty())
            return why;
    }
    return validate(pair);
}

} // namespace quarry
