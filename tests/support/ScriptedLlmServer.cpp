#include "ScriptedLlmServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <ctime>

namespace quarry::test {

// Lives on the server's thread with its listening socket and connections.
class ScriptedLlmServer::Impl : public QObject
{
public:
    explicit Impl(ScriptedLlmServer& owner) : m_owner(owner) {}

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return 0;
        QObject::connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server->nextPendingConnection())
                accept(socket);
        });
        return m_server->serverPort();
    }

private:
    void accept(QTcpSocket* socket)
    {
        {
            std::lock_guard<std::mutex> lock(m_owner.m_mutex);
            ++m_owner.m_connections;
        }
        // The bytes of the request so far; null once it was read (anything more is ignored).
        auto* buffer = new QByteArray("");
        QObject::connect(socket, &QObject::destroyed, [buffer] { delete buffer; });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            if (buffer->isNull())
                return;
            *buffer += socket->readAll();
            const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            Request request;
            const QList<QByteArray> lines = buffer->left(headEnd).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.path = first.value(1);
            qsizetype length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon < 0)
                    continue;
                const QByteArray name = lines.at(i).left(colon).trimmed().toLower();
                const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
                request.headers.insert(name, value);
                if (name == "content-length")
                    length = value.toLongLong();
            }
            if (buffer->size() - headEnd - 4 < length)
                return;
            request.body = buffer->mid(headEnd + 4, length);
            *buffer = QByteArray();
            {
                std::lock_guard<std::mutex> lock(m_owner.m_mutex);
                m_owner.m_requests.append(request);
            }
            play(socket, m_owner.next(request), 0, 0);
        });
    }

    // Writes piece `index` from byte `offset` on, one write at a time, with the script's timing.
    void play(QTcpSocket* socket, const Script& script, qsizetype index, qsizetype offset)
    {
        if (index >= script.pieces.size()) {
            if (script.end == End::Close)
                socket->disconnectFromHost();
            else if (script.end == End::Abort)
                socket->abort();
            return;
        }
        const Piece& piece = script.pieces.at(index);
        const int delay = offset == 0 ? piece.delayMs : piece.gapMs;
        const auto write = [this, socket, script, index, offset] {
            const Piece& p = script.pieces.at(index);
            const qsizetype n = p.writeSize > 0 ? qMin<qsizetype>(p.writeSize, p.bytes.size() - offset)
                                                : p.bytes.size() - offset;
            socket->write(p.bytes.constData() + offset, n);
            socket->flush();
            if (offset + n >= p.bytes.size())
                play(socket, script, index + 1, 0);
            else
                play(socket, script, index, offset + n);
        };
        if (delay > 0)
            QTimer::singleShot(delay, socket, write);
        else if (piece.writeSize > 0 && offset > 0)
            // Through the event loop, so that each write leaves as its own segment.
            QTimer::singleShot(0, socket, write);
        else
            write();
    }

    ScriptedLlmServer& m_owner;
    QTcpServer* m_server = nullptr;
};

ScriptedLlmServer::ScriptedLlmServer()
{
    m_thread.setObjectName(QStringLiteral("ScriptedLlmServer"));
    m_impl = new Impl(*this);
    m_impl->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_impl, [this] { m_port = m_impl->listen(); }, Qt::BlockingQueuedConnection);
}

ScriptedLlmServer::~ScriptedLlmServer()
{
    QMetaObject::invokeMethod(
        m_impl, [this] { delete m_impl; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

double ScriptedLlmServer::threadCpuSeconds() const
{
    double seconds = 0;
    QMetaObject::invokeMethod(
        m_impl,
        [&seconds] {
            timespec ts{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
            seconds = double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
        },
        Qt::BlockingQueuedConnection);
    return seconds;
}

QString ScriptedLlmServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port);
}

void ScriptedLlmServer::enqueue(const Script& script)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_scripts.append(script);
}

void ScriptedLlmServer::setFallback(std::function<Script(const Request&)> fallback)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_fallback = std::move(fallback);
}

QList<ScriptedLlmServer::Request> ScriptedLlmServer::requests() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_requests;
}

int ScriptedLlmServer::requestCount() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return int(m_requests.size());
}

int ScriptedLlmServer::connectionCount() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_connections;
}

ScriptedLlmServer::Script ScriptedLlmServer::next(const Request& request)
{
    std::function<Script(const Request&)> fallback;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (!m_scripts.isEmpty())
            return m_scripts.takeFirst();
        fallback = m_fallback;
    }
    if (fallback)
        return fallback(request);
    return json(500, QJsonObject{{QStringLiteral("error"), QStringLiteral("no script for %1 %2")
                                                               .arg(QString::fromLatin1(request.method),
                                                                    QString::fromLatin1(request.path))}});
}

QByteArray ScriptedLlmServer::httpResponse(int status, const QByteArray& contentType, const QByteArray& body,
                                           const QList<QByteArray>& extraHeaders)
{
    QByteArray reason = "Status";
    if (status == 200)
        reason = "OK";
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " " + reason + "\r\n";
    out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const QByteArray& h : extraHeaders)
        out += h + "\r\n";
    out += "Connection: close\r\n\r\n";
    return out + body;
}

QByteArray ScriptedLlmServer::sseHead()
{
    return "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: "
           "close\r\n\r\n";
}

QByteArray ScriptedLlmServer::event(const QJsonObject& chunk)
{
    return "data: " + QJsonDocument(chunk).toJson(QJsonDocument::Compact) + "\n\n";
}

QByteArray ScriptedLlmServer::done()
{
    return "data: [DONE]\n\n";
}

QJsonObject ScriptedLlmServer::chunk(const QString& content, const QString& finishReason,
                                     const QString& reasoningContent)
{
    QJsonObject delta;
    if (!content.isEmpty())
        delta.insert(QStringLiteral("content"), content);
    if (!reasoningContent.isEmpty())
        delta.insert(QStringLiteral("reasoning_content"), reasoningContent);
    QJsonObject choice{{QStringLiteral("index"), 0}, {QStringLiteral("delta"), delta}};
    choice.insert(QStringLiteral("finish_reason"),
                  finishReason.isEmpty() ? QJsonValue() : QJsonValue(finishReason));
    return QJsonObject{{QStringLiteral("id"), QStringLiteral("chatcmpl-1")},
                       {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                       {QStringLiteral("choices"), QJsonArray{choice}}};
}

QJsonObject ScriptedLlmServer::usageChunk(qint64 promptTokens, qint64 completionTokens)
{
    return QJsonObject{{QStringLiteral("id"), QStringLiteral("chatcmpl-1")},
                       {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                       {QStringLiteral("choices"), QJsonArray{}},
                       {QStringLiteral("usage"),
                        QJsonObject{{QStringLiteral("prompt_tokens"), promptTokens},
                                    {QStringLiteral("completion_tokens"), completionTokens},
                                    {QStringLiteral("total_tokens"), promptTokens + completionTokens}}}};
}

QJsonObject ScriptedLlmServer::completion(const QString& content, const QString& finishReason,
                                          qint64 promptTokens, qint64 completionTokens)
{
    QJsonObject o{
        {QStringLiteral("id"), QStringLiteral("chatcmpl-1")},
        {QStringLiteral("object"), QStringLiteral("chat.completion")},
        {QStringLiteral("choices"),
         QJsonArray{QJsonObject{
             {QStringLiteral("index"), 0},
             {QStringLiteral("message"), QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                     {QStringLiteral("content"), content}}},
             {QStringLiteral("finish_reason"), finishReason}}}},
    };
    if (promptTokens >= 0)
        o.insert(QStringLiteral("usage"),
                 QJsonObject{{QStringLiteral("prompt_tokens"), promptTokens},
                             {QStringLiteral("completion_tokens"), completionTokens}});
    return o;
}

QByteArray ScriptedLlmServer::stream(const QStringList& deltas, const QString& finishReason,
                                     qint64 promptTokens, qint64 completionTokens)
{
    QByteArray out = sseHead();
    for (const QString& d : deltas)
        out += event(chunk(d));
    if (!finishReason.isEmpty())
        out += event(chunk(QString(), finishReason));
    if (promptTokens >= 0)
        out += event(usageChunk(promptTokens, completionTokens));
    return out + done();
}

ScriptedLlmServer::Script ScriptedLlmServer::once(const QByteArray& bytes, End end)
{
    return Script{{Piece{bytes}}, end};
}

ScriptedLlmServer::Script ScriptedLlmServer::json(int status, const QJsonObject& body,
                                                  const QList<QByteArray>& extraHeaders)
{
    return once(httpResponse(status, "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact),
                             extraHeaders));
}

ScriptedLlmServer::Script ScriptedLlmServer::models(const QStringList& ids)
{
    QJsonArray data;
    for (const QString& id : ids)
        data.append(QJsonObject{{QStringLiteral("id"), id},
                                {QStringLiteral("object"), QStringLiteral("model")},
                                {QStringLiteral("owned_by"), QStringLiteral("llamacpp")}});
    return json(
        200, QJsonObject{{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), data}});
}

} // namespace quarry::test
