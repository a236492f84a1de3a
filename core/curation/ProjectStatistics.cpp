#include "curation/ProjectStatistics.h"

#include "store/Database.h"
#include "store/Statement.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QScopeGuard>
#include <algorithm>
#include <cstring>
#include <iterator>
#include <sqlite3.h>

namespace quarry {

namespace {

const char* const kStatuses[] = {"draft", "review", "approved", "rejected"};
const char* const kOrigins[] = {"manual", "imported", "llm"};
const char* const kDetectionStatuses[] = {"pending", "accepted", "rejected", "manual"};
const char* const kDocumentStatuses[] = {"pending", "ok", "ocr", "warnings", "failed", "unsupported"};
const char* const kMethods[] = {"text", "ocr", "none"};

template <size_t N> QList<NamedCount> zeroCounts(const char* const (&keys)[N])
{
    QList<NamedCount> list;
    for (const char* k : keys)
        list.append({QString::fromLatin1(k), 0});
    return list;
}

// Adds n to the entry named key; a spelling the schema does not know (a newer file) is appended
// rather than dropped, so the totals still add up.
void addTo(QList<NamedCount>& list, const QString& key, qint64 n)
{
    for (NamedCount& c : list)
        if (c.key == key) {
            c.count += n;
            return;
        }
    list.append({key, n});
}

void sortByCount(QList<NamedCount>& list)
{
    std::stable_sort(list.begin(), list.end(), [](const NamedCount& a, const NamedCount& b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    });
}

QJsonObject countsObject(const QList<NamedCount>& list)
{
    QJsonObject o;
    for (const NamedCount& c : list)
        o.insert(c.key, c.count);
    return o;
}

LengthHistogram emptyHistogram(const QList<qint64>& lower)
{
    LengthHistogram h;
    h.lower = lower;
    h.counts = QList<qint64>(lower.size(), 0);
    return h;
}

} // namespace

void LengthHistogram::add(qint64 value)
{
    // upper_bound finds the first bound above the value; the bucket is the one before it.
    const auto it = std::upper_bound(lower.cbegin(), lower.cend(), value);
    const qsizetype i = std::max<qsizetype>(0, qsizetype(it - lower.cbegin()) - 1);
    ++counts[i];
    ++samples;
    total += value;
    max = std::max(max, value);
}

QJsonObject LengthHistogram::toJson() const
{
    QJsonArray buckets;
    for (qsizetype i = 0; i < lower.size(); ++i) {
        QJsonObject b{{QStringLiteral("from"), lower[i]}, {QStringLiteral("pairs"), counts.value(i)}};
        if (i + 1 < lower.size())
            b.insert(QStringLiteral("to"), lower[i + 1] - 1);
        buckets.append(b);
    }
    return QJsonObject{{QStringLiteral("buckets"), buckets},
                       {QStringLiteral("samples"), samples},
                       {QStringLiteral("total"), total},
                       {QStringLiteral("max"), max},
                       {QStringLiteral("mean"), qRound64(mean() * 10.0) / 10.0}};
}

QJsonObject ProjectFigures::toJson() const
{
    QJsonObject ratingObject{{QStringLiteral("unrated"), ratings.value(0)}};
    for (int r = 1; r <= 5; ++r)
        ratingObject.insert(QString::number(r), ratings.value(r));
    QJsonArray tags;
    for (const NamedCount& c : pairsByTag)
        tags.append(QJsonObject{{QStringLiteral("tag"), c.key}, {QStringLiteral("pairs"), c.count}});
    QJsonArray docs;
    for (qsizetype i = 0; i < pairsByDocument.size(); ++i)
        docs.append(QJsonObject{{QStringLiteral("id"), documentIds.value(i)},
                                {QStringLiteral("document"), pairsByDocument[i].key},
                                {QStringLiteral("pairs"), pairsByDocument[i].count}});
    return QJsonObject{
        {QStringLiteral("pairs"), QJsonObject{{QStringLiteral("total"), pairs},
                                              {QStringLiteral("by_status"), countsObject(pairsByStatus)},
                                              {QStringLiteral("by_origin"), countsObject(pairsByOrigin)},
                                              {QStringLiteral("ratings"), ratingObject},
                                              {QStringLiteral("by_tag"), tags},
                                              {QStringLiteral("untagged"), untaggedPairs},
                                              {QStringLiteral("by_document"), docs},
                                              {QStringLiteral("without_source"), pairsWithoutSource}}},
        {QStringLiteral("lengths"),
         QJsonObject{{QStringLiteral("user_chars"), userChars.toJson()},
                     {QStringLiteral("assistant_chars"), assistantChars.toJson()},
                     {QStringLiteral("user_tokens"), userTokens.toJson()},
                     {QStringLiteral("assistant_tokens"), assistantTokens.toJson()}}},
        {QStringLiteral("detections"),
         QJsonObject{{QStringLiteral("total"), detections},
                     {QStringLiteral("by_type"), countsObject(detectionsByType)},
                     {QStringLiteral("by_status"), countsObject(detectionsByStatus)}}},
        {QStringLiteral("documents"),
         QJsonObject{{QStringLiteral("total"), documents},
                     {QStringLiteral("by_status"), countsObject(documentsByStatus)},
                     {QStringLiteral("pages"), pages},
                     {QStringLiteral("pages_by_method"), countsObject(pagesByMethod)}}},
        {QStringLiteral("elapsed_ms"), elapsedMs},
    };
}

QList<qint64> ProjectStatistics::charBuckets()
{
    return {0, 20, 50, 100, 200, 500, 1000, 2000, 5000};
}

QList<qint64> ProjectStatistics::tokenBuckets()
{
    return {0, 10, 20, 50, 100, 200, 500, 1000, 2000};
}

void ProjectStatistics::countUtf8(const char* text, int bytes, qint64& ascii, qint64& other)
{
    const auto* p = reinterpret_cast<const unsigned char*>(text);
    qint64 a = 0, o = 0;
    for (int i = 0; i < bytes; ++i) {
        const unsigned char b = p[i];
        if (b < 0x80)
            ++a;
        else if (b >= 0xC0) // a lead byte; 0x80..0xBF continue a character already counted
            ++o;
    }
    ascii += a;
    other += o;
}

void ProjectStatistics::checkCancelled(int stepsDone) const
{
    m_task->throwIfCancelled(
        QCoreApplication::translate("quarry::ProjectStatistics", "Computing statistics was cancelled."));
    if (stepsDone >= 0)
        m_task->progress(stepsDone, kSteps);
}

ProjectFigures ProjectStatistics::compute(const TaskContext& task)
{
    QElapsedTimer timer;
    timer.start();
    m_task = &task;
    const auto forgetTask = qScopeGuard([this] { m_task = &TaskContext::none(); });
    // A cancel also stops the query running at that moment (the pass over the turns is long).
    const TaskContext::CancelHook interrupt(task, [this] { m_db.interrupt(); });
    ProjectFigures f;
    // One read transaction: every figure describes the same state of the project, even while the
    // GUI writes through its own connection.
    const bool ownTransaction = !m_db.inTransaction();
    if (ownTransaction)
        m_db.exec(QStringLiteral("BEGIN"));
    try {
        countPairs(f);
        checkCancelled(1);
        countTags(f);
        checkCancelled(2);
        countDocuments(f);
        checkCancelled(3);
        countDetections(f);
        checkCancelled(4);
        countIngest(f);
        checkCancelled(5);
        scanPairs(f);
        m_task->progress(kSteps, kSteps);
    } catch (...) {
        if (ownTransaction) {
            try {
                m_db.exec(QStringLiteral("ROLLBACK"));
            } catch (const Error&) {
                // The first error is the one to report.
            }
        }
        throw;
    }
    if (ownTransaction)
        m_db.exec(QStringLiteral("COMMIT"));
    f.elapsedMs = timer.elapsed();
    return f;
}

void ProjectStatistics::countPairs(ProjectFigures& f)
{
    // Served by the pairs_status index without touching the rows.
    f.pairsByStatus = zeroCounts(kStatuses);
    Statement st = m_db.prepare(QStringLiteral("SELECT status, count(*) FROM pairs GROUP BY status"));
    while (st.step()) {
        addTo(f.pairsByStatus, st.text(0), st.int64(1));
        f.pairs += st.int64(1);
    }
    // Origin and rating are counted in the pass over the text (scanPairs): a scan of their own
    // would read every pair row a second time.
}

void ProjectStatistics::countTags(ProjectFigures& f)
{
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT t.name, x.n FROM (SELECT tag_id, count(*) AS n FROM pair_tags GROUP BY tag_id) x "
        "JOIN tags t ON t.id = x.tag_id"));
    while (st.step())
        f.pairsByTag.append({st.text(0), st.int64(1)});
    sortByCount(f.pairsByTag);
    // GROUP BY walks the (pair_id, tag_id) key in order; count(DISTINCT) would build a temporary
    // b-tree of a million ids first (three times slower).
    const qint64 tagged =
        m_db.queryInt(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM pair_tags GROUP BY pair_id)"));
    f.untaggedPairs = f.pairs - tagged;
}

void ProjectStatistics::countDocuments(ProjectFigures& f)
{
    // A source names its document directly or through its passage; one whose document was removed
    // names neither and counts as no source.
    const QString linked = QStringLiteral(
        "SELECT ps.pair_id, coalesce(ps.document_id, pa.document_id) AS doc FROM pair_sources ps "
        "LEFT JOIN passages pa ON pa.id = ps.passage_id WHERE coalesce(ps.document_id, pa.document_id) IS "
        "NOT NULL");
    Statement st =
        m_db.prepare(QStringLiteral("SELECT d.id, coalesce(nullif(trim(d.title), ''), d.name), x.n FROM "
                                    "(SELECT doc, count(DISTINCT pair_id) AS n FROM (%1) GROUP BY doc) x "
                                    "JOIN documents d ON d.id = x.doc ORDER BY x.n DESC, 2, d.id")
                         .arg(linked));
    while (st.step()) {
        f.documentIds.append(st.int64(0));
        f.pairsByDocument.append({st.text(1), st.int64(2)});
    }
    const qint64 withSource = m_db.queryInt(
        QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM (%1) GROUP BY pair_id)").arg(linked));
    f.pairsWithoutSource = f.pairs - withSource;
}

void ProjectStatistics::countDetections(ProjectFigures& f)
{
    // Grouped in the order of the detections_status index, so no sort.
    f.detectionsByStatus = zeroCounts(kDetectionStatuses);
    Statement st = m_db.prepare(
        QStringLiteral("SELECT status, entity_type, count(*) FROM detections GROUP BY status, entity_type"));
    while (st.step()) {
        const qint64 n = st.int64(2);
        addTo(f.detectionsByStatus, st.text(0), n);
        addTo(f.detectionsByType, st.text(1), n);
        f.detections += n;
    }
    sortByCount(f.detectionsByType);
}

void ProjectStatistics::countIngest(ProjectFigures& f)
{
    QList<NamedCount> byStatus = zeroCounts(kDocumentStatuses);
    Statement st = m_db.prepare(QStringLiteral("SELECT status, count(*) FROM documents GROUP BY status"));
    while (st.step()) {
        addTo(byStatus, st.text(0), st.int64(1));
        f.documents += st.int64(1);
    }
    for (const NamedCount& c : byStatus)
        if (c.count)
            f.documentsByStatus.append(c);

    f.pagesByMethod = zeroCounts(kMethods);
    Statement pages = m_db.prepare(QStringLiteral("SELECT method, count(*) FROM pages GROUP BY method"));
    while (pages.step()) {
        addTo(f.pagesByMethod, pages.text(0), pages.int64(1));
        f.pages += pages.int64(1);
    }
}

void ProjectStatistics::scanPairs(ProjectFigures& f)
{
    f.userChars = emptyHistogram(charBuckets());
    f.assistantChars = emptyHistogram(charBuckets());
    f.userTokens = emptyHistogram(tokenBuckets());
    f.assistantTokens = emptyHistogram(tokenBuckets());

    f.pairsByOrigin = zeroCounts(kOrigins);
    f.ratings = QList<qint64>(6, 0);

    // The one pass over the text: pairs in id order, each followed by its turns through the
    // (pair_id, seq) index. The bytes are counted where SQLite keeps them, never converted to
    // QString: a million pairs are a few hundred megabytes of text. Origin and rating ride along.
    Statement st = m_db.prepare(
        QStringLiteral("SELECT p.id, p.context, p.origin, p.rating, t.role, t.content FROM pairs p "
                       "LEFT JOIN turns t ON t.pair_id = p.id ORDER BY p.id"));
    sqlite3_stmt* h = st.handle();
    qint64 current = 0;
    bool any = false;
    qint64 userAscii = 0, userOther = 0, asstAscii = 0, asstOther = 0;
    auto flush = [&] {
        f.userChars.add(userAscii + userOther);
        f.userTokens.add(approximateTokens(userAscii, userOther));
        f.assistantChars.add(asstAscii + asstOther);
        f.assistantTokens.add(approximateTokens(asstAscii, asstOther));
        userAscii = userOther = asstAscii = asstOther = 0;
    };
    auto text = [h](int column) { return reinterpret_cast<const char*>(sqlite3_column_text(h, column)); };
    qint64 rows = 0;
    while (st.step()) {
        if ((++rows & 0xFFF) == 0)
            checkCancelled();
        const qint64 id = sqlite3_column_int64(h, 0);
        if (!any || id != current) {
            if (any)
                flush();
            any = true;
            current = id;
            if (const char* context = text(1))
                countUtf8(context, sqlite3_column_bytes(h, 1), userAscii, userOther);
            if (const char* origin = text(2)) {
                bool known = false;
                for (qsizetype i = 0; i < qsizetype(std::size(kOrigins)) && !known; ++i)
                    if (std::strcmp(origin, kOrigins[i]) == 0) {
                        ++f.pairsByOrigin[i].count;
                        known = true;
                    }
                if (!known)
                    addTo(f.pairsByOrigin, QString::fromUtf8(origin), 1);
            }
            const int rating = sqlite3_column_type(h, 3) == SQLITE_NULL ? 0 : sqlite3_column_int(h, 3);
            if (rating >= 0 && rating <= 5)
                ++f.ratings[rating];
        }
        const char* role = text(4);
        if (!role)
            continue; // a pair without turns
        const char* content = text(5);
        const int bytes = sqlite3_column_bytes(h, 5);
        if (role[0] == 'u')
            countUtf8(content, bytes, userAscii, userOther);
        else
            countUtf8(content, bytes, asstAscii, asstOther);
    }
    if (any)
        flush();
}

} // namespace quarry
