// Possible duplicates on a large project: DuplicateFinder::find (multiply-shift signatures on every
// core, sorted LSH bands) against the reference, the first implementation still in the library
// (DuplicateFinder::nearDuplicates: MinHash::signature with a full mix per slot, one thread, hash
// buckets), over the same pairs of the same file, and their candidate sets compared.
//
//   bench_duplicates [PROJECT] [PAIRS]
// PROJECT: an existing project (quarry-cli generate PROJECT --pairs 1000000), else one of PAIRS
// synthetic pairs (default 20000) is generated in a scratch folder. find() would take the newest
// PAIRS pairs and nearDuplicates() the oldest, so when PROJECT holds more, its newest PAIRS pairs
// with their turns are copied into a scratch project first and both sides compare all of those.
// Wall and CPU time are printed for each (find uses every core, the reference one). The exit code
// is 1 when the two candidate sets differ.
#include "BenchSupport.h"
#include "curation/DuplicateFinder.h"
#include "curation/SyntheticGenerator.h"
#include "store/Database.h"
#include "store/ProjectStore.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>

using namespace quarry;
using quarry::bench::cpuSeconds;

namespace {

QSet<QPair<qint64, qint64>> idPairs(const QList<MinHash::Candidate>& candidates)
{
    QSet<QPair<qint64, qint64>> out;
    for (const MinHash::Candidate& c : candidates)
        out.insert({std::min(c.a, c.b), std::max(c.a, c.b)});
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QTemporaryDir scratch;
    QString path = args.value(0);
    const qint64 pairs = args.value(1, QStringLiteral("20000")).toLongLong();
    std::unique_ptr<ProjectStore> store;
    if (path.isEmpty() || path == QLatin1String("-")) {
        path = scratch.filePath(QStringLiteral("bench.quarry"));
        store = ProjectStore::create(path);
        SyntheticGenerator::Options o;
        o.pairs = pairs;
        QElapsedTimer t;
        t.start();
        SyntheticGenerator::generate(store->db(), o);
        LINE("generated %lld pairs in %.1f s", static_cast<long long>(pairs), double(t.elapsed()) / 1000);
    } else {
        store = ProjectStore::open(path, ProjectStore::OpenMode::ReadOnly);
        const qint64 all = store->db().queryInt(QStringLiteral("SELECT count(*) FROM pairs"));
        if (all > pairs) {
            // The newest PAIRS pairs (what find() would pick) as a project of their own.
            const QString part = scratch.filePath(QStringLiteral("part.quarry"));
            store.reset();
            store = ProjectStore::create(part);
            Database& db = store->db();
            db.exec(QStringLiteral("ATTACH DATABASE '%1' AS src")
                        .arg(QString(path).replace(QLatin1Char('\''), QStringLiteral("''"))));
            {
                Transaction tx(db);
                db.exec(QStringLiteral(
                            "CREATE TEMP TABLE pick AS SELECT id FROM src.pairs ORDER BY id DESC LIMIT %1")
                            .arg(pairs));
                db.exec(QStringLiteral(
                    "INSERT INTO pairs(id, status, created_at, updated_at) SELECT id, status, "
                    "created_at, updated_at FROM src.pairs WHERE id IN (SELECT id FROM pick)"));
                db.exec(QStringLiteral(
                    "INSERT INTO turns(pair_id, seq, role, content) SELECT pair_id, seq, role, "
                    "content FROM src.turns WHERE pair_id IN (SELECT id FROM pick)"));
                tx.commit();
            }
            db.exec(QStringLiteral("DETACH DATABASE src"));
            LINE("copied the newest %lld of %lld pairs of %s", static_cast<long long>(pairs),
                 static_cast<long long>(all), qPrintable(path));
        }
    }

    int status = 0;
    for (double threshold : {0.8, 0.5}) {
        DuplicateFinder::Options o;
        o.threshold = threshold;
        o.maxPairs = 0; // all pairs of the (possibly cut) project: the reference's set too
        o.maxCandidates = 0;
        QElapsedTimer t;
        t.start();
        double cpu0 = cpuSeconds(RUSAGE_SELF);
        const DuplicateFinder::Result r = DuplicateFinder::find(store->db(), o);
        const double ours = double(t.elapsed()) / 1000;
        const double oursCpu = cpuSeconds(RUSAGE_SELF) - cpu0;

        t.restart();
        cpu0 = cpuSeconds(RUSAGE_SELF);
        const QList<MinHash::Candidate> ref = DuplicateFinder::nearDuplicates(store->db(), threshold, 0);
        const double theirs = double(t.elapsed()) / 1000;
        const double theirsCpu = cpuSeconds(RUSAGE_SELF) - cpu0;

        const QSet<QPair<qint64, qint64>> a = idPairs(r.candidates);
        const QSet<QPair<qint64, qint64>> b = idPairs(ref);
        const qsizetype onlyOurs = QSet<QPair<qint64, qint64>>(a).subtract(b).size();
        const qsizetype onlyRef = QSet<QPair<qint64, qint64>>(b).subtract(a).size();
        if (onlyOurs || onlyRef)
            status = 1;
        LINE("threshold %.2f, %lld pairs: find %.2f s wall, %.2f s CPU (%lld candidates) | reference "
             "nearDuplicates %.2f s wall, %.2f s CPU (%lld candidates) | %.1fx by wall, %.1fx by CPU | "
             "candidate sets %s (%lld only in find, %lld only in the reference)",
             threshold, static_cast<long long>(r.pairsCompared), ours, oursCpu,
             static_cast<long long>(r.candidates.size()), theirs, theirsCpu,
             static_cast<long long>(ref.size()), theirs / std::max(ours, 0.001),
             theirsCpu / std::max(oursCpu, 0.001), onlyOurs || onlyRef ? "DIFFER" : "equal",
             static_cast<long long>(onlyOurs), static_cast<long long>(onlyRef));
    }
    return status;
}
