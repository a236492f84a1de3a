#include "redact/DetectionStore.h"

#include "redact/Scanner.h"
#include "store/Database.h"
#include "store/DetectionStatus.h"
#include "store/ProjectStore.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "util/Clock.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace quarry {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("quarry::DetectionStore", text);
}

const QString kAutoAccept = QStringLiteral("redact.auto_accept");

QString comparable(const QString& v)
{
    QString k = Scanner::normalized(v).toLower();
    k.remove(QLatin1Char(' '));
    k.remove(QLatin1Char('-'));
    k.remove(QLatin1Char('.'));
    return k;
}

const char* kSelect =
    "SELECT d.id, d.page_id, p.document_id, p.page_no, d.start, d.end, d.entity_type, d.rule, d.score, "
    "d.value, "
    "d.status, coalesce(d.operator, ''), coalesce(d.decided_by, ''), coalesce(d.decided_at, ''), "
    "(SELECT pages_estimated FROM documents WHERE id = p.document_id) "
    "FROM detections d JOIN pages p ON p.id = d.page_id ";

StoredDetection readRow(const Statement& st)
{
    StoredDetection d;
    d.id = st.int64(0);
    d.pageId = st.int64(1);
    d.documentId = st.int64(2);
    d.pageNo = st.int32(3);
    d.start = st.int32(4);
    d.end = st.int32(5);
    d.type = st.text(6);
    d.rule = st.text(7);
    d.score = st.real(8);
    d.value = st.text(9);
    d.status = st.text(10);
    d.op = st.text(11);
    d.decidedBy = st.text(12);
    d.decidedAt = st.text(13);
    d.pageEstimated = st.int32(14) != 0;
    return d;
}

} // namespace

DetectionStore::DetectionStore(ProjectStore& store) : m_store(store) {}

qsizetype DetectionStore::nearestOccurrence(const QString& text, const QString& value, qsizetype near)
{
    if (value.isEmpty())
        return -1;
    qsizetype best = -1;
    for (qsizetype pos = text.indexOf(value); pos >= 0; pos = text.indexOf(value, pos + 1))
        if (best < 0 || qAbs(pos - near) < qAbs(best - near))
            best = pos;
    return best;
}

bool DetectionStore::isValidStatus(const QString& status)
{
    return detectionStatusFromString(status).has_value();
}

QString DetectionStore::pageText(qint64 pageId)
{
    Statement st =
        m_store.db().prepare(QStringLiteral("SELECT coalesce(corrected_text, text) FROM pages WHERE id = ?"));
    st.bind(1, pageId);
    if (!st.step())
        throw Error(tr("page %1 does not exist").arg(pageId), Error::Kind::NotFound);
    return st.text(0);
}

std::optional<double> DetectionStore::autoAcceptThreshold()
{
    const QJsonValue v = m_store.setting(kAutoAccept);
    if (v.isDouble())
        return v.toDouble();
    return std::nullopt;
}

void DetectionStore::setAutoAcceptThreshold(std::optional<double> score)
{
    if (score && (*score < 0.0 || *score > 1.0))
        throw Error(tr("auto-accept threshold %1: must be between 0 and 1").arg(*score),
                    Error::Kind::BadInput);
    m_store.setSetting(kAutoAccept, score ? QJsonValue(*score) : QJsonValue());
}

void DetectionStore::recordDecision(qint64 id, const QString& action, const QString& oldStatus,
                                    const QString& newStatus, const QString& oldType, const QString& newType)
{
    QJsonObject before, after;
    if (!oldStatus.isEmpty())
        before.insert(QStringLiteral("status"), oldStatus);
    if (!oldType.isEmpty())
        before.insert(QStringLiteral("type"), oldType);
    after.insert(QStringLiteral("status"), newStatus);
    after.insert(QStringLiteral("type"), newType);
    m_store.audit().record(m_store.actor(), QStringLiteral("detection"), id, action, before, after);
}

ScanSummary DetectionStore::scanPage(const Scanner& scanner, qint64 pageId)
{
    const std::optional<double> threshold = autoAcceptThreshold();
    Transaction tx(m_store.db());
    ScanSummary s = scanPageLocked(scanner, pageId, threshold);
    tx.commit();
    return s;
}

ScanSummary DetectionStore::scanProject(const Scanner& scanner, const TaskContext& task)
{
    const std::optional<double> threshold = autoAcceptThreshold();
    QList<qint64> pages;
    {
        Statement st =
            m_store.db().prepare(QStringLiteral("SELECT id FROM pages ORDER BY document_id, page_no"));
        while (st.step())
            pages << st.int64(0);
    }
    ScanSummary total;
    int done = 0;
    for (qint64 id : pages) {
        task.throwIfCancelled(tr("finding personal data was cancelled; the pages already looked through "
                                 "keep their detections"));
        // One transaction per page: an interrupted scan keeps what it finished.
        Transaction tx(m_store.db());
        const ScanSummary s = scanPageLocked(scanner, id, threshold);
        tx.commit();
        total.pages += s.pages;
        total.found += s.found;
        total.added += s.added;
        total.kept += s.kept;
        total.removed += s.removed;
        total.autoAccepted += s.autoAccepted;
        task.progress(++done, pages.size());
    }
    return total;
}

ScanSummary DetectionStore::scanPageLocked(const Scanner& scanner, qint64 pageId,
                                           std::optional<double> threshold)
{
    Database& db = m_store.db();
    ScanSummary summary;
    summary.pages = 1;
    const QString text = pageText(pageId);
    QList<Detection> found = scanner.scan(text);
    {
        // OCR pages whose text nobody corrected: words Tesseract was unsure of get a look too
        // (their offsets point into pages.text, which is then the text scanned).
        Statement st = db.prepare(QStringLiteral(
            "SELECT w.text_start, w.text_end, w.confidence FROM ocr_words w JOIN pages p ON p.id = w.page_id "
            "WHERE w.page_id = ? AND p.method = 'ocr' AND p.corrected_text IS NULL AND w.confidence < ? "
            "AND w.text_start IS NOT NULL AND w.text_end IS NOT NULL ORDER BY w.seq"));
        st.bindAll(pageId, Scanner::LowOcrConfidence);
        QList<Scanner::OcrWord> words;
        while (st.step())
            words << Scanner::OcrWord{st.int32(0), st.int32(1), st.real(2)};
        if (!words.isEmpty())
            found += scanner.uncertainOcrWords(text, words, found);
    }
    summary.found = int(found.size());

    struct Row
    {
        qint64 id;
        int start, end;
        QString value, status;
    };
    QList<Row> rows;
    {
        Statement st = db.prepare(QStringLiteral(
            "SELECT id, start, end, value, status FROM detections WHERE page_id = ? ORDER BY start"));
        st.bind(1, pageId);
        while (st.step())
            rows << Row{st.int64(0), st.int32(1), st.int32(2), st.text(3), st.text(4)};
    }
    Statement del = db.prepare(QStringLiteral("DELETE FROM detections WHERE id = ?"));
    Statement move = db.prepare(QStringLiteral("UPDATE detections SET start = ?, end = ? WHERE id = ?"));
    Statement refresh =
        db.prepare(QStringLiteral("UPDATE detections SET entity_type = ?, rule = ?, score = ? WHERE id = ?"));
    QList<bool> used(found.size(), false);
    QList<Row> kept;
    for (Row r : rows) {
        const bool decided = detectionStatusFromString(r.status) != DetectionStatus::Pending;
        if (!decided) {
            // A pending row found again stays (same id for the reviewer); otherwise it goes.
            qsizetype match = -1;
            for (qsizetype k = 0; k < found.size() && match < 0; ++k)
                if (!used[k] && found[k].start == r.start && found[k].end == r.end &&
                    found[k].text == r.value)
                    match = k;
            if (match >= 0) {
                used[match] = true;
                refresh.reset();
                refresh.bindAll(found[match].type, found[match].rule, found[match].score, r.id);
                refresh.run();
                ++summary.kept;
                if (threshold && found[match].score >= *threshold) {
                    Statement acc = db.prepare(QStringLiteral("UPDATE detections SET status = 'accepted', "
                                                              "decided_by = ?, decided_at = ? WHERE id = ?"));
                    acc.bindAll(m_store.actor(), nowUtcIso(), r.id);
                    acc.run();
                    recordDecision(r.id, QStringLiteral("auto_accept"), r.status, QStringLiteral("accepted"),
                                   found[match].type, found[match].type);
                    ++summary.autoAccepted;
                }
            } else {
                del.reset();
                del.bind(1, r.id);
                del.run();
                ++summary.removed;
            }
            continue;
        }
        if (text.mid(r.start, r.end - r.start) != r.value) {
            // The text was edited: follow the value to its nearest occurrence, or drop the row.
            const qsizetype best = nearestOccurrence(text, r.value, r.start);
            if (best < 0) {
                del.reset();
                del.bind(1, r.id);
                del.run();
                m_store.audit().record(
                    m_store.actor(), QStringLiteral("detection"), r.id, QStringLiteral("drop"),
                    QJsonObject{{QStringLiteral("status"), r.status}},
                    QJsonObject{{QStringLiteral("reason"), QStringLiteral("text changed")}});
                ++summary.removed;
                continue;
            }
            r.end = int(best) + (r.end - r.start);
            r.start = int(best);
            move.reset();
            move.bindAll(qint64(r.start), qint64(r.end), r.id);
            move.run();
        }
        kept << r;
    }

    Statement ins = db.prepare(QStringLiteral("INSERT INTO detections(page_id, start, end, entity_type, "
                                              "rule, score, value, status, decided_by, decided_at, "
                                              "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = nowUtcIso();
    for (qsizetype k = 0; k < found.size(); ++k) {
        if (used[k])
            continue;
        const Detection& det = found[k];
        bool covered = false;
        for (const Row& r : kept)
            if (r.start < det.end && det.start < r.end) {
                covered = true;
                break;
            }
        if (covered) {
            ++summary.kept; // a decision already covers this span
            continue;
        }
        const bool autoAccept = threshold && det.score >= *threshold;
        ins.reset();
        ins.bindAll(pageId, qint64(det.start), qint64(det.end), det.type, det.rule, det.score, det.text,
                    autoAccept ? QStringLiteral("accepted") : QStringLiteral("pending"));
        if (autoAccept) {
            ins.bind(9, m_store.actor());
            ins.bind(10, now);
        } else {
            ins.bindNull(9);
            ins.bindNull(10);
        }
        ins.bind(11, now);
        ins.run();
        if (autoAccept) {
            ++summary.autoAccepted;
            recordDecision(db.lastInsertId(), QStringLiteral("auto_accept"), QString(),
                           QStringLiteral("accepted"), QString(), det.type);
        }
        ++summary.added;
    }
    return summary;
}

QList<StoredDetection> DetectionStore::list(const DetectionFilter& f)
{
    QString sql = QString::fromLatin1(kSelect) + QStringLiteral("WHERE 1 = 1");
    if (f.documentId)
        sql += QStringLiteral(" AND p.document_id = %1").arg(*f.documentId);
    if (f.pageId)
        sql += QStringLiteral(" AND d.page_id = %1").arg(*f.pageId);
    QStringList statuses;
    for (const QString& s : f.statuses)
        if (isValidStatus(s))
            statuses << QStringLiteral("'%1'").arg(s);
    if (!statuses.isEmpty())
        sql += QStringLiteral(" AND d.status IN (%1)").arg(statuses.join(QLatin1Char(',')));
    if (!f.type.isEmpty())
        sql += QStringLiteral(" AND d.entity_type = :type");
    if (!f.rule.isEmpty())
        sql += QStringLiteral(" AND d.rule = :rule");
    if (f.minScore)
        sql += QStringLiteral(" AND d.score >= :score");
    sql += QStringLiteral(" ORDER BY p.document_id, p.page_no, d.start");
    Statement st = m_store.db().prepare(sql);
    int i = 0;
    if (!f.type.isEmpty())
        st.bind(++i, f.type);
    if (!f.rule.isEmpty())
        st.bind(++i, f.rule);
    if (f.minScore)
        st.bind(++i, *f.minScore);
    QList<StoredDetection> out;
    while (st.step())
        out << readRow(st);
    return out;
}

QStringList DetectionStore::distinctValues(Column column)
{
    const QLatin1String name = column == Column::Rule ? QLatin1String("rule") : QLatin1String("entity_type");
    Statement st =
        m_store.db().prepare(QStringLiteral("SELECT DISTINCT %1 FROM detections ORDER BY %1").arg(name));
    QStringList values;
    while (st.step())
        values << st.text(0);
    return values;
}

std::optional<StoredDetection> DetectionStore::get(qint64 id)
{
    Statement st = m_store.db().prepare(QString::fromLatin1(kSelect) + QStringLiteral("WHERE d.id = ?"));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readRow(st);
}

void DetectionStore::setStatus(qint64 id, const QString& status)
{
    if (!isValidStatus(status))
        throw Error(tr("detection %1: unknown status '%2'").arg(id).arg(status), Error::Kind::BadInput);
    const auto old = get(id);
    if (!old)
        throw Error(tr("detection %1 does not exist").arg(id), Error::Kind::NotFound);
    Transaction tx(m_store.db());
    Statement st = m_store.db().prepare(
        QStringLiteral("UPDATE detections SET status = ?, decided_by = ?, decided_at = ? WHERE id = ?"));
    st.bindAll(status, m_store.actor(), nowUtcIso(), id);
    st.run();
    const std::optional<DetectionStatus> decision = detectionStatusFromString(status);
    recordDecision(id,
                   decision == DetectionStatus::Accepted   ? QStringLiteral("accept")
                   : decision == DetectionStatus::Rejected ? QStringLiteral("reject")
                                                           : QStringLiteral("set_status"),
                   old->status, status, old->type, old->type);
    tx.commit();
}

void DetectionStore::changeType(qint64 id, const QString& type)
{
    if (type.trimmed().isEmpty())
        throw Error(tr("detection %1: the entity type is empty").arg(id), Error::Kind::BadInput);
    const auto old = get(id);
    if (!old)
        throw Error(tr("detection %1 does not exist").arg(id), Error::Kind::NotFound);
    Transaction tx(m_store.db());
    // Changing the type is a decision about the span: it is accepted under its new type.
    const QString status = detectionStatusFromString(old->status) == DetectionStatus::Manual
                               ? old->status
                               : toString(DetectionStatus::Accepted);
    Statement st = m_store.db().prepare(QStringLiteral(
        "UPDATE detections SET entity_type = ?, status = ?, decided_by = ?, decided_at = ? WHERE id = ?"));
    st.bindAll(type, status, m_store.actor(), nowUtcIso(), id);
    st.run();
    recordDecision(id, QStringLiteral("change_type"), old->status, status, old->type, type);
    tx.commit();
}

void DetectionStore::setOperator(qint64 id, const QString& op)
{
    const auto old = get(id);
    if (!old)
        throw Error(tr("detection %1 does not exist").arg(id), Error::Kind::NotFound);
    Transaction tx(m_store.db());
    Statement st = m_store.db().prepare(QStringLiteral("UPDATE detections SET operator = ? WHERE id = ?"));
    st.bind(1, op.isEmpty() ? std::optional<QString>() : std::optional<QString>(op));
    st.bind(2, id);
    st.run();
    m_store.audit().record(m_store.actor(), QStringLiteral("detection"), id, QStringLiteral("set_operator"),
                           QJsonObject{{QStringLiteral("operator"), old->op}},
                           QJsonObject{{QStringLiteral("operator"), op}});
    tx.commit();
}

qint64 DetectionStore::addManual(qint64 pageId, int start, int end, const QString& type)
{
    const QString text = pageText(pageId);
    if (start < 0 || end <= start || end > text.size())
        throw Error(tr("page %1: the span %2-%3 is outside the text").arg(pageId).arg(start).arg(end),
                    Error::Kind::BadInput);
    if (type.trimmed().isEmpty())
        throw Error(tr("page %1: the entity type is empty").arg(pageId), Error::Kind::BadInput);
    Transaction tx(m_store.db());
    const QString now = nowUtcIso();
    Statement st = m_store.db().prepare(
        QStringLiteral("INSERT INTO detections(page_id, start, end, entity_type, rule, score, value, status, "
                       "decided_by, decided_at, "
                       "created_at) VALUES (?, ?, ?, ?, 'manual', 1.0, ?, 'manual', ?, ?, ?)"));
    st.bindAll(pageId, qint64(start), qint64(end), type, text.mid(start, end - start), m_store.actor(), now,
               now);
    st.run();
    const qint64 id = m_store.db().lastInsertId();
    recordDecision(id, QStringLiteral("manual"), QString(), QStringLiteral("manual"), QString(), type);
    tx.commit();
    return id;
}

int DetectionStore::acceptAllOfType(qint64 documentId, const QString& type)
{
    DetectionFilter f;
    f.documentId = documentId;
    f.type = type;
    f.statuses = {QStringLiteral("pending"), QStringLiteral("rejected")};
    const QList<StoredDetection> rows = list(f);
    Transaction tx(m_store.db());
    Statement st = m_store.db().prepare(QStringLiteral(
        "UPDATE detections SET status = 'accepted', decided_by = ?, decided_at = ? WHERE id = ?"));
    const QString now = nowUtcIso();
    for (const StoredDetection& d : rows) {
        st.reset();
        st.bindAll(m_store.actor(), now, d.id);
        st.run();
        recordDecision(d.id, QStringLiteral("bulk_accept_type"), d.status, QStringLiteral("accepted"), d.type,
                       d.type);
    }
    tx.commit();
    return int(rows.size());
}

int DetectionStore::rejectValueEverywhere(const QString& value)
{
    const QString key = comparable(value);
    DetectionFilter f;
    f.statuses = {QStringLiteral("pending"), QStringLiteral("accepted")};
    const QList<StoredDetection> rows = list(f);
    Transaction tx(m_store.db());
    Statement st = m_store.db().prepare(QStringLiteral(
        "UPDATE detections SET status = 'rejected', decided_by = ?, decided_at = ? WHERE id = ?"));
    const QString now = nowUtcIso();
    int n = 0;
    for (const StoredDetection& d : rows) {
        if (comparable(d.value) != key)
            continue;
        st.reset();
        st.bindAll(m_store.actor(), now, d.id);
        st.run();
        recordDecision(d.id, QStringLiteral("bulk_reject_value"), d.status, QStringLiteral("rejected"),
                       d.type, d.type);
        ++n;
    }
    tx.commit();
    return n;
}

} // namespace quarry
