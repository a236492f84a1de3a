// Possible duplicates on a large project: DuplicateFinder::find (multiply-shift signatures on every
// core, sorted LSH bands) against the reference, the first implementation still in the library
// (DuplicateFinder::nearDuplicates: MinHash::signature with a full mix per slot, one thread, hash
// buckets), over the same pairs of the same file.
//
//   bench_duplicates [PROJECT] [PAIRS]
// PROJECT: an existing project (quarry-cli generate PROJECT --pairs 1000000), else one of PAIRS
// synthetic pairs (default 20000) is generated in a scratch folder. Both sides compare the newest
// min(PAIRS, all) pairs (the reference: the oldest, its only option; same count).
#include "curation/DuplicateFinder.h"
#include "curation/SyntheticGenerator.h"
#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>
#include <cstdio>

using namespace quarry;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QTemporaryDir scratch;
    QString path = args.value(0);
    qint64 pairs = args.value(1, QStringLiteral("20000")).toLongLong();
    std::unique_ptr<ProjectStore> store;
    if (path.isEmpty() || path == QLatin1String("-")) {
        path = scratch.filePath(QStringLiteral("bench.quarry"));
        store = ProjectStore::create(path);
        SyntheticGenerator::Options o;
        o.pairs = pairs;
        QElapsedTimer t;
        t.start();
        SyntheticGenerator::generate(store->db(), o);
        std::printf("generated %lld pairs in %.1f s\n", static_cast<long long>(pairs),
                    double(t.elapsed()) / 1000);
    } else {
        store = ProjectStore::open(path, ProjectStore::OpenMode::ReadOnly);
    }

    for (double threshold : {0.8, 0.5}) {
        DuplicateFinder::Options o;
        o.threshold = threshold;
        o.maxPairs = pairs;
        o.maxCandidates = 0;
        QElapsedTimer t;
        t.start();
        const DuplicateFinder::Result r = DuplicateFinder::find(store->db(), o);
        const double ours = double(t.elapsed()) / 1000;

        t.restart();
        const QList<MinHash::Candidate> ref = DuplicateFinder::nearDuplicates(store->db(), threshold, pairs);
        const double theirs = double(t.elapsed()) / 1000;

        std::printf("threshold %.2f, %lld of %lld pairs: find %.2f s (%lld candidates) | reference "
                    "nearDuplicates %.2f s (%lld candidates) | %.1fx faster\n",
                    threshold, static_cast<long long>(r.pairsCompared),
                    static_cast<long long>(r.pairsInScope), ours, static_cast<long long>(r.candidates.size()),
                    theirs, static_cast<long long>(ref.size()), theirs / std::max(ours, 0.001));
    }
    return 0;
}
