// quarry-cli draft against the scripted OpenAI-compatible server: the real client, the real
// process. What --dry-run prints is what the server receives, byte for byte; nothing the
// project's detections found ever reaches the server; flagged drafts stay out of bulk approval and
// unapproved drafts out of the export.
#include "CliRunner.h"
#include "DraftFixture.h"
#include "ScriptedLlmServer.h"
#include "TestDir.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace quarry;
using quarry::test::CliRunner;
using quarry::test::DraftFixture;
using quarry::test::ScriptedLlmServer;

namespace {

// The request a body carries, so the fixture's well-behaved model can answer it.
ChatRequest parsed(const QByteArray& body)
{
    ChatRequest r;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    r.model = o.value(QStringLiteral("model")).toString();
    for (const QJsonValue& m : o.value(QStringLiteral("messages")).toArray())
        r.messages << ChatMessage{m[QStringLiteral("role")].toString(),
                                  m[QStringLiteral("content")].toString()};
    return r;
}

// A llama-server that streams the fixture's grounded replies, split into small pieces.
void serveDrafts(ScriptedLlmServer& server, const std::function<QString(const ChatRequest&)>& override = {})
{
    server.setFallback([override](const ScriptedLlmServer::Request& request) {
        if (request.path.endsWith("/models"))
            return ScriptedLlmServer::models({QStringLiteral("qwen2.5-7b-instruct")});
        const ChatRequest r = parsed(request.body);
        QString content = override ? override(r) : QString();
        if (content.isEmpty())
            content = test::groundedReply(r).content;
        QStringList deltas;
        for (qsizetype i = 0; i < content.size(); i += 7)
            deltas << content.mid(i, 7);
        return ScriptedLlmServer::once(ScriptedLlmServer::stream(deltas, QStringLiteral("stop"), 120, 30));
    });
}

QStringList chatBodies(const ScriptedLlmServer& server)
{
    QStringList out;
    for (const auto& r : server.requests())
        if (r.path.endsWith("/chat/completions"))
            out << QString::fromUtf8(r.body);
    return out;
}

} // namespace

class TestDraftCli : public QObject
{
    Q_OBJECT
private slots:
    void dryRunPrintsExactlyWhatIsSent()
    {
        test::TestDir dir;
        const QString project = dir.path(QStringLiteral("p.quarry"));
        {
            DraftFixture f(project);
        }
        ScriptedLlmServer server;
        serveDrafts(server);
        const QStringList common{
            QStringLiteral("draft"),      project,
            QStringLiteral("--url"),      QStringLiteral("http://127.0.0.1:%1").arg(server.port()),
            QStringLiteral("--model"),    QStringLiteral("qwen2.5-7b-instruct"),
            QStringLiteral("--one-call"), QStringLiteral("--structured"),
            QStringLiteral("json_schema")};
        const auto dry = CliRunner().run(common + QStringList{QStringLiteral("--dry-run")});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
        QCOMPARE(server.requestCount(), 0);
        const QStringList printed = dry.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(printed.size(), 2);

        const auto run = CliRunner().run(common);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QVERIFY2(run.out.contains(QStringLiteral("2 passage(s) done")), qPrintable(run.out));
        QCOMPARE(chatBodies(server), printed);
    }

    void twoStepRunShowAndSafety()
    {
        test::TestDir dir;
        const QString project = dir.path(QStringLiteral("p.quarry"));
        QStringList values;
        {
            DraftFixture f(project);
            Statement st = f.store->db().prepare(QStringLiteral("SELECT value FROM detections"));
            while (st.step())
                values << st.text(0);
        }
        QCOMPARE(values.size(), 2);
        ScriptedLlmServer server;
        // The English passage's second answer invents a phone number.
        serveDrafts(server, [](const ChatRequest& r) {
            if (test::isAnswerStep(r) && r.messages[1].content.contains(QStringLiteral("How long")))
                return QStringLiteral("{\"answer\": \"Four hours; call 010-9876-5432 to book it.\"}");
            return QString();
        });
        const auto run =
            CliRunner().run({QStringLiteral("draft"), project, QStringLiteral("--url"), server.baseUrl(),
                             QStringLiteral("--questions"), QStringLiteral("2"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("pairs")).toInt(), 4);
        QCOMPARE(report.value(QStringLiteral("flagged")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("completion_tokens")).toInt(), 6 * 30);
        // Besides the structured-output probe: 2 x (questions + 2 answers), each with its passage.
        int drafting = 0;
        for (const QString& b : chatBodies(server))
            drafting += b.contains(QStringLiteral("\\\"\\\"\\\""));
        QCOMPARE(drafting, 6);
        QCOMPARE(server.requests().first().path, QByteArray("/v1/models"));
        // Nothing any detection found was ever received by the server.
        int containing = 0;
        for (const auto& r : server.requests())
            for (const QString& v : std::as_const(values))
                containing += QString::fromUtf8(r.body).contains(v);
        QCOMPARE(containing, 0);

        // The pair's requests and replies, from the project.
        const auto shown = CliRunner().run({QStringLiteral("draft"), project, QStringLiteral("--show"),
                                            QStringLiteral("1"), QStringLiteral("--json")});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        const QJsonObject s = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        const QJsonArray requests = s.value(QStringLiteral("requests")).toArray();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests[0][QStringLiteral("step")].toString(), QStringLiteral("questions"));
        QCOMPARE(requests[1][QStringLiteral("step")].toString(), QStringLiteral("answer"));
        QCOMPARE(requests[1][QStringLiteral("model")].toString(), QStringLiteral("qwen2.5-7b-instruct"));
        const QString body = requests[1][QStringLiteral("request_body")].toString();
        QVERIFY(chatBodies(server).contains(body));
        QVERIFY(requests[1][QStringLiteral("response")].toString().contains(QStringLiteral("data: ")));
        QVERIFY(CliRunner()
                    .run({QStringLiteral("draft"), project, QStringLiteral("--show"), QStringLiteral("1")})
                    .out.contains(QStringLiteral("Reply:")));

        // Approving everything at once holds back the flagged draft.
        const auto approve = CliRunner().run({QStringLiteral("pairs"), QStringLiteral("set-status"), project,
                                              QStringLiteral("approved"), QStringLiteral("1"),
                                              QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")});
        QVERIFY2(approve.exitCode == 0, qPrintable(approve.err));
        QVERIFY2(approve.out.contains(QStringLiteral("3 pair(s) changed")), qPrintable(approve.out));
        QVERIFY2(approve.out.contains(QStringLiteral("Not approved")), qPrintable(approve.out));

        // Only approved pairs leave: 3 lines, none with the invented number.
        const QString out = dir.path(QStringLiteral("out"));
        const auto exported = CliRunner().run({QStringLiteral("export"), project, QStringLiteral("--format"),
                                               QStringLiteral("openai"), QStringLiteral("--out"), out});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err + exported.out));
        int lines = 0;
        QDirIterator it(out, {QStringLiteral("*.jsonl")}, QDir::Files);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            for (const QByteArray& line : file.readAll().split('\n'))
                if (!line.trimmed().isEmpty()) {
                    ++lines;
                    QVERIFY(!line.contains("010-9876-5432"));
                }
        }
        QCOMPARE(lines, 3);
    }

    void refusesAndNamesPendingPassages()
    {
        test::TestDir dir;
        const QString project = dir.path(QStringLiteral("p.quarry"));
        {
            DraftFixture f(project, /*pendingPhone=*/true);
        }
        ScriptedLlmServer server;
        serveDrafts(server);
        const auto run = CliRunner().run({QStringLiteral("draft"), project, QStringLiteral("--url"),
                                          server.baseUrl(), QStringLiteral("--model"), QStringLiteral("m"),
                                          QStringLiteral("--structured"), QStringLiteral("instructions"),
                                          QStringLiteral("--questions"), QStringLiteral("1")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("휴가규정.txt")) &&
                     run.err.contains(QStringLiteral("review")),
                 qPrintable(run.err));
        for (const QString& body : chatBodies(server))
            QVERIFY(!body.contains(QStringLiteral("휴가")));
        QCOMPARE(chatBodies(server).size(), 2); // the English passage only
    }

    void templatesAreListedAndSavedAsVersions()
    {
        test::TestDir dir;
        const QString project = dir.path(QStringLiteral("p.quarry"));
        {
            DraftFixture f(project);
        }
        const QString file =
            dir.write(QStringLiteral("t.json"),
                      QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("answer")},
                                                {QStringLiteral("language"), QStringLiteral("en")},
                                                {QStringLiteral("system"), QStringLiteral("Answer briefly.")},
                                                {QStringLiteral("user"),
                                                 QStringLiteral("{{passage}}\nQ: {{question}}")}})
                          .toJson());
        const auto saved =
            CliRunner().run({QStringLiteral("draft"), project, QStringLiteral("--save-template"), file});
        QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
        QVERIFY(saved.out.contains(QStringLiteral("version 2")));
        const auto list = CliRunner().run(
            {QStringLiteral("draft"), project, QStringLiteral("--templates"), QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        const QJsonArray templates =
            QJsonDocument::fromJson(list.out.toUtf8()).object().value(QStringLiteral("templates")).toArray();
        QCOMPARE(templates.size(), 6);
        int edited = 0;
        for (const QJsonValue& t : templates)
            if (t[QStringLiteral("name")] == QStringLiteral("answer") &&
                t[QStringLiteral("language")] == QStringLiteral("en")) {
                QCOMPARE(t[QStringLiteral("version")].toInt(), 2);
                QCOMPARE(t[QStringLiteral("system")].toString(), QStringLiteral("Answer briefly."));
                ++edited;
            }
        QCOMPARE(edited, 1);
        // A template without the slots its step fills is refused.
        const QString bad =
            dir.write(QStringLiteral("bad.json"),
                      "{\"name\": \"answer\", \"language\": \"en\", \"system\": \"x\", \"user\": \"y\"}");
        QCOMPARE(CliRunner()
                     .run({QStringLiteral("draft"), project, QStringLiteral("--save-template"), bad})
                     .exitCode,
                 2);
    }

    void failsPlainlyWithoutAServer()
    {
        test::TestDir dir;
        const QString project = dir.path(QStringLiteral("p.quarry"));
        {
            DraftFixture f(project);
        }
        quint16 port = 0;
        {
            ScriptedLlmServer gone;
            port = gone.port();
        }
        const auto run = CliRunner().run({QStringLiteral("draft"), project, QStringLiteral("--url"),
                                          QStringLiteral("http://127.0.0.1:%1").arg(port),
                                          QStringLiteral("--model"), QStringLiteral("m"),
                                          QStringLiteral("--structured"), QStringLiteral("instructions")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("no model server is listening")), qPrintable(run.err));
        QVERIFY2(!run.crashed, qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestDraftCli)
#include "TestDraftCli.moc"
