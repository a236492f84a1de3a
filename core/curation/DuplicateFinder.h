#pragma once

#include "curation/MinHash.h"
#include "curation/PairFilter.h"
#include "util/TaskContext.h"

#include <QList>
#include <QPair>
#include <QSet>

namespace quarry {

class Database;
class ProjectStore;

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

    struct Options
    {
        double threshold = 0.8;
        PairFilter filter; // which pairs take part (sort is ignored)
        // Only the newest N of those (highest ids; 0: all). Signatures take memory and time in
        // proportion to the pairs compared, so a very large project is compared a part at a time.
        qint64 maxPairs = 0;
        // At most this many candidates are returned, the most similar (0: all).
        int maxCandidates = 5000;
        // Pairs sharing a band bucket are all compared with each other up to this many; a bigger
        // bucket (thousands of copies of one text) is compared only against its first member,
        // which still finds every copy (with that first one) without a quadratic number of
        // comparisons. 2048 gives the reference's candidates on 100 000 repetitive synthetic pairs.
        int fullBucket = 2048;
        // Candidates marked "not a duplicate" (dismiss()) are left out unless this is set.
        bool includeDismissed = false;
    };
    struct Result
    {
        QList<MinHash::Candidate> candidates; // most similar first
        qint64 pairsInScope = 0;              // pairs that match the filter
        qint64 pairsCompared = 0;             // of those, the ones compared (maxPairs)
        bool candidatesCut = false;           // more candidates than maxCandidates were found
        qint64 elapsedMs = 0;
    };
    // Runs on its own connection in a worker thread (signatures use all cores); the database is
    // only read. A cancel of `task` stops it with Error::Kind::Cancelled; progress is reported on
    // the calling thread in percent (reading, signatures, comparing).
    static Result find(Database& db, const Options& options, const TaskContext& task = TaskContext::none());

    // "Not a duplicate": remembered in the project (a setting per dismissed pair of pairs, audited)
    // so the candidate stays hidden in later sessions too. a and b in any order.
    static void dismiss(ProjectStore& store, qint64 a, qint64 b);
    static void undismiss(ProjectStore& store, qint64 a, qint64 b);
    static QSet<QPair<qint64, qint64>> dismissed(Database& db); // (smaller id, larger id)
};

} // namespace quarry
