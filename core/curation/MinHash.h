#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <vector>

namespace quarry {

// Near-duplicate detection: MinHash signatures over character shingles, and LSH banding to find
// candidate pairs without comparing everything with everything. Character shingles (not words)
// because Korean attaches particles to words: 환자가 and 환자는 share the shingles of 환자.
class MinHash
{
public:
    // Text normalised for shingling: NFC, case-folded, all whitespace removed (so re-wrapped or
    // re-spaced text, a common Korean variation, hashes the same).
    static QString normalise(const QString& text);
    static QList<quint32> signature(const QString& text, int numHashes = 128, int shingle = 3);
    // The same signature written to out[0..numHashes), the shingle hashes kept in the caller's
    // `scratch`: no allocation per text, for callers that sign many texts.
    static void signature(const QString& text, quint32* out, std::vector<quint64>& scratch,
                          int numHashes = 128, int shingle = 3);
    // Estimated Jaccard similarity of the shingle sets: share of equal signature slots.
    static double similarity(const QList<quint32>& a, const QList<quint32>& b);

    struct Candidate
    {
        qint64 a = 0; // a < b
        qint64 b = 0;
        double similarity = 0;
    };
    // Items whose signatures agree on all rows of at least one band (bands * rows must equal the
    // signature length), then verified: only pairs with similarity >= threshold are returned,
    // most similar first.
    static QList<Candidate> candidates(const QList<QPair<qint64, QList<quint32>>>& items,
                                       double threshold = 0.8, int bands = 32);
};

} // namespace quarry
