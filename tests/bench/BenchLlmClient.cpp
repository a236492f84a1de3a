// bench_llm_client: the HTTP client's own CPU per chat request (issue 15 target: < 2 ms).
//   bench_llm_client [--requests N]
// N streamed requests (default 1,000; a 2 KB Korean/English prompt, 60 streamed tokens, usage,
// [DONE]) against the scripted server on loopback, which answers at once. The client's CPU is the
// process's (getrusage RUSAGE_SELF: the calling thread and Qt's HTTP thread) minus the server
// thread's own (CLOCK_THREAD_CPUTIME_ID read on that thread).
// Reference: curl posting the same body to the same server N times in one process (one
// connection per request, as the server closes each), timed by its own rusage. curl neither
// parses the SSE stream nor the JSON chunks, so it does less than the client.
#include "BenchSupport.h"
#include "BenchTool.h"
#include "ScriptedLlmServer.h"
#include "llm/OpenAiClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

using namespace quarry;
using quarry::bench::cpuSeconds;
using quarry::test::ScriptedLlmServer;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    int requests = 1000;
    const qsizetype n = args.indexOf(QStringLiteral("--requests"));
    if (n >= 0 && n + 1 < args.size())
        requests = qMax(1, args.at(n + 1).toInt());

    QStringList deltas;
    for (int i = 0; i < 60; ++i)
        deltas << (i % 2 ? QStringLiteral("휴가 ") : QStringLiteral("leave "));
    const QByteArray answer = ScriptedLlmServer::stream(deltas, QStringLiteral("stop"), 700, 60);
    ScriptedLlmServer server;
    server.setFallback(
        [answer](const ScriptedLlmServer::Request&) { return ScriptedLlmServer::once(answer); });

    EndpointConfig config;
    config.baseUrl = QUrl(server.baseUrl());
    config.model = QStringLiteral("bench");
    OpenAiClient client(config);
    ChatRequest request;
    request.model = config.model;
    request.messages = {
        {QStringLiteral("system"), QStringLiteral("Write questions the passage answers, as JSON.")},
        {QStringLiteral("user"),
         QString(QStringLiteral("연차 휴가는 1년 후 15일이다. Annual leave is 15 days. ")).repeated(30)}};
    const QByteArray body = client.requestBody(request);
    LINE("bench_llm_client: %d requests, %lld-byte request body, %lld-byte streamed reply", requests,
         static_cast<long long>(body.size()), static_cast<long long>(answer.size()));

    client.send(request, TaskContext::none()); // warm-up: resolution, first connection
    const double serverBefore = server.threadCpuSeconds();
    const double cpuBefore = cpuSeconds(RUSAGE_SELF);
    QElapsedTimer wall;
    wall.start();
    qint64 chars = 0;
    for (int i = 0; i < requests; ++i)
        chars += client.send(request, TaskContext::none()).content.size();
    const double wallSec = wall.elapsed() / 1000.0;
    const double process = cpuSeconds(RUSAGE_SELF) - cpuBefore;
    const double serverCpu = server.threadCpuSeconds() - serverBefore;
    const double clientCpu = process - serverCpu;
    if (chars != qint64(requests) * QStringLiteral("leave 휴가 ").size() * 30 - requests) {
        LINE("unexpected reply length %lld", static_cast<long long>(chars));
        return 1;
    }
    LINE("quarry client: %.3f ms CPU per request (process %.3f s - server thread %.3f s), %.3f ms wall per "
         "request",
         clientCpu * 1000 / requests, process, serverCpu, wallSec * 1000 / requests);

    // The reference, against the same server and the same bytes.
    QTemporaryDir dir;
    const int before = server.requestCount();
    const bench::ToolRun ref = bench::curlPosts(server.baseUrl(), body, requests, dir.path());
    const int served = server.requestCount() - before;
    if (!ref.ok || served != requests) {
        LINE("curl reference failed (%d of %d requests served)", served, requests);
        return 1;
    }
    LINE("reference curl: %.3f ms CPU per request, %.3f ms wall per request", ref.cpu * 1000 / requests,
         ref.wall * 1000 / requests);
    LINE("ratio client/curl CPU: %.2f; target: < 2 ms CPU per request: %s", clientCpu / ref.cpu,
         clientCpu * 1000 / requests < 2.0 ? "met" : "NOT met");
    return 0;
}
