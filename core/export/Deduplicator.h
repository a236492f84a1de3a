#pragma once

#include "export/ExportRecord.h"

#include <QList>
#include <QString>
#include <array>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

namespace quarry {

// Drops duplicates while an export streams its pairs in id order, so the first (oldest) pair of a
// set of duplicates is the one kept. Exact duplicates: same normalised conversation (context and
// turns, case-folded, whitespace collapsed). Near duplicates: MinHash similarity of the
// conversation text at or above the threshold, candidates found by LSH banding as pairs arrive.
class Deduplicator
{
public:
    struct Verdict
    {
        bool keep = true;
        qint64 duplicateOf = 0;
        double similarity = 1.0; // 1 for exact duplicates
        QString reason;          // "exact duplicate" / "near duplicate"
    };

    // The exact check's 128-bit hash of the normalised conversation.
    struct Key
    {
        std::uint64_t a = 0, b = 0;
        bool operator==(const Key&) const = default;
    };

    Deduplicator(bool exact, std::optional<double> nearThreshold);

    bool exact() const { return m_exact; }
    void reserve(std::size_t pairs);
    // Decides about one pair; a kept pair is remembered for the pairs that follow. `key`, when
    // given, is exactKey(pair) computed ahead (on another thread: it is most of the check's cost).
    Verdict check(const ExportRecord& record, const Key* key = nullptr);
    static Key exactKey(const ExportRecord& record);
    // Starts loading the table slot of a key that check() will be asked about soon: the table is
    // too large for the cache, and the look-up's wait is most of check()'s time.
    void prefetch(const Key& key) const;

    // The text the near-duplicate check works on (the exact check hashes the same normalisation
    // without building it).
    static QString normalisedContent(const ExportRecord& record);

private:
    // The kept pairs' keys in an open-addressing table: the keys are hashes already, so their low
    // bits pick the slot; a node per pair (std::unordered_map) cost a million allocations and a
    // cache miss each.
    struct Slot
    {
        Key key;
        qint64 pairId = 0; // 0: empty (pair ids start at 1)
    };
    Slot& slotFor(const Key& key);
    void growSeen(std::size_t minimum);

    static constexpr int kHashes = 128;
    static constexpr int kBands = 32;

    bool m_exact;
    std::optional<double> m_nearThreshold;
    std::vector<Slot> m_seen; // size a power of two, at most half full
    std::size_t m_seenCount = 0;
    // Near duplicates: signatures of kept pairs and, per band, band hash -> indexes into them.
    std::vector<QList<quint32>> m_signatures;
    std::vector<qint64> m_signatureIds;
    std::array<std::unordered_map<std::uint64_t, std::vector<std::uint32_t>>, kBands> m_bands;
};

} // namespace quarry
