#include "redact/Utf8Decoder.h"

#include <array>
#include <cstring>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#include <tmmintrin.h>
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

} // namespace
#endif

size_t decodeUtf8(const uchar* p, size_t len, char16_t* out, size_t& produced, unsigned& hints, bool ssse3)
{
    unsigned fold = 0, surrogates = 0;
    size_t i = 0, o = 0;
#if defined(__SSE2__)
    static const bool cpuSsse3 = __builtin_cpu_supports("ssse3");
    ssse3 = ssse3 && cpuSsse3;
#else
    Q_UNUSED(ssse3);
#endif
    while (i < len) {
#if defined(__SSE2__)
        if (ssse3 && i + 16 <= len) {
            // Korean and English text: syllables, the spaces and punctuation between them. Then
            // one character here, from where the block decoder stopped.
            decodeBlocks3(p, len, out, i, o, fold);
            if (i >= len)
                break;
        }
#endif
        const uchar b0 = p[i];
        if (b0 < 0x80) {
#if defined(__SSE2__)
            if (i + 16 <= len) {
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
