#pragma once

#include "curation/MinHash.h"

#include <QList>

namespace quarry {

class Database;

// The "Possible duplicates" list: pairs whose turns are nearly the same (MinHash over character
// shingles, LSH banding), beyond the exact duplicates that are flagged on save.
class DuplicateFinder
{
public:
    // Pairs with estimated similarity >= threshold, most similar first. Exact duplicates are
    // included (similarity 1). limit caps how many pairs are read (0: all).
    static QList<MinHash::Candidate> nearDuplicates(Database& db, double threshold = 0.8, qint64 limit = 0);
    // The text a pair is compared by: its turns, in order.
    static QString comparableText(Database& db, qint64 pairId);
};

} // namespace quarry
