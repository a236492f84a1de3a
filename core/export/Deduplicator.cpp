#include "export/Deduplicator.h"

#include "curation/MinHash.h"

#include <QCoreApplication>
#include <cstring>

namespace {

// A 128-bit hash of the normalised conversation computed in one pass over the pair's text, without
// building the normalised string (an export of a million pairs would spend most of its time there):
// whitespace runs count as one space, leading/trailing whitespace of each text is dropped, letters
// are case-folded. Two independently mixed 64-bit lanes; collisions between different texts are
// astronomically unlikely for data that is not crafted against this function.
struct ContentHasher
{
    std::uint64_t a = 0x243f6a8885a308d3ULL;
    std::uint64_t b = 0x13198a2e03707344ULL;
    std::uint64_t word = 0; // four UTF-16 units are mixed at a time
    int units = 0;

    static std::uint64_t rotl(std::uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

    void mix(std::uint64_t w)
    {
        a = rotl((a ^ w) * 0x9e3779b97f4a7c15ULL, 31);
        b = (b + w) * 0xbf58476d1ce4e5b9ULL;
        b ^= b >> 29;
    }

    void unit(char16_t c)
    {
        word = (word << 16) | c;
        if (++units == 4) {
            mix(word);
            word = 0;
            units = 0;
        }
    }

    void add(char32_t c)
    {
        if (c > 0xffff) {
            unit(char16_t(0xd800 | (c >> 16)));
            unit(char16_t(c & 0xffff));
        } else {
            unit(char16_t(c));
        }
    }

    void addText(char16_t tag, const QString& text)
    {
        unit(0xfffe);
        unit(tag);
        bool pendingSpace = false, any = false;
        const auto* u = reinterpret_cast<const char16_t*>(text.utf16());
        const qsizetype n = text.size();
        for (qsizetype i = 0; i < n; ++i) {
            char32_t c = u[i];
            if (c < 0x80) {
                if (c == ' ' || (c >= '\t' && c <= '\r')) {
                    pendingSpace = any;
                    continue;
                }
                if (c >= 'A' && c <= 'Z')
                    c += 'a' - 'A';
            } else if (c < 0xac00 || c > 0xd7a3) { // Hangul syllables: no case, no spaces
                if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(u[i + 1]))
                    c = QChar::surrogateToUcs4(char16_t(c), u[++i]);
                if (QChar::isSpace(c)) {
                    pendingSpace = any;
                    continue;
                }
                c = QChar::toCaseFolded(c);
            }
            if (pendingSpace) {
                unit(u' ');
                pendingSpace = false;
            }
            add(c);
            any = true;
        }
    }

    void finish()
    {
        mix(word ^ (std::uint64_t(units) << 62));
        mix(0x5bd1e995u);
    }
};

} // namespace

namespace quarry {

Deduplicator::Deduplicator(bool exact, std::optional<double> nearThreshold)
    : m_exact(exact), m_nearThreshold(nearThreshold)
{}

QString Deduplicator::normalisedContent(const Pair& pair)
{
    QString s;
    if (!pair.context.isEmpty())
        s += QStringLiteral("c:") + pair.context.simplified().toCaseFolded() + QLatin1Char('\n');
    for (const Turn& t : pair.turns) {
        s += t.role == Turn::Role::User ? QStringLiteral("u:") : QStringLiteral("a:");
        s += t.content.simplified().toCaseFolded();
        s += QLatin1Char('\n');
    }
    return s;
}

void Deduplicator::reserve(std::size_t pairs)
{
    if (m_exact)
        m_seen.reserve(pairs);
}

Deduplicator::Key Deduplicator::exactKey(const Pair& pair)
{
    ContentHasher h;
    if (!pair.context.isEmpty())
        h.addText(u'c', pair.context);
    for (const Turn& t : pair.turns)
        h.addText(t.role == Turn::Role::User ? u'u' : u'a', t.content);
    h.finish();
    return Key{h.a, h.b};
}

Deduplicator::Verdict Deduplicator::check(const Pair& pair, const Key* precomputed)
{
    Verdict v;
    if (!m_exact && !m_nearThreshold)
        return v;
    Key key;
    if (m_exact) {
        key = precomputed ? *precomputed : exactKey(pair);
        const auto it = m_seen.find(key);
        if (it != m_seen.end()) {
            v.keep = false;
            v.duplicateOf = it->second;
            v.reason = QCoreApplication::translate("quarry::Deduplicator", "exact duplicate");
            return v;
        }
    }
    if (m_nearThreshold) {
        const QList<quint32> signature = MinHash::signature(normalisedContent(pair), kHashes);
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
        m_signatureIds.push_back(pair.id);
        for (int b = 0; b < kBands; ++b)
            m_bands[std::size_t(b)][bandKeys[std::size_t(b)]].push_back(idx);
    }
    if (m_exact)
        m_seen.emplace(key, pair.id);
    return v;
}

} // namespace quarry
