// The HTTP client against a scripted server on loopback that sends what real servers send: split
// at every byte, many events at once, pings, cuts, every error shape, think blocks, silences.
#include "ScriptedLlmServer.h"
#include "llm/LlmError.h"
#include "llm/OpenAiClient.h"
#include "llm/ReplyJson.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTest>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace quarry;
using quarry::test::ScriptedLlmServer;
using Script = ScriptedLlmServer::Script;
using Piece = ScriptedLlmServer::Piece;

namespace {

EndpointConfig configFor(const ScriptedLlmServer& server)
{
    EndpointConfig c;
    c.baseUrl = QUrl(server.baseUrl());
    c.model = QStringLiteral("qwen2.5-7b-instruct");
    c.connectTimeoutMs = 5000;
    c.inactivityTimeoutMs = 10000;
    return c;
}

ChatRequest request(const QString& user = QStringLiteral("질문을 만들어 주세요."))
{
    ChatRequest r;
    r.model = QStringLiteral("qwen2.5-7b-instruct");
    r.messages = {{QStringLiteral("system"), QStringLiteral("You write questions.")},
                  {QStringLiteral("user"), user}};
    return r;
}

// What the client throws for `script`, with retries off.
LlmError failure(const Script& script, const ChatRequest& r = request())
{
    ScriptedLlmServer server;
    server.enqueue(script);
    OpenAiClient client(configFor(server));
    client.setRetryPolicy(0, 0);
    try {
        client.send(r, TaskContext::none());
    } catch (const LlmError& e) {
        return e;
    }
    return LlmError(QStringLiteral("no error"), LlmError::Reason::BadReply, -1);
}

Script jsonError(int status, const char* body)
{
    return ScriptedLlmServer::once(ScriptedLlmServer::httpResponse(status, "application/json", body));
}

} // namespace

class TestOpenAiClient : public QObject
{
    Q_OBJECT
private slots:
    void streamSplitAtEveryByte()
    {
        // Hangul (3 bytes a syllable) and CRLF line ends, one byte a write: every split the
        // network can make falls somewhere in here.
        QByteArray body = ScriptedLlmServer::sseHead();
        for (const QString& d :
             {QStringLiteral("개인정보 "), QStringLiteral("보호법은 "), QStringLiteral("무엇인가요?")})
            body += ScriptedLlmServer::event(ScriptedLlmServer::chunk(d)).replace("\n", "\r\n");
        body += ScriptedLlmServer::event(ScriptedLlmServer::chunk(QString(), QStringLiteral("stop")))
                    .replace("\n", "\r\n");
        body += ScriptedLlmServer::event(ScriptedLlmServer::usageChunk(31, 9)).replace("\n", "\r\n");
        body += QByteArray(ScriptedLlmServer::done()).replace("\n", "\r\n");
        const qsizetype head = ScriptedLlmServer::sseHead().size();
        ScriptedLlmServer server;
        server.enqueue(Script{{Piece{body.left(head)}, Piece{body.mid(head), 0, 1, 1}}});
        OpenAiClient client(configFor(server));
        QString streamed;
        const ChatRequest r = request();
        const ChatReply reply = client.send(r, TaskContext::none(), [&](const QString& d) { streamed += d; });
        QCOMPARE(reply.content, QStringLiteral("개인정보 보호법은 무엇인가요?"));
        QCOMPARE(streamed, reply.content);
        QCOMPARE(reply.finishReason, QStringLiteral("stop"));
        QVERIFY(!reply.truncated);
        QCOMPARE(reply.usage.promptTokens, 31);
        QCOMPARE(reply.usage.completionTokens, 9);
        QCOMPARE(reply.rawResponse, body.mid(head));
        // The bytes sent are the bytes requestBody() promises (what --dry-run prints).
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().at(0).body, client.requestBody(r));
        QCOMPARE(reply.requestBody, client.requestBody(r));
        QCOMPARE(server.requests().at(0).path, QByteArray("/v1/chat/completions"));
        QCOMPARE(server.requests().at(0).method, QByteArray("POST"));
    }

    void requestBodyShape()
    {
        ScriptedLlmServer server;
        OpenAiClient client(configFor(server));
        ChatRequest r = request();
        r.mode = StructuredMode::JsonSchema;
        r.jsonSchema = QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}};
        const QJsonObject o = QJsonDocument::fromJson(client.requestBody(r)).object();
        QCOMPARE(o.value(QLatin1String("model")).toString(), r.model);
        QCOMPARE(o.value(QLatin1String("stream")).toBool(), true);
        QCOMPARE(o.value(QLatin1String("stream_options"))
                     .toObject()
                     .value(QLatin1String("include_usage"))
                     .toBool(),
                 true);
        QCOMPARE(o.value(QLatin1String("response_format")).toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("json_schema"));
        QCOMPARE(o.value(QLatin1String("messages"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QLatin1String("content"))
                     .toString(),
                 r.messages.at(1).content);
        r.mode = StructuredMode::JsonObject;
        r.stream = false;
        const QJsonObject o2 = QJsonDocument::fromJson(client.requestBody(r)).object();
        QCOMPARE(
            o2.value(QLatin1String("response_format")).toObject().value(QLatin1String("type")).toString(),
            QStringLiteral("json_object"));
        QVERIFY(!o2.contains(QLatin1String("stream_options")));
        r.mode = StructuredMode::InstructionsOnly;
        QVERIFY(!QJsonDocument::fromJson(client.requestBody(r))
                     .object()
                     .contains(QLatin1String("response_format")));
        // Deterministic: the same request, the same bytes.
        QCOMPARE(client.requestBody(r), client.requestBody(r));
    }

    void manyEventsInOneWriteWithPingsAndEmptyFrames()
    {
        QByteArray body = ScriptedLlmServer::sseHead() + ": ping\n\n" + "data:\n\n";
        for (int i = 0; i < 50; ++i)
            body += ScriptedLlmServer::event(ScriptedLlmServer::chunk(QString::number(i % 10)));
        body += ": ping - 2026-12-03 12:00:00\n\n";
        body += ScriptedLlmServer::event(ScriptedLlmServer::chunk(QString(), QStringLiteral("stop")));
        body += ScriptedLlmServer::done();
        ScriptedLlmServer server;
        server.enqueue(ScriptedLlmServer::once(body));
        OpenAiClient client(configFor(server));
        const ChatReply reply = client.send(request(), TaskContext::none());
        QString expected;
        for (int i = 0; i < 50; ++i)
            expected += QString::number(i % 10);
        QCOMPARE(reply.content, expected);
        QVERIFY(!reply.truncated);
        QCOMPARE(reply.usage.promptTokens, -1); // the server did not say
    }

    void missingDoneIsNotACut()
    {
        QByteArray body =
            ScriptedLlmServer::sseHead() +
            ScriptedLlmServer::event(ScriptedLlmServer::chunk(QStringLiteral("Yes."))) +
            ScriptedLlmServer::event(ScriptedLlmServer::chunk(QString(), QStringLiteral("stop")));
        ScriptedLlmServer server;
        server.enqueue(ScriptedLlmServer::once(body));
        OpenAiClient client(configFor(server));
        const ChatReply reply = client.send(request(), TaskContext::none());
        QCOMPARE(reply.content, QStringLiteral("Yes."));
        QVERIFY(!reply.truncated);
    }

    void cutConnectionIsATruncatedReply_data()
    {
        QTest::addColumn<int>("end");
        QTest::newRow("close") << int(ScriptedLlmServer::End::Close);
        QTest::newRow("reset") << int(ScriptedLlmServer::End::Abort);
    }
    void cutConnectionIsATruncatedReply()
    {
        QFETCH(int, end);
        const QByteArray body =
            ScriptedLlmServer::sseHead() +
            ScriptedLlmServer::event(ScriptedLlmServer::chunk(QStringLiteral("{\"questions\": [\"Wh"))) +
            "data: {\"choi"; // cut inside an event
        ScriptedLlmServer server;
        server.enqueue(Script{{Piece{body}}, ScriptedLlmServer::End(end)});
        OpenAiClient client(configFor(server));
        const ChatReply reply = client.send(request(), TaskContext::none());
        QVERIFY(reply.truncated);
        QCOMPARE(reply.content, QStringLiteral("{\"questions\": [\"Wh"));
        QVERIFY(reply.finishReason.isEmpty());
    }

    void cutBeforeAnyAnswerThrows()
    {
        const LlmError e =
            failure(ScriptedLlmServer::once(ScriptedLlmServer::sseHead(), ScriptedLlmServer::End::Abort));
        QCOMPARE(e.reason(), LlmError::Reason::Network);
    }

    void finishReasonLengthIsTruncated()
    {
        ScriptedLlmServer server;
        server.enqueue(ScriptedLlmServer::once(ScriptedLlmServer::stream(
            {QStringLiteral("{\"answer\": \"The retention period is")}, QStringLiteral("length"), 40, 1024)));
        OpenAiClient client(configFor(server));
        const ChatReply reply = client.send(request(), TaskContext::none());
        QVERIFY(reply.truncated);
        QCOMPARE(reply.finishReason, QStringLiteral("length"));
    }

    void nonStreamingJson()
    {
        ScriptedLlmServer server;
        server.enqueue(ScriptedLlmServer::json(
            200, ScriptedLlmServer::completion(QStringLiteral("Fine."), QStringLiteral("stop"), 12, 3)));
        OpenAiClient client(configFor(server));
        ChatRequest r = request();
        r.stream = false;
        const ChatReply reply = client.send(r, TaskContext::none());
        QCOMPARE(reply.content, QStringLiteral("Fine."));
        QCOMPARE(reply.usage.promptTokens, 12);
        QCOMPARE(reply.usage.completionTokens, 3);
        QVERIFY(!reply.truncated);
        QCOMPARE(server.requests().at(0).body, client.requestBody(r));
    }

    void streamRequestAnsweredWithPlainJson()
    {
        // Some servers ignore "stream": the whole completion comes as one JSON body.
        ScriptedLlmServer server;
        server.enqueue(ScriptedLlmServer::json(200, ScriptedLlmServer::completion(QStringLiteral("Whole."))));
        OpenAiClient client(configFor(server));
        QCOMPARE(client.send(request(), TaskContext::none()).content, QStringLiteral("Whole."));
    }

    void thinkBlocksStripped_data()
    {
        QTest::addColumn<QStringList>("deltas");
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("reasoning");
        QTest::newRow("tags split across deltas")
            << QStringList{QStringLiteral("<thi"), QStringLiteral("nk>Let me "), QStringLiteral("think.</th"),
                           QStringLiteral("ink>\n\n{\"q\": 1}")}
            << QStringLiteral("{\"q\": 1}") << QStringLiteral("Let me think.");
        QTest::newRow("no opening tag")
            << QStringList{QStringLiteral("The passage is about"), QStringLiteral(" leave.</think>"),
                           QStringLiteral("Answer.")}
            << QStringLiteral("Answer.") << QStringLiteral("The passage is about leave.");
        QTest::newRow("cut while thinking") << QStringList{QStringLiteral("<think>still going")} << QString()
                                            << QStringLiteral("still going");
        QTest::newRow("no think at all") << QStringList{QStringLiteral("a < b and c > d")}
                                         << QStringLiteral("a < b and c > d") << QString();
    }
    void thinkBlocksStripped()
    {
        QFETCH(QStringList, deltas);
        QFETCH(QString, answer);
        QFETCH(QString, reasoning);
        ScriptedLlmServer server;
        server.enqueue(ScriptedLlmServer::once(ScriptedLlmServer::stream(deltas)));
        OpenAiClient client(configFor(server));
        QString streamed;
        const ChatReply reply =
            client.send(request(), TaskContext::none(), [&](const QString& d) { streamed += d; });
        QCOMPARE(reply.content, answer);
        QCOMPARE(reply.reasoning, reasoning);
        if (qstrcmp(QTest::currentDataTag(), "no opening tag") != 0)
            QCOMPARE(streamed.trimmed(), answer);
    }

    void reasoningFieldsStripped()
    {
        QByteArray body = ScriptedLlmServer::sseHead();
        body += ScriptedLlmServer::event(
            ScriptedLlmServer::chunk(QString(), QString(), QStringLiteral("Thinking in llama-server.")));
        QJsonObject vllm = ScriptedLlmServer::chunk(QStringLiteral("Done"));
        QJsonObject choice = vllm.value(QLatin1String("choices")).toArray().at(0).toObject();
        QJsonObject delta = choice.value(QLatin1String("delta")).toObject();
        delta.insert(QStringLiteral("reasoning"), QStringLiteral(" And in vLLM."));
        choice.insert(QStringLiteral("delta"), delta);
        vllm.insert(QStringLiteral("choices"), QJsonArray{choice});
        body += ScriptedLlmServer::event(vllm) +
                ScriptedLlmServer::event(ScriptedLlmServer::chunk(QString(), QStringLiteral("stop"))) +
                ScriptedLlmServer::done();
        ScriptedLlmServer server;
        server.enqueue(ScriptedLlmServer::once(body));
        OpenAiClient client(configFor(server));
        QString streamed;
        const ChatReply reply =
            client.send(request(), TaskContext::none(), [&](const QString& d) { streamed += d; });
        QCOMPARE(reply.content, QStringLiteral("Done"));
        QCOMPARE(streamed, QStringLiteral("Done"));
        QCOMPARE(reply.reasoning, QStringLiteral("Thinking in llama-server. And in vLLM."));
    }

    void inBandErrorAfter200()
    {
        const QByteArray body =
            ScriptedLlmServer::sseHead() +
            ScriptedLlmServer::event(ScriptedLlmServer::chunk(QStringLiteral("Par"))) +
            "data: {\"error\":{\"code\":500,\"message\":\"slot crashed\",\"type\":\"server_error\"}}\n\n";
        const LlmError e = failure(ScriptedLlmServer::once(body));
        QCOMPARE(e.reason(), LlmError::Reason::ServerError);
        QVERIFY2(e.message().contains(QLatin1String("slot crashed")), qPrintable(e.message()));
        QVERIFY(e.responseBody().contains("slot crashed"));
    }

    void nonStandardErrorLine()
    {
        const QByteArray body =
            ScriptedLlmServer::sseHead() +
            ScriptedLlmServer::event(ScriptedLlmServer::chunk(QStringLiteral("Par"))) +
            "error: {\"code\":500,\"message\":\"failed to decode\",\"type\":\"server_error\"}\n\n";
        const LlmError e = failure(ScriptedLlmServer::once(body));
        QCOMPARE(e.reason(), LlmError::Reason::ServerError);
        QVERIFY2(e.message().contains(QLatin1String("failed to decode")), qPrintable(e.message()));
    }

    void errorShapes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("reason");
        QTest::addColumn<QString>("mentions");
        using R = LlmError::Reason;
        QTest::newRow("401") << 401
                             << QByteArray("{\"error\":{\"code\":401,\"message\":\"Invalid API "
                                           "Key\",\"type\":\"authentication_error\"}}")
                             << int(R::Unauthorized) << QStringLiteral("API key");
        QTest::newRow("404 missing /v1")
            << 404 << QByteArray("<html>File Not Found</html>") << int(R::NotFound) << QStringLiteral("/v1");
        QTest::newRow("404 ollama model")
            << 404
            << QByteArray("{\"error\":{\"message\":\"model \\\"qwen3\\\" not found, try pulling it "
                          "first\",\"type\":\"api_error\"}}")
            << int(R::NotFound) << QStringLiteral("try pulling it first");
        QTest::newRow("503 loading")
            << 503
            << QByteArray(
                   "{\"error\":{\"code\":503,\"message\":\"Loading model\",\"type\":\"unavailable_error\"}}")
            << int(R::Unavailable) << QStringLiteral("loading");
        QTest::newRow("429") << 429 << QByteArray("{\"error\":\"too many requests\"}") << int(R::RateLimited)
                             << QStringLiteral("fewer requests");
        QTest::newRow("500 before the stream")
            << 500 << QByteArray("{\"error\":{\"message\":\"CUDA out of memory\"}}") << int(R::ServerError)
            << QStringLiteral("CUDA out of memory");
        QTest::newRow("llama.cpp context")
            << 400
            << QByteArray("{\"error\":{\"code\":400,\"message\":\"the request exceeds the available context "
                          "size, try increasing it\","
                          "\"type\":\"exceed_context_size_error\",\"n_prompt_tokens\":5120,\"n_ctx\":4096}}")
            << int(R::ContextOverflow) << QStringLiteral("5120");
        QTest::newRow("vLLM context")
            << 400
            << QByteArray("{\"object\":\"error\",\"message\":\"This model's maximum context length is 4096 "
                          "tokens. However, you requested "
                          "5000 tokens (3976 in the messages, 1024 in the "
                          "completion).\",\"type\":\"BadRequestError\",\"param\":null,\"code\":400}")
            << int(R::ContextOverflow) << QStringLiteral("--max-model-len");
        QTest::newRow("Ollama context") << 400
                                        << QByteArray("{\"error\":{\"message\":\"input length exceeds the "
                                                      "context length\",\"type\":\"invalid_request_error\"}}")
                                        << int(R::ContextOverflow) << QStringLiteral("OLLAMA_CONTEXT_LENGTH");
        QTest::newRow("LM Studio response_format")
            << 400 << QByteArray("{\"error\":\"'response_format.type' must be 'json_schema' or 'text'\"}")
            << int(R::BadRequest) << QStringLiteral("response_format.type");
    }
    void errorShapes()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, reason);
        QFETCH(QString, mentions);
        const LlmError e = failure(jsonError(status, body.constData()));
        QCOMPARE(int(e.reason()), reason);
        QCOMPARE(e.httpStatus(), status);
        QVERIFY2(e.message().contains(mentions, Qt::CaseInsensitive), qPrintable(e.message()));
        QCOMPARE(e.responseBody(), body);
    }

    void refusedConnection()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        EndpointConfig c;
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        OpenAiClient client(c);
        client.setRetryPolicy(2, 10);
        try {
            client.send(request(), TaskContext::none());
            QFAIL("no error");
        } catch (const LlmError& e) {
            QCOMPARE(e.reason(), LlmError::Reason::Refused);
            QVERIFY2(e.message().contains(QLatin1String("refused")), qPrintable(e.message()));
        }
    }

    void retriesOnlyWhatIsWorthRetrying()
    {
        ScriptedLlmServer server;
        server.enqueue(jsonError(503, "{\"error\":{\"message\":\"Loading model\"}}"));
        server.enqueue(jsonError(429, "{\"error\":\"busy\"}"));
        server.enqueue(ScriptedLlmServer::once(ScriptedLlmServer::stream({QStringLiteral("ok")})));
        OpenAiClient client(configFor(server));
        client.setRetryPolicy(3, 10);
        QCOMPARE(client.send(request(), TaskContext::none()).content, QStringLiteral("ok"));
        QCOMPARE(server.requestCount(), 3);

        // Bounded: three 503s with two retries allowed fail after three requests.
        ScriptedLlmServer busy;
        for (int i = 0; i < 5; ++i)
            busy.enqueue(jsonError(503, "{\"error\":{\"message\":\"queue full\"}}"));
        OpenAiClient c2(configFor(busy));
        c2.setRetryPolicy(2, 10);
        QVERIFY_THROWS_EXCEPTION(LlmError, c2.send(request(), TaskContext::none()));
        QCOMPARE(busy.requestCount(), 3);

        // A 500 or a 400 is not tried again.
        ScriptedLlmServer broken;
        broken.enqueue(jsonError(500, "{\"error\":\"boom\"}"));
        broken.enqueue(ScriptedLlmServer::once(ScriptedLlmServer::stream({QStringLiteral("never")})));
        OpenAiClient c3(configFor(broken));
        c3.setRetryPolicy(3, 10);
        QVERIFY_THROWS_EXCEPTION(LlmError, c3.send(request(), TaskContext::none()));
        QCOMPARE(broken.requestCount(), 1);
    }

    void slowTokensAreNotATimeout()
    {
        // Five tokens 300 ms apart: 1.5 s in all, with an inactivity timeout of 1 s. Only
        // silence counts, never the total.
        QByteArray head = ScriptedLlmServer::sseHead();
        Script s{{Piece{head}}};
        for (int i = 0; i < 5; ++i)
            s.pieces << Piece{
                ScriptedLlmServer::event(ScriptedLlmServer::chunk(QStringLiteral("t%1 ").arg(i))), 300};
        s.pieces << Piece{
            ScriptedLlmServer::event(ScriptedLlmServer::chunk(QString(), QStringLiteral("stop"))) +
            ScriptedLlmServer::done()};
        ScriptedLlmServer server;
        server.enqueue(s);
        EndpointConfig c = configFor(server);
        c.inactivityTimeoutMs = 1000;
        OpenAiClient client(c);
        int deltas = 0;
        const ChatReply reply =
            client.send(request(), TaskContext::none(), [&](const QString&) { ++deltas; });
        QCOMPARE(reply.content, QStringLiteral("t0 t1 t2 t3 t4"));
        QCOMPARE(deltas, 5);
        QVERIFY(reply.msTotal >= 1400);
    }

    void longSilenceTimesOut()
    {
        ScriptedLlmServer server;
        server.enqueue(
            Script{{Piece{ScriptedLlmServer::sseHead() +
                          ScriptedLlmServer::event(ScriptedLlmServer::chunk(QStringLiteral("Hel")))}},
                   ScriptedLlmServer::End::HoldOpen});
        EndpointConfig c = configFor(server);
        c.inactivityTimeoutMs = 300;
        OpenAiClient client(c);
        try {
            client.send(request(), TaskContext::none());
            QFAIL("no error");
        } catch (const LlmError& e) {
            QCOMPARE(e.reason(), LlmError::Reason::Inactivity);
            QVERIFY(e.responseBody().contains("Hel"));
        }
    }

    void cancelStopsTraffic()
    {
        ScriptedLlmServer server;
        server.enqueue(Script{{Piece{ScriptedLlmServer::sseHead()}}, ScriptedLlmServer::End::HoldOpen});
        OpenAiClient client(configFor(server)); // inactivity timeout 10 s
        TaskContext task;
        std::thread canceller([&task] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            task.cancel();
        });
        QElapsedTimer clock;
        clock.start();
        bool cancelled = false;
        try {
            client.send(request(), task);
        } catch (const LlmError&) {
        } catch (const Error& e) {
            cancelled = e.kind() == Error::Kind::Cancelled;
        }
        canceller.join();
        QVERIFY(cancelled);
        // Well under the 10 s the server would otherwise hold it: the cancel, not a timeout, ended it.
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    }

    void endlessReplyIsGivenUp()
    {
        QByteArray body = ScriptedLlmServer::sseHead();
        for (int i = 0; i < 2000; ++i)
            body += ScriptedLlmServer::event(ScriptedLlmServer::chunk(QStringLiteral("again and again ")));
        ScriptedLlmServer server;
        server.enqueue(Script{{Piece{body, 0, 4096, 0}}, ScriptedLlmServer::End::HoldOpen});
        OpenAiClient client(configFor(server));
        client.setMaxReplyBytes(64 * 1024);
        try {
            client.send(request(), TaskContext::none());
            QFAIL("no error");
        } catch (const LlmError& e) {
            QCOMPARE(e.reason(), LlmError::Reason::BadReply);
            QVERIFY2(e.message().contains(QLatin1String("MB")), qPrintable(e.message()));
        }
    }

    void callbackExceptionsReachTheCaller()
    {
        // A drafting callback that throws (say, on a reply in the wrong language) must stop the
        // request and reach the caller, not unwind through Qt's event loop.
        ScriptedLlmServer server;
        server.enqueue(
            Script{{Piece{ScriptedLlmServer::sseHead() +
                          ScriptedLlmServer::event(ScriptedLlmServer::chunk(QStringLiteral("stop here")))}},
                   ScriptedLlmServer::End::HoldOpen});
        OpenAiClient client(configFor(server));
        bool caught = false;
        try {
            client.send(request(), TaskContext::none(), [](const QString&) {
                throw Error(QStringLiteral("wrong language"), Error::Kind::BadInput);
            });
        } catch (const LlmError&) {
        } catch (const Error& e) {
            caught = e.message() == QLatin1String("wrong language");
        }
        QVERIFY(caught);
    }

    void cancelDuringBackOff()
    {
        ScriptedLlmServer server;
        server.setFallback(
            [](const ScriptedLlmServer::Request&) { return jsonError(503, "{\"error\":\"loading\"}"); });
        OpenAiClient client(configFor(server));
        client.setRetryPolicy(5, 20000);
        TaskContext task;
        std::thread canceller([&task] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            task.cancel();
        });
        bool cancelled = false;
        try {
            client.send(request(), task);
        } catch (const LlmError&) {
        } catch (const Error& e) {
            cancelled = e.kind() == Error::Kind::Cancelled;
        }
        canceller.join();
        QVERIFY(cancelled);
        QCOMPARE(server.requestCount(), 1);
    }

    void silentPromptTruncation()
    {
        // Ollama cuts an over-long prompt to its context and answers 200: 8,000 bytes of prompt
        // cannot be 100 tokens.
        ScriptedLlmServer server;
        server.enqueue(ScriptedLlmServer::once(
            ScriptedLlmServer::stream({QStringLiteral("ok")}, QStringLiteral("stop"), 100, 1)));
        server.enqueue(ScriptedLlmServer::once(
            ScriptedLlmServer::stream({QStringLiteral("ok")}, QStringLiteral("stop"), 2100, 1)));
        OpenAiClient client(configFor(server));
        const ChatRequest r = request(QString(QStringLiteral("휴가 규정 ")).repeated(500)); // 7,000 bytes
        QVERIFY(client.send(r, TaskContext::none()).promptTruncated);
        QVERIFY(!client.send(r, TaskContext::none()).promptTruncated);
    }

    void listModels()
    {
        ScriptedLlmServer server;
        server.enqueue(ScriptedLlmServer::models(
            {QStringLiteral("qwen2.5-7b-instruct"), QStringLiteral("llama3.1:8b")}));
        OpenAiClient client(configFor(server));
        QCOMPARE(client.listModels(),
                 (QStringList{QStringLiteral("qwen2.5-7b-instruct"), QStringLiteral("llama3.1:8b")}));
        QCOMPARE(server.requests().at(0).path, QByteArray("/v1/models"));
        QCOMPARE(server.requests().at(0).method, QByteArray("GET"));
    }

    void probeFallsBackAndRemembers()
    {
        // LM Studio: json_schema works. A server refusing json_schema (400) but taking json_object.
        ScriptedLlmServer server;
        server.enqueue(
            jsonError(400, "{\"error\":{\"message\":\"response_format json_schema is not supported\"}}"));
        server.enqueue(
            ScriptedLlmServer::json(200, ScriptedLlmServer::completion(QStringLiteral("{\"ok\": true}"))));
        OpenAiClient client(configFor(server));
        QVERIFY(!client.knownStructuredMode());
        QCOMPARE(client.probeStructuredMode(), StructuredMode::JsonObject);
        QCOMPARE(client.probeStructuredMode(), StructuredMode::JsonObject);
        QCOMPARE(server.requestCount(), 2); // probed once
        const QJsonObject first = QJsonDocument::fromJson(server.requests().at(0).body).object();
        QCOMPARE(
            first.value(QLatin1String("response_format")).toObject().value(QLatin1String("type")).toString(),
            QStringLiteral("json_schema"));
        QCOMPARE(*client.knownStructuredMode(), StructuredMode::JsonObject);

        // A server that ignores response_format and answers in prose: instructions only.
        ScriptedLlmServer prose;
        prose.setFallback([](const ScriptedLlmServer::Request&) {
            return ScriptedLlmServer::json(
                200, ScriptedLlmServer::completion(QStringLiteral("Sure! I am ready.")));
        });
        OpenAiClient c2(configFor(prose));
        QCOMPARE(c2.probeStructuredMode(), StructuredMode::InstructionsOnly);
        QCOMPARE(prose.requestCount(), 2);

        // The first way that works is kept.
        ScriptedLlmServer llama;
        llama.enqueue(
            ScriptedLlmServer::json(200, ScriptedLlmServer::completion(QStringLiteral("{\"ok\":true}"))));
        OpenAiClient c3(configFor(llama));
        QCOMPARE(c3.probeStructuredMode(), StructuredMode::JsonSchema);
        QCOMPARE(llama.requestCount(), 1);
    }

    void authorizationAndHostHeaders()
    {
        ScriptedLlmServer server;
        server.enqueue(ScriptedLlmServer::once(ScriptedLlmServer::stream({QStringLiteral("ok")})));
        EndpointConfig c = configFor(server);
        c.baseUrl = QUrl(QStringLiteral("http://localhost:%1/").arg(server.port()));
        c.apiKey = QStringLiteral("sk-local-123");
        OpenAiClient client(c);
        QCOMPARE(client.baseUrl().toString(), QStringLiteral("http://localhost:%1/v1").arg(server.port()));
        client.send(request(), TaskContext::none());
        const auto headers = server.requests().at(0).headers;
        QCOMPARE(headers.value("authorization"), QByteArray("Bearer sk-local-123"));
        // Connected to the checked address, but the server still sees the name it was given.
        QCOMPARE(headers.value("host"), QStringLiteral("localhost:%1").arg(server.port()).toLatin1());
    }

    void proxySettingsAreIgnored()
    {
        qputenv("http_proxy", "http://127.0.0.1:9");
        qputenv("HTTP_PROXY", "http://127.0.0.1:9");
        ScriptedLlmServer server;
        server.enqueue(ScriptedLlmServer::once(ScriptedLlmServer::stream({QStringLiteral("direct")})));
        OpenAiClient client(configFor(server));
        const QString content = client.send(request(), TaskContext::none()).content;
        qunsetenv("http_proxy");
        qunsetenv("HTTP_PROXY");
        QCOMPARE(content, QStringLiteral("direct"));
    }

    void redirectsAreNotFollowed()
    {
        const LlmError e = failure(ScriptedLlmServer::once(ScriptedLlmServer::httpResponse(
            302, "text/plain", "moved", {"Location: http://93.184.216.34/v1/chat/completions"})));
        QCOMPARE(e.httpStatus(), 302);
        QVERIFY2(e.message().contains(QLatin1String("93.184.216.34")), qPrintable(e.message()));
    }

    void connectTimeout()
    {
        // A listening socket whose accept queue is full: the kernel drops further SYNs, so a
        // connection attempt hangs the way one to a vanished host does.
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QVERIFY(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
        QVERIFY(::listen(fd, 0) == 0);
        socklen_t len = sizeof addr;
        QVERIFY(::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0);
        const quint16 port = ntohs(addr.sin_port);
        QList<int> fillers;
        for (int i = 0; i < 4; ++i) {
            const int c = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
            ::connect(c, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
            fillers << c;
        }
        QTest::qWait(200);
        EndpointConfig c;
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
        c.connectTimeoutMs = 500;
        OpenAiClient client(c);
        client.setRetryPolicy(0, 0);
        LlmError::Reason reason = LlmError::Reason::BadReply;
        try {
            client.listModels();
        } catch (const LlmError& e) {
            reason = e.reason();
        }
        for (int f : fillers)
            ::close(f);
        ::close(fd);
        QCOMPARE(reason, LlmError::Reason::ConnectTimeout);
    }

    void fencedAndBrokenJsonReplies()
    {
        ScriptedLlmServer server;
        server.enqueue(ScriptedLlmServer::once(ScriptedLlmServer::stream(
            {QStringLiteral(
                 "<think>The passage lists two rules.</think>Here you go:\n```json\n{\"questions\": "),
             QStringLiteral("[\"연차는 며칠인가요?\", \"언제 늘어나나요?\",]}\n```")})));
        server.enqueue(ScriptedLlmServer::once(ScriptedLlmServer::stream(
            {QStringLiteral("{\"questions\": [\"연차는 며칠"), QStringLiteral("인가요?\"")},
            QStringLiteral("length"))));
        OpenAiClient client(configFor(server));
        const ChatReply fenced = client.send(request(), TaskContext::none());
        const ReplyJson::Result a = ReplyJson::parse(fenced.content);
        QVERIFY2(a.ok, qPrintable(a.error));
        QVERIFY(a.repaired);
        QCOMPARE(a.value.toObject().value(QLatin1String("questions")).toArray().size(), 2);
        const ChatReply cut = client.send(request(), TaskContext::none());
        QVERIFY(cut.truncated);
        const ReplyJson::Result b = ReplyJson::parse(cut.content);
        QVERIFY(b.ok && b.repaired); // mended, but the caller sees truncated and decides
        QCOMPARE(b.value.toObject().value(QLatin1String("questions")).toArray().at(0).toString(),
                 QStringLiteral("연차는 며칠인가요?"));
    }

    void severalThreadsShareOneClient()
    {
        ScriptedLlmServer server;
        server.setFallback([](const ScriptedLlmServer::Request& r) {
            // Echo the last user message back, so that each thread can check it got its own answer.
            const QJsonArray messages =
                QJsonDocument::fromJson(r.body).object().value(QLatin1String("messages")).toArray();
            const QString user = messages.last().toObject().value(QLatin1String("content")).toString();
            return ScriptedLlmServer::once(ScriptedLlmServer::stream({user}));
        });
        OpenAiClient client(configFor(server));
        std::atomic<int> right{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&client, &right, t] {
                for (int i = 0; i < 10; ++i) {
                    const QString text = QStringLiteral("thread %1 request %2").arg(t).arg(i);
                    if (client.send(request(text), TaskContext::none()).content == text)
                        ++right;
                }
            });
        for (std::thread& t : threads)
            t.join();
        QCOMPARE(right.load(), 40);
        QCOMPARE(server.requestCount(), 40);
    }

    void publicAddressRefusedBeforeAnyConnection()
    {
        EndpointConfig c;
        c.baseUrl = QUrl(QStringLiteral("http://8.8.8.8:8080/v1"));
        OpenAiClient client(c);
        try {
            client.send(request(), TaskContext::none());
            QFAIL("no error");
        } catch (const LlmError& e) {
            QCOMPARE(e.reason(), LlmError::Reason::EgressRefused);
        }
        c.baseUrl = QUrl(QStringLiteral("http://192.168.1.20:11434"));
        OpenAiClient site(c);
        try {
            site.listModels();
            QFAIL("no error");
        } catch (const LlmError& e) {
            QCOMPARE(e.reason(), LlmError::Reason::EgressRefused);
            QVERIFY2(e.message().contains(QLatin1String("site")), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestOpenAiClient)
#include "TestOpenAiClient.moc"
