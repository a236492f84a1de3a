// bench_curation: the curation figures of a project with (by default) 1,000,000 pairs.
//   bench_curation [PROJECT] [--pairs N]
// Generates PROJECT with SyntheticGenerator when it does not exist, then measures:
//   - opening the project and showing the first screen of PairListModel (target < 1 s)
//   - full-text queries (Korean, English, a two-syllable Korean word) (target < 100 ms)
//   - scrolling: fetching random windows of rows, and how long data() keeps the GUI thread
//   - peak RSS (target < 500 MB)
// Reference: the same queries run by the sqlite3 command-line tool on the same file (MATCH on the
// trigram index; for two-character queries, which the trigram index cannot answer directly, a scan
// with instr(), since LIKE '%xy%' on a trigram table finds nothing for patterns under 3 characters).
// Both sides answer the same question (the ids of the pairs containing the text): the CLI lists
// its ids once more, untimed, and they must equal FullTextSearch's (exit code 1 otherwise). Wall
// and CPU time (the CLI timer's user + sys) are printed for both.
#include "BenchSupport.h"
#include "curation/FullTextSearch.h"
#include "curation/PairListModel.h"
#include "curation/PairRepository.h"
#include "curation/SyntheticGenerator.h"
#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace quarry;

namespace {

qint64 peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QString s = QString::fromLatin1(f.readAll());
    const auto m = QRegularExpression(QStringLiteral("VmHWM:\\s+(\\d+)")).match(s);
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

// Runs one SQL statement with the sqlite3 CLI and returns its own timer's real time in ms (and
// user + sys in cpuMs).
double sqliteCliMs(const QString& path, const QString& sql, QString* output = nullptr,
                   double* cpuMs = nullptr)
{
    QProcess p;
    // The CLI prints its timer only for statements read from stdin.
    p.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), path});
    p.write(QStringLiteral(".timer on\n%1\n").arg(sql).toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(600000))
        return -1;
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    if (output)
        *output = out.section(QLatin1Char('\n'), 0, 0).trimmed();
    const auto m = QRegularExpression(QStringLiteral("Run Time: real ([0-9.]+) user ([0-9.]+) sys ([0-9.]+)"))
                       .match(out);
    if (cpuMs && m.hasMatch())
        *cpuMs = (m.captured(2).toDouble() + m.captured(3).toDouble()) * 1000.0;
    return m.hasMatch() ? m.captured(1).toDouble() * 1000.0 : -1;
}

// The ids the sqlite3 CLI lists for a query (one per line), in ascending order.
QList<qint64> sqliteCliIds(const QString& path, const QString& sql)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), path, sql});
    if (!p.waitForFinished(600000))
        return {};
    QList<qint64> ids;
    for (const QByteArray& line : p.readAllStandardOutput().split('\n'))
        if (!line.trimmed().isEmpty())
            ids << line.trimmed().toLongLong();
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    qint64 pairs = 1000000;
    const int at = int(args.indexOf(QStringLiteral("--pairs")));
    if (at >= 0 && at + 1 < args.size()) {
        pairs = args.at(at + 1).toLongLong();
        args.remove(at, 2);
    }
    const QString path = args.value(0, QStringLiteral("bench_curation_%1.quarry").arg(pairs));

    if (!QFileInfo::exists(path)) {
        LINE("generating %lld pairs into %s ...", pairs, qPrintable(path));
        QElapsedTimer t;
        t.start();
        auto store = ProjectStore::create(path);
        SyntheticGenerator::Options o;
        o.pairs = pairs;
        SyntheticGenerator::generate(store->db(), o);
        LINE("generated in %.1f s", double(t.elapsed()) / 1000.0);
    }

    // 1. Open + first screen.
    QElapsedTimer t;
    t.start();
    auto store = ProjectStore::open(path, ProjectStore::OpenMode::ReadOnly);
    const double openMs = double(t.nsecsElapsed()) / 1e6;
    PairListModel model;
    model.setProject(store.get());
    // The first screen: the first ids arrive ahead of the full list, then their rows.
    waitFor([&] { return model.rowCount() >= 40 || !model.isLoading(); }, 60000);
    for (int r = 0; r < 40; ++r)
        model.data(model.index(r, PairListModel::FirstTurnColumn));
    waitFor([&] { return model.isRowLoaded(0) && model.isRowLoaded(39); }, 60000);
    const double firstScreenMs = double(t.nsecsElapsed()) / 1e6;
    const bool listed = waitFor([&] { return !model.isLoading(); }, 60000);
    const double idsMs = double(t.nsecsElapsed()) / 1e6;
    const qint64 total = model.rowCount();
    LINE("pairs in project:            %lld", total);
    LINE("open project:                %8.1f ms", openMs);
    LINE("first screen (40 rows):      %8.1f ms   target < 1000 ms  %s", firstScreenMs,
         firstScreenMs < 1000 ? "OK" : "MISSED");
    LINE("whole id list in model:      %8.1f ms%s (in the background; the view is usable before)", idsMs,
         listed ? "" : " (timed out)");

    // 2. Scrolling: random windows; data() must return at once (placeholders) and the rows follow.
    QRandomGenerator rng(7);
    double worstDataUs = 0;
    double sumFetchMs = 0;
    double worstFetchMs = 0;
    const int windows = 50;
    for (int w = 0; w < windows; ++w) {
        const int first = int(rng.bounded(quint32(std::max<qint64>(1, total - 40))));
        QElapsedTimer ft;
        ft.start();
        for (int r = first; r < first + 40 && r < total; ++r) {
            QElapsedTimer dt;
            dt.start();
            model.data(model.index(r, PairListModel::FirstTurnColumn));
            worstDataUs = std::max(worstDataUs, double(dt.nsecsElapsed()) / 1e3);
        }
        waitFor(
            [&] {
                return model.isRowLoaded(first) &&
                       model.isRowLoaded(std::min<int>(first + 39, int(total) - 1));
            },
            60000);
        const double ms = double(ft.nsecsElapsed()) / 1e6;
        sumFetchMs += ms;
        worstFetchMs = std::max(worstFetchMs, ms);
    }
    LINE("scroll: window of 40 rows:   %8.1f ms mean, %.1f ms worst (off the GUI thread)",
         sumFetchMs / windows, worstFetchMs);
    LINE("scroll: longest data() call: %8.3f ms (GUI thread never waits for SQLite)", worstDataUs / 1000.0);

    // 3. Full-text queries, ours against the sqlite3 CLI on the same file.
    struct Query
    {
        QString label;
        QString text;
    };
    const QList<Query> queries = {
        {QStringLiteral("Korean 3+ chars '환자의 혈압'"), QStringLiteral("환자의 혈압")},
        {QStringLiteral("Korean 3 chars '보증금'"), QStringLiteral("보증금")},
        {QStringLiteral("English 'patient review'"), QStringLiteral("patient review")},
        {QStringLiteral("Korean 2 chars '환자'"), QStringLiteral("환자")},
        {QStringLiteral("Korean 2 chars '혈압'"), QStringLiteral("혈압")}};
    Database& db = store->db();
    int status = 0;
    for (const Query& q : queries) {
        // Warm once (page cache, vocabulary table), then best of three.
        FullTextSearch::search(db, q.text, 200);
        double pageMs = 1e9;
        double allMs = 1e9;
        double allCpuMs = 1e9;
        QList<qint64> ours;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer qt;
            qt.start();
            FullTextSearch::search(db, q.text, 200);
            pageMs = std::min(pageMs, double(qt.nsecsElapsed()) / 1e6);
            const double cpu0 = bench::cpuSeconds(RUSAGE_SELF);
            qt.restart();
            ours = FullTextSearch::search(db, q.text);
            allMs = std::min(allMs, double(qt.nsecsElapsed()) / 1e6);
            allCpuMs = std::min(allCpuMs, (bench::cpuSeconds(RUSAGE_SELF) - cpu0) * 1000.0);
        }
        QString escaped = q.text;
        escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
        const QString where =
            q.text.size() >= 3 ? QStringLiteral("FROM pairs_fts WHERE pairs_fts MATCH '\"%1\"'").arg(escaped)
                               : QStringLiteral("FROM pairs_fts WHERE instr(body, '%1') > 0").arg(escaped);
        QString refCount;
        double refMs = 1e9;
        double refCpuMs = 1e9;
        for (int i = 0; i < 2; ++i) {
            double cpu = -1;
            refMs = std::min(
                refMs, sqliteCliMs(path, QStringLiteral("SELECT count(*) %1;").arg(where), &refCount, &cpu));
            refCpuMs = std::min(refCpuMs, cpu);
        }
        // The same answer: the CLI's ids (listed once more, untimed) against ours.
        const QList<qint64> theirs =
            sqliteCliIds(path, QStringLiteral("SELECT rowid %1 ORDER BY rowid;").arg(where));
        const bool same = theirs == ours && refCount.toLongLong() == ours.size();
        if (!same)
            status = 1;
        LINE("search %-28s first 200: %7.1f ms | all %7lld hits: %7.1f ms wall, %7.1f ms CPU | sqlite3 CLI "
             "%s: "
             "%7.1f ms wall, %7.1f ms CPU (%s hits) | ratio all/CLI %.2f wall, %.2f CPU | hits %s  %s",
             qPrintable(q.label), pageMs, qlonglong(ours.size()), allMs, allCpuMs,
             q.text.size() >= 3 ? "MATCH" : "instr", refMs, refCpuMs, qPrintable(refCount),
             refMs > 0 ? allMs / refMs : 0.0, refCpuMs > 0 ? allCpuMs / refCpuMs : 0.0,
             same ? "equal" : "DIFFER", pageMs < 100 ? "OK" : "MISSED");
    }

    // 4. The list filtered by a text query (what the search box does), through the worker.
    {
        PairFilter f;
        f.text = QStringLiteral("보증금");
        QElapsedTimer ft;
        ft.start();
        model.setFilter(f);
        waitFor([&] { return !model.isLoading(); }, 60000);
        LINE("model filtered by '보증금':   %8.1f ms (%d rows)", double(ft.nsecsElapsed()) / 1e6,
             model.rowCount());
    }

    const qint64 rss = peakRssKb();
    LINE("peak RSS:                    %8.1f MB   target < 500 MB  %s", double(rss) / 1024.0,
         rss < 500 * 1024 ? "OK" : "MISSED");
    return status;
}
