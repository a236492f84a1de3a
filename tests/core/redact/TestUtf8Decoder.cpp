// Scanner's UTF-8 decoder (decodeUtf8) has a baseline path and an SSSE3 path that decodes sixteen
// bytes at a time: both must take the same bytes and produce the same units as QStringDecoder,
// whatever mixture of ASCII, two-, three- and four-byte sequences, malformed bytes (overlong forms,
// surrogates, stray continuation bytes) and sequences cut anywhere, at every block boundary.

#include "redact/Utf8Decoder.h"

#include <QRandomGenerator>
#include <QStringDecoder>
#include <QTest>
#include <vector>

using namespace quarry;

namespace {

struct Decoded
{
    size_t taken = 0;
    std::u16string units;
    unsigned hints = 0;
};

Decoded decode(const QByteArray& bytes, bool ssse3)
{
    std::vector<char16_t> out(size_t(bytes.size()) + 16);
    Decoded d;
    size_t produced = 0;
    d.taken = decodeUtf8(reinterpret_cast<const uchar*>(bytes.constData()), size_t(bytes.size()), out.data(),
                         produced, d.hints, ssse3);
    d.units.assign(out.data(), produced);
    return d;
}

// Pieces of text: mostly what Korean and English documents hold, and every kind of sequence the
// decoder must leave to QStringDecoder.
const char* const kPieces[] = {"a",
                               " ",
                               ".",
                               "Hello ",
                               "2024-03-12",
                               "\n",
                               "홍",
                               "길동",
                               "주민등록번호 ",
                               "가",
                               "힣",
                               "é",
                               "ñ",
                               "\xC2\xA0",
                               "、",
                               "ｶ",
                               "（",
                               "…",
                               "\xEF\xBC\x91" /* fullwidth 1 */,
                               "😀",
                               "\xF0\x9F\x98", /* cut 4-byte */
                               "\xE0\x80\x80" /* overlong */,
                               "\xED\xA0\x80" /* surrogate */,
                               "\x80" /* stray continuation */,
                               "\xC0\xAF" /* overlong two-byte */,
                               "\xFF",
                               "\xEA\xB0" /* cut 3-byte */,
                               "\xEA" /* lead only */,
                               "\xF4\x90\x80\x80" /* above U+10FFFF */,
                               "\xEF\xBF\xBF",
                               "\xE0\xA0\x80" /* U+0800 */};

QByteArray randomText(QRandomGenerator& rng, int pieces, bool clean)
{
    QByteArray text;
    const int count = int(sizeof kPieces / sizeof kPieces[0]);
    for (int k = 0; k < pieces; ++k) {
        // Mostly the first, well-formed pieces; the malformed ones now and then.
        const int pick = clean || rng.bounded(8) != 0 ? int(rng.bounded(20)) : int(rng.bounded(count));
        text += kPieces[pick];
    }
    return text;
}

} // namespace

class TestUtf8Decoder : public QObject
{
    Q_OBJECT

private:
    // Both paths agree; the bytes taken are well-formed and decode as QStringDecoder decodes
    // them; what is left starts with a byte that is malformed or cut; the hints are textHints().
    void check(const QByteArray& bytes)
    {
        const Decoded fast = decode(bytes, true);
        const Decoded base = decode(bytes, false);
        QCOMPARE(fast.taken, base.taken);
        QVERIFY(fast.units == base.units);
        QCOMPARE(fast.hints, base.hints);
        const QByteArray taken = bytes.left(qsizetype(fast.taken));
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString expected = decoder.decode(taken);
        QVERIFY(!decoder.hasError());
        QCOMPARE(QString::fromStdU16String(fast.units), expected);
        QCOMPARE(fast.hints, textHints(fast.units.data(), qsizetype(fast.units.size())));
        if (fast.taken < size_t(bytes.size())) {
            // The next character is not complete and well-formed by itself.
            const QByteArray rest = bytes.mid(qsizetype(fast.taken));
            const uchar b = uchar(rest.at(0));
            const qsizetype need = b < 0x80                ? 1
                                   : b >= 0xC2 && b < 0xE0 ? 2
                                   : b >= 0xE0 && b < 0xF0 ? 3
                                   : b >= 0xF0 && b < 0xF5 ? 4
                                                           : 0;
            bool whole = false;
            if (need > 0 && need <= rest.size()) {
                QStringDecoder next(QStringDecoder::Utf8); // not Stateless: that one never reports errors
                const QString first = next.decode(rest.left(need)); // decodes when converted
                whole = !next.hasError() && !first.isEmpty();
            }
            QVERIFY2(!whole, rest.left(6).toHex(' ').constData());
        }
    }

private slots:
    void wellFormedAsQStringDecoder()
    {
        QRandomGenerator rng(16);
        for (int round = 0; round < 400; ++round) {
            const QByteArray text = randomText(rng, 1 + int(rng.bounded(60)), true);
            const Decoded d = decode(text, true);
            QCOMPARE(d.taken, size_t(text.size()));
            QCOMPARE(QString::fromStdU16String(d.units), QString::fromUtf8(text));
            check(text);
        }
    }

    void malformedAndCut()
    {
        QRandomGenerator rng(13);
        for (int round = 0; round < 400; ++round) {
            const QByteArray text = randomText(rng, 1 + int(rng.bounded(40)), false);
            // Every prefix: a sequence cut at every place, blocks ending everywhere.
            for (qsizetype cut = 0; cut <= text.size(); ++cut)
                check(text.left(cut));
        }
    }

    void koreanBlocks()
    {
        // Long runs of syllables and single spaces (OCR text), with a bad sequence at each offset
        // of the sixteen-byte block.
        QByteArray text;
        for (int k = 0; k < 24; ++k)
            text += k % 3 == 2 ? "가 " : "나다";
        check(text);
        for (qsizetype at = 0; at < 48; ++at) {
            QByteArray bad = text;
            bad.insert(at, "\xED\xA0\x80");
            check(bad);
            QByteArray overlong = text;
            overlong.insert(at, "\xE0\x9F\xBF");
            check(overlong);
            QByteArray stray = text;
            stray.insert(at, "\x80");
            check(stray);
        }
    }
};

QTEST_APPLESS_MAIN(TestUtf8Decoder)
#include "TestUtf8Decoder.moc"
