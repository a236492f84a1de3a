#include "redact/Utf8Decoder.h"

#if defined(__SSE2__)
#include <emmintrin.h>
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

size_t decodeUtf8(const uchar* p, size_t len, char16_t* out, size_t& produced, unsigned& hints)
{
    unsigned fold = 0, surrogates = 0;
    size_t i = 0, o = 0;
    while (i < len) {
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
