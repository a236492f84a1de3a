#include "llm/QuestionIndex.h"

#include "curation/MinHash.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QSet>

namespace quarry {

namespace {

constexpr int Rows = QuestionIndex::NumHashes / QuestionIndex::Bands;

quint64 bandKey(int band, const quint32* rows)
{
    quint64 h = 1469598103934665603ULL ^ quint64(band);
    for (int r = 0; r < Rows; ++r) {
        h ^= rows[r];
        h *= 1099511628211ULL;
    }
    return h;
}

} // namespace

void QuestionIndex::load(Database& db)
{
    Statement st = db.prepare(
        QStringLiteral("SELECT t.pair_id, t.content FROM turns t WHERE t.role = 'user' AND t.seq = "
                       "(SELECT min(seq) FROM turns WHERE pair_id = t.pair_id)"));
    std::vector<quint32> sig;
    while (st.step()) {
        sig.assign(NumHashes, 0);
        MinHash::signature(st.text(1), sig.data(), m_scratch, NumHashes);
        add(st.int64(0), sig);
    }
}

std::pair<qint64, double> QuestionIndex::nearest(const QString& question, double threshold,
                                                 std::vector<quint32>& signature)
{
    signature.assign(NumHashes, 0);
    MinHash::signature(question, signature.data(), m_scratch, NumHashes);
    std::pair<qint64, double> best{0, 0.0};
    QSet<int> seen;
    for (int b = 0; b < Bands; ++b) {
        const auto it = m_buckets.constFind(bandKey(b, signature.data() + b * Rows));
        if (it == m_buckets.constEnd())
            continue;
        for (int index : *it) {
            if (seen.contains(index))
                continue;
            seen.insert(index);
            const quint32* other = m_signatures.data() + size_t(index) * NumHashes;
            int equal = 0;
            for (int i = 0; i < NumHashes; ++i)
                equal += signature[size_t(i)] == other[i];
            const double similarity = double(equal) / NumHashes;
            if (similarity >= threshold && similarity > best.second)
                best = {m_ids[size_t(index)], similarity};
        }
    }
    return best;
}

void QuestionIndex::add(qint64 pairId, const std::vector<quint32>& signature)
{
    const int index = int(m_ids.size());
    m_ids.push_back(pairId);
    m_signatures.insert(m_signatures.end(), signature.begin(), signature.end());
    for (int b = 0; b < Bands; ++b)
        m_buckets[bandKey(b, signature.data() + b * Rows)].append(index);
}

} // namespace quarry
