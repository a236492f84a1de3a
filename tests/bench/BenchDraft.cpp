// bench_draft: the drafting layer's own CPU per request, concurrency, and the GUI's event loop
// while drafting streams (issue 15 targets: < 2 ms CPU per request with the client included; the
// GUI never blocked over 100 ms).
//   bench_draft [--passages N] [--gui-passages M]
// N passages (default 1,000), two questions each, drafted three times:
//  1. against a transport that answers at once (no socket): the drafting layer alone (templates,
//     the redaction check of each passage, JSON, the checks and scan of each reply, the SQLite
//     writes of every request and pair), CPU per request = process CPU / requests;
//  2. the same with concurrency 4: the most requests in flight at once;
//  3. against the scripted OpenAI-compatible server on loopback through OpenAiClient (the real
//     stack): CPU per request = process CPU - the server thread's CPU, / requests.
// Reference, in the same run: curl posting a drafting request body to the same server as many times
// (it neither parses the stream nor stores anything).
// Then M passages (default 60) drafted from the GUI's DraftingPanel while a 5 ms timer on the GUI
// thread records the longest gap between its ticks.
#include "BenchSupport.h"
#include "BenchTool.h"
#include "ProjectBuilder.h"
#include "ScriptedLlmServer.h"
#include "curation/Chunker.h"
#include "drafting/DraftingPanel.h"
#include "llm/DraftRunner.h"
#include "llm/OpenAiClient.h"
#include "store/Database.h"
#include "store/ProjectStore.h"
#include "tasks/TaskRunner.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <atomic>

using namespace quarry;
using quarry::bench::cpuSeconds;
using quarry::test::ScriptedLlmServer;

namespace {

QString passageText(int i)
{
    return QStringLiteral(
               "Section %1. Forklift operators in hall %1 must complete the safety course before "
               "their first shift. The course takes four hours and is repeated every two years. "
               "Keys for hall %1 are kept in the supervisor's office next to the loading dock, and "
               "a spare set is held by the night guard.")
        .arg(i);
}

// What a well-behaved model answers to a drafting request, by its step.
QString replyFor(const QString& user)
{
    if (user.contains(QLatin1String("Question: ")))
        return QStringLiteral(
            "{\"answer\": \"The course takes four hours and is repeated every two years.\"}");
    const qsizetype at = user.indexOf(QLatin1String("Section "));
    const QString n = at < 0 ? QString() : user.mid(at + 8, user.indexOf(u'.', at) - at - 8);
    return QStringLiteral(
               "{\"questions\": [\"How long is the course for hall %1?\", \"Where are the keys of hall "
               "%1 kept?\"]}")
        .arg(n);
}

QString userOf(const QByteArray& body)
{
    const QJsonArray m = QJsonDocument::fromJson(body).object().value(QStringLiteral("messages")).toArray();
    return m.size() > 1 ? m[1][QStringLiteral("content")].toString() : QString();
}

// Answers at once, without a socket: what is left is the drafting layer.
class InstantTransport : public ChatTransport
{
public:
    QByteArray requestBody(const ChatRequest& request) const override
    {
        QJsonArray messages;
        for (const ChatMessage& m : request.messages)
            messages.append(
                QJsonObject{{QStringLiteral("role"), m.role}, {QStringLiteral("content"), m.content}});
        return QJsonDocument(QJsonObject{{QStringLiteral("model"), request.model},
                                         {QStringLiteral("messages"), messages},
                                         {QStringLiteral("stream"), true}})
            .toJson(QJsonDocument::Compact);
    }
    ChatReply send(const ChatRequest& request, const TaskContext& task,
                   const std::function<void(const QString&)>& = {}) override
    {
        task.throwIfCancelled();
        const int now = ++m_inFlight;
        int seen = m_maxInFlight.load();
        while (now > seen && !m_maxInFlight.compare_exchange_weak(seen, now)) {
        }
        ChatReply r;
        r.requestBody = requestBody(request);
        r.content = replyFor(request.messages.value(1).content);
        r.rawResponse = r.content.toUtf8();
        r.finishReason = QStringLiteral("stop");
        r.usage.promptTokens = 300;
        r.usage.completionTokens = 30;
        if (m_holdMs)
            QThread::msleep(m_holdMs);
        --m_inFlight;
        return r;
    }
    QUrl baseUrl() const override { return QUrl(QStringLiteral("http://127.0.0.1:1/v1")); }
    int maxInFlight() const { return m_maxInFlight; }
    void setHoldMs(int ms) { m_holdMs = ms; }

private:
    std::atomic<int> m_inFlight{0};
    std::atomic<int> m_maxInFlight{0};
    int m_holdMs = 0;
};

std::unique_ptr<ProjectStore> makeProject(const QString& path, int passages)
{
    auto store = ProjectStore::create(path);
    test::ProjectBuilder b(store->db());
    for (int i = 0; i < passages; ++i) {
        test::ProjectBuilder::Document d;
        d.name = QStringLiteral("hall-%1.txt").arg(i);
        d.pages = {passageText(i)};
        b.addDocument(d);
    }
    Chunker chunker;
    chunker.useRedactedText(*store);
    chunker.chunkAll(store->db(), store->actor());
    return store;
}

DraftOptions twoQuestions(int concurrency)
{
    DraftOptions o;
    o.questions = 2;
    o.concurrency = concurrency;
    return o;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    auto intArg = [&](const char* name, int fallback) {
        const qsizetype at = args.indexOf(QLatin1String(name));
        return at >= 0 && at + 1 < args.size() ? std::max(1, args.at(at + 1).toInt()) : fallback;
    };
    const int passages = intArg("--passages", 1000);
    const int guiPassages = intArg("--gui-passages", 60);
    QTemporaryDir dir;
    LINE("bench_draft: %d passages, two questions each (3 requests per passage)", passages);

    // 1. The drafting layer alone.
    {
        auto store = makeProject(dir.filePath(QStringLiteral("instant.quarry")), passages);
        InstantTransport t;
        DraftRunner runner(*store, t, QStringLiteral("bench"));
        const QList<qint64> ids = DraftRunner::passagesMatching(store->db(), QStringLiteral("all"));
        const double before = cpuSeconds(RUSAGE_SELF);
        QElapsedTimer wall;
        wall.start();
        const DraftReport r = runner.run(runner.createRun(ids, twoQuestions(1)));
        const double cpu = cpuSeconds(RUSAGE_SELF) - before;
        LINE("drafting layer (instant transport): %d requests, %d pairs (%d flagged), %.3f ms CPU per "
             "request, "
             "%.3f ms wall per request",
             r.requests, r.pairs, r.flagged, cpu * 1000 / r.requests, wall.elapsed() / double(r.requests));

        // 2. Concurrency: each request held 2 ms so that requests overlap.
        InstantTransport held;
        held.setHoldMs(2);
        DraftRunner parallel(*store, held, QStringLiteral("bench"));
        const QList<qint64> some = ids.mid(0, std::min<qsizetype>(ids.size(), 200));
        const DraftReport p = parallel.run(parallel.createRun(some, twoQuestions(4)));
        LINE("concurrency 4: %d requests, at most %d in flight (respected: %s)", p.requests,
             held.maxInFlight(), held.maxInFlight() <= 4 ? "yes" : "NO");
    }

    // 3. The real stack: OpenAiClient and the scripted server.
    ScriptedLlmServer server;
    server.setFallback([](const ScriptedLlmServer::Request& request) {
        if (request.path.endsWith("/models"))
            return ScriptedLlmServer::models({QStringLiteral("bench")});
        const QString content = replyFor(userOf(request.body));
        QStringList deltas;
        for (qsizetype i = 0; i < content.size(); i += 6)
            deltas << content.mid(i, 6);
        return ScriptedLlmServer::once(ScriptedLlmServer::stream(deltas, QStringLiteral("stop"), 300, 30));
    });
    EndpointConfig config;
    config.baseUrl = QUrl(server.baseUrl());
    config.model = QStringLiteral("bench");
    QByteArray sample;
    double clientCpu = 0;
    int requests = 0;
    {
        auto store = makeProject(dir.filePath(QStringLiteral("server.quarry")), passages);
        OpenAiClient client(config);
        client.setStructuredMode(StructuredMode::InstructionsOnly);
        DraftRunner runner(*store, client, config.model);
        const QList<qint64> ids = DraftRunner::passagesMatching(store->db(), QStringLiteral("all"));
        const double serverBefore = server.threadCpuSeconds();
        const double before = cpuSeconds(RUSAGE_SELF);
        QElapsedTimer wall;
        wall.start();
        const DraftReport r = runner.run(runner.createRun(ids, twoQuestions(1)));
        const double process = cpuSeconds(RUSAGE_SELF) - before;
        const double serverCpu = server.threadCpuSeconds() - serverBefore;
        clientCpu = process - serverCpu;
        requests = r.requests;
        sample = server.requests().last().body;
        LINE("drafting with OpenAiClient and the scripted server: %d requests, %d pairs, %d failed; %.3f ms "
             "CPU per "
             "request (process %.3f s - server thread %.3f s), %.3f ms wall per request",
             r.requests, r.pairs, r.failed, clientCpu * 1000 / r.requests, process, serverCpu,
             wall.elapsed() / double(r.requests));
    }
    {
        const bench::ToolRun ref = bench::curlPosts(server.baseUrl(), sample, requests, dir.path());
        if (!ref.ok) {
            LINE("curl reference failed");
            return 1;
        }
        LINE("reference curl (same server, a drafting body, %d requests): %.3f ms CPU per request, %.3f ms "
             "wall",
             requests, ref.cpu * 1000 / requests, ref.wall * 1000 / requests);
        LINE("ratio drafting/curl CPU: %.2f; target < 2 ms CPU per request: %s", clientCpu / ref.cpu,
             clientCpu * 1000 / requests < 2.0 ? "met" : "NOT met");
    }

    // 4. The GUI thread while the panel drafts with streamed replies (a chunk every 2 ms).
    {
        ScriptedLlmServer slow;
        slow.setFallback([](const ScriptedLlmServer::Request& request) {
            if (request.path.endsWith("/models"))
                return ScriptedLlmServer::models({QStringLiteral("bench")});
            const QString content = replyFor(userOf(request.body));
            QStringList deltas;
            for (qsizetype i = 0; i < content.size(); i += 4)
                deltas << content.mid(i, 4);
            ScriptedLlmServer::Script s;
            s.pieces << ScriptedLlmServer::Piece{
                ScriptedLlmServer::stream(deltas, QStringLiteral("stop"), 300, 30), 0, 48, 2};
            return s;
        });
        auto store = makeProject(dir.filePath(QStringLiteral("gui.quarry")), guiPassages);
        store->setSetting(DraftOptions::modeSettingKey(QUrl(slow.baseUrl())), QStringLiteral("instructions"));
        gui::DraftingPanel panel;
        panel.setProject(store.get());
        const QString url = slow.baseUrl();
        panel.setEndpointProvider([url](QString*) -> std::optional<EndpointConfig> {
            EndpointConfig c;
            c.baseUrl = QUrl(url);
            c.model = QStringLiteral("bench");
            return c;
        });
        panel.show();
        QElapsedTimer sinceTick;
        qint64 longest = 0;
        int ticks = 0;
        QTimer probe;
        probe.setInterval(5);
        QObject::connect(&probe, &QTimer::timeout, [&] {
            if (ticks++)
                longest = std::max(longest, sinceTick.elapsed());
            sinceTick.restart();
        });
        QSignalSpy finished(panel.runner(), &gui::TaskRunner::finished);
        QElapsedTimer wall;
        wall.start();
        probe.start();
        sinceTick.start();
        panel.start(DraftRunner::passagesMatching(store->db(), QStringLiteral("all")), twoQuestions(2));
        finished.wait(600000);
        probe.stop();
        LINE(
            "GUI: %d passages drafted through DraftingPanel in %.1f s (%s); event loop ticks %d, longest gap "
            "between 5 ms ticks %lld ms (target: never over 100 ms: %s)",
            guiPassages, wall.elapsed() / 1000.0, qPrintable(panel.lastSummary()), ticks, longest,
            longest <= 100 ? "met" : "NOT met");
        panel.setProject(nullptr);
    }
    return 0;
}
