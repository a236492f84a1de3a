#include "export/OpenAiFormat.h"

#include "export/JsonWriter.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace quarry {

QString OpenAiFormat::name() const
{
    return QStringLiteral("openai");
}

QString OpenAiFormat::displayName() const
{
    return tr("OpenAI chat");
}

QJsonObject OpenAiFormat::llamaFactoryEntry(const QString& fileName) const
{
    // LLaMA-Factory reads OpenAI-style messages through its sharegpt loader with OpenAI's tags.
    return QJsonObject{
        {QStringLiteral("file_name"), fileName},
        {QStringLiteral("formatting"), QStringLiteral("sharegpt")},
        {QStringLiteral("columns"), QJsonObject{{QStringLiteral("messages"), QStringLiteral("messages")}}},
        {QStringLiteral("tags"), QJsonObject{{QStringLiteral("role_tag"), QStringLiteral("role")},
                                             {QStringLiteral("content_tag"), QStringLiteral("content")},
                                             {QStringLiteral("user_tag"), QStringLiteral("user")},
                                             {QStringLiteral("assistant_tag"), QStringLiteral("assistant")},
                                             {QStringLiteral("system_tag"), QStringLiteral("system")}}}};
}

QString OpenAiFormat::checkRecord(const ExportRecord& record) const
{
    const QString empty = checkTurnsNotEmpty(record);
    if (!empty.isEmpty())
        return empty;
    bool hasAssistant = false;
    for (qsizetype i = 0; i < record.turnCount(); ++i) {
        const ExportRecord::TurnInfo& t = record.turn(i);
        if (t.role == Turn::Role::Assistant)
            hasAssistant = true;
        if (t.weight && t.role != Turn::Role::Assistant)
            return tr("turn %1 is a user message with a weight (only assistant messages have one)")
                .arg(i + 1);
        if (t.weight && *t.weight != 0 && *t.weight != 1)
            return tr("turn %1 has weight %2 (must be 0 or 1)").arg(i + 1).arg(*t.weight);
    }
    if (!hasAssistant)
        return tr("no assistant message");
    return {};
}

void OpenAiFormat::writeRecord(const ExportRecord& record, const RecordOptions& options,
                               QByteArray& out) const
{
    JsonWriter w(out);
    w.beginObject().key("messages").beginArray();
    if (!record.systemPrompt().isEmpty())
        w.beginObject()
            .key("role")
            .value(QStringView(u"system"))
            .key("content")
            .utf8Value(record.systemPrompt())
            .endObject();
    for (qsizetype i = 0; i < record.turnCount(); ++i) {
        const ExportRecord::TurnInfo& t = record.turn(i);
        w.beginObject()
            .key("role")
            .value(t.role == Turn::Role::User ? QStringView(u"user") : QStringView(u"assistant"))
            .key("content");
        writeChatContent(w, record, i);
        if (t.weight)
            w.key("weight").value(qint64(*t.weight));
        w.endObject();
    }
    w.endArray();
    if (options.anyMetadata()) {
        w.key("metadata").beginObject();
        writeMetadataFields(w, record, options);
        w.endObject();
    }
    w.endObject();
    out.append('\n');
}

bool OpenAiFormat::matches(const QJsonObject& record) const
{
    return record.value(QStringLiteral("messages")).isArray();
}

QString OpenAiFormat::read(const QJsonObject& record, Pair& pair) const
{
    const QJsonValue messages = record.value(QStringLiteral("messages"));
    if (!messages.isArray())
        return tr("no \"messages\" list");
    const QJsonArray list = messages.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list[i].isObject())
            return tr("message %1 is not an object").arg(i + 1);
        const QJsonObject m = list[i].toObject();
        const QString role = m.value(QStringLiteral("role")).toString();
        const QJsonValue content = m.value(QStringLiteral("content"));
        if (!content.isString())
            return tr("message %1 has no text \"content\"").arg(i + 1);
        if (role == QLatin1String("system")) {
            if (i != 0)
                return tr("message %1 is a system message after the conversation started").arg(i + 1);
            pair.systemPrompt = content.toString();
            continue;
        }
        Turn turn;
        if (const std::optional<Turn::Role> known = turnRoleFromString(role))
            turn.role = *known;
        else
            return tr("message %1 has role \"%2\" (expected system, user or assistant)").arg(i + 1).arg(role);
        turn.content = content.toString();
        const QJsonValue weight = m.value(QStringLiteral("weight"));
        if (!weight.isUndefined()) {
            if (!weight.isDouble() || (weight.toDouble() != 0 && weight.toDouble() != 1))
                return tr("message %1 has a weight that is not 0 or 1").arg(i + 1);
            turn.weight = weight.toInt();
        }
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
