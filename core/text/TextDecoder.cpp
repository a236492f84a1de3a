#include "text/TextDecoder.h"

#include "text/Utf8.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QtEndian>

#include <uchardet/uchardet.h>

#include <cerrno>
#include <iconv.h>
#include <memory>
#include <vector>

namespace quarry {

namespace {

constexpr char16_t kReplacement = 0xFFFD;
// Detection looks at this much; decoding always covers everything. uchardet and the CP949 check
// are linear, but a multi-megabyte log does not need more evidence than this.
constexpr qsizetype kDetectBytes = 256 * 1024;

// ---- UTF-8 ------------------------------------------------------------------------------------

struct Utf8Scan
{
    int invalid = 0;        // invalid sequences (maximal subparts, as Unicode recommends)
    int multibyte = 0;      // valid sequences of 2-4 bytes
    bool truncatedEnd = false; // the last sequence is a valid prefix cut off by the end
};

// One pass over UTF-8: validates strictly (no overlongs, surrogates or values above U+10FFFF) and,
// when `out` is given, decodes with U+FFFD for each maximal invalid subpart.
Utf8Scan scanUtf8(const unsigned char* p, qsizetype n, QString* out)
{
    Utf8Scan scan;
    char16_t* dst = nullptr;
    if (out) {
        out->resize(n); // never more UTF-16 units than bytes
        dst = reinterpret_cast<char16_t*>(out->data());
    }
    qsizetype i = 0;
    while (i < n) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            if (dst)
                *dst++ = b;
            ++i;
            continue;
        }
        int skip = 0;
        const int len = utf8::sequence(p + i, n - i, skip);
        if (len == 0) {
            // A valid lead whose continuation bytes run into the end: cut off, not wrong.
            if (b >= 0xC2 && b <= 0xF4 && i + skip >= n)
                scan.truncatedEnd = true;
            ++scan.invalid;
            if (dst)
                *dst++ = kReplacement;
            i += skip; // the maximal subpart is replaced once
            continue;
        }
        const char32_t cp = utf8::decode(p + i, len);
        const qsizetype j = i + len;
        ++scan.multibyte;
        if (dst) {
            if (cp >= 0x10000) {
                *dst++ = char16_t(0xD800 + ((cp - 0x10000) >> 10));
                *dst++ = char16_t(0xDC00 + ((cp - 0x10000) & 0x3FF));
            } else {
                *dst++ = char16_t(cp);
            }
        }
        i = j;
    }
    if (out)
        out->resize(dst - reinterpret_cast<char16_t*>(out->data()));
    return scan;
}

// ---- UTF-16 / UTF-32 --------------------------------------------------------------------------

QString decodeUtf16(const unsigned char* p, qsizetype n, bool bigEndian, int& invalid)
{
    QString text;
    text.resize(n / 2 + (n % 2));
    char16_t* dst = reinterpret_cast<char16_t*>(text.data());
    const qsizetype units = n / 2;
    auto unitAt = [&](qsizetype k) -> char16_t {
        return bigEndian ? char16_t((p[2 * k] << 8) | p[2 * k + 1]) : char16_t(p[2 * k] | (p[2 * k + 1] << 8));
    };
    for (qsizetype k = 0; k < units; ++k) {
        const char16_t u = unitAt(k);
        if (u >= 0xD800 && u <= 0xDBFF) {
            if (k + 1 < units) {
                const char16_t v = unitAt(k + 1);
                if (v >= 0xDC00 && v <= 0xDFFF) {
                    *dst++ = u;
                    *dst++ = v;
                    ++k;
                    continue;
                }
            }
            ++invalid;
            *dst++ = kReplacement;
        } else if (u >= 0xDC00 && u <= 0xDFFF) {
            ++invalid;
            *dst++ = kReplacement;
        } else {
            *dst++ = u;
        }
    }
    if (n % 2) {
        ++invalid;
        *dst++ = kReplacement;
    }
    text.resize(dst - reinterpret_cast<char16_t*>(text.data()));
    return text;
}

QString decodeUtf32(const unsigned char* p, qsizetype n, bool bigEndian, int& invalid)
{
    QString text;
    text.reserve(n / 4 + 1);
    const qsizetype units = n / 4;
    for (qsizetype k = 0; k < units; ++k) {
        const unsigned char* q = p + 4 * k;
        const char32_t cp = bigEndian ? (char32_t(q[0]) << 24) | (q[1] << 16) | (q[2] << 8) | q[3]
                                      : (char32_t(q[3]) << 24) | (q[2] << 16) | (q[1] << 8) | q[0];
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            ++invalid;
            text.append(QChar(kReplacement));
        } else if (cp >= 0x10000) {
            text.append(QChar(char16_t(0xD800 + ((cp - 0x10000) >> 10))));
            text.append(QChar(char16_t(0xDC00 + ((cp - 0x10000) & 0x3FF))));
        } else {
            text.append(QChar(char16_t(cp)));
        }
    }
    if (n % 4) {
        ++invalid;
        text.append(QChar(kReplacement));
    }
    return text;
}

// ---- Windows-1252 ------------------------------------------------------------------------------

// 0x80-0x9F of Windows-1252; the five undefined bytes map to the C1 controls, as browsers do, so
// that no byte is lost.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QString decodeCp1252(const unsigned char* p, qsizetype n)
{
    QString text;
    text.resize(n);
    char16_t* dst = reinterpret_cast<char16_t*>(text.data());
    for (qsizetype i = 0; i < n; ++i)
        dst[i] = (p[i] >= 0x80 && p[i] <= 0x9F) ? kCp1252High[p[i] - 0x80] : char16_t(p[i]);
    return text;
}

// ---- iconv ------------------------------------------------------------------------------------

struct IconvResult
{
    bool opened = false;
    QString text;
    int invalid = 0;
    bool truncatedEnd = false;
};

struct IconvCloser
{
    void operator()(void* cd) const { iconv_close(static_cast<iconv_t>(cd)); }
};

// Converts with glibc's iconv to host-order UTF-16. An invalid byte becomes U+FFFD and decoding
// resumes at the next byte; an incomplete sequence at the end becomes one U+FFFD.
IconvResult decodeIconv(const char* data, qsizetype n, const QByteArray& fromCode, bool stopAtFirstError = false)
{
    IconvResult result;
    const char* toCode = QSysInfo::ByteOrder == QSysInfo::LittleEndian ? "UTF-16LE" : "UTF-16BE";
    iconv_t raw = iconv_open(toCode, fromCode.constData());
    if (raw == reinterpret_cast<iconv_t>(-1))
        return result;
    std::unique_ptr<void, IconvCloser> cd(raw);
    result.opened = true;

    // One output unit per input byte is enough for every single- and double-byte encoding; the
    // E2BIG path grows the buffer for the rest.
    std::vector<char16_t> out(size_t(n) + 16);
    char* in = const_cast<char*>(data);
    size_t inLeft = size_t(n);
    size_t used = 0; // bytes written
    auto outPtr = [&]() { return reinterpret_cast<char*>(out.data()) + used; };
    auto ensure = [&](size_t bytes) {
        if (out.size() * 2 - used < bytes)
            out.resize(out.size() * 2 + bytes);
    };
    auto putReplacement = [&]() {
        ensure(2);
        out[used / 2] = kReplacement;
        used += 2;
    };
    while (inLeft > 0) {
        char* op = outPtr();
        size_t outLeft = out.size() * 2 - used;
        const size_t r = iconv(raw, &in, &inLeft, &op, &outLeft);
        used = size_t(op - reinterpret_cast<char*>(out.data()));
        if (r != size_t(-1))
            break;
        if (errno == E2BIG) {
            out.resize(out.size() * 2 + 64);
        } else if (errno == EILSEQ) {
            ++result.invalid;
            if (stopAtFirstError)
                return result;
            putReplacement();
            ++in;
            --inLeft;
            iconv(raw, nullptr, nullptr, nullptr, nullptr); // reset shift state after a bad byte
        } else if (errno == EINVAL) {
            ++result.invalid;
            result.truncatedEnd = true;
            putReplacement();
            inLeft = 0;
        } else {
            ++result.invalid;
            putReplacement();
            break;
        }
    }
    for (;;) { // flush the shift state of stateful encodings (ISO-2022-*)
        ensure(16);
        char* op = outPtr();
        size_t outLeft = out.size() * 2 - used;
        const size_t r = iconv(raw, nullptr, nullptr, &op, &outLeft);
        used = size_t(op - reinterpret_cast<char*>(out.data()));
        if (r != size_t(-1) || errno != E2BIG)
            break;
        out.resize(out.size() * 2);
    }
    result.text = QString(reinterpret_cast<const QChar*>(out.data()), qsizetype(used / 2));
    return result;
}

// ---- detection --------------------------------------------------------------------------------

struct Detection
{
    QString encoding;
    int bomLength = 0;
    QStringList notes; // why a fallback was taken, as warnings
};

int bomLength(const QByteArray& b, QString* encoding)
{
    const auto* p = reinterpret_cast<const unsigned char*>(b.constData());
    const qsizetype n = b.size();
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
        *encoding = QStringLiteral("UTF-8");
        return 3;
    }
    if (n >= 4 && p[0] == 0xFF && p[1] == 0xFE && p[2] == 0 && p[3] == 0) {
        *encoding = QStringLiteral("UTF-32LE");
        return 4;
    }
    if (n >= 4 && p[0] == 0 && p[1] == 0 && p[2] == 0xFE && p[3] == 0xFF) {
        *encoding = QStringLiteral("UTF-32BE");
        return 4;
    }
    if (n >= 2 && p[0] == 0xFF && p[1] == 0xFE) {
        *encoding = QStringLiteral("UTF-16LE");
        return 2;
    }
    if (n >= 2 && p[0] == 0xFE && p[1] == 0xFF) {
        *encoding = QStringLiteral("UTF-16BE");
        return 2;
    }
    return 0;
}

// UTF-16/32 without a BOM: text in the Latin or Hangul ranges has a zero byte in most code units
// of ASCII characters (spaces, newlines, digits), always at the same parity.
QString wideByNulPattern(const unsigned char* p, qsizetype n)
{
    if (n < 4)
        return {};
    qsizetype zeros[4] = {0, 0, 0, 0};
    for (qsizetype i = 0; i < n; ++i)
        if (p[i] == 0)
            ++zeros[i % 4];
    const qsizetype total = zeros[0] + zeros[1] + zeros[2] + zeros[3];
    if (total == 0)
        return {};
    const qsizetype quads = n / 4;
    // UTF-32: two of every four bytes are zero for any BMP character.
    if (quads >= 1 && n % 4 == 0) {
        if (zeros[2] * 100 >= quads * 95 && zeros[3] * 100 >= quads * 95)
            return QStringLiteral("UTF-32LE");
        if (zeros[0] * 100 >= quads * 95 && zeros[1] * 100 >= quads * 95)
            return QStringLiteral("UTF-32BE");
    }
    const qsizetype even = zeros[0] + zeros[2];
    const qsizetype odd = zeros[1] + zeros[3];
    const qsizetype units = n / 2;
    // At least one unit in 16 is ASCII (a space or newline in any real text), and the other parity
    // is almost free of zeros (Hangul syllables such as U+C900 have a zero low byte: one in 256).
    const qsizetype minimum = std::max<qsizetype>(1, units / 16);
    if (odd >= minimum && even * 4 <= odd)
        return QStringLiteral("UTF-16LE");
    if (even >= minimum && odd * 4 <= even)
        return QStringLiteral("UTF-16BE");
    return {};
}

struct HangulCheck
{
    bool valid = false;   // decodes as CP949 without errors (an incomplete last character allowed)
    int korean = 0;       // KS X 1001 Hangul syllables and jamo (both bytes 0xA1 or above)
    int otherLetters = 0; // Hanja, and UHC-extension syllables
};

// Counts at the byte level. Korean text is made almost entirely of the 2,350 KS X 1001 syllables;
// the UHC extension syllables have an ASCII letter as trail byte, which is exactly what
// Windows-1252 text produces by chance ("it’s" is 0x92 0x73), so they do not count as evidence.
HangulCheck checkCp949(const char* data, qsizetype n)
{
    HangulCheck check;
    const IconvResult r = decodeIconv(data, n, QByteArrayLiteral("CP949"), true);
    if (!r.opened || r.invalid > (r.truncatedEnd ? 1 : 0))
        return check;
    check.valid = true;
    const auto* p = reinterpret_cast<const unsigned char*>(data);
    for (qsizetype i = 0; i + 1 < n; ++i) {
        const unsigned char lead = p[i];
        if (lead < 0x81)
            continue;
        const unsigned char trail = p[i + 1];
        ++i;
        if (trail >= 0xA1 && ((lead >= 0xB0 && lead <= 0xC8) || lead == 0xA4))
            ++check.korean;
        else if (trail < 0xA1 || (lead >= 0xCA && lead <= 0xFD))
            ++check.otherLetters;
        // rows 0xA1-0xAC other than jamo: symbols and punctuation, neutral
    }
    return check;
}

QString uchardetGuess(const char* data, qsizetype n)
{
    uchardet_t ud = uchardet_new();
    if (!ud)
        return {};
    uchardet_handle_data(ud, data, size_t(n));
    uchardet_data_end(ud);
    const char* charset = uchardet_get_charset(ud);
    QString name = charset ? QString::fromLatin1(charset).toUpper() : QString();
    uchardet_delete(ud);
    return name;
}

bool hasC1Bytes(const unsigned char* p, qsizetype n)
{
    for (qsizetype i = 0; i < n; ++i)
        if (p[i] >= 0x80 && p[i] <= 0x9F)
            return true;
    return false;
}

Detection detect(const QByteArray& bytes)
{
    Detection d;
    if (bytes.isEmpty()) {
        d.encoding = QStringLiteral("UTF-8");
        return d;
    }
    d.bomLength = bomLength(bytes, &d.encoding);
    if (d.bomLength > 0)
        return d;

    const qsizetype n = std::min(bytes.size(), kDetectBytes);
    const bool cut = n < bytes.size(); // the sample may end inside a character
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());

    // Before UTF-8: ASCII in UTF-16 ("A\0B\0") is also valid UTF-8.
    d.encoding = wideByNulPattern(p, n);
    if (!d.encoding.isEmpty())
        return d;

    const Utf8Scan utf8 = scanUtf8(p, n, nullptr);
    const bool onlyCutShort = utf8.invalid == 1 && utf8.truncatedEnd;
    if (utf8.invalid == 0 || (cut && onlyCutShort) || (onlyCutShort && utf8.multibyte > 0)
        || (utf8.multibyte >= 8 * utf8.invalid)) {
        // Strict UTF-8, or UTF-8 with a few damaged bytes: legacy multi-byte text produces
        // invalid sequences far more often than valid ones.
        d.encoding = QStringLiteral("UTF-8");
        return d;
    }

    const QString guess = uchardetGuess(bytes.constData(), n);
    const bool guessKorean = guess == QLatin1String("UHC") || guess == QLatin1String("EUC-KR")
                             || guess == QLatin1String("CP949") || guess == QLatin1String("ISO-2022-KR");
    if (guess == QLatin1String("ISO-2022-KR")) {
        d.encoding = guess;
        return d;
    }
    // uchardet misreads short Korean texts (as Latin or Cyrillic single-byte encodings, or as
    // Chinese), so check directly whether the bytes are CP949 made mostly of Hangul syllables.
    const HangulCheck korean = checkCp949(bytes.constData(), n);
    if (guessKorean && korean.valid) {
        d.encoding = QStringLiteral("CP949");
        return d;
    }
    const bool guessOtherCjk = guess.startsWith(QLatin1String("GB")) || guess.startsWith(QLatin1String("BIG5"))
                               || guess.contains(QLatin1String("JIS")) || guess.startsWith(QLatin1String("EUC"));
    // Latin-1 text reads as valid CP949 only by chance and then mostly as Hanja (lowercase accented
    // letters are Hanja lead bytes), so a Korean majority among the letters is strong evidence even
    // for one syllable; against uchardet's claim of Chinese or Japanese, ask for more.
    const int percent = guessOtherCjk ? 95 : 60;
    if (korean.valid && korean.korean >= 1
        && korean.korean * 100 >= (korean.korean + korean.otherLetters) * percent) {
        d.encoding = QStringLiteral("CP949");
        return d;
    }
    if (guessKorean) { // damaged Korean text: still the best reading
        d.encoding = QStringLiteral("CP949");
        return d;
    }
    // uchardet names classic Mac code pages for short Windows-1252 texts with curly quotes
    // ("It’s" as "Itís"); documents in Mac encodings are practically extinct.
    if (guess.startsWith(QLatin1String("MAC-")) || guess == QLatin1String("MACINTOSH")) {
        d.encoding = QStringLiteral("WINDOWS-1252");
        return d;
    }
    if (guess == QLatin1String("ISO-8859-1") || guess == QLatin1String("WINDOWS-1252")
        || guess == QLatin1String("ASCII") || guess.isEmpty()) {
        // Browsers read "ISO-8859-1" as Windows-1252 too: the 0x80-0x9F bytes are curly quotes
        // and dashes far more often than C1 controls.
        d.encoding = hasC1Bytes(p, n) || guess != QLatin1String("ISO-8859-1") ? QStringLiteral("WINDOWS-1252")
                                                                              : QStringLiteral("ISO-8859-1");
        if (guess.isEmpty())
            d.notes << TextDecoder::tr(
                "the encoding could not be detected; the text was read as Windows-1252");
        return d;
    }
    d.encoding = guess;
    return d;
}

QString canonicalName(const QString& name)
{
    QString n = name.trimmed().toUpper();
    n.replace(QLatin1Char('_'), QLatin1Char('-'));
    if (n == QLatin1String("UTF8"))
        return QStringLiteral("UTF-8");
    if (n == QLatin1String("UTF-16") || n == QLatin1String("UCS-2") || n == QLatin1String("UTF16"))
        return QStringLiteral("UTF-16");
    if (n == QLatin1String("UTF-32") || n == QLatin1String("UCS-4"))
        return QStringLiteral("UTF-32");
    if (n == QLatin1String("EUC-KR") || n == QLatin1String("UHC") || n == QLatin1String("MS949")
        || n == QLatin1String("KS-C-5601-1987") || n == QLatin1String("X-WINDOWS-949")
        || n == QLatin1String("WINDOWS-949") || n == QLatin1String("KSC5601") || n == QLatin1String("CP949"))
        return QStringLiteral("CP949");
    if (n == QLatin1String("CP1252") || n == QLatin1String("WINDOWS-1252") || n == QLatin1String("ASCII")
        || n == QLatin1String("US-ASCII"))
        return QStringLiteral("WINDOWS-1252");
    if (n == QLatin1String("LATIN1") || n == QLatin1String("ISO8859-1") || n == QLatin1String("ISO-8859-1")
        || n == QLatin1String("L1"))
        return QStringLiteral("ISO-8859-1");
    return n;
}

DecodedText decodeWith(const QByteArray& bytes, const QString& encoding, int skip)
{
    DecodedText out;
    out.encoding = encoding;
    out.hadBom = skip > 0;
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData()) + skip;
    const qsizetype n = bytes.size() - skip;
    int invalid = 0;
    if (encoding == QLatin1String("UTF-8")) {
        const Utf8Scan scan = scanUtf8(p, n, &out.text);
        invalid = scan.invalid;
    } else if (encoding == QLatin1String("UTF-16LE") || encoding == QLatin1String("UTF-16BE")) {
        out.text = decodeUtf16(p, n, encoding.endsWith(QLatin1String("BE")), invalid);
    } else if (encoding == QLatin1String("UTF-32LE") || encoding == QLatin1String("UTF-32BE")) {
        out.text = decodeUtf32(p, n, encoding.endsWith(QLatin1String("BE")), invalid);
    } else if (encoding == QLatin1String("ISO-8859-1")) {
        out.text = QString::fromLatin1(reinterpret_cast<const char*>(p), n);
    } else if (encoding == QLatin1String("WINDOWS-1252")) {
        out.text = decodeCp1252(p, n);
    } else {
        IconvResult r = decodeIconv(reinterpret_cast<const char*>(p), n, encoding.toLatin1());
        if (!r.opened)
            throw Error(TextDecoder::tr("%1: unknown text encoding").arg(encoding), Error::Kind::BadInput);
        out.text = std::move(r.text);
        invalid = r.invalid;
    }
    out.invalidSequences = invalid;
    if (invalid > 0)
        out.warnings << TextDecoder::tr("%n invalid byte sequence(s) in %1 text replaced with U+FFFD",
                                        nullptr, invalid)
                            .arg(encoding);
    return out;
}

} // namespace

DecodedText TextDecoder::decode(const QByteArray& bytes)
{
    Detection d = detect(bytes);
    DecodedText out;
    try {
        out = decodeWith(bytes, d.encoding, d.bomLength);
    } catch (const Error&) {
        // uchardet named an encoding iconv lacks: Windows-1252 keeps every byte visible.
        out = decodeWith(bytes, QStringLiteral("WINDOWS-1252"), 0);
        out.warnings << TextDecoder::tr(
                            "the detected encoding %1 is not supported; the text was read as Windows-1252")
                            .arg(d.encoding);
    }
    out.warnings = d.notes + out.warnings;
    return out;
}

DecodedText TextDecoder::decodeAs(const QByteArray& bytes, const QString& encoding)
{
    QString name = canonicalName(encoding);
    QString bomEncoding;
    const int bom = bomLength(bytes, &bomEncoding);
    if (name == QLatin1String("UTF-16") || name == QLatin1String("UTF-32")) {
        // The generic names leave the byte order to the BOM; without one, little-endian.
        if (bom > 0 && bomEncoding.startsWith(name))
            return decodeWith(bytes, bomEncoding, bom);
        name += QLatin1String("LE");
    }
    return decodeWith(bytes, name, bom > 0 && bomEncoding == name ? bom : 0);
}

QString TextDecoder::detectEncoding(const QByteArray& bytes)
{
    return detect(bytes).encoding;
}

bool TextDecoder::looksLikeText(const QByteArray& head)
{
    if (head.isEmpty())
        return false;
    QString encoding;
    if (bomLength(head, &encoding) > 0)
        return true;
    const auto* p = reinterpret_cast<const unsigned char*>(head.constData());
    const qsizetype n = head.size();
    const QString wide = wideByNulPattern(p, n);
    if (!wide.isEmpty()) {
        // UTF-16 text also has no stray controls; binary files with zero padding fail this.
        int invalid = 0;
        const bool bigEndian = wide.endsWith(QLatin1String("BE"));
        const QString text = wide.startsWith(QLatin1String("UTF-32")) ? decodeUtf32(p, n - n % 4, bigEndian, invalid)
                                                                      : decodeUtf16(p, n - n % 2, bigEndian, invalid);
        qsizetype controls = 0;
        for (const QChar c : text)
            if (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\r') && c != QLatin1Char('\t')
                && c != QLatin1Char('\f'))
                ++controls;
        // One invalid unit is a surrogate pair cut off by the end of the head, in a long enough one.
        return (invalid == 0 || (invalid == 1 && text.size() >= 64)) && controls * 100 <= text.size();
    }
    qsizetype controls = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char b = p[i];
        if (b == 0)
            return false;
        // Tab, line feed, vertical tab, form feed, carriage return and escape (coloured logs).
        if (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0B && b != 0x0C && b != 0x0D && b != 0x1B)
            ++controls;
    }
    return controls * 200 <= n;
}

} // namespace quarry
