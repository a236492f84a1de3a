// Every way a stream can be cut into reads: the parser must give the same events for all of them.
#include "llm/SseParser.h"

#include <QTest>

using namespace quarry;

namespace {

QStringList dataOf(const QList<SseParser::Event>& events)
{
    QStringList out;
    for (const SseParser::Event& e : events)
        out << (e.type == SseParser::Event::Type::Error ? QStringLiteral("ERROR:") : QString()) + e.data;
    return out;
}

QStringList parseInPieces(const QByteArray& stream, const QList<qsizetype>& cuts)
{
    SseParser parser;
    QList<SseParser::Event> events;
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        events += parser.feed(stream.mid(from, cut - from));
        from = cut;
    }
    events += parser.feed(stream.mid(from));
    events += parser.finish();
    return dataOf(events);
}

} // namespace

class TestSseParser : public QObject
{
    Q_OBJECT
private slots:
    void everySplitGivesTheSameEvents_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QStringList>("expected");
        const QByteArray hangul = QStringLiteral("{\"c\":\"개인정보 보호\"}").toUtf8();
        QTest::newRow("LF") << QByteArray("data: " + hangul + "\n\ndata: [DONE]\n\n")
                            << QStringList{QString::fromUtf8(hangul), QStringLiteral("[DONE]")};
        QTest::newRow("CRLF") << QByteArray("data: " + hangul + "\r\n\r\ndata: [DONE]\r\n\r\n")
                              << QStringList{QString::fromUtf8(hangul), QStringLiteral("[DONE]")};
        QTest::newRow("CR") << QByteArray("data: " + hangul + "\r\rdata: [DONE]\r\r")
                            << QStringList{QString::fromUtf8(hangul), QStringLiteral("[DONE]")};
        QTest::newRow("pings, empty frames, fields")
            << QByteArray(
                   ": ping\r\n\r\nevent: message\r\nid: 3\r\ndata:x\r\n\r\n\r\n\r\n: ping\r\ndata: y\r\n\r\n")
            << QStringList{QStringLiteral("x"), QStringLiteral("y")};
        QTest::newRow("multi-line data")
            << QByteArray("data: a\ndata: b\n\n") << QStringList{QStringLiteral("a\nb")};
        QTest::newRow("no final blank line") << QByteArray("data: a\n\ndata: last")
                                             << QStringList{QStringLiteral("a"), QStringLiteral("last")};
        QTest::newRow("error line") << QByteArray("data: a\n\nerror: {\"message\":\"boom\"}\n\n")
                                    << QStringList{QStringLiteral("a"),
                                                   QStringLiteral("ERROR:{\"message\":\"boom\"}")};
    }
    void everySplitGivesTheSameEvents()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QStringList, expected);
        QCOMPARE(parseInPieces(stream, {}), expected);
        // One cut anywhere, two cuts anywhere (inside a character, between CR and LF, ...).
        for (qsizetype i = 0; i <= stream.size(); ++i) {
            QCOMPARE(parseInPieces(stream, {i}), expected);
            for (qsizetype j = i; j <= stream.size(); ++j)
                QCOMPARE(parseInPieces(stream, {i, j}), expected);
        }
        // A byte at a time.
        QList<qsizetype> all;
        for (qsizetype i = 1; i < stream.size(); ++i)
            all << i;
        QCOMPARE(parseInPieces(stream, all), expected);
    }

    void countsComments()
    {
        SseParser parser;
        parser.feed(": ping\n\n: ping\n\ndata: x\n\n");
        QCOMPARE(parser.comments(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSseParser)
#include "TestSseParser.moc"
