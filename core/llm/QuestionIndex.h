#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <vector>

namespace quarry {

class Database;

// The questions a project already has, for flagging a drafted question that nearly repeats one
// (models ask the same thing many times over). MinHash signatures over character shingles
// (core/curation MinHash) in LSH bands, so a new question is compared with the few that share a
// band instead of every pair in the project.
class QuestionIndex
{
public:
    static constexpr int NumHashes = 64;
    static constexpr int Bands = 16; // rows of 4: catches similarity 0.8 with near certainty

    // Loads the first user turn of every pair.
    void load(Database& db);
    // The most similar indexed question at or above `threshold` (its pair id and similarity), or
    // {0, 0}. `signature` is filled for add().
    std::pair<qint64, double> nearest(const QString& question, double threshold,
                                      std::vector<quint32>& signature);
    void add(qint64 pairId, const std::vector<quint32>& signature);
    int size() const { return int(m_ids.size()); }

private:
    std::vector<qint64> m_ids;
    std::vector<quint32> m_signatures;    // NumHashes per id
    QHash<quint64, QList<int>> m_buckets; // (band, band hash) -> index into m_ids
    std::vector<quint64> m_scratch;
};

} // namespace quarry
