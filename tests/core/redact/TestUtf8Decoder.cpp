// Scanner's UTF-8 decoder (decodeUtf8) has a scalar path, an SSE2 one (ASCII sixteen bytes at a
// time), an SSSE3 one (sixteen-byte blocks) and an AVX2 one (lanes of 64-byte blocks): all must
// take the same bytes and produce the same units and hints as QStringDecoder and textHints,
// whatever mixture of ASCII, two-, three- and four-byte sequences, malformed bytes (overlong forms,
// surrogates, stray continuation bytes) and sequences cut anywhere, at every block boundary.
//

#include "redact/Utf8Decoder.h"

#include <QRandomGenerator>
#include <QStringDecoder>
#include <QTest>
#include <algorithm>
#include <vector>

using namespace quarry;

namespace {

struct Decoded
{
    size_t taken = 0;
    std::u16string units;
    unsigned hints = 0;
};

const Utf8Path kPaths[] = {Utf8Path::Scalar, Utf8Path::Sse2, Utf8Path::Ssse3, Utf8Path::Avx2};

// The room decodeUtf8 asks for (len + 16 units), and a guard after it that must stay untouched.
constexpr size_t kGuard = 32;
constexpr char16_t kGuardUnit = 0xFFFF;

Decoded decode(const QByteArray& bytes, Utf8Path path)
{
    // The input is copied to a buffer of its exact size, so that reading past it is caught by
    // the address sanitizer.
    const std::vector<uchar> in(bytes.begin(), bytes.end());
    std::vector<char16_t> out(in.size() + 16 + kGuard, kGuardUnit);
    Decoded d;
    size_t produced = 0;
    d.taken = decodeUtf8(in.data(), in.size(), out.data(), produced, d.hints, path);
    d.units.assign(out.data(), produced);
    for (size_t k = in.size() + 16; k < out.size(); ++k) {
        if (out[k] != kGuardUnit) {
            d.taken = size_t(-1); // wrote past its room: no path may agree with that
            break;
        }
    }
    return d;
}

// Pieces of text: mostly what Korean and English documents hold (the first kCleanPieces), and
// every kind of sequence the decoder must leave to QStringDecoder.
constexpr int kCleanPieces = 29;
const char* const kPieces[] = {
    "a",
    " ",
    ".",
    "Hello ",
    "The quick brown fox jumps over ",
    "한국어 문장과 English words가 섞인 ",
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
    // The edges of the ranges the hints and checks look at.
    "\xEA\xAF\xBF" /* U+ABFF */,
    "\xED\x9F\xBF" /* U+D7FF */,
    "\xEE\x80\x80" /* U+E000 */,
    "\xEF\xB7\xBF" /* U+FDFF */,
    "\xEF\xB8\x80" /* U+FE00 */,
    "\xC2\x9F" /* U+009F */,
    "\x7F",
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
    "\xE0\xA0\x80" /* U+0800 */,
};

QByteArray randomText(QRandomGenerator& rng, int pieces, bool clean)
{
    QByteArray text;
    const int count = int(sizeof kPieces / sizeof kPieces[0]);
    for (int k = 0; k < pieces; ++k) {
        // Mostly the first, well-formed pieces; the malformed ones now and then.
        const int pick =
            clean || rng.bounded(8) != 0 ? int(rng.bounded(kCleanPieces)) : int(rng.bounded(count));
        text += kPieces[pick];
    }
    return text;
}

} // namespace

class TestUtf8Decoder : public QObject
{
    Q_OBJECT

private:
    // All paths agree; the bytes taken are well-formed and decode as QStringDecoder decodes
    // them; what is left starts with a byte that is malformed or cut; the hints are textHints().
    void check(const QByteArray& bytes)
    {
        const Decoded fast = decode(bytes, Utf8Path::Scalar);
        for (const Utf8Path path : kPaths) {
            if (!utf8PathSupported(path))
                continue;
            const Decoded other = decode(bytes, path);
            QCOMPARE(other.taken, fast.taken);
            QVERIFY(other.units == fast.units);
            QCOMPARE(other.hints, fast.hints);
        }
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
            const Decoded d = decode(text, Utf8Path::Best);
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

    void longTextsCutEverywhere()
    {
        // Long enough for several 64-byte blocks of the AVX2 path: every prefix, so that a
        // sequence is cut at every block and lane boundary.
        QRandomGenerator rng(29);
        for (int round = 0; round < 40; ++round) {
            const QByteArray text = randomText(rng, 40 + int(rng.bounded(80)), round % 2 == 0);
            for (qsizetype cut = 0; cut <= text.size(); ++cut)
                check(text.left(cut));
        }
    }

    void koreanBlocks()
    {
        // Long runs of syllables and single spaces (OCR text), and the same with English words,
        // with each of these at each offset of the sixteen-byte and 64-byte blocks.
        const char* const inserts[] = {
            "\xED\xA0\x80",     // a surrogate
            "\xE0\x9F\xBF",     // overlong
            "\x80",             // a stray continuation byte
            "\xFF",             // never in UTF-8
            "\xC3 ",            // a two-byte lead without its continuation byte
            "\xF0\x9F a",       // a four-byte lead cut short, then ASCII
            "\xEA a",           // a three-byte lead cut short, then ASCII
            "\xEA\xB0 ",        // the same with one continuation byte
            "\xC3\xA9",         // a two-byte sequence: another kind, but well-formed
            "\xF0\x9F\x98\x80", // a four-byte sequence (surrogates in UTF-16)
            "\xEF\xBC\x91",     // a fullwidth digit: a three-byte sequence normChar folds
            "\xEF\xB8\x80",     // U+FE00, the first that folds above the Hangul syllables
            "\xEA\xAF\xBF",     // U+ABFF, the last that folds below them
        };
        for (const char* const words : {"", "Name "}) {
            QByteArray text;
            for (int k = 0; k < 60; ++k)
                text += k % 3 == 2 ? QByteArray("가 ") + words : QByteArray("나다");
            check(text);
            for (qsizetype at = 0; at < 140; ++at) {
                for (const char* const insert : inserts) {
                    QByteArray changed = text;
                    changed.insert(at, insert);
                    check(changed);
                }
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestUtf8Decoder)
#include "TestUtf8Decoder.moc"
