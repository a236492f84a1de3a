#include "text/TextDecoder.h"
#include "util/Error.h"

#include <QRandomGenerator>
#include <QTest>

#include <iconv.h>

using namespace quarry;

namespace {

// Real legacy-encoded bytes, made with glibc's converter (the same one Windows-949 files match).
QByteArray encode(const QString& text, const char* encoding)
{
    const QByteArray utf8 = text.toUtf8();
    iconv_t cd = iconv_open(encoding, "UTF-8");
    if (cd == reinterpret_cast<iconv_t>(-1))
        qFatal("iconv cannot encode %s", encoding);
    QByteArray out(utf8.size() * 4 + 16, '\0');
    char* in = const_cast<char*>(utf8.constData());
    size_t inLeft = size_t(utf8.size());
    char* op = out.data();
    size_t outLeft = size_t(out.size());
    if (iconv(cd, &in, &inLeft, &op, &outLeft) == size_t(-1))
        qFatal("iconv failed for %s", encoding);
    iconv_close(cd);
    out.resize(out.size() - qsizetype(outLeft));
    return out;
}

const QString kKoreanShort = QStringLiteral("안녕하세요. 회의는 3시입니다.");
const QString kKoreanLines = QStringLiteral("제1조 (목적)\n이 규정은 회사의 개인정보 보호에 관한 사항을 정한다.\n"
                                            "제2조 (정의) 개인정보란 살아 있는 개인에 관한 정보를 말한다.\n");
const QString kEnglish = QStringLiteral("The quarterly report is attached.\nPlease review it by Friday.\n");

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT
private slots:
    void utf8WithAndWithoutBom()
    {
        const QByteArray plain = kKoreanLines.toUtf8();
        DecodedText d = TextDecoder::decode(plain);
        QCOMPARE(d.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(d.text, kKoreanLines);
        QVERIFY(!d.hadBom);
        QVERIFY(d.warnings.isEmpty());

        d = TextDecoder::decode(QByteArrayLiteral("\xEF\xBB\xBF") + plain);
        QCOMPARE(d.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(d.text, kKoreanLines);
        QVERIFY(d.hadBom);

        d = TextDecoder::decode(kEnglish.toUtf8());
        QCOMPARE(d.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(d.text, kEnglish);
    }

    void utf16WithBom_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("korean") << kKoreanLines;
        QTest::newRow("english") << kEnglish;
        QTest::newRow("emoji") << QStringLiteral("smile \U0001F600 한");
    }
    void utf16WithBom()
    {
        QFETCH(QString, text);
        DecodedText d = TextDecoder::decode(QByteArrayLiteral("\xFF\xFE") + encode(text, "UTF-16LE"));
        QCOMPARE(d.encoding, QStringLiteral("UTF-16LE"));
        QCOMPARE(d.text, text);
        QVERIFY(d.hadBom);
        d = TextDecoder::decode(QByteArrayLiteral("\xFE\xFF") + encode(text, "UTF-16BE"));
        QCOMPARE(d.encoding, QStringLiteral("UTF-16BE"));
        QCOMPARE(d.text, text);
        d = TextDecoder::decode(QByteArrayLiteral("\xFF\xFE\x00\x00") + encode(text, "UTF-32LE"));
        QCOMPARE(d.encoding, QStringLiteral("UTF-32LE"));
        QCOMPARE(d.text, text);
        d = TextDecoder::decode(QByteArray("\x00\x00\xFE\xFF", 4) + encode(text, "UTF-32BE"));
        QCOMPARE(d.encoding, QStringLiteral("UTF-32BE"));
        QCOMPARE(d.text, text);
    }

    void utf16WithoutBom()
    {
        for (const QString& text : {kKoreanLines, kEnglish, kKoreanShort}) {
            DecodedText d = TextDecoder::decode(encode(text, "UTF-16LE"));
            QCOMPARE(d.encoding, QStringLiteral("UTF-16LE"));
            QCOMPARE(d.text, text);
            QVERIFY(!d.hadBom);
            d = TextDecoder::decode(encode(text, "UTF-16BE"));
            QCOMPARE(d.encoding, QStringLiteral("UTF-16BE"));
            QCOMPARE(d.text, text);
            QVERIFY(TextDecoder::looksLikeText(encode(text, "UTF-16LE")));
        }
    }

    void koreanCp949_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("one word") << QStringLiteral("한글");
        QTest::newRow("short sentence") << kKoreanShort;
        QTest::newRow("a few lines") << kKoreanLines;
        // 똠 and 햏 exist only in CP949's extension (UHC), not in EUC-KR's 2,350 syllables.
        QTest::newRow("uhc extension") << QStringLiteral("똠방각하 햏");
        QTest::newRow("mixed") << QStringLiteral("Project Quarry 회의록 (2024-05-01)\n참석: Kim, Lee\n");
        QTest::newRow("name only") << QStringLiteral("홍길동");
        QTest::newRow("one syllable") << QStringLiteral("네");
        QTest::newRow("symbol and words") << QStringLiteral("※ 참고");
        QTest::newRow("phone number") << QStringLiteral("김철수 010-1234-5678");
    }
    void koreanCp949()
    {
        QFETCH(QString, text);
        const QByteArray bytes = encode(text, "CP949");
        const DecodedText d = TextDecoder::decode(bytes);
        QCOMPARE(d.encoding, QStringLiteral("CP949"));
        QCOMPARE(d.text, text);
        QVERIFY2(d.warnings.isEmpty(), qPrintable(d.warnings.join(QLatin1Char(';'))));
        QVERIFY(TextDecoder::looksLikeText(bytes));
    }

    void knownCp949Bytes()
    {
        // "한글" in Windows code page 949, written out by hand.
        const DecodedText d = TextDecoder::decode(QByteArrayLiteral("\xC7\xD1\xB1\xDB"));
        QCOMPARE(d.encoding, QStringLiteral("CP949"));
        QCOMPARE(d.text, QStringLiteral("한글"));
    }

    void eucKrIsReadAsCp949()
    {
        const QByteArray bytes = encode(kKoreanLines, "EUC-KR");
        const DecodedText d = TextDecoder::decode(bytes);
        QCOMPARE(d.encoding, QStringLiteral("CP949"));
        QCOMPARE(d.text, kKoreanLines);
        QCOMPARE(TextDecoder::decodeAs(bytes, QStringLiteral("euc-kr")).text, kKoreanLines);
    }

    void latin1AndWindows1252()
    {
        const QString latin = QStringLiteral("Café au lait, crème brûlée, naïve façade.\nÜber Größe.\n");
        DecodedText d = TextDecoder::decode(encode(latin, "ISO-8859-1"));
        QVERIFY2(d.encoding == QLatin1String("ISO-8859-1") || d.encoding == QLatin1String("WINDOWS-1252"),
                 qPrintable(d.encoding));
        QCOMPARE(d.text, latin);

        const QString curly = QStringLiteral("He said “hello” — it’s fine… café\n");
        d = TextDecoder::decode(encode(curly, "WINDOWS-1252"));
        // uchardet may name a sibling code page (1250) that has the same bytes for these characters.
        QVERIFY2(d.encoding.startsWith(QLatin1String("WINDOWS-125")), qPrintable(d.encoding));
        QCOMPARE(d.text, curly);
    }

    void windows1252IsNotMistakenForKorean()
    {
        // "’s" is 0x92 0x73, a valid CP949 extension syllable: only KS X 1001 syllables count.
        for (const QString& text : {QStringLiteral("It’s John’s car."), QStringLiteral("Zürich Straße"),
                                    QStringLiteral("Ça va? Très bien. Naïve café."),
                                    QStringLiteral("“Quoted” text – with dashes…")}) {
            const DecodedText d = TextDecoder::decode(encode(text, "WINDOWS-1252"));
            QVERIFY2(d.encoding != QLatin1String("CP949"), qPrintable(text));
            QCOMPARE(d.text, text);
        }
    }

    void truncatedMultibyteSequences()
    {
        QByteArray utf8 = QStringLiteral("한국어 문서").toUtf8();
        utf8.chop(1);
        DecodedText d = TextDecoder::decode(utf8);
        QCOMPARE(d.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(d.text, QStringLiteral("한국어 문\uFFFD"));
        QCOMPARE(d.invalidSequences, 1);
        QCOMPARE(d.warnings.size(), 1);

        QByteArray cp949 = encode(kKoreanLines, "CP949");
        cp949.append('\xC7'); // a lead byte without its trail byte
        d = TextDecoder::decode(cp949);
        QCOMPARE(d.encoding, QStringLiteral("CP949"));
        QCOMPARE(d.text, kKoreanLines + QChar(0xFFFD));
        QCOMPARE(d.warnings.size(), 1);

        QByteArray utf16 = encode(kKoreanLines, "UTF-16LE");
        utf16.chop(1);
        d = TextDecoder::decode(QByteArrayLiteral("\xFF\xFE") + utf16);
        QCOMPARE(d.encoding, QStringLiteral("UTF-16LE"));
        QVERIFY(d.text.endsWith(QChar(0xFFFD)));
        QCOMPARE(d.invalidSequences, 1);
    }

    void invalidUtf8InsideMostlyValidText()
    {
        QByteArray bytes = kKoreanLines.toUtf8();
        bytes.insert(8, "\xFF"); // between "제1조 " and "(목적)"
        const DecodedText d = TextDecoder::decode(bytes);
        QCOMPARE(d.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(d.text.count(QChar(0xFFFD)), 1);
        QCOMPARE(d.invalidSequences, 1);
    }

    void emptyInput()
    {
        const DecodedText d = TextDecoder::decode(QByteArray());
        QVERIFY(d.text.isEmpty());
        QCOMPARE(d.encoding, QStringLiteral("UTF-8"));
        QVERIFY(!TextDecoder::looksLikeText(QByteArray()));
    }

    void binaryGarbageNeverCrashes()
    {
        QRandomGenerator rng(42);
        for (int round = 0; round < 200; ++round) {
            QByteArray bytes(int(rng.bounded(1, 600)), '\0');
            for (char& c : bytes)
                c = char(rng.bounded(256));
            const DecodedText d = TextDecoder::decode(bytes);
            QVERIFY(!d.encoding.isEmpty());
            QVERIFY(!d.text.isEmpty());
            TextDecoder::looksLikeText(bytes);
        }
        const QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20);
        QVERIFY(!TextDecoder::looksLikeText(png));
        QVERIFY(!TextDecoder::looksLikeText(QByteArray("PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0", 14)));
    }

    void decodeAsNamedEncodings()
    {
        QCOMPARE(TextDecoder::decodeAs(encode(kKoreanShort, "CP949"), QStringLiteral("UHC")).text, kKoreanShort);
        QCOMPARE(TextDecoder::decodeAs(encode(kKoreanShort, "UTF-16"), QStringLiteral("utf-16")).text, kKoreanShort);
        QCOMPARE(TextDecoder::decodeAs(QByteArrayLiteral("\xEF\xBB\xBFok"), QStringLiteral("utf8")).text,
                 QStringLiteral("ok"));
        const QString cyrillic = QStringLiteral("Привет, мир");
        QCOMPARE(TextDecoder::decodeAs(encode(cyrillic, "KOI8-R"), QStringLiteral("koi8-r")).text, cyrillic);
        QVERIFY_THROWS_EXCEPTION(Error, TextDecoder::decodeAs(QByteArray("x"), QStringLiteral("no-such-charset")));
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "TestTextDecoder.moc"
