#include "CliRunner.h"
#include "TestDir.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace quarry;
using quarry::test::CliRunner;

// quarry-cli scan writes its JSON lines by hand into a buffer: every line must be what
// QJsonDocument writes for the same object (same keys in the same order, same escaping, UTF-8),
// including texts with quotes, backslashes, control characters, Hangul and characters outside the
// BMP, and whatever the number of detections (the buffer goes out in pieces).
class TestScanCliOutput : public QObject
{
    Q_OBJECT
private slots:
    void linesAreQJsonDocumentsOwn()
    {
        test::TestDir dir;
        // A regex rule whose matches carry everything JSON escapes.
        const QString rules = dir.write(QStringLiteral("rules.json"), R"({"rules": [
            {"name": "odd", "kind": "regex", "type": "ODD", "pattern": "<<[^>]*>>"}]})");
        const QByteArray input = "첫 줄 <<a \"quoted\" \\ back\tslash \x01 é 한글 😀>> 끝\n"
                                 "연락처 010-1234-5678, 메일 a@example.com\n";
        for (const bool lines : {false, true}) {
            QStringList args = {QStringLiteral("scan"), QStringLiteral("-"), QStringLiteral("--rules"),
                                rules};
            if (lines)
                args << QStringLiteral("--lines");
            const auto r = CliRunner().run(args, input);
            QCOMPARE(r.exitCode, 0);
            const QStringList out = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QCOMPARE(out.size(), 3);
            for (const QString& line : out) {
                QJsonParseError e;
                const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &e);
                QVERIFY2(e.error == QJsonParseError::NoError, qPrintable(line));
                QCOMPARE(QString::fromUtf8(doc.toJson(QJsonDocument::Compact)), line);
            }
            const QJsonObject odd = QJsonDocument::fromJson(out.at(0).toUtf8()).object();
            QCOMPARE(odd.value(QStringLiteral("text")).toString(),
                     QStringLiteral("<<a \"quoted\" \\ back\tslash \x01 é 한글 😀>>"));
            QCOMPARE(odd.value(QStringLiteral("line")).toInt(), lines ? 1 : 0);
        }
    }

    void manyDetections()
    {
        // More than one buffer's worth of lines (about 100 bytes each, 1 MiB a buffer).
        QByteArray input;
        const int count = 30000;
        for (int i = 0; i < count; ++i)
            input += "메일 user" + QByteArray::number(i) + "@example.com 확인\n";
        const auto r = CliRunner().run({QStringLiteral("scan"), QStringLiteral("-")}, input);
        QCOMPARE(r.exitCode, 0);
        const QStringList out = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(out.size(), count);
        QCOMPARE(
            QJsonDocument::fromJson(out.last().toUtf8()).object().value(QStringLiteral("text")).toString(),
            QStringLiteral("user%1@example.com").arg(count - 1));
    }
};

QTEST_GUILESS_MAIN(TestScanCliOutput)
#include "TestScanCliOutput.moc"
