#pragma once

#include "llm/ChatTransport.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QStringList>
#include <mutex>
#include <optional>

namespace quarry {

class LlmError;

// ChatTransport for the OpenAI-compatible API of local model servers (llama-server, Ollama, vLLM,
// LM Studio), as they really behave: see docs/user-guide.md and the notes on local servers.
//
// Blocking calls for worker threads: each call runs its own QNetworkAccessManager in a local event
// loop on the calling thread, so one client may serve several drafting threads at once and never
// touches the GUI thread's loop. No proxy, no redirects, and the connection goes to the address the
// egress policy checked (Endpoint::resolveAllowed), never to a fresh lookup of the name.
class OpenAiClient : public ChatTransport
{
    Q_DECLARE_TR_FUNCTIONS(quarry::OpenAiClient)
public:
    // `config.baseUrl` is normalised here (with or without /v1, trailing slashes).
    explicit OpenAiClient(EndpointConfig config);

    QByteArray requestBody(const ChatRequest& request) const override;
    ChatReply send(const ChatRequest& request, const TaskContext& task,
                   const std::function<void(const QString& delta)>& onDelta = {}) override;
    QUrl baseUrl() const override { return m_config.baseUrl; }
    const EndpointConfig& config() const { return m_config; }

    // GET {base}/models: the ids the server offers.
    QStringList listModels(const TaskContext& task = TaskContext::none());

    // The best way this endpoint takes a JSON reply: json_schema, else json_object, else plain
    // instructions. Asked of the server once per client (two tiny requests at most) and remembered;
    // callers record the result (and may hand a recorded one back with setStructuredMode).
    // `model` is asked when the configuration names none (else the first listed model).
    StructuredMode probeStructuredMode(const TaskContext& task = TaskContext::none(),
                                       const QString& model = {});
    std::optional<StructuredMode> knownStructuredMode() const;
    void setStructuredMode(StructuredMode mode);

    // Refused connections, 503 and 429 are tried again: at most `retries` more times, waiting
    // `firstDelayMs`, then twice as long each time (a Retry-After of up to a minute is honoured).
    void setRetryPolicy(int retries, int firstDelayMs);

    // A reply larger than this is given up (BadReply): a server stuck in a loop, or something that
    // is not a model server, must not fill the memory. Default 64 MiB, far beyond any max_tokens.
    void setMaxReplyBytes(qint64 bytes) { m_maxReplyBytes = bytes; }

    // The fewest prompt tokens `request` can be: its UTF-8 bytes over the most bytes any common
    // tokenizer packs into a token of prose. A server that says it read fewer cut the prompt.
    static qint64 minimumPromptTokens(const ChatRequest& request);
    static QString modeName(StructuredMode mode);

private:
    struct Http
    {
        int status = 0;
        QByteArray contentType;
        QByteArray body; // the whole body (also when streamed)
        int retryAfterSec = -1;
        qint64 msToFirstByte = -1;
        bool cut = false; // the connection broke after the headers came
    };
    using BodyHandler = std::function<void(const QByteArray& bytes, const QByteArray& contentType)>;

    // One HTTP exchange with retries; throws LlmError for transport failures and non-2xx replies.
    Http call(const QByteArray& verb, const QString& path, const QByteArray& body, const TaskContext& task,
              const BodyHandler& onBody);
    Http exchangeOnce(const QByteArray& verb, const QString& path, const QByteArray& body,
                      const TaskContext& task, const BodyHandler& onBody);
    QHostAddress address();
    LlmError httpError(const Http& http, const QString& path) const;
    static void pause(int ms, const TaskContext& task);

    EndpointConfig m_config;
    int m_retries = 3;
    int m_firstDelayMs = 1000;
    qint64 m_maxReplyBytes = qint64(64) << 20;
    mutable std::mutex m_mutex;
    std::optional<QHostAddress> m_address;
    std::optional<StructuredMode> m_mode;
};

} // namespace quarry
