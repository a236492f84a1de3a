// JSON as models really write it: fenced, chatty, with trailing commas, cut at the end.
#include "llm/ReplyJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace quarry;

class TestReplyJson : public QObject
{
    Q_OBJECT
private slots:
    void reads_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<QByteArray>("json"); // compact; empty: nothing may be read
        QTest::addColumn<bool>("repaired");
        QTest::newRow("plain") << QStringLiteral("{\"q\": [\"a\", \"b\"]}")
                               << QByteArray("{\"q\":[\"a\",\"b\"]}") << false;
        QTest::newRow("array") << QStringLiteral(" [1, 2] ") << QByteArray("[1,2]") << false;
        QTest::newRow("fenced") << QStringLiteral("```json\n{\"q\": \"휴가는 며칠인가요?\"}\n```")
                                << QStringLiteral("{\"q\":\"휴가는 며칠인가요?\"}").toUtf8() << false;
        QTest::newRow("fenced without language")
            << QStringLiteral("Here:\n```\n[\"x\"]\n```\nDone.") << QByteArray("[\"x\"]") << false;
        QTest::newRow("chatty")
            << QStringLiteral("Sure! Here are the questions: {\"q\": [\"a\"]} Let me know if you need more.")
            << QByteArray("{\"q\":[\"a\"]}") << false;
        QTest::newRow("braces inside strings") << QStringLiteral("Result: {\"a\": \"} and {\", \"b\": 1} ok")
                                               << QByteArray("{\"a\":\"} and {\",\"b\":1}") << false;
        QTest::newRow("trailing commas")
            << QStringLiteral("{\"q\": [\"a\", \"b\",], }") << QByteArray("{\"q\":[\"a\",\"b\"]}") << true;
        QTest::newRow("comma inside a string kept")
            << QStringLiteral("{\"q\": \"a,]\",}") << QByteArray("{\"q\":\"a,]\"}") << true;
        QTest::newRow("cut after a value") << QStringLiteral("{\"questions\": [\"a\", \"b\"")
                                           << QByteArray("{\"questions\":[\"a\",\"b\"]}") << true;
        QTest::newRow("cut after a comma") << QStringLiteral("```json\n{\"questions\": [\"a\",")
                                           << QByteArray("{\"questions\":[\"a\"]}") << true;
        QTest::newRow("cut inside a string")
            << QStringLiteral("{\"questions\": [\"a\", \"wh") << QByteArray() << false;
        QTest::newRow("cut after a key")
            << QStringLiteral("{\"questions\": [\"a\"], \"answer\"") << QByteArray() << false;
        QTest::newRow("cut after a colon") << QStringLiteral("{\"answer\":") << QByteArray() << false;
        QTest::newRow("prose") << QStringLiteral("I cannot help with that.") << QByteArray() << false;
        QTest::newRow("empty") << QString() << QByteArray() << false;
        QTest::newRow("mismatched") << QStringLiteral("{\"a\": [1}") << QByteArray() << false;
    }
    void reads()
    {
        QFETCH(QString, reply);
        QFETCH(QByteArray, json);
        QFETCH(bool, repaired);
        const ReplyJson::Result r = ReplyJson::parse(reply);
        if (json.isEmpty()) {
            QVERIFY(!r.ok);
            QVERIFY(!r.error.isEmpty());
            return;
        }
        QVERIFY2(r.ok, qPrintable(r.error));
        const QByteArray got = r.value.isObject()
                                   ? QJsonDocument(r.value.toObject()).toJson(QJsonDocument::Compact)
                                   : QJsonDocument(r.value.toArray()).toJson(QJsonDocument::Compact);
        QCOMPARE(got, json);
        QCOMPARE(r.repaired, repaired);
        QCOMPARE(r.repairs.isEmpty(), !repaired);
    }
};

QTEST_GUILESS_MAIN(TestReplyJson)
#include "TestReplyJson.moc"
