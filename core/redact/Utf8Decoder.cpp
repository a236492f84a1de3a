#include "redact/Utf8Decoder.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

#if defined(__SSE2__)
#include <immintrin.h>
#endif

namespace quarry {

unsigned textHints(const char16_t* p, qsizetype n)
{
    unsigned fold = 0, surrogates = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = p[i];
        fold |= unsigned(c >= 0xA0) & (unsigned(c < 0xAC00) | unsigned(c >= 0xFE00));
        surrogates |= unsigned((c & 0xF800) == 0xD800);
    }
    return (fold ? unsigned(HintMayFold) : 0u) | (surrogates ? unsigned(HintSurrogates) : 0u);
}

#if defined(__SSE2__)
namespace {

// The SSSE3 block decoder: sixteen bytes of ASCII and three-byte sequences (Korean text between
// its spaces and punctuation) to up to eight UTF-16 units with two byte shuffles. The shuffles
// depend on where the characters of the first twelve bytes end: one table entry for each of the
// 4096 patterns that are ASCII and three-byte sequences only (index 0: any other pattern).
struct Block3Entry
{
    alignas(16) quint8 low[16];  // per unit: the last byte (or the ASCII byte), the middle byte
    alignas(16) quint8 lead[16]; // per unit: the lead byte of a three-byte sequence
    quint16 ascii;               // positions of ASCII bytes among the bytes taken
    quint16 lead3;               // positions of three-byte leads among them
    quint8 bytes;                // bytes taken
    quint8 units;                // units produced (at most eight)
};

struct Block3Table
{
    std::array<quint16, 4096> index{};
    std::vector<Block3Entry> entries;

    Block3Table()
    {
        entries.push_back({}); // index 0: not for this decoder
        for (unsigned ends = 0; ends < 4096; ++ends) {
            Block3Entry e{};
            std::memset(e.low, 0x80, sizeof e.low); // 0x80: pshufb writes zero
            std::memset(e.lead, 0x80, sizeof e.lead);
            unsigned pos = 0;
            while (e.units < 8) {
                unsigned last = pos;
                while (last < 12 && !(ends & (1u << last)))
                    ++last;
                if (last >= 12)
                    break;
                const unsigned length = last - pos + 1;
                const unsigned k = 2 * e.units;
                if (length == 1) {
                    e.low[k] = quint8(pos);
                    e.ascii = quint16(e.ascii | (1u << pos));
                } else if (length == 3) {
                    e.low[k] = quint8(pos + 2);
                    e.low[k + 1] = quint8(pos + 1);
                    e.lead[k] = quint8(pos);
                    e.lead3 = quint16(e.lead3 | (1u << pos));
                } else {
                    break; // two bytes, or no ASCII and three-byte sequence at all
                }
                ++e.units;
                pos = last + 1;
            }
            e.bytes = quint8(pos);
            if (e.units > 0) {
                index[ends] = quint16(entries.size());
                entries.push_back(e);
            }
        }
    }
};

const Block3Table& block3Table()
{
    static const Block3Table t;
    return t;
}

// Decodes sixteen bytes at a time from p[i] while they are ASCII or start with ASCII and
// well-formed three-byte sequences (no overlong form, no surrogate), advancing i and o; stops
// where that is not so or fewer than sixteen bytes are left. `fold` gets what textHints() would
// say of the units produced.
__attribute__((target("ssse3"))) void decodeBlocks3(const uchar* p, size_t len, char16_t* out, size_t& i,
                                                    size_t& o, unsigned& fold)
{
    const Block3Table& t = block3Table();
    const __m128i bias = _mm_set1_epi16(short(0x8000));
    __m128i folds = _mm_setzero_si128();
    while (i + 16 <= len) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
        const unsigned high = unsigned(_mm_movemask_epi8(v));
        if (high == 0) {
            const __m128i zero = _mm_setzero_si128();
            _mm_storeu_si128(reinterpret_cast<__m128i*>(out + o), _mm_unpacklo_epi8(v, zero));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(out + o + 8), _mm_unpackhi_epi8(v, zero));
            i += 16;
            o += 16;
            continue;
        }
        if ((high & 0xFF) == 0) {
            // Eight ASCII bytes or more before the first other one (English text before a
            // Korean word): as many units at once, those past them are overwritten next.
            const __m128i zero = _mm_setzero_si128();
            _mm_storeu_si128(reinterpret_cast<__m128i*>(out + o), _mm_unpacklo_epi8(v, zero));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(out + o + 8), _mm_unpackhi_epi8(v, zero));
            const size_t ascii = size_t(__builtin_ctz(high));
            i += ascii;
            o += ascii;
            continue;
        }
        const unsigned ascii = ~high & 0xFFFF;
        const unsigned cont = unsigned(_mm_movemask_epi8(
            _mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8(char(0xC0))), _mm_set1_epi8(char(0x80)))));
        const unsigned lead3 = unsigned(_mm_movemask_epi8(
            _mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8(char(0xF0))), _mm_set1_epi8(char(0xE0)))));
        // A character ends where the next byte is not a continuation byte.
        const quint16 idx = t.index[(~cont >> 1) & 0xFFF];
        if (idx == 0)
            break;
        const Block3Entry& e = t.entries[idx];
        const unsigned taken = (1u << e.bytes) - 1;
        if ((ascii & taken) != e.ascii || (lead3 & taken) != e.lead3 ||
            (cont & taken) != (taken & ~unsigned(e.ascii | e.lead3)))
            break;
        const __m128i low = _mm_shuffle_epi8(v, _mm_load_si128(reinterpret_cast<const __m128i*>(e.low)));
        const __m128i lead = _mm_shuffle_epi8(v, _mm_load_si128(reinterpret_cast<const __m128i*>(e.lead)));
        // Continuation bytes have bit 6 clear, so 0x7F keeps their six bits as well as an ASCII byte.
        const __m128i cp =
            _mm_or_si128(_mm_or_si128(_mm_and_si128(low, _mm_set1_epi16(0x7F)),
                                      _mm_srli_epi16(_mm_and_si128(low, _mm_set1_epi16(0x3F00)), 2)),
                         _mm_slli_epi16(_mm_and_si128(lead, _mm_set1_epi16(0x0F)), 12));
        const __m128i three = _mm_cmpgt_epi16(lead, _mm_setzero_si128());
        const __m128i b = _mm_xor_si128(cp, bias); // unsigned order in signed compares
        const __m128i overlong = _mm_cmplt_epi16(b, _mm_set1_epi16(short(0x800 - 0x8000)));
        const __m128i surrogate =
            _mm_cmpeq_epi16(_mm_and_si128(cp, _mm_set1_epi16(short(0xF800))), _mm_set1_epi16(short(0xD800)));
        if (_mm_movemask_epi8(_mm_and_si128(three, _mm_or_si128(overlong, surrogate))))
            break;
        // Folding is possible below the Hangul syllables and from U+FE00 (ASCII never folds).
        const __m128i plain = _mm_and_si128(_mm_cmpgt_epi16(b, _mm_set1_epi16(short(0xAC00 - 1 - 0x8000))),
                                            _mm_cmplt_epi16(b, _mm_set1_epi16(short(0xFE00 - 0x8000))));
        folds = _mm_or_si128(folds, _mm_andnot_si128(plain, three));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(out + o), cp);
        i += e.bytes;
        o += e.units;
    }
    fold |= unsigned(_mm_movemask_epi8(folds));
}

// The AVX2 decoder: up to 60 bytes of ASCII and three-byte sequences a step, as five lanes that
// each take what is left of a character boundary at 12, 24, 36, 48 and 60 bytes. The boundaries
// and the checks come from bit masks of the whole block, so the next step's load waits only for
// a few scalar operations instead of a chain of table look-ups; each lane then has its own
// look-up and shuffles.
constexpr unsigned kLanes = 5;
constexpr unsigned kLaneBytes = 14; // a lane starts at most two bytes before a multiple of 12

// Per lane: sixteen bytes broadcast to both halves of a 256-bit register, so one shuffle gives
// up to sixteen units (the lower half units 0-7, the upper half units 8-15).
struct LaneEntry
{
    alignas(32) quint8 low[32];  // per unit: the last byte (or the ASCII byte), the middle byte
    alignas(32) quint8 lead[32]; // per unit: zero, the lead byte of a three-byte sequence
};

// Indexed by where the characters of a lane end (bit k: byte k is the last of one); only the
// patterns of one- and three-byte characters are possible, as the block's masks make sure.
struct LaneTable
{
    std::array<quint16, 1u << kLaneBytes> index{};
    std::vector<LaneEntry> entries;

    LaneTable()
    {
        LaneEntry empty;
        std::memset(empty.low, 0x80, sizeof empty.low); // 0x80: pshufb writes zero
        std::memset(empty.lead, 0x80, sizeof empty.lead);
        entries.push_back(empty); // index 0: no character
        for (unsigned ends = 1; ends < (1u << kLaneBytes); ++ends) {
            LaneEntry e = empty;
            unsigned pos = 0, units = 0;
            bool usable = true;
            for (unsigned last = 0; last < kLaneBytes && usable; ++last) {
                if (!(ends & (1u << last)))
                    continue;
                const unsigned length = last - pos + 1;
                if (length == 1) {
                    e.low[2 * units] = quint8(pos);
                } else if (length == 3) {
                    e.low[2 * units] = quint8(pos + 2);
                    e.low[2 * units + 1] = quint8(pos + 1);
                    e.lead[2 * units + 1] = quint8(pos);
                } else {
                    usable = false;
                }
                ++units;
                pos = last + 1;
            }
            if (usable) {
                index[ends] = quint16(entries.size());
                entries.push_back(e);
            }
        }
    }
};

const LaneTable& laneTable()
{
    static const LaneTable t;
    return t;
}

// One lane: the characters of p[from, to), whose boundaries are the bits of `bounds` (bit k: a
// character starts at p[k]), stored as UTF-16 at `out` (sixteen units written; those past the
// lane's are overwritten next). The table's pattern: the bits past `from`, up to `to`.
__attribute__((target("avx2,bmi,bmi2,popcnt"))) inline void
decodeLane(const quint16* index, const LaneEntry* entries, const uchar* p, quint64 bounds, unsigned from,
           unsigned to, char16_t* out)
{
    const unsigned pattern = unsigned(_bzhi_u64(bounds >> (from + 1), to - from));
    const LaneEntry& e = entries[index[pattern]];
    const __m256i v =
        _mm256_broadcastsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + from)));
    const __m256i low = _mm256_shuffle_epi8(v, _mm256_load_si256(reinterpret_cast<const __m256i*>(e.low)));
    const __m256i lead = _mm256_shuffle_epi8(v, _mm256_load_si256(reinterpret_cast<const __m256i*>(e.lead)));
    // Continuation bytes have bit 6 clear, so 0x7F keeps their six bits as well as an ASCII
    // byte; one multiply-add puts the middle byte's six bits above the last one's. The lead
    // byte sits in the high half of its unit: four bits up leaves its low four at the top.
    const __m256i middleLast =
        _mm256_maddubs_epi16(_mm256_and_si256(low, _mm256_set1_epi16(0x3F7F)), _mm256_set1_epi16(0x4001));
    const __m256i cp = _mm256_or_si256(middleLast, _mm256_slli_epi16(lead, 4));
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(out), cp);
}

// Per byte of a 32-byte block, for the three-byte leads: classes, a bit each, that hold when both
// the table of the lead's low four bits and that of bits 5-2 of the next byte have it (cp >> 8,
// when the next byte is a continuation byte): 1 folds (below U+A000), 2 folds if next < 0xB0
// (U+A000-ABFF), 4 folds if next >= 0xB8 (U+FE00-FFFF), 8 overlong if next < 0xA0 (lead E0),
// 16 surrogate if next >= 0xA0 (lead ED). Zero for Hangul and ASCII, the usual case.
constexpr char kFoldClasses = 1 | 2 | 4, kBadClasses = 8 | 16;

__attribute__((target("avx2"))) inline __m256i leadClasses(__m256i v, __m256i next, __m256i lead3)
{
    const __m256i byLead = _mm256_setr_epi8(9, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 0, 0, 16, 0, 4, //
                                            9, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 0, 0, 16, 0, 4);
    const __m256i byNext = _mm256_setr_epi8(11, 11, 11, 11, 11, 11, 11, 11, 19, 19, 19, 19, 17, 17, 21, 21, //
                                            11, 11, 11, 11, 11, 11, 11, 11, 19, 19, 19, 19, 17, 17, 21, 21);
    const __m256i nibble = _mm256_set1_epi8(0x0F);
    return _mm256_and_si256(
        _mm256_and_si256(_mm256_shuffle_epi8(byLead, _mm256_and_si256(v, nibble)),
                         _mm256_shuffle_epi8(byNext, _mm256_and_si256(_mm256_srli_epi16(next, 2), nibble))),
        lead3);
}

// The bytes of two 32-byte blocks' classes that have one of `classes`, as a 64-bit mask.
__attribute__((target("avx2"))) inline quint64 withClasses(__m256i cls0, __m256i cls1, char classes)
{
    const __m256i these = _mm256_set1_epi8(classes), zero = _mm256_setzero_si256();
    return quint64(unsigned(_mm256_movemask_epi8(_mm256_cmpgt_epi8(_mm256_and_si256(cls0, these), zero)))) |
           (quint64(unsigned(_mm256_movemask_epi8(_mm256_cmpgt_epi8(_mm256_and_si256(cls1, these), zero))))
            << 32);
}

// Decodes up to 60 bytes at a time from p[from] (reading 65) while they are ASCII or well-formed
// three-byte sequences, advancing `from` and `to` (in `out`); stops before a character of
// another kind (or a malformed one), or where fewer than 65 bytes are left. `fold` gets what
// textHints() would say of the units produced.
__attribute__((target("avx2,bmi,bmi2,popcnt"))) void
decodeBlocksAvx2(const uchar* p, size_t len, char16_t* out, size_t& from, size_t& to, unsigned& fold)
{
    // Copies: the stores of units may alias anything, and would have these read again.
    const LaneTable& t = laneTable();
    const quint16* const index = t.index.data();
    const LaneEntry* const entries = t.entries.data();
    size_t i = from, o = to;
    quint64 folds = 0;
    while (i + 65 <= len) {
        const __m256i v0 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + i));
        const __m256i v1 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + i + 32));
        const quint64 high =
            quint64(unsigned(_mm256_movemask_epi8(v0))) | (quint64(unsigned(_mm256_movemask_epi8(v1))) << 32);
        const quint64 asciiRun = high == 0 ? 64 : quint64(__builtin_ctzll(high));
        if (asciiRun >= 16) {
            // English text: sixteen ASCII bytes or more before the first other one; the units
            // past them are overwritten next.
            for (unsigned k = 0; k < 64; k += 16)
                _mm256_storeu_si256(
                    reinterpret_cast<__m256i*>(out + o + k),
                    _mm256_cvtepu8_epi16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + k))));
            i += asciiRun;
            o += asciiRun;
            continue;
        }
        const __m256i c0 = _mm256_set1_epi8(char(0xC0)), c80 = _mm256_set1_epi8(char(0x80));
        const __m256i f0 = _mm256_set1_epi8(char(0xF0)), e0 = _mm256_set1_epi8(char(0xE0));
        const quint64 cont =
            quint64(unsigned(_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_and_si256(v0, c0), c80)))) |
            (quint64(unsigned(_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_and_si256(v1, c0), c80)))) << 32);
        const __m256i lead0 = _mm256_cmpeq_epi8(_mm256_and_si256(v0, f0), e0);
        const __m256i lead1 = _mm256_cmpeq_epi8(_mm256_and_si256(v1, f0), e0);
        const quint64 lead3 = quint64(unsigned(_mm256_movemask_epi8(lead0))) |
                              (quint64(unsigned(_mm256_movemask_epi8(lead1))) << 32);
        const __m256i cls0 =
            leadClasses(v0, _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + i + 1)), lead0);
        const __m256i cls1 =
            leadClasses(v1, _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + i + 33)), lead1);
        const __m256i anyCls = _mm256_or_si256(cls0, cls1);
        const bool plain = _mm256_testz_si256(anyCls, anyCls);
        const quint64 bad = plain ? 0 : withClasses(cls0, cls1, kBadClasses);
        // The first byte that breaks the pattern of ASCII and well-formed three-byte sequences:
        // a continuation byte where none belongs or none where one does, another lead byte, the
        // lead of an overlong form or a surrogate.
        const quint64 wrong = (cont ^ ((lead3 << 1) | (lead3 << 2))) | (high & ~cont & ~lead3) | bad;
        // Character boundaries up to it (all bits when there is none).
        const quint64 bounds = (1 | (~high << 1) | (lead3 << 3)) & (wrong ^ (wrong - 1));
        unsigned at[kLanes + 1];
        at[0] = 0;
        for (unsigned n = 1; n <= kLanes; ++n)
            at[n] = unsigned(63 - __builtin_clzll(_bzhi_u64(bounds, 12 * n + 1))); // bit 0 is always set
        const unsigned taken = at[kLanes];
        if (taken == 0)
            break;
        for (unsigned n = 0; n < kLanes; ++n)
            decodeLane(index, entries, p + i, bounds, at[n], at[n + 1],
                       out + o + size_t(_mm_popcnt_u64(_bzhi_u64(bounds, at[n]))));
        if (!plain)
            folds |= _bzhi_u64(withClasses(cls0, cls1, kFoldClasses), taken);
        i += taken;
        o += size_t(_mm_popcnt_u64(_bzhi_u64(bounds, taken)));
        if (taken < 12 * kLanes - 2)
            break; // stopped before a character of another kind
    }
    from = i;
    to = o;
    fold |= unsigned(folds != 0);
}

} // namespace

constexpr size_t kBlockRetry = 16, kBlockRetryMax = 4096;
#endif

bool utf8PathSupported(Utf8Path path)
{
    switch (path) {
    case Utf8Path::Scalar:
    case Utf8Path::Best:
        return true;
#if defined(__SSE2__)
    case Utf8Path::Sse2:
        return true;
    case Utf8Path::Ssse3:
        return __builtin_cpu_supports("ssse3");
    case Utf8Path::Avx2:
        return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi") &&
               __builtin_cpu_supports("bmi2") && __builtin_cpu_supports("popcnt");
#else
    default:
        return false;
#endif
    }
    return false;
}

size_t decodeUtf8(const uchar* p, size_t len, char16_t* out, size_t& produced, unsigned& hints, Utf8Path path)
{
    static const Utf8Path best = utf8PathSupported(Utf8Path::Avx2)    ? Utf8Path::Avx2
                                 : utf8PathSupported(Utf8Path::Ssse3) ? Utf8Path::Ssse3
                                 : utf8PathSupported(Utf8Path::Sse2)  ? Utf8Path::Sse2
                                                                      : Utf8Path::Scalar;
    if (path == Utf8Path::Best || !utf8PathSupported(path))
        path = best;
    unsigned fold = 0, surrogates = 0;
    size_t i = 0, o = 0;
#if defined(__SSE2__)
    size_t blocksFrom = 0;            // where the block decoders try again
    size_t blocksRetry = kBlockRetry; // how far on, doubled while they keep failing
#endif
    while (i < len) {
#if defined(__SSE2__)
        // Korean and English text: syllables, the spaces and punctuation between them. The
        // AVX2 decoder leaves the last 64 bytes to the SSSE3 one.
        if (i >= blocksFrom && path >= Utf8Path::Ssse3) {
            const size_t blockStart = i;
            if (path == Utf8Path::Avx2 && i + 65 <= len)
                decodeBlocksAvx2(p, len, out, i, o, fold);
            if (i + 16 <= len && (path == Utf8Path::Ssse3 || i + 65 > len))
                decodeBlocks3(p, len, out, i, o, fold);
            if (i >= len)
                break;
            // A character of another kind: the next ones here, one at a time, before a block
            // decoder tries again, or text of two-byte characters (Cyrillic, accented Latin)
            // would pay for a block that fails at each of them.
            blocksRetry = i - blockStart >= 64 ? kBlockRetry : std::min(2 * blocksRetry, kBlockRetryMax);
            blocksFrom = i + blocksRetry;
        }
#endif
        const uchar b0 = p[i];
        if (b0 < 0x80) {
#if defined(__SSE2__)
            if (path != Utf8Path::Scalar && i + 16 <= len) {
                const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
                const __m128i zero = _mm_setzero_si128();
                _mm_storeu_si128(reinterpret_cast<__m128i*>(out + o), _mm_unpacklo_epi8(v, zero));
                _mm_storeu_si128(reinterpret_cast<__m128i*>(out + o + 8), _mm_unpackhi_epi8(v, zero));
                const unsigned mask = unsigned(_mm_movemask_epi8(v));
                // Units past the first non-ASCII byte are overwritten by what follows.
                const size_t ascii = mask == 0 ? 16 : size_t(__builtin_ctz(mask));
                i += ascii;
                o += ascii;
                continue;
            }
#endif
            out[o++] = b0;
            ++i;
            continue;
        }
        if ((b0 & 0xF0) == 0xE0) {
            // Three bytes (Hangul, CJK, most symbols).
            if (len - i < 3)
                break;
            const uchar b1 = p[i + 1], b2 = p[i + 2];
            if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80)
                break;
            const char16_t cp = char16_t(((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F));
            if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))
                break; // overlong or a surrogate
            fold |= unsigned(cp < 0xAC00) | unsigned(cp >= 0xFE00);
            out[o++] = cp;
            i += 3;
        } else if ((b0 & 0xE0) == 0xC0) {
            if (b0 < 0xC2 || len - i < 2 || (p[i + 1] & 0xC0) != 0x80)
                break;
            out[o++] = char16_t(((b0 & 0x1F) << 6) | (p[i + 1] & 0x3F));
            fold |= unsigned(out[o - 1] >= 0xA0);
            i += 2;
        } else if ((b0 & 0xF8) == 0xF0) {
            if (len - i < 4)
                break;
            const uchar b1 = p[i + 1], b2 = p[i + 2], b3 = p[i + 3];
            if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80 || (b3 & 0xC0) != 0x80)
                break;
            const char32_t cp = (char32_t(b0 & 0x07) << 18) | (char32_t(b1 & 0x3F) << 12) |
                                (char32_t(b2 & 0x3F) << 6) | char32_t(b3 & 0x3F);
            if (cp < 0x10000 || cp > 0x10FFFF)
                break;
            out[o++] = char16_t(0xD800 + ((cp - 0x10000) >> 10));
            out[o++] = char16_t(0xDC00 + ((cp - 0x10000) & 0x3FF));
            surrogates = 1;
            i += 4;
        } else {
            break;
        }
    }
    produced = o;
    hints |= (fold ? unsigned(HintMayFold) : 0u) | (surrogates ? unsigned(HintSurrogates) : 0u);
    return i;
}

} // namespace quarry
