#include "export/AlpacaFormat.h"
#include "export/JsonWriter.h"
#include "export/OpenAiFormat.h"
#include "export/RecordFormats.h"
#include "export/ShareGptFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace quarry;

namespace {

// Every JSON escape case plus Hangul and an emoji (a surrogate pair in UTF-16).
const QString kTricky = QStringLiteral("\"q\" \\ / \n\r\t\b\f") + QChar(0x01) + QChar(0x1f) + QChar(0x7f) +
                        QChar(0x2028) + QChar(0x2029) + QStringLiteral("😀 한국어 문장");
const QByteArray kTrickyJson = "\"\\\"q\\\" \\\\ / \\n\\r\\t\\b\\f\\u0001\\u001f\x7f\\u2028\\u2029\xF0\x9F\x98\x80 "
                               "\xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4 \xEB\xAC\xB8\xEC\x9E\xA5\"";

Pair chat(const QStringList& contents, bool startWithUser = true)
{
    Pair p;
    p.id = 7;
    for (qsizetype i = 0; i < contents.size(); ++i)
        p.turns << Turn{(i % 2 == 0) == startWithUser ? Turn::Role::User : Turn::Role::Assistant, contents[i],
                        std::nullopt};
    return p;
}

QByteArray write(const RecordFormat& f, const Pair& p, const RecordOptions& o = {})
{
    QByteArray out;
    f.write(p, o, out);
    return out;
}

} // namespace

class TestRecordFormats : public QObject
{
    Q_OBJECT
private slots:
    void escapesEveryCase()
    {
        QByteArray out;
        JsonWriter::appendString(out, kTricky);
        QCOMPARE(out, kTrickyJson);
        // And any JSON parser reads the same text back.
        const QJsonDocument doc = QJsonDocument::fromJson("[" + out + "]");
        QCOMPARE(doc.array().at(0).toString(), kTricky);
    }

    void loneSurrogateBecomesReplacementCharacter()
    {
        QByteArray out;
        JsonWriter::appendString(out, QString(QChar(0xd800)) + QStringLiteral("x"));
        QCOMPARE(out, QByteArray("\"\xEF\xBF\xBDx\""));
    }

    void openAiRecord()
    {
        Pair p = chat({QStringLiteral("질문?"), QStringLiteral("답변.")});
        p.systemPrompt = QStringLiteral("너는 도우미야.");
        p.turns[1].weight = 1;
        p.tags = QStringList{QStringLiteral("a"), QStringLiteral("b")};
        p.status = Pair::Status::Approved;
        OpenAiFormat f;
        QCOMPARE(f.validate(p), QString());
        QCOMPARE(write(f, p), QStringLiteral("{\"messages\":[{\"role\":\"system\",\"content\":\"너는 도우미야.\"},"
                                             "{\"role\":\"user\",\"content\":\"질문?\"},"
                                             "{\"role\":\"assistant\",\"content\":\"답변.\",\"weight\":1}]}\n")
                                  .toUtf8());
        RecordOptions o;
        o.includeTags = o.includeStatus = o.includePairId = true;
        const QByteArray line = write(f, p, o);
        QVERIFY(line.endsWith("],\"metadata\":{\"pair_id\":7,\"status\":\"approved\",\"tags\":[\"a\",\"b\"]}}\n"));
        QVERIFY(!line.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(line.count('\n'), 1);
    }

    void openAiRules()
    {
        OpenAiFormat f;
        QVERIFY(f.validate(chat({QStringLiteral("only a question")})).contains(QLatin1String("no assistant")));
        QVERIFY(f.validate(chat({QStringLiteral("q"), QStringLiteral("  \n")})).contains(QLatin1String("empty")));
        QVERIFY(f.validate(Pair{}).contains(QLatin1String("no turns")));
        Pair w = chat({QStringLiteral("q"), QStringLiteral("a")});
        w.turns[0].weight = 1;
        QVERIFY(f.validate(w).contains(QLatin1String("weight")));
        w.turns[0].weight.reset();
        w.turns[1].weight = 2;
        QVERIFY(f.validate(w).contains(QLatin1String("0 or 1")));
        // OpenAI does not require alternation.
        QCOMPARE(f.validate(chat({QStringLiteral("a"), QStringLiteral("b")}, false)), QString());
    }

    void shareGptRecord()
    {
        Pair p = chat({QStringLiteral("q1"), QStringLiteral("a1"), QStringLiteral("q2"), QStringLiteral("a2")});
        p.systemPrompt = QStringLiteral("sys");
        p.context = QStringLiteral("ctx");
        ShareGptFormat f;
        QCOMPARE(f.validate(p), QString());
        QCOMPARE(write(f, p), QByteArray("{\"conversations\":[{\"from\":\"human\",\"value\":\"ctx\\n\\nq1\"},"
                                         "{\"from\":\"gpt\",\"value\":\"a1\"},{\"from\":\"human\",\"value\":\"q2\"},"
                                         "{\"from\":\"gpt\",\"value\":\"a2\"}],\"system\":\"sys\"}\n"));
        p.systemPrompt.clear();
        QVERIFY(!write(f, p).contains("\"system\""));
    }

    void shareGptRules()
    {
        ShareGptFormat f;
        QVERIFY(f.validate(chat({QStringLiteral("a"), QStringLiteral("q")}, false)).contains(QLatin1String("human")));
        Pair twoUsers = chat({QStringLiteral("q"), QStringLiteral("a")});
        twoUsers.turns[1].role = Turn::Role::User;
        QVERIFY(f.validate(twoUsers).contains(QLatin1String("alternation")));
        QVERIFY(f.validate(chat({QStringLiteral("q"), QStringLiteral("a"), QStringLiteral("q2")}))
                    .contains(QLatin1String("no gpt answer")));
    }

    void alpacaRecord()
    {
        Pair p = chat({QStringLiteral("q1"), QStringLiteral("a1"), QStringLiteral("q2"), QStringLiteral("a2")});
        p.context = QStringLiteral("입력");
        AlpacaFormat f;
        QCOMPARE(f.validate(p), QString());
        QCOMPARE(write(f, p), QStringLiteral("{\"instruction\":\"q2\",\"input\":\"입력\",\"output\":\"a2\",\"system\":"
                                             "\"\",\"history\":[[\"q1\",\"a1\"]]}\n")
                                  .toUtf8());
        RecordOptions o;
        o.includeTags = true;
        o.includePairId = true;
        p.tags = QStringList{QStringLiteral("t")};
        QVERIFY(write(f, p, o).endsWith(",\"history\":[[\"q1\",\"a1\"]],\"pair_id\":7,\"tags\":[\"t\"]}\n"));
    }

    void alpacaRules()
    {
        AlpacaFormat f;
        QVERIFY(!f.validate(chat({QStringLiteral("q")})).isEmpty());
        QVERIFY(!f.validate(chat({QStringLiteral("a"), QStringLiteral("q")}, false)).isEmpty());
        QVERIFY(f.validate(chat({QStringLiteral(""), QStringLiteral("a")})).contains(QLatin1String("empty")));
    }

    void everyFormatReadsBackWhatItWrote_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString& n : RecordFormats::names())
            QTest::newRow(qPrintable(n)) << n;
    }

    void everyFormatReadsBackWhatItWrote()
    {
        QFETCH(QString, format);
        const RecordFormat* f = RecordFormats::find(format);
        QVERIFY(f);
        Pair p = chat({kTricky, QStringLiteral("답: ") + kTricky, QStringLiteral("두 번째 질문"), kTricky});
        p.systemPrompt = kTricky;
        p.status = Pair::Status::Review;
        p.tags = QStringList{QStringLiteral("법률"), QStringLiteral("x\"y")};
        if (format == QLatin1String("alpaca"))
            p.context = kTricky;
        RecordOptions o;
        o.includeTags = o.includeStatus = true;
        const QByteArray line = write(*f, p, o);
        QVERIFY(line.contains(kTrickyJson));
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
        QCOMPARE(err.error, QJsonParseError::NoError);
        QCOMPARE(RecordFormats::detect(doc.object()), f);
        Pair back;
        QCOMPARE(f->read(doc.object(), back), QString());
        QCOMPARE(back.turns.size(), p.turns.size());
        QCOMPARE(back.tags, p.tags);
        QVERIFY(back.status == Pair::Status::Review);
        back.id = p.id;
        QCOMPARE(write(*f, back, o), line);
    }

    void readReportsWhatIsWrong()
    {
        const auto read = [](const RecordFormat& f, const char* json) {
            Pair p;
            return f.read(QJsonDocument::fromJson(json).object(), p);
        };
        QVERIFY(read(OpenAiFormat(), R"({"messages":[{"role":"tool","content":"x"}]})").contains(QLatin1String("tool")));
        QVERIFY(read(OpenAiFormat(), R"({"messages":[{"role":"user","content":"q"}]})").contains(QLatin1String("assistant")));
        QVERIFY(!read(OpenAiFormat(), R"({"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"a","weight":3}]})").isEmpty());
        QVERIFY(read(ShareGptFormat(), R"({"conversations":[{"from":"gpt","value":"a"}]})").contains(QLatin1String("human")));
        QVERIFY(read(AlpacaFormat(), R"({"instruction":"q"})").contains(QLatin1String("output")));
        QVERIFY(read(AlpacaFormat(), R"({"instruction":"q","output":"a","history":[["x"]]})").contains(QLatin1String("history")));
        QVERIFY(read(OpenAiFormat(), R"({"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"a"}],"metadata":{"status":"bogus"}})")
                    .contains(QLatin1String("bogus")));
        QCOMPARE(RecordFormats::detect(QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}}), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestRecordFormats)
#include "TestRecordFormats.moc"
