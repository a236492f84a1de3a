#include "llm/DraftRunner.h"

#include "curation/Chunker.h"
#include "llm/DraftChecker.h"
#include "llm/DraftStore.h"
#include "llm/PromptLibrary.h"
#include "llm/QuestionIndex.h"
#include "llm/ReplyJson.h"
#include "redact/RuleSet.h"
#include "redact/Scanner.h"
#include "store/Database.h"
#include "store/ProjectStore.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "util/Error.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <thread>

namespace quarry {

namespace {

// After this many requests in a row fail without a reply (server down, wrong URL), the run stops
// instead of failing every remaining passage the same way.
constexpr int MaxConsecutiveFailures = 3;

// The re-asks: prompt text for the model, in the passage's language, not user interface.
QString reaskJson(const QString& language)
{
    return language == QLatin1String("ko")
               ? QStringLiteral(
                     "답이 요청한 JSON 형식이 아닙니다. 위에서 정한 형식의 JSON으로만 다시 답하세요.")
               : QStringLiteral(
                     "Your reply was not the JSON asked for. Reply again with JSON only, in the form "
                     "given above.");
}

QString reaskLanguage(const QString& language)
{
    return language == QLatin1String("ko")
               ? QStringLiteral(
                     "한국어로만 다시 답하세요. 한자, 일본어, 영어 문장을 쓰지 말고 JSON으로만 답하세요.")
               : QStringLiteral("Reply again in English only, with JSON only.");
}

// Database work of the worker threads runs here, on the thread that called run(): the project's
// connection is used by one thread only.
class OwnerQueue
{
public:
    explicit OwnerQueue(int workers) : m_workers(workers) {}

    void call(const std::function<void()>& f)
    {
        std::promise<void> done;
        std::future<void> result = done.get_future();
        {
            std::lock_guard lock(m_mutex);
            m_queue.push_back([&] {
                try {
                    f();
                    done.set_value();
                } catch (...) {
                    done.set_exception(std::current_exception());
                }
            });
        }
        m_wake.notify_all();
        result.get();
    }
    void workerDone()
    {
        {
            std::lock_guard lock(m_mutex);
            --m_workers;
        }
        m_wake.notify_all();
    }
    void serve()
    {
        for (;;) {
            std::function<void()> job;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [&] { return !m_queue.empty() || m_workers == 0; });
                if (m_queue.empty())
                    return;
                job = std::move(m_queue.front());
                m_queue.pop_front();
            }
            job();
        }
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_queue;
    int m_workers;
};

// The non-blank strings of the list under `key`.
QStringList strings(const QJsonObject& object, const QString& key)
{
    QStringList out;
    for (const QJsonValue& v : object.value(key).toArray()) {
        const QString s = v.toString().trimmed();
        if (!s.isEmpty())
            out << s;
    }
    return out;
}

QString formatDuration(qint64 seconds)
{
    // The counts are worked out first: lupdate's parser never returns from a plural argument with
    // nested parentheses such as int((seconds + 30) / 60).
    const int minutes = int((seconds + 30) / 60);
    const int hours = int((seconds + 1800) / 3600);
    if (seconds < 90)
        return QCoreApplication::translate("quarry::DraftRunner", "%n second(s)", nullptr, int(seconds));
    if (seconds < 5400)
        return QCoreApplication::translate("quarry::DraftRunner", "%n minute(s)", nullptr, minutes);
    return QCoreApplication::translate("quarry::DraftRunner", "%n hour(s)", nullptr, hours);
}

} // namespace

// One run: the state its worker threads share.
struct DraftRunner::Impl
{
    DraftRunner& runner;
    DraftStore& store;
    const DraftStore::Run& run;
    const TaskContext& task;
    OwnerQueue& owner;
    DraftChecker& checker;
    QuestionIndex& index;
    const std::function<QList<Detection>(const QString&)>& scan;

    std::atomic<int> consecutiveFailures{0};
    std::atomic<bool> aborted{false};
    std::atomic<qint64> promptTokens{0};
    std::atomic<qint64> completionTokens{0};
    std::atomic<int> requests{0};
    std::mutex reportMutex{};
    QString abortReason{};

    struct Asked
    {
        bool ok = false;
        QJsonObject json;
        qint64 requestId = 0; // of the last request recorded (failed ones)
        QString error;
        // The request whose reply is taken: recorded by the caller in the same transaction as what
        // it yields (questions, pairs), so that a crash cannot keep one without the other and each
        // request costs one commit.
        std::optional<DraftStore::Request> taken;
    };

    // On the owner thread: records `asked.taken` and runs `then(requestId)` in one transaction.
    qint64 commit(const Asked& asked, const std::function<void(qint64)>& then)
    {
        qint64 id = 0;
        owner.call([&] {
            Transaction tx(runner.m_store.db());
            id = store.recordRequest(*asked.taken);
            then(id);
            tx.commit();
        });
        return id;
    }

    // The template of each step and language, read once per run (on the owner thread).
    PromptTemplate templateFor(const QString& name, const QString& language)
    {
        PromptTemplate t;
        owner.call([&] {
            const QString key = name + QLatin1Char('/') + language;
            auto it = templates.find(key);
            if (it == templates.end())
                it = templates.insert(key, PromptLibrary::current(runner.m_store.db(), name, language));
            t = *it;
        });
        return t;
    }
    QHash<QString, PromptTemplate> templates{};

    ChatRequest request(const PromptTemplate& t, const QHash<QString, QString>& values,
                        const QString& step) const
    {
        ChatRequest r;
        r.model = run.model;
        r.messages = {ChatMessage{QStringLiteral("system"), PromptTemplate::fill(t.system, values)},
                      ChatMessage{QStringLiteral("user"), PromptTemplate::fill(t.user, values)}};
        r.mode = run.options.structured;
        if (r.mode == StructuredMode::JsonSchema)
            r.jsonSchema = replySchema(step);
        r.temperature = run.options.temperature;
        r.maxTokens = run.options.maxTokens;
        r.stream = true;
        return r;
    }

    // Sends one step's request, asking once more when the reply is no JSON of the right shape or
    // not in the passage's language. `texts` pulls the strings whose language is checked; empty
    // means the shape is wrong.
    Asked ask(qint64 itemId, const QString& step, const PromptTemplate& t, const QString& language,
              const QHash<QString, QString>& values,
              const std::function<QStringList(const QJsonObject&)>& texts)
    {
        ChatRequest req = request(t, values, step);
        Asked out;
        for (int attempt = 1; attempt <= 2; ++attempt) {
            DraftStore::Request rec;
            rec.itemId = itemId;
            rec.step = step;
            rec.attempt = attempt;
            rec.templateName = t.name;
            rec.templateVersion = t.version;
            rec.language = language;
            rec.server = run.server;
            rec.model = run.model;
            rec.structured = DraftOptions::structuredName(req.mode);
            rec.parameters = QJsonObject{{QStringLiteral("temperature"), req.temperature},
                                         {QStringLiteral("max_tokens"), req.maxTokens},
                                         {QStringLiteral("stream"), req.stream}};
            ChatReply reply;
            ++requests;
            try {
                reply = runner.m_transport.send(req, task);
            } catch (const Error& e) {
                rec.requestBody = runner.m_transport.requestBody(req);
                rec.outcome = e.kind() == Error::Kind::Cancelled ? QStringLiteral("cancelled")
                                                                 : QStringLiteral("failed");
                rec.error = e.message();
                owner.call([&] { store.recordRequest(rec); });
                if (e.kind() == Error::Kind::Cancelled)
                    throw;
                if (++consecutiveFailures >= MaxConsecutiveFailures && !aborted.exchange(true)) {
                    std::lock_guard lock(reportMutex);
                    abortReason = e.message();
                }
                out.error = e.message();
                return out;
            }
            consecutiveFailures = 0;
            rec.requestBody = reply.requestBody;
            rec.response = reply.rawResponse;
            rec.content = reply.content;
            rec.reasoning = reply.reasoning;
            rec.finishReason = reply.finishReason;
            rec.promptTokens = reply.usage.promptTokens;
            rec.completionTokens = reply.usage.completionTokens;
            rec.msFirstByte = reply.msToFirstByte;
            rec.msTotal = reply.msTotal;
            if (reply.usage.promptTokens > 0)
                promptTokens += reply.usage.promptTokens;
            if (reply.usage.completionTokens > 0)
                completionTokens += reply.usage.completionTokens;
            if (reply.truncated || reply.promptTruncated) {
                rec.outcome = QStringLiteral("truncated");
                rec.error =
                    reply.promptTruncated
                        ? tr("the server read only %1 tokens of the prompt (it cut it to its context size): "
                             "give the model a larger context or cut shorter passages")
                              .arg(reply.usage.promptTokens)
                        : tr("the reply was cut off before its end (finish_reason \"%1\"): its JSON is "
                             "incomplete; raise the maximum tokens or shorten the passage")
                              .arg(reply.finishReason);
                owner.call([&] { out.requestId = store.recordRequest(rec); });
                out.error = rec.error;
                return out;
            }
            const ReplyJson::Result parsed = ReplyJson::parse(reply.content);
            const std::optional<QJsonObject> json = parsed.ok && parsed.value.isObject()
                                                        ? std::optional<QJsonObject>(parsed.value.toObject())
                                                        : std::nullopt;
            const QStringList found = json ? texts(*json) : QStringList();
            if (found.isEmpty()) {
                rec.outcome = QStringLiteral("unparsable");
                rec.error = tr("the reply holds no JSON of the form asked for");
                owner.call([&] { out.requestId = store.recordRequest(rec); });
                out.error = rec.error;
                if (attempt == 1) {
                    req.messages << ChatMessage{QStringLiteral("assistant"), reply.content}
                                 << ChatMessage{QStringLiteral("user"), reaskJson(language)};
                    continue;
                }
                return out;
            }
            if (!DraftChecker::isInLanguage(found.join(QLatin1Char('\n')), language)) {
                rec.outcome = QStringLiteral("wrong_language");
                if (attempt == 1) {
                    owner.call([&] { out.requestId = store.recordRequest(rec); });
                    req.messages << ChatMessage{QStringLiteral("assistant"), reply.content}
                                 << ChatMessage{QStringLiteral("user"), reaskLanguage(language)};
                    continue;
                }
                // Kept: the language flag shows it to the reviewer.
                out.taken = rec;
                out.ok = true;
                out.json = *json;
                return out;
            }
            rec.outcome = QStringLiteral("ok");
            out.taken = rec;
            out.ok = true;
            out.json = *json;
            out.error.clear();
            return out;
        }
        return out;
    }

    // Checks and stores one drafted pair (on the owner thread).
    void keep(qint64 itemId, const Passage& passage, const QString& language, const QString& question,
              const QString& answer, qint64 questionRequest, qint64 answerRequest, DraftReport& report)
    {
        std::vector<quint32> signature;
        const DraftChecker::Result checks =
            checker.check(passage.text, language, question, answer, &index, &signature);
        // A value the passage itself shows was reviewed and kept (a passage with pending findings is
        // never sent), so it is not raised again on the draft; only what the model brought is.
        const auto invented = [&](const QString& text) {
            QList<Detection> found = scan(text);
            found.removeIf([&](const Detection& d) { return passage.text.contains(d.text); });
            return found;
        };
        const qint64 pairId = store.addPair(itemId, passage, question, answer, questionRequest, answerRequest,
                                            checks, invented);
        index.add(pairId, signature);
        ++report.pairs;
        if (!checks.flags.isEmpty())
            ++report.flagged;
    }
};

DraftRunner::DraftRunner(ProjectStore& store, ChatTransport& transport, QString model)
    : m_store(store), m_transport(transport), m_model(std::move(model))
{}

DraftRunner::~DraftRunner() = default;

QJsonObject DraftRunner::replySchema(const QString& step)
{
    const QJsonObject string{{QStringLiteral("type"), QStringLiteral("string")}};
    auto object = [](const QJsonObject& properties, const QStringList& required) {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                           {QStringLiteral("properties"), properties},
                           {QStringLiteral("required"), QJsonArray::fromStringList(required)},
                           {QStringLiteral("additionalProperties"), false}};
    };
    if (step == QLatin1String("answer"))
        return object({{QStringLiteral("answer"), string}}, {QStringLiteral("answer")});
    if (step == QLatin1String("pairs")) {
        const QJsonObject pair =
            object({{QStringLiteral("question"), string}, {QStringLiteral("answer"), string}},
                   {QStringLiteral("question"), QStringLiteral("answer")});
        return object(
            {{QStringLiteral("pairs"), QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                                   {QStringLiteral("items"), pair},
                                                   {QStringLiteral("minItems"), 1}}}},
            {QStringLiteral("pairs")});
    }
    return object(
        {{QStringLiteral("questions"), QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                                   {QStringLiteral("items"), string},
                                                   {QStringLiteral("minItems"), 1}}}},
        {QStringLiteral("questions")});
}

QString DraftRunner::describe(const Passage& p)
{
    const QString doc = DraftStore(m_store.db(), m_store.actor()).documentName(p.documentId);
    if (p.pageFirst == p.pageLast)
        return tr("passage %1 (%2, page %3)").arg(p.id).arg(doc).arg(p.pageFirst);
    return tr("passage %1 (%2, pages %3-%4)").arg(p.id).arg(doc).arg(p.pageFirst).arg(p.pageLast);
}

QString DraftRunner::refusal(const Passage& p)
{
    DraftStore ds(m_store.db(), m_store.actor());
    if (const int pending = ds.pendingDetections(p))
        return tr("%1: %n personal-data finding(s) on its pages still wait for review; review them first",
                  nullptr, pending)
            .arg(describe(p));
    if (p.stale)
        return tr("%1: its document changed since it was cut; run chunk again").arg(describe(p));
    // What is sent must be what redaction gives today: a passage cut before a finding was accepted
    // may still hold the value.
    auto it = m_documentText.find(p.documentId);
    if (it == m_documentText.end()) {
        Chunker chunker;
        chunker.useRedactedText(m_store);
        it = m_documentText.insert(p.documentId, chunker.documentText(m_store.db(), p.documentId));
    }
    if (it->mid(p.start, p.end - p.start) != p.text)
        return tr("%1: its text is not the document's redacted text of today (findings changed since it was "
                  "cut); run chunk again")
            .arg(describe(p));
    return {};
}

QList<qint64> DraftRunner::passagesMatching(Database& db, const QString& filter)
{
    QList<qint64> ids;
    const QString f = filter.trimmed();
    if (f.isEmpty() || f == QLatin1String("all")) {
        Statement st =
            db.prepare(QStringLiteral("SELECT id FROM passages WHERE stale = 0 ORDER BY document_id, seq"));
        while (st.step())
            ids << st.int64(0);
        return ids;
    }
    if (f.startsWith(QLatin1String("document:"))) {
        bool ok = false;
        const qint64 doc = f.mid(9).toLongLong(&ok);
        if (!ok)
            throw Error(tr("passages: '%1' names no document id").arg(f), Error::Kind::BadInput);
        Statement st = db.prepare(
            QStringLiteral("SELECT id FROM passages WHERE document_id = ? AND stale = 0 ORDER BY seq"));
        st.bindAll(doc);
        while (st.step())
            ids << st.int64(0);
        return ids;
    }
    static const QRegularExpression part(QStringLiteral("^(\\d+)(?:-(\\d+))?$"));
    for (const QString& piece : f.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto m = part.match(piece.trimmed());
        if (!m.hasMatch())
            throw Error(
                tr("passages: '%1' is not all, document:ID or a list of ids and ranges (3,5,9-12)").arg(f),
                Error::Kind::BadInput);
        const qint64 first = m.captured(1).toLongLong();
        const qint64 last = m.captured(2).isEmpty() ? first : m.captured(2).toLongLong();
        for (qint64 id = first; id <= last; ++id)
            ids << id;
    }
    return ids;
}

qint64 DraftRunner::createRun(const QList<qint64>& passageIds, const DraftOptions& options)
{
    DraftStore ds(m_store.db(), m_store.actor());
    if (passageIds.isEmpty())
        throw Error(tr("no passages to draft from (cut documents into passages first: chunk)"),
                    Error::Kind::BadInput);
    for (qint64 id : passageIds)
        if (!ds.passage(id))
            throw Error(tr("no passage %1 in the project").arg(id), Error::Kind::NotFound);
    return ds.createRun(m_transport.baseUrl().toString(), m_model, options, passageIds);
}

QList<DraftRunner::Preview> DraftRunner::preview(const QList<qint64>& passageIds, const DraftOptions& options)
{
    DraftStore ds(m_store.db(), m_store.actor());
    DraftStore::Run run;
    run.model = m_model;
    run.options = options;
    QList<Preview> out;
    for (qint64 id : passageIds) {
        Preview p;
        p.passageId = id;
        const std::optional<Passage> passage = ds.passage(id);
        if (!passage) {
            p.refusal = tr("no passage %1 in the project").arg(id);
            out << p;
            continue;
        }
        p.refusal = refusal(*passage);
        if (p.refusal.isEmpty()) {
            const QString language = DraftChecker::languageOf(passage->text);
            const QString step = options.mode == DraftOptions::Mode::OneCall ? QStringLiteral("pairs")
                                                                             : QStringLiteral("questions");
            const PromptTemplate t = PromptLibrary::current(m_store.db(), step, language);
            const QHash<QString, QString> values{
                {QStringLiteral("passage"), passage->text},
                {QStringLiteral("heading"), passage->heading},
                {QStringLiteral("count"), QString::number(options.questionCount(passage->text.size()))}};
            OwnerQueue unused(0);
            DraftChecker none({});
            QuestionIndex noIndex;
            const std::function<QList<Detection>(const QString&)> noScan;
            Impl impl{*this, ds, run, TaskContext::none(), unused, none, noIndex, noScan};
            p.body = m_transport.requestBody(impl.request(t, values, step));
        }
        out << p;
    }
    return out;
}

DraftReport DraftRunner::run(qint64 runId, const TaskContext& task)
{
    QElapsedTimer clock;
    clock.start();
    Database& db = m_store.db();
    DraftStore ds(db, m_store.actor());
    const std::optional<DraftStore::Run> run = ds.run(runId);
    if (!run)
        throw Error(tr("no drafting run %1 in the project").arg(runId), Error::Kind::NotFound);
    const QList<DraftStore::Item> items = ds.unfinishedItems(runId);
    ds.setRunStatus(runId, QStringLiteral("running"));

    const RuleSet rules = RuleSet::loadProject(db);
    const Scanner scanner(rules);
    const std::function<QList<Detection>(const QString&)> scan = [&](const QString& text) {
        return scanner.scan(text);
    };
    DraftChecker checker(scan);
    QuestionIndex index;
    index.load(db);

    DraftReport report;
    report.runId = runId;
    report.passages = int(items.size());
    const int workers = int(std::min<qsizetype>(std::max(1, run->options.concurrency), items.size()));
    OwnerQueue owner(workers);
    Impl impl{*this, ds, *run, task, owner, checker, index, scan};
    int finished = 0;

    auto progress = [&](const QString& what) {
        const qint64 seconds = std::max<qint64>(1, clock.elapsed() / 1000);
        QString detail = what;
        const qint64 tokens = impl.completionTokens.load();
        if (tokens > 0)
            detail +=
                tr(" · %1 tokens/s")
                    .arg(double(tokens) * 1000.0 / double(std::max<qint64>(1, clock.elapsed())), 0, 'f', 1);
        if (finished > 0 && finished < report.passages)
            detail +=
                tr(" · about %1 left").arg(formatDuration(seconds * (report.passages - finished) / finished));
        task.progress(finished, report.passages, detail);
    };

    auto processItem = [&](const DraftStore::Item& item) {
        std::optional<Passage> passage;
        QString refused;
        QStringList answered;
        owner.call([&] {
            passage = item.passageId ? ds.passage(item.passageId) : std::nullopt;
            refused =
                passage ? refusal(*passage) : tr("the passage of item %1 no longer exists").arg(item.id);
            // No "running" write: an item stays unfinished until done, failed or refused is committed,
            // which is all a resume needs, and a commit per passage is saved.
            if (refused.isEmpty()) {
                answered = ds.answeredQuestions(item.id);
            } else {
                ds.setItemState(item.id, QStringLiteral("refused"), refused);
                ++report.refused;
                report.problems << refused;
                ++finished;
                progress(refused);
            }
        });
        if (!refused.isEmpty())
            return;
        const QString language = DraftChecker::languageOf(passage->text);
        const int count = run->options.questionCount(passage->text.size());
        QHash<QString, QString> values{{QStringLiteral("passage"), passage->text},
                                       {QStringLiteral("heading"), passage->heading},
                                       {QStringLiteral("count"), QString::number(count)}};
        QStringList errors;
        bool doneCommitted = false;
        if (run->options.mode == DraftOptions::Mode::OneCall) {
            const PromptTemplate t = impl.templateFor(QStringLiteral("pairs"), language);
            QList<std::pair<QString, QString>> pairs;
            const Impl::Asked asked =
                impl.ask(item.id, QStringLiteral("pairs"), t, language, values, [&](const QJsonObject& o) {
                    QStringList texts;
                    pairs.clear();
                    for (const QJsonValue& v : o.value(QStringLiteral("pairs")).toArray()) {
                        const QString q = v[QStringLiteral("question")].toString().trimmed();
                        const QString a = v[QStringLiteral("answer")].toString().trimmed();
                        if (!q.isEmpty() && !a.isEmpty()) {
                            pairs.append({q, a});
                            texts << q << a;
                        }
                    }
                    return texts;
                });
            if (asked.ok) {
                impl.commit(asked, [&](qint64 id) {
                    for (const auto& [q, a] : std::as_const(pairs))
                        if (!answered.contains(q))
                            impl.keep(item.id, *passage, language, q, a, id, id, report);
                    ds.setItemState(item.id, QStringLiteral("done"));
                    doneCommitted = true;
                });
            } else {
                errors << asked.error;
            }
        } else {
            QStringList questions = item.questions.value_or(QStringList());
            qint64 questionRequest = 0;
            if (!item.questions) {
                const PromptTemplate t = impl.templateFor(QStringLiteral("questions"), language);
                const Impl::Asked asked =
                    impl.ask(item.id, QStringLiteral("questions"), t, language, values,
                             [](const QJsonObject& o) { return strings(o, QStringLiteral("questions")); });
                if (asked.ok) {
                    questions = strings(asked.json, QStringLiteral("questions")).mid(0, count);
                    questions.removeDuplicates();
                    questionRequest =
                        impl.commit(asked, [&](qint64) { ds.setQuestions(item.id, questions); });
                } else {
                    errors << asked.error;
                }
            } else {
                // Resumed: the questions' request is the item's last questions request.
                owner.call([&] {
                    for (const DraftStore::Request& r : ds.requestsOfItem(item.id))
                        if (r.step == QLatin1String("questions"))
                            questionRequest = r.id;
                });
            }
            const PromptTemplate answerTemplate =
                questions.isEmpty() ? PromptTemplate() : impl.templateFor(QStringLiteral("answer"), language);
            for (qsizetype i = 0; i < questions.size(); ++i) {
                const QString& question = questions.at(i);
                if (answered.contains(question))
                    continue;
                if (task.isCancelled() || impl.aborted)
                    break;
                values.insert(QStringLiteral("question"), question);
                const Impl::Asked asked =
                    impl.ask(item.id, QStringLiteral("answer"), answerTemplate, language, values,
                             [](const QJsonObject& o) {
                                 const QString a = o.value(QStringLiteral("answer")).toString().trimmed();
                                 return a.isEmpty() ? QStringList() : QStringList{a};
                             });
                if (!asked.ok) {
                    errors << asked.error;
                    continue;
                }
                const QString answer = asked.json.value(QStringLiteral("answer")).toString().trimmed();
                // The passage's last answer commits its item's state with it: one commit fewer.
                const bool last = i == questions.size() - 1 && errors.isEmpty();
                impl.commit(asked, [&](qint64 id) {
                    impl.keep(item.id, *passage, language, question, answer, questionRequest, id, report);
                    if (last) {
                        ds.setItemState(item.id, QStringLiteral("done"));
                        doneCommitted = true;
                    }
                });
            }
            if (impl.aborted && errors.isEmpty())
                errors << tr("the run stopped before this passage was finished");
        }
        if (!doneCommitted)
            task.throwIfCancelled();
        owner.call([&] {
            ++finished;
            if (errors.isEmpty()) {
                if (!doneCommitted)
                    ds.setItemState(item.id, QStringLiteral("done"));
                ++report.done;
                progress(describe(*passage));
            } else {
                errors.removeDuplicates();
                const QString message =
                    describe(*passage) + QStringLiteral(": ") + errors.join(QStringLiteral("; "));
                ds.setItemState(item.id, QStringLiteral("failed"), message);
                ++report.failed;
                report.problems << message;
                progress(message);
            }
        });
    };

    std::atomic<int> next{0};
    std::vector<std::jthread> threads;
    threads.reserve(size_t(workers));
    for (int w = 0; w < workers; ++w) {
        threads.emplace_back([&] {
            for (;;) {
                if (task.isCancelled() || impl.aborted)
                    break;
                const int i = next++;
                if (i >= items.size())
                    break;
                const DraftStore::Item& item = items.at(i);
                try {
                    processItem(item);
                } catch (const Error& e) {
                    // A cancelled item goes back to the queue for a resume; others failed.
                    const bool cancelled = e.kind() == Error::Kind::Cancelled;
                    try {
                        owner.call([&] {
                            ds.setItemState(item.id,
                                            cancelled ? QStringLiteral("queued") : QStringLiteral("failed"),
                                            cancelled ? QString() : e.message());
                            if (!cancelled) {
                                ++finished;
                                ++report.failed;
                                report.problems << e.message();
                            }
                        });
                    } catch (...) {
                    }
                    if (cancelled)
                        break;
                } catch (const std::exception& e) {
                    try {
                        owner.call([&] {
                            ds.setItemState(item.id, QStringLiteral("failed"),
                                            QString::fromLocal8Bit(e.what()));
                            ++finished;
                            ++report.failed;
                            report.problems << QString::fromLocal8Bit(e.what());
                        });
                    } catch (...) {
                    }
                }
            }
            owner.workerDone();
        });
    }
    owner.serve();
    threads.clear(); // joins

    report.requests = impl.requests;
    report.promptTokens = impl.promptTokens;
    report.completionTokens = impl.completionTokens;
    report.elapsedMs = clock.elapsed();
    if (task.isCancelled()) {
        ds.finishRun(runId, QStringLiteral("cancelled"));
        throw Error(
            tr("drafting cancelled: %n pair(s) kept; the run (%1) can be resumed", nullptr, report.pairs)
                .arg(runId),
            Error::Kind::Cancelled);
    }
    if (impl.aborted) {
        const QString reason = tr("stopped after %1 failed requests in a row: %2")
                                   .arg(MaxConsecutiveFailures)
                                   .arg(impl.abortReason);
        ds.finishRun(runId, QStringLiteral("failed"), reason);
        report.problems << reason;
        return report;
    }
    ds.finishRun(runId, QStringLiteral("done")); // failed and refused items stay unfinished for a resume
    return report;
}

} // namespace quarry
