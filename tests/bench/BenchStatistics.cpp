// bench_statistics: how long the Statistics view's figures take on a project with (by default)
// 1,000,000 pairs.
//   bench_statistics [PROJECT] [--pairs N]
// Generates PROJECT with SyntheticGenerator when it does not exist, then times
// ProjectStatistics::compute() (wall and processor time, best of three).
// Reference: the sqlite3 command-line tool on the same file running the same aggregates in plain
// SQL, with the per-pair lengths as correlated sum(length()) subqueries (characters only: plain
// SQL has no token estimate and no histogram buckets, so the reference does less work).
#include "BenchSupport.h"
#include "curation/ProjectStatistics.h"
#include "curation/SyntheticGenerator.h"
#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace quarry;
using quarry::bench::cpuSeconds;

namespace {

const char* const kReferenceSql = R"SQL(
SELECT status, count(*) FROM pairs GROUP BY status;
SELECT t.name, x.n FROM (SELECT tag_id, count(*) AS n FROM pair_tags GROUP BY tag_id) x JOIN tags t ON t.id = x.tag_id;
SELECT count(*) FROM (SELECT 1 FROM pair_tags GROUP BY pair_id);
SELECT d.id, x.n FROM (SELECT coalesce(ps.document_id, pa.document_id) AS doc, count(DISTINCT ps.pair_id) AS n
  FROM pair_sources ps LEFT JOIN passages pa ON pa.id = ps.passage_id GROUP BY doc) x JOIN documents d ON d.id = x.doc;
SELECT status, entity_type, count(*) FROM detections GROUP BY status, entity_type;
SELECT status, count(*) FROM documents GROUP BY status;
SELECT method, count(*) FROM pages GROUP BY method;
SELECT origin, rating, count(*), sum(u), sum(a) FROM (SELECT p.origin, p.rating,
  length(coalesce(p.context, '')) + coalesce((SELECT sum(length(content)) FROM turns WHERE pair_id = p.id AND role = 'user'), 0) AS u,
  coalesce((SELECT sum(length(content)) FROM turns WHERE pair_id = p.id AND role = 'assistant'), 0) AS a
  FROM pairs p) GROUP BY 1, 2;
)SQL";

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    qint64 pairs = 1000000;
    const qsizetype p = args.indexOf(QStringLiteral("--pairs"));
    if (p >= 0 && p + 1 < args.size()) {
        pairs = args.at(p + 1).toLongLong();
        args.remove(p, 2);
    }
    const QString path = args.value(0, QStringLiteral("bench-statistics.quarry"));
    if (!QFileInfo::exists(path)) {
        LINE("generating %lld pairs in %s ...", pairs, qPrintable(path));
        auto store = ProjectStore::create(path);
        SyntheticGenerator::Options o;
        o.pairs = pairs;
        SyntheticGenerator::generate(store->db(), o);
    }
    auto store = ProjectStore::open(path, ProjectStore::OpenMode::ReadOnly);

    QList<double> wall, cpu;
    ProjectFigures f;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        const double c0 = cpuSeconds(RUSAGE_SELF);
        f = ProjectStatistics(store->db()).compute();
        wall << double(t.elapsed()) / 1000.0;
        cpu << cpuSeconds(RUSAGE_SELF) - c0;
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    LINE("project: %s, %lld pairs, %lld tags in use, %lld detections", qPrintable(path), f.pairs,
         qint64(f.pairsByTag.size()), f.detections);
    LINE("ProjectStatistics::compute: best %.2f s wall, %.2f s CPU (median %.2f s wall)", wall.first(),
         cpu.first(), wall.at(1));

    QProcess sqlite;
    const double c0 = cpuSeconds(RUSAGE_CHILDREN);
    QElapsedTimer t;
    t.start();
    sqlite.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), path});
    sqlite.write(kReferenceSql);
    sqlite.closeWriteChannel();
    if (!sqlite.waitForFinished(1800000) || sqlite.exitCode() != 0) {
        LINE("reference: sqlite3 failed: %s", sqlite.readAllStandardError().constData());
        return 1;
    }
    const double refWall = double(t.elapsed()) / 1000.0;
    const double refCpu = cpuSeconds(RUSAGE_CHILDREN) - c0;
    LINE("reference sqlite3 CLI, same aggregates in plain SQL: %.2f s wall, %.2f s CPU", refWall, refCpu);
    LINE("ratio (quarry / sqlite3): %.2f wall, %.2f CPU", wall.first() / refWall, cpu.first() / refCpu);
    return 0;
}
