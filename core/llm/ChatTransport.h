#pragma once

#include "util/TaskContext.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>

namespace quarry {

// The seam between drafting (what to ask, what to keep) and the wire (how an OpenAI-compatible
// local server is talked to). Drafting and its tests see only this; the HTTP client implements it.

struct ChatMessage
{
    QString role; // "system", "user", "assistant"
    QString content;
};

// How a reply is asked to be JSON. Servers differ (LM Studio refuses json_object, TGI has neither):
// the client probes json_schema, then json_object, then plain instructions, once per endpoint.
enum class StructuredMode
{
    JsonSchema,
    JsonObject,
    InstructionsOnly,
};

struct ChatRequest
{
    QString model;
    QList<ChatMessage> messages;
    StructuredMode mode = StructuredMode::InstructionsOnly;
    QJsonObject jsonSchema; // the reply's schema, sent when mode is JsonSchema
    double temperature = 0.2;
    int maxTokens = 1024;
    bool stream = true;
};

struct ChatUsage
{
    qint64 promptTokens = -1; // -1: the server did not say
    qint64 completionTokens = -1;
};

struct ChatReply
{
    QString content;      // the answer text, reasoning (<think>, reasoning fields) removed
    QString reasoning;    // what was removed, kept for the record only
    QString finishReason; // as the server sent it ("stop", "length", ...); empty if none came
    bool truncated = false; // finish_reason "length", or a stream cut before its end
    // The server read fewer prompt tokens than the request can hold (usage.prompt_tokens against
    // the prompt's size): Ollama cuts an over-long prompt to its context silently, with 200 OK.
    bool promptTruncated = false;
    ChatUsage usage;
    QByteArray requestBody; // exactly the bytes POSTed
    QByteArray rawResponse; // exactly the bytes received (the SSE stream or the JSON body)
    qint64 msToFirstByte = -1;
    qint64 msTotal = -1;
};

// Where drafting sends its requests. Endpoint policy (loopback by default, the site's network only
// when allowed, public addresses refused) is the implementation's business.
struct EndpointConfig
{
    QUrl baseUrl;            // normalised: ends in /v1
    QString model;
    QString apiKey;          // never stored in the project or plain settings
    bool allowSiteNetwork = false; // private addresses (10/8, 172.16/12, 192.168/16, fc00::/7 ...)
    int connectTimeoutMs = 10000;
    int inactivityTimeoutMs = 300000; // CPU servers think for minutes: no total timeout
};

class ChatTransport
{
public:
    virtual ~ChatTransport() = default;

    // The exact bytes send() POSTs for `request`: `quarry-cli draft --dry-run` prints these.
    virtual QByteArray requestBody(const ChatRequest& request) const = 0;

    // Blocking; called from a worker thread. Returns within about a second of task.cancel()
    // (throwing Error, Kind::Cancelled). `onDelta` hears streamed content as it arrives.
    // Failures throw quarry::Error with a message a user can act on (refused connection, 401, 404
    // with a hint about /v1, 503, context overflow...); the reply of a request that came back is
    // returned even when truncated, so the caller can record it.
    virtual ChatReply send(const ChatRequest& request, const TaskContext& task,
                           const std::function<void(const QString& delta)>& onDelta = {}) = 0;

    virtual QUrl baseUrl() const = 0;
};

} // namespace quarry
