#pragma once

#include <QtGlobal>
#include <cstddef>

namespace quarry {

// The UTF-8 decoder of Scanner::scanStream() and Scanner::scanUtf8(), and the hints a scan takes
// from the text it decodes. Free functions: they keep no state between blocks (the caller hands a
// sequence cut at the end of a block back with the next one).

// What a branch-free pass (vectorised by the compiler) tells about a text: whether some character
// might be folded by normChar (the exact check comes later), whether it has surrogates.
enum TextHint : unsigned
{
    HintMayFold = 1,
    HintSurrogates = 2
};
unsigned textHints(const char16_t* p, qsizetype n);

// The ways decodeUtf8() can go, each for a CPU that has what it needs: one character at a time;
// ASCII sixteen bytes at a time (SSE2); runs of ASCII and three-byte sequences sixteen bytes at a
// time (SSSE3); the same up to 60 bytes at a time (AVX2). Best: the fastest the CPU has. Tests
// compare them; a path the CPU lacks falls back to Best.
enum class Utf8Path
{
    Scalar,
    Sse2,
    Ssse3,
    Avx2,
    Best
};
bool utf8PathSupported(Utf8Path path);

// UTF-8 to UTF-16 for scanStream: well-formed sequences only, much faster than QStringDecoder on
// Korean text (ASCII 16 bytes at a time; Hangul without the per-character overhead). Decodes from
// `p` while the input is a complete well-formed sequence and returns the number of bytes taken;
// the caller gives anything else (a malformed byte, a sequence cut at the end of the block) to
// QStringDecoder from there on, so the result is the same as QStringDecoder's. `out` needs room
// for len + 16 units (the ASCII paths store ahead). Adds to `hints` what textHints() would say
// about the units produced. Every path takes the same bytes and gives the same units and hints.
size_t decodeUtf8(const uchar* p, size_t len, char16_t* out, size_t& produced, unsigned& hints,
                  Utf8Path path = Utf8Path::Best);

} // namespace quarry
