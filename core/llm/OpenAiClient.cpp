#include "OpenAiClient.h"

#include "ChatAccumulator.h"
#include "Endpoint.h"
#include "LlmError.h"
#include "ReplyJson.h"
#include "SseParser.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <exception>
#include <memory>

namespace quarry {

namespace {

// What a server says in an error body or an in-band error, in any of the shapes servers use:
// {"error": {"message", "type", "n_prompt_tokens", "n_ctx"}} (llama-server, OpenAI, Ollama /v1),
// {"error": "..."} (Ollama native, LM Studio), {"message", "type"} (vLLM), {"detail"} (FastAPI).
struct ServerMessage
{
    QString message;
    QString type;
    qint64 promptTokens = -1;
    qint64 contextTokens = -1;
};

ServerMessage readServerMessage(const QJsonValue& value)
{
    ServerMessage m;
    if (value.isString()) {
        m.message = value.toString();
        return m;
    }
    const QJsonObject o = value.toObject();
    if (o.contains(QLatin1String("error"))) {
        const QJsonValue e = o.value(QLatin1String("error"));
        if (e.isObject() || e.isString())
            return readServerMessage(e);
    }
    m.message = o.value(QLatin1String("message")).toString();
    if (m.message.isEmpty()) {
        const QJsonValue detail = o.value(QLatin1String("detail"));
        m.message = detail.isString()
                        ? detail.toString()
                        : QString::fromUtf8(QJsonDocument(detail.toArray()).toJson(QJsonDocument::Compact));
        if (detail.isUndefined())
            m.message.clear();
    }
    m.type = o.value(QLatin1String("type")).toString();
    m.promptTokens = o.value(QLatin1String("n_prompt_tokens")).toInteger(-1);
    m.contextTokens = o.value(QLatin1String("n_ctx")).toInteger(-1);
    return m;
}

ServerMessage readServerMessage(const QByteArray& body)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error == QJsonParseError::NoError && doc.isObject())
        return readServerMessage(QJsonValue(doc.object()));
    ServerMessage m;
    m.message = QString::fromUtf8(body).simplified().left(300);
    return m;
}

bool isContextOverflow(const ServerMessage& m)
{
    if (m.type == QLatin1String("exceed_context_size_error"))
        return true;
    const QString s = m.message.toLower();
    for (const char* needle : {"maximum context length", "context length", "context size", "context window",
                               "exceeds the available context", "prompt is too long"})
        if (s.contains(QLatin1String(needle)))
            return true;
    return false;
}

QString said(const QString& message)
{
    return message.isEmpty() ? QString()
                             : QStringLiteral(" ") + OpenAiClient::tr("The server said: %1").arg(message);
}

} // namespace

OpenAiClient::OpenAiClient(EndpointConfig config) : m_config(std::move(config))
{
    m_config.baseUrl = Endpoint::normalise(m_config.baseUrl.toString());
}

QString OpenAiClient::modeName(StructuredMode mode)
{
    switch (mode) {
    case StructuredMode::JsonSchema:
        return QStringLiteral("json_schema");
    case StructuredMode::JsonObject:
        return QStringLiteral("json_object");
    case StructuredMode::InstructionsOnly:
        break;
    }
    return QStringLiteral("instructions");
}

QByteArray OpenAiClient::requestBody(const ChatRequest& request) const
{
    QJsonArray messages;
    for (const ChatMessage& m : request.messages)
        messages.append(
            QJsonObject{{QStringLiteral("role"), m.role}, {QStringLiteral("content"), m.content}});
    QJsonObject o{
        {QStringLiteral("model"), request.model},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("temperature"), request.temperature},
        {QStringLiteral("max_tokens"), request.maxTokens},
        {QStringLiteral("stream"), request.stream},
    };
    // Without it a stream carries no token counts, and silent prompt truncation goes unseen.
    if (request.stream)
        o.insert(QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}});
    if (request.mode == StructuredMode::JsonSchema)
        o.insert(QStringLiteral("response_format"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("json_schema")},
                             {QStringLiteral("json_schema"),
                              QJsonObject{{QStringLiteral("name"), QStringLiteral("reply")},
                                          {QStringLiteral("strict"), true},
                                          {QStringLiteral("schema"), request.jsonSchema}}}});
    else if (request.mode == StructuredMode::JsonObject)
        o.insert(QStringLiteral("response_format"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("json_object")}});
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

qint64 OpenAiClient::minimumPromptTokens(const ChatRequest& request)
{
    // Prose averages 2-6 UTF-8 bytes a token in the tokenizers of today's open models (Hangul
    // syllables are 3 bytes, often one or two to a token); 8 leaves room for long English words,
    // so a server reporting fewer tokens than this has not read the whole prompt.
    qint64 bytes = 0;
    for (const ChatMessage& m : request.messages)
        bytes += m.content.toUtf8().size();
    return bytes / 8;
}

void OpenAiClient::setRetryPolicy(int retries, int firstDelayMs)
{
    m_retries = qMax(0, retries);
    m_firstDelayMs = qMax(0, firstDelayMs);
}

std::optional<StructuredMode> OpenAiClient::knownStructuredMode() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_mode;
}

void OpenAiClient::setStructuredMode(StructuredMode mode)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_mode = mode;
}

QHostAddress OpenAiClient::address()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (!m_address)
        m_address = Endpoint::resolveAllowed(m_config);
    return *m_address;
}

void OpenAiClient::pause(int ms, const TaskContext& task)
{
    task.throwIfCancelled();
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    const TaskContext::CancelHook hook(
        task, [&loop] { QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection); });
    loop.exec();
    task.throwIfCancelled();
}

OpenAiClient::Http OpenAiClient::call(const QByteArray& verb, const QString& path, const QByteArray& body,
                                      const TaskContext& task, const BodyHandler& onBody)
{
    for (int attempt = 0;; ++attempt) {
        int retryAfterSec = -1;
        try {
            Http http = exchangeOnce(verb, path, body, task, onBody);
            if (http.status >= 200 && http.status < 300)
                return http;
            retryAfterSec = http.retryAfterSec;
            throw httpError(http, path);
        } catch (const LlmError& e) {
            if (!e.isRetryable() || attempt >= m_retries)
                throw;
            qint64 delay = qint64(m_firstDelayMs) << qMin(attempt, 10);
            if (retryAfterSec > 0)
                delay = qMax<qint64>(delay, qMin(retryAfterSec, 60) * qint64(1000));
            pause(int(delay), task);
        }
    }
}

OpenAiClient::Http OpenAiClient::exchangeOnce(const QByteArray& verb, const QString& path,
                                              const QByteArray& body, const TaskContext& task,
                                              const BodyHandler& onBody)
{
    task.throwIfCancelled();
    const QHostAddress target = address();
    QUrl url = m_config.baseUrl;
    url.setPath(url.path() + path);

    QNetworkRequest req(Endpoint::pinned(url, target));
    // The server still sees its name (virtual hosts, TLS certificates), but no second lookup is made.
    req.setRawHeader("Host", url.authority(QUrl::RemoveUserInfo | QUrl::FullyEncoded).toLatin1());
    if (url.scheme() == QLatin1String("https"))
        req.setPeerVerifyName(url.host());
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setRawHeader("Accept", "application/json, text/event-stream");
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_config.apiKey.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_config.apiKey.toUtf8());

    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    std::unique_ptr<QNetworkReply> reply(verb == "GET" ? nam.get(req)
                                                       : nam.sendCustomRequest(req, verb, body));

    enum class Stop
    {
        None,
        Cancel,
        ConnectTimeout,
        Inactivity,
        Handler, // the body handler (the caller's onDelta) threw
        TooLarge,
    };
    Stop stop = Stop::None;
    // An exception must not unwind through Qt's event loop: it is kept and rethrown after it.
    std::exception_ptr handlerError;
    Http http;
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer connectTimer;
    QTimer idleTimer;
    connectTimer.setSingleShot(true);
    idleTimer.setSingleShot(true);
    const auto abortWith = [&](Stop why) {
        if (stop == Stop::None)
            stop = why;
        reply->abort();
    };
    const auto alive = [&] {
        connectTimer.stop();
        idleTimer.start(m_config.inactivityTimeoutMs);
    };
    const auto readHeaders = [&] {
        if (http.status != 0)
            return;
        http.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        http.contentType = reply->rawHeader("Content-Type").toLower();
        bool ok = false;
        const int retryAfter = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
        if (ok)
            http.retryAfterSec = retryAfter;
    };
    const auto drain = [&] {
        const QByteArray bytes = reply->readAll();
        if (bytes.isEmpty())
            return;
        readHeaders();
        if (http.msToFirstByte < 0)
            http.msToFirstByte = clock.elapsed();
        http.body += bytes;
        if (http.body.size() > m_maxReplyBytes) {
            abortWith(Stop::TooLarge);
            return;
        }
        if (onBody && http.status >= 200 && http.status < 300 && !handlerError) {
            try {
                onBody(bytes, http.contentType);
            } catch (...) {
                handlerError = std::current_exception();
                abortWith(Stop::Handler);
            }
        }
    };
    QObject::connect(&connectTimer, &QTimer::timeout, &loop, [&] { abortWith(Stop::ConnectTimeout); });
    QObject::connect(&idleTimer, &QTimer::timeout, &loop, [&] { abortWith(Stop::Inactivity); });
    QObject::connect(reply.get(), &QNetworkReply::requestSent, &loop, alive);
    QObject::connect(reply.get(), &QNetworkReply::metaDataChanged, &loop, [&] {
        alive();
        readHeaders();
    });
    QObject::connect(reply.get(), &QNetworkReply::readyRead, &loop, [&] {
        alive();
        drain();
    });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    connectTimer.start(m_config.connectTimeoutMs);
    {
        // Cancel comes from another thread: the abort is queued to this one, where the reply lives.
        const TaskContext::CancelHook hook(task, [&loop, &abortWith] {
            QMetaObject::invokeMethod(
                &loop, [&abortWith] { abortWith(Stop::Cancel); }, Qt::QueuedConnection);
        });
        if (!reply->isFinished())
            loop.exec();
    }
    connectTimer.stop();
    idleTimer.stop();
    readHeaders();
    if (stop == Stop::None)
        drain();
    if (handlerError)
        std::rethrow_exception(handlerError);

    const QString where = m_config.baseUrl.toString();
    if (stop == Stop::Cancel) {
        task.throwIfCancelled();
        throw Error(tr("cancelled"), Error::Kind::Cancelled);
    }
    if (stop == Stop::ConnectTimeout)
        throw LlmError(tr("No connection to %1 within %2 s: is the server running, and is the address "
                          "reachable from this machine?")
                           .arg(where)
                           .arg(m_config.connectTimeoutMs / 1000.0),
                       LlmError::Reason::ConnectTimeout);
    if (stop == Stop::TooLarge)
        throw LlmError(
            tr("The reply from %1 grew beyond %2 MB and was given up: is it a model server, and is "
               "max_tokens set?")
                .arg(where)
                .arg(m_maxReplyBytes / 1048576.0, 0, 'f', 1),
            LlmError::Reason::BadReply, http.status);
    if (stop == Stop::Inactivity) {
        LlmError e(tr("The server at %1 sent nothing for %2 s and was given up: it may be overloaded or "
                      "stuck. Raise the inactivity timeout for slow CPU servers.")
                       .arg(where)
                       .arg(m_config.inactivityTimeoutMs / 1000.0),
                   LlmError::Reason::Inactivity, http.status);
        e.setResponseBody(http.body);
        throw e;
    }
    const QNetworkReply::NetworkError error = reply->error();
    const bool transportError =
        error != QNetworkReply::NoError && error < QNetworkReply::ProxyConnectionRefusedError;
    if (http.status == 0) {
        if (error == QNetworkReply::ConnectionRefusedError)
            throw LlmError(
                tr("Connection refused by %1: no model server is listening there. Start it "
                   "(e.g. llama-server --port 8080, ollama serve) or check the address and port; a "
                   "server in a container must listen on an address this machine can reach.")
                    .arg(where),
                LlmError::Reason::Refused);
        if (error == QNetworkReply::RemoteHostClosedError)
            throw LlmError(tr("%1 closed the connection before answering.").arg(where),
                           LlmError::Reason::Network);
        throw LlmError(tr("Could not reach %1: %2").arg(where, reply->errorString()),
                       LlmError::Reason::Network);
    }
    if (transportError)
        http.cut = true;
    if (http.status >= 300 && http.status < 400)
        throw LlmError(
            tr("%1 redirected the request to %2: Quarry does not follow redirects to other addresses. "
               "Use the address the server redirects to if it is allowed.")
                .arg(where, QString::fromUtf8(reply->rawHeader("Location"))),
            LlmError::Reason::Network, http.status);
    return http;
}

LlmError OpenAiClient::httpError(const Http& http, const QString& path) const
{
    const ServerMessage m = readServerMessage(http.body);
    const int status = http.status;
    const QString where = m_config.baseUrl.toString() + path;
    LlmError e(QString(), LlmError::Reason::ServerError);
    if (isContextOverflow(m)) {
        if (m.promptTokens > 0 && m.contextTokens > 0)
            e = LlmError(tr("The prompt is %1 tokens but the server's context holds %2 (llama-server: -c, "
                            "divided among the -np slots): use shorter passages or give the server a larger "
                            "context.")
                             .arg(m.promptTokens)
                             .arg(m.contextTokens),
                         LlmError::Reason::ContextOverflow, status);
        else if (m.message.contains(QLatin1String("maximum context length"), Qt::CaseInsensitive))
            e = LlmError(
                tr("The prompt and the answer's max_tokens exceed the model's maximum context length "
                   "(vLLM: --max-model-len): use shorter passages or fewer answer tokens.") +
                    said(m.message),
                LlmError::Reason::ContextOverflow, status);
        else
            e = LlmError(tr("The prompt does not fit the model's context: use shorter passages or a larger "
                            "context (Ollama: OLLAMA_CONTEXT_LENGTH or num_ctx).") +
                             said(m.message),
                         LlmError::Reason::ContextOverflow, status);
    } else if (status == 401 || status == 403) {
        e = LlmError(
            tr("The server refused the request (HTTP %1): the API key is missing or wrong. Set it in "
               "Settings > Drafting, or for quarry-cli in QUARRY_LLM_API_KEY or --api-key-file.")
                    .arg(status) +
                said(m.message),
            LlmError::Reason::Unauthorized, status);
    } else if (status == 404) {
        e = LlmError(tr("%1 was not found (HTTP 404): check that the base URL is the server's API, which "
                        "usually ends in /v1 (e.g. http://127.0.0.1:8080/v1 for llama-server, "
                        "http://127.0.0.1:11434/v1 for Ollama), and that the model name exists.")
                             .arg(where) +
                         said(m.message),
                     LlmError::Reason::NotFound, status);
    } else if (status == 503) {
        e = LlmError(
            tr("The server is not ready (HTTP 503): the model is still loading or its queue is full. "
               "Try again in a moment, or lower the number of parallel requests.") +
                said(m.message),
            LlmError::Reason::Unavailable, status);
    } else if (status == 429) {
        e = LlmError(tr("The server asks for fewer requests (HTTP 429): lower the number of parallel "
                        "requests.") +
                         said(m.message),
                     LlmError::Reason::RateLimited, status);
    } else if (status >= 400 && status < 500) {
        e = LlmError(tr("The server rejected the request (HTTP %1).").arg(status) + said(m.message),
                     LlmError::Reason::BadRequest, status);
    } else {
        e = LlmError(tr("The server failed (HTTP %1).").arg(status) + said(m.message),
                     LlmError::Reason::ServerError, status);
    }
    e.setResponseBody(http.body);
    return e;
}

ChatReply OpenAiClient::send(const ChatRequest& request, const TaskContext& task,
                             const std::function<void(const QString& delta)>& onDelta)
{
    ChatReply reply;
    reply.requestBody = requestBody(request);
    ChatAccumulator acc;
    SseParser sse;
    enum class Shape
    {
        Unknown,
        Sse,
        Json
    };
    Shape shape = Shape::Unknown;
    bool done = false;
    const auto onEvent = [&](const SseParser::Event& event) {
        if (event.type == SseParser::Event::Type::Error) {
            const QJsonDocument doc = QJsonDocument::fromJson(event.data.toUtf8());
            acc.addError(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(event.data));
            return;
        }
        const QString data = event.data.trimmed();
        if (data == QLatin1String("[DONE]")) {
            done = true;
            return;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(data.toUtf8());
        if (!doc.isObject())
            return; // kept in rawResponse; one bad event does not void the others
        const QString visible = acc.addChunk(doc.object());
        if (!visible.isEmpty() && onDelta)
            onDelta(visible);
    };
    const BodyHandler onBody = [&](const QByteArray& bytes, const QByteArray& contentType) {
        if (shape == Shape::Unknown) {
            // Content-Type decides; a server that names none is recognised by the first byte.
            shape = contentType.contains("event-stream") ||
                            (!contentType.contains("json") && !bytes.trimmed().startsWith('{'))
                        ? Shape::Sse
                        : Shape::Json;
        }
        if (shape == Shape::Sse)
            for (const SseParser::Event& e : sse.feed(bytes))
                onEvent(e);
    };
    QElapsedTimer clock;
    clock.start();
    const Http http = call("POST", QStringLiteral("/chat/completions"), reply.requestBody, task, onBody);
    reply.rawResponse = http.body;
    reply.msToFirstByte = http.msToFirstByte;
    if (shape == Shape::Unknown)
        shape = http.contentType.contains("event-stream") ? Shape::Sse : Shape::Json;
    if (shape == Shape::Sse) {
        for (const SseParser::Event& e : sse.finish())
            onEvent(e);
    } else {
        const QJsonDocument doc = QJsonDocument::fromJson(http.body);
        if (!doc.isObject()) {
            LlmError e(tr("The server's reply is not JSON: is %1 an OpenAI-compatible API?")
                           .arg(baseUrl().toString()),
                       LlmError::Reason::BadReply, http.status);
            e.setResponseBody(http.body);
            throw e;
        }
        acc.addMessage(doc.object());
    }
    reply.msTotal = clock.elapsed();
    if (acc.hasError()) {
        Http failed = http;
        failed.status = 500;
        const ServerMessage m = readServerMessage(acc.error());
        LlmError e = isContextOverflow(m)
                         ? httpError(failed, QStringLiteral("/chat/completions"))
                         : LlmError(tr("The server reported an error while answering.") + said(m.message),
                                    LlmError::Reason::ServerError, http.status);
        if (!isContextOverflow(m))
            e.setResponseBody(http.body);
        throw e;
    }
    if (!acc.sawChoice()) {
        LlmError e(http.cut || shape == Shape::Sse
                       ? tr("The connection to %1 broke before any answer came.").arg(baseUrl().toString())
                       : tr("The server's reply has no answer (no choices): is %1 an OpenAI-compatible API?")
                             .arg(baseUrl().toString()),
                   http.cut || shape == Shape::Sse ? LlmError::Reason::Network : LlmError::Reason::BadReply,
                   http.status);
        e.setResponseBody(http.body);
        throw e;
    }
    acc.fill(reply);
    // A stream that ended with neither a finish_reason nor [DONE] was cut short.
    if (shape == Shape::Sse && acc.finishReason().isEmpty() && !done)
        reply.truncated = true;
    if (http.cut && acc.finishReason().isEmpty())
        reply.truncated = true;
    if (reply.usage.promptTokens >= 0 && reply.usage.promptTokens < minimumPromptTokens(request))
        reply.promptTruncated = true;
    return reply;
}

QStringList OpenAiClient::listModels(const TaskContext& task)
{
    const Http http = call("GET", QStringLiteral("/models"), {}, task, {});
    const QJsonDocument doc = QJsonDocument::fromJson(http.body);
    if (!doc.isObject()) {
        LlmError e(tr("The server's model list is not JSON: is %1 an OpenAI-compatible API?")
                       .arg(baseUrl().toString()),
                   LlmError::Reason::BadReply, http.status);
        e.setResponseBody(http.body);
        throw e;
    }
    QStringList ids;
    for (const QJsonValue& m : doc.object().value(QLatin1String("data")).toArray()) {
        const QString id = m.toObject().value(QLatin1String("id")).toString();
        if (!id.isEmpty())
            ids << id;
    }
    return ids;
}

StructuredMode OpenAiClient::probeStructuredMode(const TaskContext& task, const QString& model)
{
    if (const auto known = knownStructuredMode())
        return *known;
    ChatRequest probe;
    probe.model = m_config.model.isEmpty() ? model : m_config.model;
    if (probe.model.isEmpty())
        probe.model = listModels(task).value(0);
    probe.messages = {
        {QStringLiteral("system"),
         QStringLiteral("Reply with the JSON object {\"ok\": true} and nothing else.")},
        {QStringLiteral("user"), QStringLiteral("Are you ready?")},
    };
    probe.jsonSchema = QJsonObject{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("ok"), QJsonObject{{QStringLiteral("type"), QStringLiteral("boolean")}}}}},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("ok")}},
    };
    probe.temperature = 0;
    probe.maxTokens = 64;
    probe.stream = false;
    StructuredMode found = StructuredMode::InstructionsOnly;
    for (const StructuredMode mode : {StructuredMode::JsonSchema, StructuredMode::JsonObject}) {
        probe.mode = mode;
        try {
            const ChatReply r = send(probe, task);
            // A server that ignores response_format answers in prose; one that honours it answers
            // JSON (or was cut while doing so, having accepted the parameter).
            const ReplyJson::Result json = ReplyJson::parse(r.content);
            if ((json.ok && json.value.isObject()) || r.truncated) {
                found = mode;
                break;
            }
        } catch (const LlmError& e) {
            // The parameter was refused (LM Studio: 400 "'response_format.type' must be ..."; some
            // servers fail with 500 on a schema they cannot turn into a grammar): try the next way.
            if (e.reason() != LlmError::Reason::BadRequest && e.reason() != LlmError::Reason::ServerError)
                throw;
        }
    }
    setStructuredMode(found);
    return found;
}

} // namespace quarry
