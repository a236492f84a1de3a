// quarry-cli endpoint test against the scripted server: what it prints, how it fails, and (under
// strace) that its only Internet connection goes to the address it was given.
#include "CliRunner.h"
#include "ScriptedLlmServer.h"
#include "TestDir.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace quarry;
using quarry::test::CliRunner;
using quarry::test::ScriptedLlmServer;

namespace {

// A llama-server that takes json_schema: models, a streamed count, a JSON probe reply.
void serveLikeLlamaServer(ScriptedLlmServer& server)
{
    server.setFallback([](const ScriptedLlmServer::Request& r) {
        if (r.path.endsWith("/models"))
            return ScriptedLlmServer::models({QStringLiteral("qwen2.5-7b-instruct-q4_k_m.gguf")});
        if (r.body.contains("response_format"))
            return ScriptedLlmServer::json(200,
                                           ScriptedLlmServer::completion(QStringLiteral("{\"ok\": true}")));
        QStringList deltas;
        for (int i = 1; i <= 20; ++i)
            deltas << QStringLiteral("%1 ").arg(i);
        return ScriptedLlmServer::once(ScriptedLlmServer::stream(deltas, QStringLiteral("stop"), 18, 40));
    });
}

} // namespace

class TestEndpointCli : public QObject
{
    Q_OBJECT
private slots:
    void printsModelsSpeedAndMode()
    {
        ScriptedLlmServer server;
        serveLikeLlamaServer(server);
        const auto r = CliRunner().run({QStringLiteral("endpoint"), QStringLiteral("test"),
                                        QStringLiteral("http://127.0.0.1:%1").arg(server.port())});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Models: qwen2.5-7b-instruct-q4_k_m.gguf")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("Structured output: json_schema")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("Speed: [0-9.]+ tokens/s \\(40 tokens"))),
                 qPrintable(r.out));
        // models, the timed request, one probe that worked.
        QCOMPARE(server.requestCount(), 3);
        QCOMPARE(server.requests().at(0).path, QByteArray("/v1/models"));
    }

    void json()
    {
        ScriptedLlmServer server;
        serveLikeLlamaServer(server);
        const auto r =
            CliRunner().run({QStringLiteral("endpoint"), QStringLiteral("test"), server.baseUrl(),
                             QStringLiteral("--model"), QStringLiteral("other"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("endpoint")).toString(), server.baseUrl());
        QCOMPARE(o.value(QLatin1String("model")).toString(), QStringLiteral("other"));
        QCOMPARE(o.value(QLatin1String("model_listed")).toBool(), false);
        QCOMPARE(o.value(QLatin1String("completion_tokens")).toInteger(), 40);
        QVERIFY(o.value(QLatin1String("tokens_per_second")).toDouble() > 0);
        QCOMPARE(o.value(QLatin1String("structured_mode")).toString(), QStringLiteral("json_schema"));
        QCOMPARE(QJsonDocument::fromJson(server.requests().at(1).body)
                     .object()
                     .value(QLatin1String("model"))
                     .toString(),
                 QStringLiteral("other"));
    }

    void apiKeyFromFileOrEnvironment()
    {
        test::TestDir dir;
        const QString keyFile = dir.write(QStringLiteral("key"), "sk-from-file\n");
        ScriptedLlmServer server;
        serveLikeLlamaServer(server);
        QVERIFY(CliRunner()
                    .run({QStringLiteral("endpoint"), QStringLiteral("test"), server.baseUrl(),
                          QStringLiteral("--api-key-file"), keyFile})
                    .exitCode == 0);
        QCOMPARE(server.requests().at(0).headers.value("authorization"), QByteArray("Bearer sk-from-file"));

        ScriptedLlmServer server2;
        serveLikeLlamaServer(server2);
        CliRunner cli;
        cli.environment().insert(QStringLiteral("QUARRY_LLM_API_KEY"), QStringLiteral("sk-from-env"));
        QVERIFY(cli.run({QStringLiteral("endpoint"), QStringLiteral("test"), server2.baseUrl()}).exitCode ==
                0);
        QCOMPARE(server2.requests().at(0).headers.value("authorization"), QByteArray("Bearer sk-from-env"));

        const auto missing =
            CliRunner().run({QStringLiteral("endpoint"), QStringLiteral("test"), server.baseUrl(),
                             QStringLiteral("--api-key-file"), dir.path(QStringLiteral("none"))});
        QCOMPARE(missing.exitCode, 2);
    }

    void plainErrors()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        const auto refused = CliRunner().run(
            {QStringLiteral("endpoint"), QStringLiteral("test"), QStringLiteral("127.0.0.1:%1").arg(port)});
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains(QLatin1String("Connection refused")), qPrintable(refused.err));

        ScriptedLlmServer server;
        server.setFallback([](const ScriptedLlmServer::Request&) {
            return ScriptedLlmServer::once(ScriptedLlmServer::httpResponse(404, "text/plain", "Not Found"));
        });
        const auto notFound = CliRunner().run({QStringLiteral("endpoint"), QStringLiteral("test"),
                                               QStringLiteral("http://127.0.0.1:%1/api").arg(server.port())});
        QCOMPARE(notFound.exitCode, 1);
        QVERIFY2(notFound.err.contains(QLatin1String("404")) && notFound.err.contains(QLatin1String("/v1")),
                 qPrintable(notFound.err));

        const auto publicAddress = CliRunner().run(
            {QStringLiteral("endpoint"), QStringLiteral("test"), QStringLiteral("http://9.9.9.9:8080")});
        QCOMPARE(publicAddress.exitCode, 2);
        QVERIFY2(publicAddress.err.contains(QLatin1String("public address")), qPrintable(publicAddress.err));

        const auto site = CliRunner().run(
            {QStringLiteral("endpoint"), QStringLiteral("test"), QStringLiteral("http://10.11.12.13:8080")});
        QCOMPARE(site.exitCode, 2);
        QVERIFY2(site.err.contains(QLatin1String("--allow-site-network")), qPrintable(site.err));

        const auto action =
            CliRunner().run({QStringLiteral("endpoint"), QStringLiteral("probe"), server.baseUrl()});
        QCOMPARE(action.exitCode, 2);
    }

    void connectsOnlyToTheGivenAddress()
    {
        QProcess probe;
        probe.start(QStringLiteral("strace"), {QStringLiteral("-f"), QStringLiteral("-e"),
                                               QStringLiteral("trace=connect"), QStringLiteral("true")});
        if (!probe.waitForFinished(10000) || probe.exitStatus() != QProcess::NormalExit ||
            probe.exitCode() != 0)
            QSKIP(QStandardPaths::findExecutable(QStringLiteral("strace")).isEmpty()
                      ? "strace is not installed (packaging/install-deps.sh installs it)"
                      : "strace cannot trace here: ptrace not permitted");
        ScriptedLlmServer server;
        serveLikeLlamaServer(server);
        test::TestDir dir;
        const QString log = dir.path(QStringLiteral("strace.log"));
        QProcess p;
        QProcessEnvironment env = CliRunner().environment();
        env.insert(QStringLiteral("ASAN_OPTIONS"),
                   env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":detect_leaks=0"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("strace"),
                {QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-e"),
                 QStringLiteral("trace=connect"), QStringLiteral("-o"), log, CliRunner::program(),
                 QStringLiteral("endpoint"), QStringLiteral("test"),
                 QStringLiteral("http://127.0.0.1:%1").arg(server.port())});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QFile f(log);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString expected =
            QStringLiteral("sin_port=htons(%1), sin_addr=inet_addr(\"127.0.0.1\")").arg(server.port());
        int inet = 0;
        for (const QString& line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
            if (!line.contains(QLatin1String("connect(")))
                continue;
            if (line.contains(QLatin1String("AF_UNIX")) || line.contains(QLatin1String("AF_NETLINK")))
                continue;
            ++inet;
            QVERIFY2(line.contains(QLatin1String("AF_INET")) && line.contains(expected), qPrintable(line));
        }
        QVERIFY(inet >= 1);
        QCOMPARE(server.requestCount(), 3);
        qInfo("%d connect() calls, all to 127.0.0.1:%d", inet, int(server.port()));
    }
};

QTEST_GUILESS_MAIN(TestEndpointCli)
#include "TestEndpointCli.moc"
