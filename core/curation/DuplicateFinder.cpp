#include "curation/DuplicateFinder.h"

#include "curation/PairRepository.h"
#include "store/Database.h"
#include "store/ProjectStore.h"
#include "store/Statement.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <limits>
#include <numeric>
#include <vector>

namespace quarry {

namespace {

constexpr int kHashes = 128;
constexpr int kBands = 32;
constexpr int kRows = kHashes / kBands;
// Verified candidates kept before the final cut (memory bound for very repetitive projects).
constexpr qsizetype kCandidateCap = 200000;

const QString kDismissPrefix = QStringLiteral("duplicates.not_duplicate.");

QString dismissKey(qint64 a, qint64 b)
{
    if (a > b)
        std::swap(a, b);
    return kDismissPrefix + QStringLiteral("%1-%2").arg(a).arg(b);
}

void checkCancel(const TaskContext& task)
{
    task.throwIfCancelled(
        QCoreApplication::translate("quarry::DuplicateFinder", "Looking for duplicates was cancelled."));
}

quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

} // namespace

QString DuplicateFinder::comparableText(Database& db, qint64 pairId)
{
    Statement st = db.prepare(QStringLiteral("SELECT content FROM turns WHERE pair_id = ? ORDER BY seq"));
    st.bind(1, pairId);
    QString text;
    while (st.step()) {
        text += st.text(0);
        text += QLatin1Char('\n');
    }
    return text;
}

QList<MinHash::Candidate> DuplicateFinder::nearDuplicates(Database& db, double threshold, qint64 limit)
{
    // One pass over turns ordered by pair: no per-pair query.
    QString sql = QStringLiteral("SELECT pair_id, content FROM turns ");
    if (limit > 0)
        sql += QStringLiteral("WHERE pair_id IN (SELECT id FROM pairs ORDER BY id LIMIT %1) ").arg(limit);
    sql += QStringLiteral("ORDER BY pair_id, seq");
    Statement st = db.prepare(sql);
    QList<QPair<qint64, QList<quint32>>> items;
    qint64 current = 0;
    QString text;
    auto flush = [&] {
        if (current != 0)
            items.append({current, MinHash::signature(text)});
        text.clear();
    };
    while (st.step()) {
        const qint64 id = st.int64(0);
        if (id != current) {
            flush();
            current = id;
        }
        text += st.text(1);
        text += QLatin1Char('\n');
    }
    flush();
    return MinHash::candidates(items, threshold);
}

DuplicateFinder::Result DuplicateFinder::find(Database& db, const Options& o, const TaskContext& task)
{
    QElapsedTimer timer;
    timer.start();
    Result result;
    auto progress = [&](int percent) { task.progress(percent, 100); };
    progress(0);

    // 1. Which pairs: the filter's, newest first, at most maxPairs.
    PairFilter filter = o.filter;
    filter.sort = PairFilter::Sort::Id;
    filter.descending = true;
    QList<QVariant> binds;
    const QString where = PairRepository::whereClause(db, filter, binds);
    {
        Statement count = db.prepare(QStringLiteral("SELECT count(*) FROM pairs p") + where);
        PairRepository::bindAll(count, binds);
        count.step();
        result.pairsInScope = count.int64(0);
    }
    const qint64 n = o.maxPairs > 0 ? std::min(o.maxPairs, result.pairsInScope) : result.pairsInScope;
    result.pairsCompared = n;
    if (n < 2) {
        result.elapsedMs = timer.elapsed();
        progress(100);
        return result;
    }

    // 2. Their turns, one pass in pair order (the (pair_id, seq) index), no per-pair query.
    std::vector<qint64> ids;
    std::vector<QString> texts;
    ids.reserve(size_t(n));
    texts.reserve(size_t(n));
    {
        QString sql =
            QStringLiteral("SELECT t.pair_id, t.content FROM turns t WHERE t.pair_id IN (SELECT p.id "
                           "FROM pairs p") +
            where + QStringLiteral(" ORDER BY p.id DESC");
        if (o.maxPairs > 0)
            sql += QStringLiteral(" LIMIT %1").arg(o.maxPairs);
        sql += QStringLiteral(") ORDER BY t.pair_id, t.seq");
        Statement st = db.prepare(sql);
        PairRepository::bindAll(st, binds);
        qint64 current = 0;
        while (st.step()) {
            const qint64 id = st.int64(0);
            if (id != current) {
                current = id;
                ids.push_back(id);
                texts.emplace_back();
                if (ids.size() % 8192 == 0) {
                    checkCancel(task);
                    progress(int(20 * qint64(ids.size()) / n));
                }
            }
            texts.back() += st.text(1);
            texts.back() += QLatin1Char('\n');
        }
    }
    checkCancel(task);
    progress(20);
    const size_t count = ids.size();

    // 3. Signatures on every core, in chunks so that cancel and progress are checked often.
    std::vector<quint32> sigs(count * kHashes);
    {
        constexpr size_t kChunk = 1024;
        std::vector<size_t> chunks((count + kChunk - 1) / kChunk);
        std::iota(chunks.begin(), chunks.end(), size_t(0));
        std::atomic<size_t> done{0};
        QThreadPool pool;
        pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
        QFuture<void> future = QtConcurrent::map(&pool, chunks, [&](size_t chunk) {
            if (task.isCancelled())
                return;
            const size_t end = std::min(count, (chunk + 1) * kChunk);
            std::vector<quint64> shingles;
            for (size_t i = chunk * kChunk; i < end; ++i) {
                MinHash::signature(texts[i], sigs.data() + i * kHashes, shingles, kHashes);
                QString().swap(texts[i]); // the text is not needed any more
            }
            done += end - chunk * kChunk;
        });
        while (!future.isFinished()) {
            QThread::msleep(30);
            progress(20 + int(60 * qint64(done.load()) / qint64(count)));
        }
        future.waitForFinished();
        checkCancel(task);
    }
    std::vector<QString>().swap(texts);
    progress(80);

    // 4. LSH banding: items whose signatures agree on all rows of a band land in one run of the
    // sorted band hashes; those are verified on the whole signature.
    auto similarity = [&](size_t x, size_t y) {
        const quint32* a = sigs.data() + x * kHashes;
        const quint32* b = sigs.data() + y * kHashes;
        int same = 0;
        for (int i = 0; i < kHashes; ++i)
            same += a[i] == b[i] ? 1 : 0;
        return double(same) / kHashes;
    };
    QHash<quint64, double> found;
    auto consider = [&](size_t x, size_t y) {
        if (found.size() >= kCandidateCap)
            return;
        if (x > y)
            std::swap(x, y);
        const quint64 key = (quint64(x) << 32) | quint64(y);
        if (found.contains(key))
            return;
        const double s = similarity(x, y);
        if (s >= o.threshold)
            found.insert(key, s);
    };
    std::vector<std::pair<quint64, quint32>> band(count);
    for (int b = 0; b < kBands; ++b) {
        checkCancel(task);
        for (size_t i = 0; i < count; ++i) {
            quint64 h = quint64(b) * 0x9E3779B97F4A7C15ULL;
            for (int r = 0; r < kRows; ++r)
                h = mix(h ^ sigs[i * kHashes + size_t(b * kRows + r)]);
            band[i] = {h, quint32(i)};
        }
        std::sort(band.begin(), band.end());
        for (size_t start = 0; start < count;) {
            size_t end = start + 1;
            while (end < count && band[end].first == band[start].first)
                ++end;
            const size_t size = end - start;
            if (size > 1) {
                if (size <= size_t(std::max(2, o.fullBucket))) {
                    for (size_t x = start; x < end; ++x)
                        for (size_t y = x + 1; y < end; ++y)
                            consider(band[x].second, band[y].second);
                } else {
                    for (size_t y = start + 1; y < end; ++y)
                        consider(band[start].second, band[y].second);
                }
            }
            start = end;
        }
        progress(80 + 19 * (b + 1) / kBands);
    }

    // 5. Dismissed candidates out, most similar first, cut to maxCandidates.
    const QSet<QPair<qint64, qint64>> hidden =
        o.includeDismissed ? QSet<QPair<qint64, qint64>>() : dismissed(db);
    QList<MinHash::Candidate> out;
    out.reserve(found.size());
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        qint64 a = ids[size_t(it.key() >> 32)];
        qint64 b = ids[size_t(it.key() & 0xffffffffULL)];
        if (a > b)
            std::swap(a, b);
        if (!hidden.contains({a, b}))
            out.append({a, b, it.value()});
    }
    std::sort(out.begin(), out.end(), [](const MinHash::Candidate& l, const MinHash::Candidate& r) {
        return l.similarity != r.similarity ? l.similarity > r.similarity
                                            : (l.a != r.a ? l.a < r.a : l.b < r.b);
    });
    result.candidatesCut = found.size() >= kCandidateCap;
    if (o.maxCandidates > 0 && out.size() > o.maxCandidates) {
        out.resize(o.maxCandidates);
        result.candidatesCut = true;
    }
    result.candidates = out;
    result.elapsedMs = timer.elapsed();
    progress(100);
    return result;
}

void DuplicateFinder::dismiss(ProjectStore& store, qint64 a, qint64 b)
{
    store.setSetting(dismissKey(a, b), true);
}

void DuplicateFinder::undismiss(ProjectStore& store, qint64 a, qint64 b)
{
    Statement st = store.db().prepare(QStringLiteral("SELECT 1 FROM settings WHERE key = ?"));
    st.bind(1, dismissKey(a, b));
    if (st.step())
        store.setSetting(dismissKey(a, b), false);
}

QSet<QPair<qint64, qint64>> DuplicateFinder::dismissed(Database& db)
{
    QSet<QPair<qint64, qint64>> out;
    // The settings table holds each value as a one-element JSON array (ProjectStore::setSetting).
    Statement st =
        db.prepare(QStringLiteral("SELECT substr(key, ?1) FROM settings WHERE key >= ?2 AND key < ?3 "
                                  "AND value = '[true]'"));
    st.bindAll(qint64(kDismissPrefix.size() + 1), kDismissPrefix, kDismissPrefix + QChar(0xffff));
    while (st.step()) {
        const QStringList parts = st.text(0).split(QLatin1Char('-'));
        if (parts.size() == 2)
            out.insert({parts[0].toLongLong(), parts[1].toLongLong()});
    }
    return out;
}

} // namespace quarry
