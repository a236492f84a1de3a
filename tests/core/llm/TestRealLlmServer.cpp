// Against a real model server when QUARRY_TEST_LLM_URL names one (e.g. llama-server on
// http://127.0.0.1:8080): no model weights can be installed on CI, so it is skipped there, and
// .ci/allowed-skips names this suite. QUARRY_TEST_LLM_MODEL picks the model, QUARRY_LLM_API_KEY the key.
#include "llm/ConnectionTest.h"
#include "llm/OpenAiClient.h"
#include "llm/ReplyJson.h"

#include <QJsonArray>
#include <QTest>

using namespace quarry;

class TestRealLlmServer : public QObject
{
    Q_OBJECT
private slots:
    void endToEnd()
    {
        const QString url = qEnvironmentVariable("QUARRY_TEST_LLM_URL");
        if (url.isEmpty())
            QSKIP("QUARRY_TEST_LLM_URL is not set: no real model server to test against");
        EndpointConfig c;
        c.baseUrl = QUrl(url);
        c.model = qEnvironmentVariable("QUARRY_TEST_LLM_MODEL");
        c.apiKey = qEnvironmentVariable("QUARRY_LLM_API_KEY");
        c.allowSiteNetwork = true;
        OpenAiClient client(c);
        const ConnectionTest::Report report = ConnectionTest::run(client);
        QVERIFY(!report.models.isEmpty());
        QVERIFY(report.completionTokens > 0);
        qInfo("models %s, %.1f tokens/s, structured mode %s",
              qPrintable(report.models.join(QStringLiteral(", "))), report.tokensPerSecond,
              qPrintable(OpenAiClient::modeName(report.mode)));

        ChatRequest r;
        r.model = report.model;
        r.mode = report.mode;
        r.maxTokens = 512;
        r.jsonSchema = QJsonObject{
            {QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("questions"),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                      {QStringLiteral("items"),
                                       QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}}}},
            {QStringLiteral("required"), QJsonArray{QStringLiteral("questions")}}};
        r.messages = {
            {QStringLiteral("system"),
             QStringLiteral(
                 "Write two questions the passage answers. Reply with JSON: {\"questions\": [...]}")},
            {QStringLiteral("user"),
             QStringLiteral("연차 휴가는 입사 1년 후 15일이 주어지며, 2년마다 1일씩 늘어난다.")}};
        QString streamed;
        const ChatReply reply = client.send(r, TaskContext::none(), [&](const QString& d) { streamed += d; });
        QVERIFY(!reply.content.contains(QLatin1String("<think>")));
        QCOMPARE(reply.requestBody, client.requestBody(r));
        if (!reply.truncated) {
            const ReplyJson::Result json = ReplyJson::parse(reply.content);
            QVERIFY2(json.ok, qPrintable(json.error + QStringLiteral(": ") + reply.content));
        }
    }
};

QTEST_GUILESS_MAIN(TestRealLlmServer)
#include "TestRealLlmServer.moc"
