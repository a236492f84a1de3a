#include "export/Deduplicator.h"

#include "curation/MinHash.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <cstring>

namespace quarry {

Deduplicator::Deduplicator(bool exact, std::optional<double> nearThreshold)
    : m_exact(exact), m_nearThreshold(nearThreshold)
{
}

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

Deduplicator::Verdict Deduplicator::check(const Pair& pair)
{
    Verdict v;
    if (!m_exact && !m_nearThreshold)
        return v;
    const QString normalised = normalisedContent(pair);
    Key key;
    if (m_exact) {
        const QByteArray digest = QCryptographicHash::hash(
            QByteArrayView(reinterpret_cast<const char*>(normalised.utf16()), normalised.size() * 2),
            QCryptographicHash::Sha1);
        std::memcpy(&key.a, digest.constData(), 8);
        std::memcpy(&key.b, digest.constData() + 8, 8);
        const auto it = m_seen.find(key);
        if (it != m_seen.end()) {
            v.keep = false;
            v.duplicateOf = it->second;
            v.reason = QCoreApplication::translate("quarry::Deduplicator", "exact duplicate");
            return v;
        }
    }
    if (m_nearThreshold) {
        const QList<quint32> signature = MinHash::signature(normalised, kHashes);
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
