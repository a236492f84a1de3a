#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QThread>
#include <functional>
#include <mutex>

namespace quarry::test {

// An OpenAI-compatible model server on 127.0.0.1 (a random port) that replays scripted
// behaviour: what real servers send, split and timed as the tests ask (a byte a write, several
// events in one write, long silences, cut connections, every error shape). It runs on its own
// thread so that the client under test may block in a local event loop; it records every request
// it received, byte for byte.
class ScriptedLlmServer
{
public:
    struct Piece
    {
        QByteArray bytes;
        int delayMs = 0;   // before the first write of this piece
        int writeSize = 0; // bytes per write (flushed, `gapMs` apart); 0: all in one write
        int gapMs = 0;
    };
    enum class End
    {
        Close,    // orderly close (the end of a body without Content-Length)
        Abort,    // connection reset
        HoldOpen, // silence: the connection stays open, nothing more comes
    };
    struct Script
    {
        QList<Piece> pieces;
        End end = End::Close;
    };
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QMap<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
    };

    ScriptedLlmServer();
    ~ScriptedLlmServer();
    ScriptedLlmServer(const ScriptedLlmServer&) = delete;
    ScriptedLlmServer& operator=(const ScriptedLlmServer&) = delete;

    quint16 port() const { return m_port; }
    QString baseUrl() const; // http://127.0.0.1:PORT/v1

    // Scripts answer the next requests in order; when none is left, the fallback answers (by
    // default a 500 naming the unscripted request).
    void enqueue(const Script& script);
    void setFallback(std::function<Script(const Request&)> fallback);
    QList<Request> requests() const;
    int requestCount() const;
    int connectionCount() const;
    // CPU seconds the server's thread has used: what a benchmark subtracts from the process's.
    double threadCpuSeconds() const;

    // Builders for what servers send.
    static QByteArray httpResponse(int status, const QByteArray& contentType, const QByteArray& body,
                                   const QList<QByteArray>& extraHeaders = {});
    static QByteArray sseHead(); // 200, text/event-stream, no Content-Length, Connection: close
    static QByteArray event(const QJsonObject& chunk); // "data: {...}\n\n"
    static QByteArray done();                          // "data: [DONE]\n\n"
    // A chat.completion.chunk with content and/or reasoning_content and a finish_reason.
    static QJsonObject chunk(const QString& content, const QString& finishReason = {},
                             const QString& reasoningContent = {});
    static QJsonObject usageChunk(qint64 promptTokens, qint64 completionTokens);
    // A non-streamed chat.completion body.
    static QJsonObject completion(const QString& content,
                                  const QString& finishReason = QStringLiteral("stop"),
                                  qint64 promptTokens = -1, qint64 completionTokens = -1);
    // A whole stream: head, one chunk per delta, the finish, usage, [DONE].
    static QByteArray stream(const QStringList& deltas, const QString& finishReason = QStringLiteral("stop"),
                             qint64 promptTokens = -1, qint64 completionTokens = -1);
    static Script once(const QByteArray& bytes, End end = End::Close);
    static Script json(int status, const QJsonObject& body, const QList<QByteArray>& extraHeaders = {});
    static Script models(const QStringList& ids);

private:
    class Impl;
    friend class Impl;
    Script next(const Request& request);

    QThread m_thread;
    Impl* m_impl = nullptr;
    quint16 m_port = 0;
    mutable std::mutex m_mutex;
    QList<Script> m_scripts;
    std::function<Script(const Request&)> m_fallback;
    QList<Request> m_requests;
    int m_connections = 0;
};

} // namespace quarry::test
