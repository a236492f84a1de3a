#pragma once

#include "llm/ChatTransport.h"
#include "util/Error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <atomic>
#include <chrono>
#include <functional>
#include <thread>

namespace quarry::test {

// A ChatTransport that answers from a function instead of a server: drafting's tests decide every
// reply (valid, broken, truncated, slow, failing) and see every request, without a socket.
class FakeChatTransport : public ChatTransport
{
public:
    using Responder = std::function<ChatReply(const ChatRequest& request, int callNo)>;

    explicit FakeChatTransport(Responder responder) : m_responder(std::move(responder)) {}

    QByteArray requestBody(const ChatRequest& request) const override
    {
        QJsonArray messages;
        for (const ChatMessage& m : request.messages)
            messages.append(
                QJsonObject{{QStringLiteral("role"), m.role}, {QStringLiteral("content"), m.content}});
        QJsonObject o{{QStringLiteral("model"), request.model},
                      {QStringLiteral("messages"), messages},
                      {QStringLiteral("temperature"), request.temperature},
                      {QStringLiteral("max_tokens"), request.maxTokens},
                      {QStringLiteral("stream"), request.stream}};
        if (request.mode == StructuredMode::JsonSchema)
            o.insert(QStringLiteral("response_format"),
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("json_schema")},
                                 {QStringLiteral("schema"), request.jsonSchema}});
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }

    ChatReply send(const ChatRequest& request, const TaskContext& task,
                   const std::function<void(const QString&)>& onDelta = {}) override
    {
        task.throwIfCancelled();
        const int inFlight = ++m_inFlight;
        int seen = m_maxInFlight.load();
        while (inFlight > seen && !m_maxInFlight.compare_exchange_weak(seen, inFlight)) {
        }
        struct Leave
        {
            std::atomic<int>& n;
            ~Leave() { --n; }
        } leave{m_inFlight};
        const int callNo = m_calls++;
        {
            QMutexLocker lock(&m_mutex);
            m_bodies << requestBody(request);
            m_requests << request;
        }
        if (m_delayMs > 0)
            for (int waited = 0; waited < m_delayMs; waited += 5) {
                task.throwIfCancelled();
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        ChatReply reply = m_responder(request, callNo);
        task.throwIfCancelled();
        if (onDelta)
            onDelta(reply.content);
        reply.requestBody = requestBody(request);
        if (reply.rawResponse.isEmpty())
            reply.rawResponse = reply.content.toUtf8();
        return reply;
    }

    QUrl baseUrl() const override { return QUrl(QStringLiteral("http://127.0.0.1:8080/v1")); }

    void setDelayMs(int ms) { m_delayMs = ms; }
    int calls() const { return m_calls; }
    int maxInFlight() const { return m_maxInFlight; }
    QList<QByteArray> bodies() const
    {
        QMutexLocker lock(&m_mutex);
        return m_bodies;
    }
    QList<ChatRequest> requests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }

    // A reply whose content is `json`, finished normally, with token counts.
    static ChatReply reply(const QString& content, const QString& finish = QStringLiteral("stop"))
    {
        ChatReply r;
        r.content = content;
        r.finishReason = finish;
        r.truncated = finish == QLatin1String("length");
        r.usage.promptTokens = 100;
        r.usage.completionTokens = 20;
        r.msToFirstByte = 1;
        r.msTotal = 2;
        return r;
    }

private:
    Responder m_responder;
    std::atomic<int> m_calls{0};
    std::atomic<int> m_inFlight{0};
    std::atomic<int> m_maxInFlight{0};
    int m_delayMs = 0;
    mutable QMutex m_mutex;
    QList<QByteArray> m_bodies;
    QList<ChatRequest> m_requests;
};

} // namespace quarry::test
