#pragma once

#include "util/TaskContext.h"

#include <QString>

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
    // `task` hears of progress and is checked every few thousand pairs (a cancel throws Error and
    // rolls every pair back).
    static qint64 generate(Database& db, const Options& options,
                           const TaskContext& task = TaskContext::none());
};

} // namespace quarry
