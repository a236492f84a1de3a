#include "llm/DraftStore.h"

#include "curation/Chunker.h"
#include "curation/Pair.h"
#include "curation/PairRepository.h"
#include "curation/PiiGuard.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "util/Clock.h"
#include "util/Error.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace quarry {

namespace {

QString compactJson(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString compactJson(const QJsonArray& a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

std::optional<qint64> optionalCount(qint64 v)
{
    return v < 0 ? std::nullopt : std::optional<qint64>(v);
}

const QString kRequestColumns = QStringLiteral(
    "id, item_id, step, attempt, template, template_version, language, server, model, structured, "
    "parameters, "
    "request_body, response, content, reasoning, finish_reason, outcome, error, prompt_tokens, "
    "completion_tokens, ms_first_byte, ms_total, sent_at");

DraftStore::Request readRequest(const Statement& st)
{
    DraftStore::Request r;
    r.id = st.int64(0);
    r.itemId = st.optInt64(1).value_or(0);
    r.step = st.text(2);
    r.attempt = st.int32(3);
    r.templateName = st.text(4);
    r.templateVersion = st.int32(5);
    r.language = st.text(6);
    r.server = st.text(7);
    r.model = st.text(8);
    r.structured = st.text(9);
    r.parameters = QJsonDocument::fromJson(st.text(10).toUtf8()).object();
    r.requestBody = st.blob(11);
    r.response = st.blob(12);
    r.content = st.text(13);
    r.reasoning = st.text(14);
    r.finishReason = st.text(15);
    r.outcome = st.text(16);
    r.error = st.text(17);
    r.promptTokens = st.optInt64(18).value_or(-1);
    r.completionTokens = st.optInt64(19).value_or(-1);
    r.msFirstByte = st.optInt64(20).value_or(-1);
    r.msTotal = st.optInt64(21).value_or(-1);
    r.sentAt = st.text(22);
    return r;
}

DraftStore::Item readItem(const Statement& st)
{
    DraftStore::Item item;
    item.id = st.int64(0);
    item.runId = st.int64(1);
    item.passageId = st.optInt64(2).value_or(0);
    item.state = st.text(3);
    if (!st.isNull(4)) {
        QStringList q;
        for (const QJsonValue& v : QJsonDocument::fromJson(st.text(4).toUtf8()).array())
            q << v.toString();
        item.questions = q;
    }
    item.pairs = st.int32(5);
    item.error = st.text(6);
    return item;
}

} // namespace

DraftStore::DraftStore(Database& db, QString actor) : m_db(db), m_actor(std::move(actor)) {}

qint64 DraftStore::createRun(const QString& server, const QString& model, const DraftOptions& options,
                             const QList<qint64>& passageIds)
{
    Transaction tx(m_db);
    const QString now = nowUtcIso();
    Statement run = m_db.prepare(QStringLiteral("INSERT INTO draft_runs(status, server, model, options, "
                                                "actor, started_at) VALUES ('running', ?, ?, ?, ?, ?)"));
    run.bindAll(server, model, compactJson(options.toJson()), m_actor, now);
    run.run();
    const qint64 runId = m_db.lastInsertId();
    Statement item = m_db.prepare(
        QStringLiteral("INSERT OR IGNORE INTO draft_items(run_id, passage_id, updated_at) VALUES (?, ?, ?)"));
    for (qint64 id : passageIds) {
        item.bindAll(runId, id, now);
        item.run();
        item.reset();
    }
    AuditLog(m_db).record(m_actor, QStringLiteral("draft_run"), runId, QStringLiteral("create"), {},
                          QJsonObject{{QStringLiteral("server"), server},
                                      {QStringLiteral("model"), model},
                                      {QStringLiteral("passages"), int(passageIds.size())},
                                      {QStringLiteral("options"), options.toJson()}});
    tx.commit();
    return runId;
}

std::optional<DraftStore::Run> DraftStore::run(qint64 runId)
{
    Statement st =
        m_db.prepare(QStringLiteral("SELECT id, status, server, model, options, actor, started_at, "
                                    "finished_at, error FROM draft_runs WHERE id = ?"));
    st.bindAll(runId);
    if (!st.step())
        return std::nullopt;
    Run r;
    r.id = st.int64(0);
    r.status = st.text(1);
    r.server = st.text(2);
    r.model = st.text(3);
    r.options = DraftOptions::fromJson(QJsonDocument::fromJson(st.text(4).toUtf8()).object());
    r.actor = st.text(5);
    r.startedAt = st.text(6);
    r.finishedAt = st.text(7);
    r.error = st.text(8);
    return r;
}

qint64 DraftStore::latestUnfinishedRun()
{
    return m_db.queryInt(
        QStringLiteral("SELECT coalesce(max(r.id), 0) FROM draft_runs r WHERE EXISTS "
                       "(SELECT 1 FROM draft_items i WHERE i.run_id = r.id AND i.state <> 'done')"));
}

void DraftStore::finishRun(qint64 runId, const QString& status, const QString& error)
{
    Transaction tx(m_db);
    Statement st = m_db.prepare(
        QStringLiteral("UPDATE draft_runs SET status = ?, finished_at = ?, error = ? WHERE id = ?"));
    st.bindAll(status, nowUtcIso(),
               error.isEmpty() ? std::optional<QString>() : std::optional<QString>(error), runId);
    st.run();
    tx.commit();
}

void DraftStore::setRunStatus(qint64 runId, const QString& status)
{
    Transaction tx(m_db);
    Statement st = m_db.prepare(
        QStringLiteral("UPDATE draft_runs SET status = ?, finished_at = NULL, error = NULL WHERE id = ?"));
    st.bindAll(status, runId);
    st.run();
    tx.commit();
}

QList<DraftStore::Item> DraftStore::items(qint64 runId)
{
    return itemsWhere(runId, false);
}

QList<DraftStore::Item> DraftStore::unfinishedItems(qint64 runId)
{
    return itemsWhere(runId, true);
}

QList<DraftStore::Item> DraftStore::itemsWhere(qint64 runId, bool unfinishedOnly)
{
    QList<Item> out;
    Statement st =
        m_db.prepare(QStringLiteral("SELECT id, run_id, passage_id, state, questions, pairs, error "
                                    "FROM draft_items WHERE run_id = ?%1 ORDER BY id")
                         .arg(unfinishedOnly ? QStringLiteral(" AND state <> 'done'") : QString()));
    st.bindAll(runId);
    while (st.step())
        out << readItem(st);
    return out;
}

void DraftStore::setItemState(qint64 itemId, const QString& state, const QString& error)
{
    Transaction tx(m_db);
    Statement st = m_db.prepare(
        QStringLiteral("UPDATE draft_items SET state = ?, error = ?, updated_at = ? WHERE id = ?"));
    st.bindAll(state, error.isEmpty() ? std::optional<QString>() : std::optional<QString>(error), nowUtcIso(),
               itemId);
    st.run();
    tx.commit();
}

void DraftStore::setQuestions(qint64 itemId, const QStringList& questions)
{
    Transaction tx(m_db);
    Statement st =
        m_db.prepare(QStringLiteral("UPDATE draft_items SET questions = ?, updated_at = ? WHERE id = ?"));
    st.bindAll(compactJson(QJsonArray::fromStringList(questions)), nowUtcIso(), itemId);
    st.run();
    tx.commit();
}

QStringList DraftStore::answeredQuestions(qint64 itemId)
{
    QStringList out;
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT t.content FROM pair_drafts d JOIN turns t ON t.pair_id = d.pair_id AND t.seq = 0 "
        "WHERE d.item_id = ? ORDER BY d.pair_id"));
    st.bindAll(itemId);
    while (st.step())
        out << st.text(0);
    return out;
}

std::optional<Passage> DraftStore::passage(qint64 passageId)
{
    return Chunker::passage(m_db, passageId);
}

QString DraftStore::documentName(qint64 documentId)
{
    Statement st = m_db.prepare(QStringLiteral("SELECT name FROM documents WHERE id = ?"));
    st.bindAll(documentId);
    return st.step() ? st.text(0) : QString();
}

int DraftStore::pendingDetections(const Passage& passage)
{
    Statement st = m_db.prepare(
        QStringLiteral("SELECT count(*) FROM detections d JOIN pages p ON p.id = d.page_id "
                       "WHERE p.document_id = ? AND p.page_no BETWEEN ? AND ? AND d.status = 'pending'"));
    st.bindAll(passage.documentId, passage.pageFirst, passage.pageLast);
    return st.step() ? st.int32(0) : 0;
}

qint64 DraftStore::recordRequest(const Request& r)
{
    Transaction tx(m_db);
    Statement st = m_db.prepare(QStringLiteral(
        "INSERT INTO draft_requests(item_id, step, attempt, template, template_version, language, server, "
        "model, "
        "structured, parameters, request_body, response, content, reasoning, finish_reason, outcome, error, "
        "prompt_tokens, completion_tokens, ms_first_byte, ms_total, sent_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    auto text = [](const QString& s) {
        return s.isNull() ? std::optional<QString>() : std::optional<QString>(s);
    };
    st.bindAll(r.itemId ? std::optional<qint64>(r.itemId) : std::nullopt, r.step, r.attempt, r.templateName,
               r.templateVersion, r.language, r.server, r.model, r.structured, compactJson(r.parameters),
               r.requestBody);
    st.bind(12, r.response);
    st.bind(13, text(r.content));
    st.bind(14, text(r.reasoning));
    st.bind(15, text(r.finishReason));
    st.bind(16, r.outcome);
    st.bind(17, text(r.error));
    st.bind(18, optionalCount(r.promptTokens));
    st.bind(19, optionalCount(r.completionTokens));
    st.bind(20, optionalCount(r.msFirstByte));
    st.bind(21, optionalCount(r.msTotal));
    st.bind(22, r.sentAt.isEmpty() ? nowUtcIso() : r.sentAt);
    st.run();
    const qint64 id = m_db.lastInsertId();
    tx.commit();
    return id;
}

std::optional<DraftStore::Request> DraftStore::request(qint64 id)
{
    Statement st =
        m_db.prepare(QStringLiteral("SELECT %1 FROM draft_requests WHERE id = ?").arg(kRequestColumns));
    st.bindAll(id);
    if (!st.step())
        return std::nullopt;
    return readRequest(st);
}

QList<DraftStore::Request> DraftStore::requestsOfItem(qint64 itemId)
{
    QList<Request> out;
    Statement st = m_db.prepare(
        QStringLiteral("SELECT %1 FROM draft_requests WHERE item_id = ? ORDER BY id").arg(kRequestColumns));
    st.bindAll(itemId);
    while (st.step())
        out << readRequest(st);
    return out;
}

qint64 DraftStore::addPair(qint64 itemId, const Passage& passage, const QString& question,
                           const QString& answer, qint64 questionRequest, qint64 answerRequest,
                           const DraftChecker::Result& checks,
                           const std::function<QList<Detection>(const QString&)>& scan)
{
    Transaction tx(m_db);
    Pair pair;
    pair.status = Pair::Status::Draft;
    pair.origin = Pair::Origin::Llm;
    pair.turns = {Turn{Turn::Role::User, question, std::nullopt},
                  Turn{Turn::Role::Assistant, answer, std::nullopt}};
    PairSource source;
    source.passageId = passage.id;
    source.documentId = passage.documentId;
    source.pageNo = passage.pageFirst;
    source.spanStart = 0;
    source.spanEnd = int(passage.text.size());
    source.quote = passage.text;
    pair.sources = {source};
    PairRepository repo(m_db, m_actor);
    const qint64 pairId = repo.add(pair);
    if (scan) {
        // The turns' findings are stored like those of typed text, so the pair editor shows them.
        PiiGuard::scanPair(m_db, pairId, [&](const QString& text) {
            QList<PiiGuard::Finding> out;
            for (const Detection& d : scan(text))
                out << PiiGuard::Finding{d.start, d.end, d.type, d.rule, d.score, d.text};
            return out;
        });
    }
    Statement st = m_db.prepare(QStringLiteral(
        "INSERT INTO pair_drafts(pair_id, item_id, question_request, answer_request, flags, support) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    st.bindAll(pairId, itemId, questionRequest ? std::optional<qint64>(questionRequest) : std::nullopt,
               answerRequest ? std::optional<qint64>(answerRequest) : std::nullopt,
               compactJson(DraftChecker::toJson(checks.flags)), checks.support);
    st.run();
    Statement count =
        m_db.prepare(QStringLiteral("UPDATE draft_items SET pairs = pairs + 1, updated_at = ? WHERE id = ?"));
    count.bindAll(nowUtcIso(), itemId);
    count.run();
    tx.commit();
    return pairId;
}

std::optional<DraftStore::PairDraft> DraftStore::pairDraft(qint64 pairId)
{
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT d.pair_id, d.item_id, i.run_id, d.question_request, d.answer_request, d.flags, d.support "
        "FROM pair_drafts d LEFT JOIN draft_items i ON i.id = d.item_id WHERE d.pair_id = ?"));
    st.bindAll(pairId);
    if (!st.step())
        return std::nullopt;
    PairDraft d;
    d.pairId = st.int64(0);
    d.itemId = st.optInt64(1).value_or(0);
    d.runId = st.optInt64(2).value_or(0);
    d.questionRequest = st.optInt64(3).value_or(0);
    d.answerRequest = st.optInt64(4).value_or(0);
    d.flags = DraftChecker::fromJson(st.text(5).toUtf8());
    d.support = st.optReal(6);
    return d;
}

} // namespace quarry
