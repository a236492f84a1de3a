#include "ChatAccumulator.h"

#include <QJsonArray>

namespace quarry {

namespace {

QString reasoningOf(const QJsonObject& o)
{
    // llama-server: reasoning_content; vLLM and others: reasoning.
    QString s = o.value(QLatin1String("reasoning_content")).toString();
    s += o.value(QLatin1String("reasoning")).toString();
    return s;
}

} // namespace

QString ChatAccumulator::addChunk(const QJsonObject& chunk)
{
    if (chunk.contains(QLatin1String("error"))) {
        addError(chunk.value(QLatin1String("error")));
        return {};
    }
    readUsage(chunk);
    const QJsonArray choices = chunk.value(QLatin1String("choices")).toArray();
    if (choices.isEmpty())
        return {};
    m_sawChoice = true;
    const QJsonObject choice = choices.first().toObject();
    const QJsonObject delta = choice.value(QLatin1String("delta")).toObject();
    const QString text = delta.value(QLatin1String("content")).toString();
    m_content += text;
    m_reasoning += reasoningOf(delta);
    const QJsonValue finish = choice.value(QLatin1String("finish_reason"));
    if (finish.isString() && !finish.toString().isEmpty())
        m_finishReason = finish.toString();
    return text.isEmpty() ? QString() : m_stream.feed(text);
}

void ChatAccumulator::addMessage(const QJsonObject& body)
{
    if (body.contains(QLatin1String("error"))) {
        addError(body.value(QLatin1String("error")));
        return;
    }
    readUsage(body);
    const QJsonArray choices = body.value(QLatin1String("choices")).toArray();
    if (choices.isEmpty())
        return;
    m_sawChoice = true;
    const QJsonObject choice = choices.first().toObject();
    const QJsonObject message = choice.value(QLatin1String("message")).toObject();
    m_content += message.value(QLatin1String("content")).toString();
    m_reasoning += reasoningOf(message);
    m_finishReason = choice.value(QLatin1String("finish_reason")).toString();
}

void ChatAccumulator::addError(const QJsonValue& error)
{
    if (!hasError())
        m_error = error;
}

void ChatAccumulator::readUsage(const QJsonObject& object)
{
    const QJsonObject usage = object.value(QLatin1String("usage")).toObject();
    if (usage.isEmpty())
        return;
    if (usage.contains(QLatin1String("prompt_tokens")))
        m_usage.promptTokens = usage.value(QLatin1String("prompt_tokens")).toInteger(-1);
    if (usage.contains(QLatin1String("completion_tokens")))
        m_usage.completionTokens = usage.value(QLatin1String("completion_tokens")).toInteger(-1);
}

void ChatAccumulator::fill(ChatReply& reply) const
{
    const ThinkSplitter::Parts parts = ThinkSplitter::split(m_content);
    reply.content = parts.answer;
    reply.reasoning = m_reasoning.trimmed();
    if (!parts.reasoning.isEmpty())
        reply.reasoning += (reply.reasoning.isEmpty() ? QString() : QStringLiteral("\n")) + parts.reasoning;
    reply.finishReason = m_finishReason;
    reply.usage = m_usage;
    if (m_finishReason == QLatin1String("length"))
        reply.truncated = true;
}

} // namespace quarry
