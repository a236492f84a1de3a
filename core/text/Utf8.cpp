#include "text/Utf8.h"

#include <QString>
#include <cstring>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define QUARRY_UTF8_SSSE3 1
#endif

namespace quarry::utf8 {

namespace {

bool isValidScalar(const uchar* s, qsizetype n)
{
    for (qsizetype i = 0; i < n;) {
        if (s[i] < 0x80) {
            ++i;
            continue;
        }
        int skip = 0;
        const int len = sequence(s + i, n - i, skip);
        if (len == 0)
            return false;
        i += len;
    }
    return true;
}

#ifdef QUARRY_UTF8_SSSE3
struct Ssse3Tables
{
    __m128i byte1High, byte1Low, byte2High;
};

// The error bits of the sixteen bytes `in` that follow `prev`.
__attribute__((target("ssse3"))) inline __m128i ssse3Errors(__m128i in, __m128i prev, const Ssse3Tables& t)
{
    const __m128i nibble = _mm_set1_epi8(0x0f);
    const __m128i prev1 = _mm_alignr_epi8(in, prev, 15);
    const __m128i special = _mm_and_si128(
        _mm_and_si128(_mm_shuffle_epi8(t.byte1High, _mm_and_si128(_mm_srli_epi16(prev1, 4), nibble)),
                      _mm_shuffle_epi8(t.byte1Low, _mm_and_si128(prev1, nibble))),
        _mm_shuffle_epi8(t.byte2High, _mm_and_si128(_mm_srli_epi16(in, 4), nibble)));
    // Bytes that must be the second or third continuation of a three- or four-byte lead.
    const __m128i must23 =
        _mm_or_si128(_mm_subs_epu8(_mm_alignr_epi8(in, prev, 14), _mm_set1_epi8(char(0xe0 - 0x80))),
                     _mm_subs_epu8(_mm_alignr_epi8(in, prev, 13), _mm_set1_epi8(char(0xf0 - 0x80))));
    return _mm_xor_si128(_mm_and_si128(must23, _mm_set1_epi8(char(0x80))), special);
}

// Keiser and Lemire's check ("Validating UTF-8 in less than one instruction per byte", 2021): three
// table look-ups on the high and low nibbles of each byte and the one before it flag every
// ill-formed two-byte combination; the continuation bytes owed to three- and four-byte leads are
// checked against what the look-ups found. Sixteen bytes per step.
__attribute__((target("ssse3"))) bool isValidSsse3(const uchar* s, qsizetype n)
{
    constexpr char kTooShort = 1 << 0, kTooLong = 1 << 1, kOverlong3 = 1 << 2, kTooLarge = 1 << 3,
                   kSurrogate = 1 << 4, kOverlong2 = 1 << 5, kTooLarge1000 = 1 << 6, kOverlong4 = 1 << 6;
    constexpr char kTwoConts = char(1 << 7);
    constexpr char kCarry = kTooShort | kTooLong | kTwoConts;
    Ssse3Tables t;
    t.byte1High = _mm_setr_epi8(kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong,
                                kTooLong, kTwoConts, kTwoConts, kTwoConts, kTwoConts, kTooShort | kOverlong2,
                                kTooShort, kTooShort | kOverlong3 | kSurrogate,
                                kTooShort | kTooLarge | kTooLarge1000 | kOverlong4);
    t.byte1Low =
        _mm_setr_epi8(kCarry | kOverlong3 | kOverlong2 | kOverlong4, kCarry | kOverlong2, kCarry, kCarry,
                      kCarry | kTooLarge, kCarry | kTooLarge | kTooLarge1000,
                      kCarry | kTooLarge | kTooLarge1000, kCarry | kTooLarge | kTooLarge1000,
                      kCarry | kTooLarge | kTooLarge1000, kCarry | kTooLarge | kTooLarge1000,
                      kCarry | kTooLarge | kTooLarge1000, kCarry | kTooLarge | kTooLarge1000,
                      kCarry | kTooLarge | kTooLarge1000, kCarry | kTooLarge | kTooLarge1000 | kSurrogate,
                      kCarry | kTooLarge | kTooLarge1000, kCarry | kTooLarge | kTooLarge1000);
    t.byte2High =
        _mm_setr_epi8(kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort,
                      kTooLong | kOverlong2 | kTwoConts | kOverlong3 | kTooLarge1000 | kOverlong4,
                      kTooLong | kOverlong2 | kTwoConts | kOverlong3 | kTooLarge,
                      kTooLong | kOverlong2 | kTwoConts | kSurrogate | kTooLarge,
                      kTooLong | kOverlong2 | kTwoConts | kSurrogate | kTooLarge, kTooShort, kTooShort,
                      kTooShort, kTooShort);
    __m128i prev = _mm_setzero_si128(), error = _mm_setzero_si128();
    qsizetype i = 0;
    for (; i + 16 <= n; i += 16) {
        const __m128i in = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
        // All ASCII after a block that was all ASCII too: nothing can be wrong here.
        if (_mm_movemask_epi8(_mm_or_si128(in, prev)) != 0)
            error = _mm_or_si128(error, ssse3Errors(in, prev, t));
        prev = in;
    }
    // The rest padded with zeros, then a block of zeros: a sequence cut short at the end is
    // followed by a byte that is not a continuation.
    alignas(16) uchar tail[16] = {};
    if (n > i)
        std::memcpy(tail, s + i, std::size_t(n - i));
    const __m128i last = _mm_load_si128(reinterpret_cast<const __m128i*>(tail));
    error = _mm_or_si128(error, ssse3Errors(last, prev, t));
    error = _mm_or_si128(error, ssse3Errors(_mm_setzero_si128(), last, t));
    return _mm_movemask_epi8(_mm_cmpeq_epi8(error, _mm_setzero_si128())) == 0xffff;
}

bool haveSsse3()
{
    static const bool has = __builtin_cpu_supports("ssse3");
    return has;
}
#endif

} // namespace

bool isValid(QByteArrayView text)
{
    const auto* s = reinterpret_cast<const uchar*>(text.data());
#ifdef QUARRY_UTF8_SSSE3
    if (haveSsse3())
        return isValidSsse3(s, text.size());
#endif
    return isValidScalar(s, text.size());
}

bool isValidReference(QByteArrayView text)
{
    return isValidScalar(reinterpret_cast<const uchar*>(text.data()), text.size());
}

QByteArray toValid(QByteArrayView text)
{
    // Rare (a damaged project file), so QString's replacement rules, byte for byte.
    return isValid(text) ? text.toByteArray() : QString::fromUtf8(text).toUtf8();
}

} // namespace quarry::utf8
