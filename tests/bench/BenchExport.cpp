// Export throughput on a generated project of N pairs (default 1,000,000), printed beside
// `sqlite3 -json` dumping the same rows (pairs with their turns, tags and sources) in the same run.
//   bench_export [PAIRS] [WORKDIR]
#include "ExportFixture.h"
#include "export/Exporter.h"
#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace quarry;

namespace {

double mb(qint64 bytes)
{
    return double(bytes) / 1e6;
}

qint64 dirBytes(const QString& path)
{
    qint64 n = 0;
    for (const QFileInfo& f : QDir(path).entryInfoList(QDir::Files))
        n += f.size();
    return n;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 pairs = args.size() > 1 ? args[1].toLongLong() : 1000000;
    QTemporaryDir tmp;
    const QString work = args.size() > 2 ? args[2] : tmp.path();
    QDir().mkpath(work);
    const QString project = work + QStringLiteral("/bench.quarry");
    QFile::remove(project);

    QElapsedTimer t;
    t.start();
    {
        auto store = test::ExportFixture::create(project);
        test::ExportFixture::generate(*store, pairs, 200);
    }
    std::printf("generated %lld pairs in %.1f s (%.0f MB project)\n", static_cast<long long>(pairs),
                double(t.elapsed()) / 1000.0, mb(QFileInfo(project).size()));

    // Reference: sqlite3 -json over the same rows, written to a file as our export is.
    const QString dumpPath = work + QStringLiteral("/dump.json");
    const QString sql = QStringLiteral(
        "SELECT p.id, p.status, p.system_prompt, p.context, t.seq, t.role, t.content, t.weight FROM pairs p JOIN "
        "turns t ON t.pair_id = p.id WHERE p.status = 'approved' ORDER BY p.id, t.seq;"
        "SELECT pt.pair_id, tg.name FROM pair_tags pt JOIN tags tg ON tg.id = pt.tag_id ORDER BY pt.pair_id;"
        "SELECT pair_id, document_id, page_no FROM pair_sources ORDER BY pair_id, id;");
    QProcess sqlite;
    sqlite.setStandardOutputFile(dumpPath);
    t.restart();
    sqlite.start(QStringLiteral("sqlite3"), {QStringLiteral("-json"), QStringLiteral("-readonly"), project, sql});
    sqlite.waitForFinished(-1);
    const double sqliteSeconds = double(t.elapsed()) / 1000.0;
    const qint64 sqliteBytes = QFileInfo(dumpPath).size();
    QFile::remove(dumpPath);

    const auto runExport = [&](const QString& name, bool finalScan, std::optional<double> near) {
        auto store = ProjectStore::open(project);
        ExportOptions o;
        o.format = QStringLiteral("openai");
        o.outDir = work + QStringLiteral("/") + name;
        QDir(o.outDir).removeRecursively();
        o.splitRatios = {0.9, 0.1};
        o.finalScan = finalScan;
        o.nearDuplicateThreshold = near;
        QElapsedTimer et;
        et.start();
        const ExportReport r = Exporter(*store, o).run();
        const double s = double(et.elapsed()) / 1000.0;
        const qint64 bytes = dirBytes(o.outDir);
        std::printf("quarry export (%s): %lld records, %.1f MB in %.2f s = %.1f MB/s\n", qPrintable(name),
                    static_cast<long long>(r.written), mb(bytes), s, mb(bytes) / s);
        QDir(o.outDir).removeRecursively();
        return std::pair(s, bytes);
    };

    std::printf("sqlite3 -json dump: %.1f MB in %.2f s = %.1f MB/s\n", mb(sqliteBytes), sqliteSeconds,
                mb(sqliteBytes) / sqliteSeconds);
    const auto [s1, b1] = runExport(QStringLiteral("default"), true, std::nullopt);
    std::printf("  ratio vs sqlite3: %.2fx the MB/s, %.2fx the time\n", (mb(b1) / s1) / (mb(sqliteBytes) / sqliteSeconds),
                s1 / sqliteSeconds);
    const auto [s2, b2] = runExport(QStringLiteral("no-final-scan"), false, std::nullopt);
    std::printf("  ratio vs sqlite3: %.2fx the MB/s, %.2fx the time\n", (mb(b2) / s2) / (mb(sqliteBytes) / sqliteSeconds),
                s2 / sqliteSeconds);
    if (args.contains(QStringLiteral("--near"))) {
        const auto [s3, b3] = runExport(QStringLiteral("near-dedup-0.9"), false, 0.9);
        std::printf("  ratio vs sqlite3: %.2fx the time\n", s3 / sqliteSeconds);
    }
    QFile::remove(project);
    return 0;
}
