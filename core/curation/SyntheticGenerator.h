#pragma once

#include <QString>
#include <functional>

namespace quarry {

class Database;

// Fills a project with realistic-looking synthetic pairs (Korean and English sentences, tags,
// statuses, ratings, authors) for benchmarks and demos. One transaction and prepared statements,
// so a million pairs take minutes, not hours; the full-text index is built once at the end.
class SyntheticGenerator
{
public:
    struct Options
    {
        qint64 pairs = 1000;
        quint32 seed = 42;
        double koreanShare = 0.7;
    };
    // progress(done, total) is called every few thousand pairs; returning false cancels (Error).
    static qint64 generate(Database& db, const Options& options,
                           const std::function<bool(qint64, qint64)>& progress = {});
};

} // namespace quarry
