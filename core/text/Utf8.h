#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace quarry::utf8 {

// Whether `text` is well-formed UTF-8 (no overlong forms, surrogates, values above U+10FFFF or
// truncated sequences). SIMD where the processor has SSSE3; isValidReference() is the byte-by-byte
// check it must agree with.
bool isValid(QByteArrayView text);
bool isValidReference(QByteArrayView text);
// `text` with what is ill-formed replaced by U+FFFD exactly as QString::fromUtf8 replaces it.
QByteArray toValid(QByteArrayView text);

// Length of the well-formed UTF-8 sequence at p[0..n) whose lead byte is at least 0x80, or 0 when
// it is ill-formed; then `skip` is the length of its maximal ill-formed subpart (at least 1).
inline int sequence(const uchar* p, qsizetype n, int& skip)
{
    const uchar b0 = p[0];
    int len = 0;
    uchar lo = 0x80, hi = 0xbf; // allowed range of the second byte
    if (b0 >= 0xc2 && b0 <= 0xdf) {
        len = 2;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
        len = 3;
        if (b0 == 0xe0)
            lo = 0xa0; // no overlong forms
        else if (b0 == 0xed)
            hi = 0x9f; // no surrogates
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
        len = 4;
        if (b0 == 0xf0)
            lo = 0x90;
        else if (b0 == 0xf4)
            hi = 0x8f; // nothing above U+10FFFF
    } else {
        skip = 1;
        return 0;
    }
    int k = 1;
    for (; k < len && k < n; ++k) {
        const uchar b = p[k];
        if (k == 1 ? (b < lo || b > hi) : (b & 0xc0) != 0x80)
            break;
    }
    if (k == len)
        return len;
    skip = k;
    return 0;
}

// The code point of a well-formed sequence of `len` bytes (sequence()'s result).
inline char32_t decode(const uchar* p, int len)
{
    switch (len) {
    case 1:
        return p[0];
    case 2:
        return (char32_t(p[0] & 0x1f) << 6) | (p[1] & 0x3f);
    case 3:
        return (char32_t(p[0] & 0x0f) << 12) | (char32_t(p[1] & 0x3f) << 6) | (p[2] & 0x3f);
    default:
        return (char32_t(p[0] & 0x07) << 18) | (char32_t(p[1] & 0x3f) << 12) | (char32_t(p[2] & 0x3f) << 6) |
               (p[3] & 0x3f);
    }
}

// The code point at s[i] (U+FFFD for an ill-formed subpart); advances i past it. For text known
// to be well-formed (ExportRecord's).
inline char32_t next(const uchar* s, qsizetype n, qsizetype& i)
{
    if (s[i] < 0x80)
        return s[i++];
    int skip = 0;
    const int len = sequence(s + i, n - i, skip);
    if (len == 0) {
        i += skip;
        return 0xfffd;
    }
    const char32_t c = decode(s + i, len);
    i += len;
    return c;
}

} // namespace quarry::utf8
