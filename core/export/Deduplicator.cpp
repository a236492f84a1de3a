#include "export/Deduplicator.h"

#include "curation/MinHash.h"
#include "text/Utf8.h"

#include <QCoreApplication>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

// A 128-bit hash of the normalised conversation computed in one pass over the pair's UTF-8, without
// building the normalised string (an export of a million pairs would spend most of its time there):
// whitespace runs count as one space, leading/trailing whitespace of each text is dropped, letters
// are case-folded. Four independently mixed 64-bit lanes folded into 128 bits; collisions between
// different texts are astronomically unlikely for data that is not crafted against this function.
//
// Most bytes need nothing: ASCII other than capitals and whitespace, continuation bytes, and the
// lead bytes of characters that have no case and are no space (CJK ideographs, Hangul). Sixteen of
// those are taken at once, capitals lowered and single spaces kept on the way; a character that
// needs a look (other whitespace, space runs, Latin, Greek, full-width forms…) goes through
// QChar one at a time. Both ways give the same bytes for the same text.
class ContentHasher
{
public:
    std::uint64_t a = 0; // the key, after finish()
    std::uint64_t b = 0;

    void addText(uchar tag, QByteArrayView text)
    {
        // 0xff never occurs in UTF-8: the marker cannot be confused with text.
        put(0xff);
        put(tag);
        const auto* s = reinterpret_cast<const uchar*>(text.data());
        const qsizetype n = text.size();
        bool pendingSpace = false, any = false;
        for (qsizetype i = 0; i < n;) {
#if defined(__SSE2__)
            if (any && !pendingSpace && i + 17 <= n) {
                const int k = plainRun(s + i);
                if (k > 0) {
                    i += k;
                    continue;
                }
            }
#endif
            const uchar c = s[i];
            if (c >= 0x80 && c < 0xc0) { // the rest of a character whose lead went in as it is
                put(c);
                ++i;
                continue;
            }
            const char32_t cp = c < 0x80 ? char32_t(s[i++]) : quarry::utf8::next(s, n, i);
            if (cp == ' ' || (cp >= '\t' && cp <= '\r') || (cp >= 0x80 && QChar::isSpace(cp))) {
                pendingSpace = any;
                continue;
            }
            if (pendingSpace) {
                put(' ');
                pendingSpace = false;
            }
            if (cp < 0x80)
                put(uchar(cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp));
            else
                putCodePoint(QChar::toCaseFolded(cp));
            any = true;
        }
    }

    void finish()
    {
        const int full = m_size / 8;
        for (int w = 0; w < full; ++w)
            mix(w % 4, word(w));
        std::uint64_t last = 0;
        std::memcpy(&last, m_buffer + full * 8, std::size_t(m_size % 8));
        mix(full % 4, last ^ (std::uint64_t(m_size % 8) << 61) ^ (std::uint64_t(m_blocks) << 8));
        // Every lane into both halves of the key, each through a full avalanche.
        a = avalanche(m_lane[0] ^ rotl(m_lane[1], 16) ^ rotl(m_lane[2], 32) ^ rotl(m_lane[3], 48));
        b = avalanche(m_lane[3] + rotl(m_lane[2], 21) * 3 + rotl(m_lane[1], 42) * 5 + m_lane[0] * 7 + a);
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int r)
    {
        return (x << r) | (x >> (64 - r));
    }

    // Four independent lanes, so that the multiplications of a block overlap instead of waiting
    // for one another.
    void mix(int lane, std::uint64_t w)
    {
        std::uint64_t& l = m_lane[lane];
        l = rotl((l ^ w) * 0x9e3779b97f4a7c15ULL, 31) + 0xbf58476d1ce4e5b9ULL;
    }

    static std::uint64_t avalanche(std::uint64_t x)
    {
        x ^= x >> 30;
        x *= 0xbf58476d1ce4e5b9ULL;
        x ^= x >> 27;
        x *= 0x94d049bb133111ebULL;
        return x ^ (x >> 31);
    }

    std::uint64_t word(int w) const
    {
        std::uint64_t x;
        std::memcpy(&x, m_buffer + w * 8, 8);
        return x;
    }

    // Mixes the buffered whole words once 64 bytes have gathered.
    void drain()
    {
        if (m_size < 64)
            return;
        for (int w = 0; w < 8; ++w)
            mix(w % 4, word(w));
        ++m_blocks;
        m_size -= 64;
        std::memcpy(m_buffer, m_buffer + 64, std::size_t(m_size));
    }

    void put(uchar c)
    {
        m_buffer[m_size++] = c;
        drain();
    }

    void putCodePoint(char32_t c)
    {
        if (c < 0x80) {
            put(uchar(c));
        } else if (c < 0x800) {
            put(uchar(0xc0 | (c >> 6)));
            put(uchar(0x80 | (c & 0x3f)));
        } else if (c < 0x10000) {
            put(uchar(0xe0 | (c >> 12)));
            put(uchar(0x80 | ((c >> 6) & 0x3f)));
            put(uchar(0x80 | (c & 0x3f)));
        } else {
            put(uchar(0xf0 | (c >> 18)));
            put(uchar(0x80 | ((c >> 12) & 0x3f)));
            put(uchar(0x80 | ((c >> 6) & 0x3f)));
            put(uchar(0x80 | (c & 0x3f)));
        }
    }

#if defined(__SSE2__)
    // Takes the leading bytes of s[0..16) that need no look and returns how many; s[-1] and s[16]
    // must be readable (the bytes around decide whether a space is a single one). Called only
    // after a character that was not whitespace, so a space at s[0] follows one.
    int plainRun(const uchar* s)
    {
        const auto load = [](const uchar* p) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p)); };
        const auto in = [](__m128i v, int lo, int hi) { // lo <= v <= hi, as signed bytes
            return _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(char(lo - 1))),
                                 _mm_cmplt_epi8(v, _mm_set1_epi8(char(hi + 1))));
        };
        const auto whitespace = [&](__m128i v) {
            return _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')), in(v, '\t', '\r'));
        };
        const __m128i v = load(s), before = load(s - 1), after = load(s + 1);
        const __m128i space = whitespace(v);
        // A whitespace byte between two bytes that are neither whitespace nor the start of a
        // character that could be (ASCII, or a lead of U+4000-U+9FFF or U+A000-U+DFFF).
        const __m128i afterSafe = _mm_andnot_si128(
            whitespace(after), _mm_or_si128(_mm_cmpgt_epi8(after, _mm_set1_epi8(-1)), in(after, -28, -19)));
        const __m128i single = _mm_and_si128(_mm_andnot_si128(whitespace(before), space), afterSafe);
        // Lead bytes (0xc0 and up) are plain for U+4000-U+9FFF (0xe4-0xe9), U+B000-U+DFFF
        // (0xeb-0xed) and Hangul from U+AC00 (0xea followed by 0xb0 or more).
        const __m128i lead = in(v, -64, -1);
        const __m128i plainLead =
            _mm_or_si128(_mm_or_si128(in(v, -28, -23), in(v, -21, -19)),
                         _mm_and_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(char(0xea))), in(after, -80, -65)));
        const __m128i special =
            _mm_or_si128(_mm_andnot_si128(single, space), _mm_andnot_si128(plainLead, lead));
        const unsigned mask = unsigned(_mm_movemask_epi8(special));
        const int k = mask ? __builtin_ctz(mask) : 16;
        if (k == 0)
            return 0;
        const __m128i upper = _mm_and_si128(in(v, 'A', 'Z'), _mm_set1_epi8(0x20));
        __m128i out = _mm_add_epi8(v, upper);
        out = _mm_or_si128(_mm_andnot_si128(single, out), _mm_and_si128(single, _mm_set1_epi8(' ')));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(m_buffer + m_size), out);
        m_size += k;
        drain();
        return k;
    }
#endif

    // Room for one 16-byte store past a nearly full block.
    uchar m_buffer[64 + 16] = {};
    int m_size = 0;
    std::uint64_t m_lane[4] = {0x243f6a8885a308d3ULL, 0x13198a2e03707344ULL, 0xa4093822299f31d0ULL,
                               0x082efa98ec4e6c89ULL};
    std::uint64_t m_blocks = 0;
};

} // namespace

namespace quarry {

Deduplicator::Deduplicator(bool exact, std::optional<double> nearThreshold)
    : m_exact(exact), m_nearThreshold(nearThreshold)
{
    if (m_exact)
        growSeen(1);
}

QString Deduplicator::normalisedContent(const ExportRecord& record)
{
    QString s;
    if (!record.context().isEmpty())
        s += QStringLiteral("c:") + QString::fromUtf8(record.context()).simplified().toCaseFolded() +
             QLatin1Char('\n');
    for (qsizetype i = 0; i < record.turnCount(); ++i) {
        s += record.turn(i).role == Turn::Role::User ? QStringLiteral("u:") : QStringLiteral("a:");
        s += QString::fromUtf8(record.content(i)).simplified().toCaseFolded();
        s += QLatin1Char('\n');
    }
    return s;
}

Deduplicator::Slot& Deduplicator::slotFor(const Key& key)
{
    const std::size_t mask = m_seen.size() - 1;
    for (std::size_t i = std::size_t(key.a) & mask;; i = (i + 1) & mask)
        if (m_seen[i].pairId == 0 || m_seen[i].key == key)
            return m_seen[i];
}

void Deduplicator::prefetch(const Key& key) const
{
    if (!m_seen.empty())
        __builtin_prefetch(&m_seen[std::size_t(key.a) & (m_seen.size() - 1)]);
}

void Deduplicator::growSeen(std::size_t minimum)
{
    std::size_t size = 64;
    while (size < minimum * 2)
        size *= 2;
    if (size <= m_seen.size())
        return;
    std::vector<Slot> old(size);
    old.swap(m_seen);
    for (const Slot& s : old)
        if (s.pairId != 0)
            slotFor(s.key) = s;
}

void Deduplicator::reserve(std::size_t pairs)
{
    if (m_exact)
        growSeen(pairs);
}

Deduplicator::Key Deduplicator::exactKey(const ExportRecord& record)
{
    ContentHasher h;
    if (!record.context().isEmpty())
        h.addText('c', record.context());
    for (qsizetype i = 0; i < record.turnCount(); ++i)
        h.addText(record.turn(i).role == Turn::Role::User ? 'u' : 'a', record.content(i));
    h.finish();
    return Key{h.a, h.b};
}

Deduplicator::Verdict Deduplicator::check(const ExportRecord& record, const Key* precomputed)
{
    Verdict v;
    if (!m_exact && !m_nearThreshold)
        return v;
    Key key;
    if (m_exact) {
        key = precomputed ? *precomputed : exactKey(record);
        const Slot& slot = slotFor(key);
        if (slot.pairId != 0) {
            v.keep = false;
            v.duplicateOf = slot.pairId;
            v.reason = QCoreApplication::translate("quarry::Deduplicator", "exact duplicate");
            return v;
        }
    }
    if (m_nearThreshold) {
        const QList<quint32> signature = MinHash::signature(normalisedContent(record), kHashes);
        constexpr int rows = kHashes / kBands;
        std::array<std::uint64_t, kBands> bandKeys{};
        double best = 0;
        qint64 bestId = 0;
        for (int b = 0; b < kBands; ++b) {
            std::uint64_t h = 1469598103934665603ULL;
            for (int r = 0; r < rows; ++r) {
                h ^= signature.value(b * rows + r);
                h *= 1099511628211ULL;
            }
            bandKeys[std::size_t(b)] = h;
            const auto it = m_bands[std::size_t(b)].find(h);
            if (it == m_bands[std::size_t(b)].end())
                continue;
            for (std::uint32_t idx : it->second) {
                const double sim = MinHash::similarity(signature, m_signatures[idx]);
                if (sim > best || (sim == best && m_signatureIds[idx] < bestId)) {
                    best = sim;
                    bestId = m_signatureIds[idx];
                }
            }
        }
        if (bestId != 0 && best >= *m_nearThreshold) {
            v.keep = false;
            v.duplicateOf = bestId;
            v.similarity = best;
            v.reason = QCoreApplication::translate("quarry::Deduplicator", "near duplicate");
            return v;
        }
        const auto idx = std::uint32_t(m_signatures.size());
        m_signatures.push_back(signature);
        m_signatureIds.push_back(record.id);
        for (int b = 0; b < kBands; ++b)
            m_bands[std::size_t(b)][bandKeys[std::size_t(b)]].push_back(idx);
    }
    if (m_exact) {
        if ((m_seenCount + 1) * 2 > m_seen.size())
            growSeen(m_seenCount + 1);
        slotFor(key) = Slot{key, record.id};
        ++m_seenCount;
    }
    return v;
}

} // namespace quarry
