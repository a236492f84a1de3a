#include "DetectionLineWriter.h"
#include "export/JsonWriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using quarry::JsonWriter;
using quarry::cli::DetectionLineWriter;

// quarry-cli scan's lines are written by hand from UTF-16 views: each must be the line QJsonDocument
// writes for the same object, with JsonWriter's escaping of its strings (which also escapes
// U+2028/U+2029 and writes U+FFFD for a lone surrogate), whatever the buffer size.
class TestDetectionLineWriter : public QObject
{
    Q_OBJECT

    static QStringList trickyStrings()
    {
        return {
            QString(),
            QStringLiteral("plain ascii 010-1234-5678"),
            QStringLiteral("\"quoted\" \\ back\\slash /"),
            QStringLiteral("\b\f\n\r\t"),
            QString::fromUtf16(u"\u0001\u001f\u007f\u0080\u00e9\u07ff\u0800\uffff"),
            QString::fromUtf16(u"한글 이름 홍길동 ０１０－１２３４"),
            QString::fromUtf16(u"emoji 😀 and 𝄞 outside the BMP"),
            QString::fromUtf16(u"line\u2028separator\u2029paragraph"),
            QString(QChar(0xd83d)) + QStringLiteral(" lone high, lone low ") + QChar(0xde00),
            QString(QChar(0xde00)) + QChar(0xd83d), // reversed pair: two lone halves
            QString(300, QChar(0x2028)),
        };
    }

    // `s` with every lone surrogate as U+FFFD (QString::toUtf8() would write '?').
    static QString replaced(const QString& s)
    {
        QString out;
        for (qsizetype i = 0; i < s.size(); ++i) {
            if (s[i].isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
                out += s.mid(i, 2);
                ++i;
            } else {
                out += s[i].isSurrogate() ? QChar(QChar::ReplacementCharacter) : s[i];
            }
        }
        return out;
    }

private slots:
    void stringsAreJsonWritersOwn()
    {
        for (const QString& s : trickyStrings()) {
            QByteArray want;
            JsonWriter::appendString(want, s);
            QByteArray got(6 * s.size() + 2, '\0');
            got.truncate(JsonWriter::writeString(got.data(), s) - got.constData());
            QCOMPARE(got, want);
        }
    }

    void linesAreQJsonDocumentsOwn()
    {
        QByteArray out;
        DetectionLineWriter writer([&out](QByteArrayView b) { out += b; });
        const QStringList strings = trickyStrings();
        QList<QJsonObject> objects;
        const double scores[] = {1.0, 0.95, 0.6, 0.5, 0.123, 0.0, 0.9999, 0.85};
        for (qsizetype i = 0; i < strings.size(); ++i) {
            const double score = scores[i % 8];
            const qint64 start = i * 1000003LL, end = start + strings[i].size(), line = i % 3;
            writer.add(QStringLiteral("rule_%1").arg(i % 2), QStringLiteral("TYPE"), score, strings[i], start,
                       end, line);
            QJsonObject o{{QStringLiteral("end"), end},
                          {QStringLiteral("rule"), QStringLiteral("rule_%1").arg(i % 2)},
                          {QStringLiteral("score"), qRound(score * 1000) / 1000.0},
                          {QStringLiteral("start"), start},
                          {QStringLiteral("text"), strings[i]},
                          {QStringLiteral("type"), QStringLiteral("TYPE")}};
            if (line > 0)
                o.insert(QStringLiteral("line"), line);
            objects << o;
        }
        writer.flush();
        const QList<QByteArray> lines = out.split('\n');
        QCOMPARE(lines.size(), objects.size() + 1);
        QVERIFY(lines.last().isEmpty());
        for (qsizetype i = 0; i < objects.size(); ++i) {
            const QString text = strings[i];
            const bool plain = !text.contains(QChar(0x2028)) && !text.contains(QChar(0x2029)) &&
                               replaced(text) == text; // no lone surrogate
            if (plain)
                QCOMPARE(lines[i], QJsonDocument(objects[i]).toJson(QJsonDocument::Compact));
            // Either way it parses back to the same object (lone surrogates as U+FFFD).
            QJsonParseError e;
            const QJsonObject back = QJsonDocument::fromJson(lines[i], &e).object();
            QVERIFY2(e.error == QJsonParseError::NoError, lines[i].constData());
            QJsonObject want = objects[i];
            want.insert(QStringLiteral("text"), replaced(text));
            QCOMPARE(back, want);
        }
    }

    void namesAreReadByContentNotAddress()
    {
        // The same memory holding another name of the same length later: the cache must not
        // answer with the first one.
        QByteArray out;
        DetectionLineWriter writer([&out](QByteArrayView b) { out += b; });
        char16_t name[] = u"rule_a";
        writer.add(QStringView(name), QStringView(name), 1.0, u"x", 0, 1);
        name[5] = u'b';
        writer.add(QStringView(name), QStringView(name), 1.0, u"x", 0, 1);
        // Names with non-ASCII and characters that JSON escapes.
        writer.add(u"규칙 \"1\"", u"TY\\PE", 0.5, u"y", 2, 3);
        writer.flush();
        QCOMPARE(out,
                 QByteArray("{\"end\":1,\"rule\":\"rule_a\",\"score\":1,\"start\":0,\"text\":\"x\",\"type\":"
                            "\"rule_a\"}\n"
                            "{\"end\":1,\"rule\":\"rule_b\",\"score\":1,\"start\":0,\"text\":\"x\",\"type\":"
                            "\"rule_b\"}\n"
                            "{\"end\":3,\"rule\":\"규칙 \\\"1\\\"\",\"score\":0.5,\"start\":2,\"text\":\"y\","
                            "\"type\":\"TY\\\\PE\"}\n"));
    }

    void smallBufferGivesTheSameBytes()
    {
        // Lines longer than the buffer, many lines per flush, a flush after each: the same bytes.
        const QString longText = QString::fromUtf16(u"긴 텍스트 \u2028 😀 ").repeated(500);
        auto write = [&](qsizetype flushBytes, int* pieces) {
            QByteArray out;
            *pieces = 0;
            DetectionLineWriter writer(
                [&](QByteArrayView b) {
                    out += b;
                    ++*pieces;
                },
                flushBytes);
            for (int i = 0; i < 2000; ++i)
                writer.add(u"r", u"T", 0.75, i % 100 == 0 ? QStringView(longText) : QStringView(u"짧은 것"),
                           i, i + 3, 0);
            writer.flush();
            return out;
        };
        int bigPieces = 0, smallPieces = 0;
        const QByteArray big = write(1 << 24, &bigPieces);
        const QByteArray small = write(256, &smallPieces);
        QCOMPARE(bigPieces, 1);
        QVERIFY(smallPieces > 100);
        QCOMPARE(small, big);
        QCOMPARE(big.count('\n'), 2000);
    }
};

QTEST_GUILESS_MAIN(TestDetectionLineWriter)
#include "TestDetectionLineWriter.moc"
