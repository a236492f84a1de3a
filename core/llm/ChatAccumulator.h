#pragma once

#include "llm/ChatTransport.h"
#include "llm/ThinkSplitter.h"

#include <QJsonObject>
#include <QString>

namespace quarry {

// Gathers one chat completion from what the server sends: the chunks of a stream (delta
// content, reasoning_content or reasoning, finish_reason, usage in the last chunk) or one
// non-streamed body. Errors sent in band ({"error": ...} after a 200) are kept for the client to
// raise.
class ChatAccumulator
{
public:
    // A streamed chunk; returns the new answer text (think blocks held back), for onDelta.
    QString addChunk(const QJsonObject& chunk);
    // A whole non-streamed response body.
    void addMessage(const QJsonObject& body);
    // An error the server sent in band: the "error" member of a chunk, or an "error:" line.
    void addError(const QJsonValue& error);

    bool hasError() const { return !m_error.isUndefined(); }
    const QJsonValue& error() const { return m_error; }
    bool sawChoice() const { return m_sawChoice; }
    const QString& finishReason() const { return m_finishReason; }

    // The reply so far: content with <think> removed, reasoning from the fields and the tags.
    void fill(ChatReply& reply) const;

private:
    void readUsage(const QJsonObject& object);

    QString m_content;
    QString m_reasoning;
    QString m_finishReason;
    ChatUsage m_usage;
    QJsonValue m_error = QJsonValue(QJsonValue::Undefined);
    bool m_sawChoice = false;
    ThinkSplitter m_stream;
};

} // namespace quarry
