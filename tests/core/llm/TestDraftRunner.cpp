#include "DraftFixture.h"
#include "FakeChatTransport.h"
#include "TestDir.h"
#include "curation/PairRepository.h"
#include "curation/SetStatusCommand.h"
#include "export/Exporter.h"
#include "llm/DraftChecker.h"
#include "llm/DraftRunner.h"
#include "llm/DraftStore.h"
#include "llm/PromptLibrary.h"
#include "store/Statement.h"
#include "util/Error.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace quarry;
using quarry::test::DraftFixture;
using quarry::test::FakeChatTransport;

namespace {

DraftReport draft(DraftFixture& f, ChatTransport& transport, const QList<qint64>& passages,
                  DraftOptions options = {}, const TaskContext& task = TaskContext::none())
{
    DraftRunner runner(*f.store, transport, QStringLiteral("qwen2.5-7b-instruct"));
    const qint64 run = runner.createRun(passages, options);
    return runner.run(run, task);
}

PairFilter approvedOnly()
{
    PairFilter f;
    f.statuses = {Pair::Status::Approved};
    return f;
}

QStringList column(Database& db, const QString& sql)
{
    QStringList out;
    Statement st = db.prepare(sql);
    while (st.step())
        out << st.text(0);
    return out;
}

} // namespace

class TestDraftRunner : public QObject
{
    Q_OBJECT
private slots:
    void draftsQuestionsThenGroundedAnswers()
    {
        test::TestDir dir;
        DraftFixture f(dir.path(QStringLiteral("p.quarry")));
        FakeChatTransport t([](const ChatRequest& r, int) { return test::groundedReply(r); });
        const qint64 ko = f.passageOf(f.koreanDoc);
        const qint64 en = f.passageOf(f.englishDoc);
        DraftOptions o;
        o.questions = 2;
        const DraftReport report = draft(f, t, {ko, en}, o);
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));
        QCOMPARE(report.done, 2);
        QCOMPARE(report.failed, 0);
        QCOMPARE(report.pairs, 4);
        QCOMPARE(report.requests, 6); // per passage: questions, then two answers
        QCOMPARE(t.calls(), 6);
        QCOMPARE(report.completionTokens, 6 * 20);

        // Drafts: status draft, origin llm, linked to the whole passage, with their requests.
        Database& db = f.store->db();
        QCOMPARE(
            f.count(QStringLiteral("SELECT count(*) FROM pairs WHERE status = 'draft' AND origin = 'llm'")),
            4);
        QCOMPARE(f.count(QStringLiteral(
                     "SELECT count(*) FROM pair_sources s JOIN passages p ON p.id = s.passage_id "
                     "WHERE s.span_start = 0 AND s.span_end = utf16_length(p.text) "
                     "AND s.quote = p.text")),
                 4);
        PairRepository repo(db, QStringLiteral("t"));
        DraftStore ds(db, QStringLiteral("t"));
        for (qint64 id : repo.ids()) {
            const auto d = ds.pairDraft(id);
            QVERIFY(d);
            QVERIFY2(d->flags.isEmpty(),
                     qPrintable(DraftChecker::toJson(d->flags).isEmpty() ? QString() : d->flags[0].detail));
            QVERIFY(d->support.value_or(0) > 0.9);
            const auto q = ds.request(d->questionRequest);
            const auto a = ds.request(d->answerRequest);
            QVERIFY(q && a);
            QCOMPARE(q->step, QStringLiteral("questions"));
            QCOMPARE(a->step, QStringLiteral("answer"));
            QCOMPARE(a->outcome, QStringLiteral("ok"));
            QCOMPARE(a->model, QStringLiteral("qwen2.5-7b-instruct"));
            QCOMPARE(a->server, QStringLiteral("http://127.0.0.1:8080/v1"));
            QCOMPARE(a->templateName, QStringLiteral("answer"));
            QCOMPARE(a->templateVersion, 1);
            QCOMPARE(a->structured, QStringLiteral("instructions"));
            QCOMPARE(a->parameters.value(QStringLiteral("max_tokens")).toInt(), 1024);
            QCOMPARE(a->promptTokens, 100);
            const Pair pair = *repo.get(id);
            QVERIFY(a->requestBody.contains(pair.turns[0].content.toUtf8()));
            QVERIFY(QString::fromUtf8(a->response).contains(pair.turns[1].content));
        }
        // Korean passages get the Korean templates.
        QCOMPARE(f.count(QStringLiteral(
                             "SELECT count(*) FROM draft_requests r JOIN draft_items i ON i.id = r.item_id "
                             "WHERE i.passage_id = %1 AND r.language = 'ko'")
                             .arg(ko)),
                 3);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM draft_runs WHERE status = 'done'")), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM draft_items WHERE state = 'done'")), 2);
    }

    void onlyRedactedTextIsSent()
    {
        test::TestDir dir;
        DraftFixture f(dir.path(QStringLiteral("p.quarry")));
        FakeChatTransport t([](const ChatRequest& r, int) { return test::groundedReply(r); });
        draft(f, t, DraftRunner::passagesMatching(f.store->db(), QStringLiteral("all")));
        QVERIFY(t.calls() > 0);
        // Every value a detection found, in every body sent and every body stored.
        QList<QByteArray> bodies = t.bodies();
        Statement st = f.store->db().prepare(QStringLiteral("SELECT request_body FROM draft_requests"));
        while (st.step())
            bodies << st.blob(0);
        const QStringList values =
            column(f.store->db(), QStringLiteral("SELECT value FROM detections WHERE page_id IS NOT NULL"));
        QCOMPARE(values.size(), 2);
        int containing = 0;
        for (const QByteArray& body : std::as_const(bodies))
            for (const QString& v : values)
                containing += QString::fromUtf8(body).contains(v);
        QCOMPARE(containing, 0);
        QVERIFY(QString::fromUtf8(t.bodies().first()).contains(QStringLiteral("[PERSON_1]")) ||
                QString::fromUtf8(t.bodies().last()).contains(QStringLiteral("[PERSON_1]")));
    }

    void refusesPassagesWithPendingFindings()
    {
        test::TestDir dir;
        DraftFixture f(dir.path(QStringLiteral("p.quarry")), /*pendingPhone=*/true);
        FakeChatTransport t([](const ChatRequest& r, int) { return test::groundedReply(r); });
        const DraftReport report = draft(f, t, {f.passageOf(f.koreanDoc), f.passageOf(f.englishDoc)});
        QCOMPARE(report.refused, 1);
        QCOMPARE(report.done, 1);
        QCOMPARE(report.problems.size(), 1);
        QVERIFY2(report.problems[0].contains(QStringLiteral("휴가규정.txt")), qPrintable(report.problems[0]));
        QVERIFY(report.problems[0].contains(QStringLiteral("wait for review")));
        for (const ChatRequest& r : t.requests())
            QVERIFY(!test::passageIn(r).contains(QStringLiteral("휴가")));
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM draft_items WHERE state = 'refused'")), 1);
    }

    void refusesPassagesRedactionNoLongerMatches()
    {
        test::TestDir dir;
        DraftFixture f(dir.path(QStringLiteral("p.quarry")));
        // A finding accepted after the passages were cut: the passage still shows the value.
        const int at = int(DraftFixture::englishPage().indexOf(QStringLiteral("supervisor")));
        test::ProjectBuilder b(f.store->db());
        b.addDetection(b.pageId(f.englishDoc, 1), at, at + 10, QStringLiteral("PERSON"),
                       QStringLiteral("accepted"));
        FakeChatTransport t([](const ChatRequest& r, int) { return test::groundedReply(r); });
        const DraftReport report = draft(f, t, {f.passageOf(f.englishDoc)});
        QCOMPARE(report.refused, 1);
        QVERIFY2(report.problems.value(0).contains(QStringLiteral("run chunk again")),
                 qPrintable(report.problems.value(0)));
        QCOMPARE(t.calls(), 0);
        // Cut again, it goes.
        f.chunk();
        FakeChatTransport t2([](const ChatRequest& r, int) { return test::groundedReply(r); });
        QCOMPARE(draft(f, t2, {f.passageOf(f.englishDoc)}).refused, 0);
        QVERIFY(t2.calls() > 0);
    }

    void reasksOnceWhenTheReplyHasNoJson()
    {
        test::TestDir dir;
        DraftFixture f(dir.path(QStringLiteral("p.quarry")));
        FakeChatTransport t([](const ChatRequest& r, int call) {
            if (call == 0)
                return FakeChatTransport::reply(
                    QStringLiteral("Sure! Here are some questions: 1. Who? 2. What?"));
            if (call == 1) // fenced, chatty, trailing comma: taken
                return FakeChatTransport::reply(QStringLiteral(
                    "Here you go:\n```json\n{\"questions\": [\"Where are the keys kept?\",]}\n```"));
            return test::groundedReply(r);
        });
        DraftOptions o;
        o.questions = 1;
        const DraftReport report = draft(f, t, {f.passageOf(f.englishDoc)}, o);
        QCOMPARE(report.pairs, 1);
        const QStringList outcomes =
            column(f.store->db(),
                   QStringLiteral("SELECT outcome || ':' || attempt FROM draft_requests ORDER BY id"));
        QCOMPARE(outcomes, (QStringList{QStringLiteral("unparsable:1"), QStringLiteral("ok:2"),
                                        QStringLiteral("ok:1")}));
        // The re-ask carries the broken reply and asks again.
        const ChatRequest second = t.requests().at(1);
        QCOMPARE(second.messages.size(), 4);
        QCOMPARE(second.messages[2].role, QStringLiteral("assistant"));
        QVERIFY(second.messages[3].content.contains(QStringLiteral("JSON only")));
    }

    void failsAfterTheSecondUnparsableReply()
    {
        test::TestDir dir;
        DraftFixture f(dir.path(QStringLiteral("p.quarry")));
        FakeChatTransport t(
            [](const ChatRequest&, int) { return FakeChatTransport::reply(QStringLiteral("no idea")); });
        const DraftReport report = draft(f, t, {f.passageOf(f.englishDoc)});
        QCOMPARE(report.failed, 1);
        QCOMPARE(report.pairs, 0);
        QCOMPARE(t.calls(), 2);
        QCOMPARE(
            f.count(QStringLiteral("SELECT count(*) FROM draft_items WHERE state = 'failed' AND error LIKE "
                                   "'%no JSON%'")),
            1);
    }

    void truncatedRepliesAreRecordedFailures()
    {
        test::TestDir dir;
        DraftFixture f(dir.path(QStringLiteral("p.quarry")));
        FakeChatTransport t([](const ChatRequest&, int) {
            return FakeChatTransport::reply(QStringLiteral("{\"questions\": [\"Who must"),
                                            QStringLiteral("length"));
        });
        const DraftReport report = draft(f, t, {f.passageOf(f.englishDoc)});
        QCOMPARE(report.failed, 1);
        QCOMPARE(t.calls(), 1); // cut again if asked again: no re-ask
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM draft_requests WHERE outcome = 'truncated' AND "
                                        "finish_reason = 'length' AND response IS NOT NULL")),
                 1);
        QVERIFY(report.problems.value(0).contains(QStringLiteral("cut off")));
    }

    void reasksInThePassageLanguage()
    {
        test::TestDir dir;
        DraftFixture f(dir.path(QStringLiteral("p.quarry")));
        FakeChatTransport t([](const ChatRequest& r, int call) {
            if (call == 0) // English for a Korean passage
                return FakeChatTransport::reply(
                    QStringLiteral("{\"questions\": [\"When must leave be requested?\"]}"));
            if (call == 1) // Hanja mixed in
                return FakeChatTransport::reply(
                    QStringLiteral("{\"questions\": [\"休暇 신청은 언제까지 하나요?\"]}"));
            return test::groundedReply(r);
        });
        DraftOptions o;
        o.questions = 1;
        const DraftReport report = draft(f, t, {f.passageOf(f.koreanDoc)}, o);
        QCOMPARE(t.calls(), 3);
        QVERIFY(t.requests().at(1).messages.last().content.contains(QStringLiteral("한국어로만")));
        // The second reply is kept, flagged for the reviewer.
        QCOMPARE(report.pairs, 1);
        QCOMPARE(report.flagged, 1);
        const qint64 pair = f.count(QStringLiteral("SELECT max(id) FROM pairs"));
        const auto d = DraftStore(f.store->db(), {}).pairDraft(pair);
        QVERIFY(d);
        QCOMPARE(d->flags.value(0).flag, QStringLiteral("language"));
    }

    void flagsWhatAReviewerMustSee()
    {
        test::TestDir dir;
        DraftFixture f(dir.path(QStringLiteral("p.quarry")));
        // A pair the project already has, which one drafted question repeats.
        Pair existing;
        existing.turns = {Turn{Turn::Role::User, QStringLiteral("Where are the keys kept?"), std::nullopt},
                          Turn{Turn::Role::Assistant, QStringLiteral("In the office."), std::nullopt}};
        PairRepository(f.store->db(), QStringLiteral("t")).add(existing);
        FakeChatTransport t([](const ChatRequest& r, int) {
            if (!test::isAnswerStep(r))
                return FakeChatTransport::reply(QStringLiteral(
                    "{\"questions\": [\"Where are the keys kept?\", \"Who is the supervisor?\", "
                    "\"Whom do I call?\", \"What does [PERSON_7] do?\"]}"));
            const QString q = r.messages[1].content;
            if (q.contains(QStringLiteral("supervisor?")))
                return FakeChatTransport::reply(
                    QStringLiteral("{\"answer\": \"Our supervisor is paid well and enjoys sailing on "
                                   "weekends with friends.\"}"));
            if (q.contains(QStringLiteral("call?")))
                return FakeChatTransport::reply(QStringLiteral(
                    "{\"answer\": \"Keys are kept in the supervisor's office; call 010-9876-5432.\"}"));
            return FakeChatTransport::reply(
                QStringLiteral("{\"answer\": \"Keys are kept in the supervisor's office.\"}"));
        });
        DraftOptions o;
        o.questions = 4;
        const DraftReport report = draft(f, t, {f.passageOf(f.englishDoc)}, o);
        QCOMPARE(report.pairs, 4);
        QCOMPARE(report.flagged, 4);
        DraftStore ds(f.store->db(), {});
        PairRepository repo(f.store->db(), QStringLiteral("t"));
        QHash<QString, QStringList> flagsByQuestion;
        for (qint64 id : repo.ids()) {
            const auto d = ds.pairDraft(id);
            if (!d)
                continue;
            QStringList names;
            for (const auto& fl : d->flags)
                names << fl.flag;
            flagsByQuestion.insert(repo.get(id)->turns[0].content, names);
        }
        QVERIFY(flagsByQuestion.value(QStringLiteral("Where are the keys kept?"))
                    .contains(QStringLiteral("duplicate")));
        QVERIFY(flagsByQuestion.value(QStringLiteral("Who is the supervisor?"))
                    .contains(QStringLiteral("unsupported")));
        QVERIFY(flagsByQuestion.value(QStringLiteral("Whom do I call?"))
                    .contains(QStringLiteral("personal_data")));
        QVERIFY(flagsByQuestion.value(QStringLiteral("What does [PERSON_7] do?"))
                    .contains(QStringLiteral("placeholder")));
        // The invented phone number is also stored as a finding on the turn, as for typed text.
        QVERIFY(
            f.count(QStringLiteral("SELECT count(*) FROM detections WHERE turn_id IS NOT NULL AND value = "
                                   "'010-9876-5432'")) == 1);

        // Bulk approval leaves flagged drafts alone; a single one can be approved deliberately.
        const QList<qint64> all = repo.ids();
        SetStatusCommand bulk(repo, all, Pair::Status::Approved);
        bulk.redo();
        QCOMPARE(bulk.heldBack().size(), 4);
        QCOMPARE(repo.count(approvedOnly()), 1); // the manual pair
        SetStatusCommand one(repo, {bulk.heldBack().first()}, Pair::Status::Approved);
        one.redo();
        QCOMPARE(repo.count(approvedOnly()), 2);
    }

    void exportHasNoUnapprovedDrafts()
    {
        test::TestDir dir;
        DraftFixture f(dir.path(QStringLiteral("p.quarry")));
        FakeChatTransport t([](const ChatRequest& r, int) { return test::groundedReply(r); });
        DraftOptions o;
        o.questions = 2;
        draft(f, t, DraftRunner::passagesMatching(f.store->db(), QStringLiteral("all")), o);
        PairRepository repo(f.store->db(), QStringLiteral("t"));
        QList<qint64> ids = repo.ids();
        QCOMPARE(ids.size(), 4);
        // An English one: the export's own final scan takes 예정일 in the Korean answers for a name.
        std::sort(ids.begin(), ids.end(), [&](qint64 a, qint64 b) {
            return DraftChecker::languageOf(repo.get(a)->turns[0].content) <
                   DraftChecker::languageOf(repo.get(b)->turns[0].content);
        });
        repo.setStatus({ids[0]}, Pair::Status::Approved);
        ExportOptions eo;
        eo.outDir = dir.path(QStringLiteral("out"));
        eo.splitRatios = {1.0};
        Exporter(*f.store, eo).run();
        int lines = 0;
        QDirIterator it(eo.outDir, {QStringLiteral("*.jsonl")}, QDir::Files, QDirIterator::Subdirectories);
        const QString approvedQuestion = repo.get(ids[0])->turns[0].content;
        QStringList unapproved;
        for (qint64 id : ids.mid(1))
            unapproved << repo.get(id)->turns[0].content;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            for (const QByteArray& line : file.readAll().split('\n')) {
                if (line.trimmed().isEmpty())
                    continue;
                ++lines;
                QVERIFY(QString::fromUtf8(line).contains(approvedQuestion));
                for (const QString& q : std::as_const(unapproved))
                    QVERIFY(!QString::fromUtf8(line).contains(q));
            }
        }
        QCOMPARE(lines, 1);
    }

    void resumesOnlyUnfinishedItems()
    {
        test::TestDir dir;
        DraftFixture f(dir.path(QStringLiteral("p.quarry")));
        const qint64 ko = f.passageOf(f.koreanDoc);
        const qint64 en = f.passageOf(f.englishDoc);
        TaskContext task;
        // The Korean passage finishes; the English one is cut off after its questions and first answer.
        FakeChatTransport t([&](const ChatRequest& r, int) {
            if (test::isAnswerStep(r) && r.messages[1].content.contains(QStringLiteral("How long")))
                task.cancel();
            return test::groundedReply(r);
        });
        DraftOptions o;
        o.questions = 2;
        DraftRunner runner(*f.store, t, QStringLiteral("m"));
        const qint64 run = runner.createRun({ko, en}, o);
        try {
            runner.run(run, task);
            QFAIL("not cancelled");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Cancelled);
        }
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM draft_items WHERE state = 'done'")), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM draft_runs WHERE status = 'cancelled'")), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM pairs")), 3);
        // As a crash would leave it: the item still marked running.
        f.store->db().exec(QStringLiteral("UPDATE draft_items SET state = 'running' WHERE state <> 'done'"));
        DraftStore ds(f.store->db(), {});
        QCOMPARE(ds.latestUnfinishedRun(), run);

        FakeChatTransport t2([](const ChatRequest& r, int) { return test::groundedReply(r); });
        DraftRunner again(*f.store, t2, QStringLiteral("m"));
        const DraftReport report = again.run(run);
        QCOMPARE(report.passages, 1);
        QCOMPARE(report.pairs, 1);
        QCOMPARE(t2.calls(), 1); // the one missing answer: questions are kept, answered ones skipped
        QVERIFY(t2.requests()[0].messages[1].content.contains(QStringLiteral("How long")));
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM pairs")), 4);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM draft_items WHERE state = 'done'")), 2);
        QCOMPARE(ds.latestUnfinishedRun(), 0);
    }

    void oneCallModeAsksOncePerPassage()
    {
        test::TestDir dir;
        DraftFixture f(dir.path(QStringLiteral("p.quarry")));
        FakeChatTransport t([](const ChatRequest& r, int) { return test::groundedReply(r); });
        DraftOptions o;
        o.mode = DraftOptions::Mode::OneCall;
        o.questions = 3;
        const DraftReport report = draft(f, t, {f.passageOf(f.koreanDoc), f.passageOf(f.englishDoc)}, o);
        QCOMPARE(t.calls(), 2);
        QCOMPARE(report.pairs, 6);
        QCOMPARE(f.count(QStringLiteral(
                     "SELECT count(*) FROM pair_drafts WHERE question_request = answer_request")),
                 6);
        QCOMPARE(
            f.count(QStringLiteral("SELECT count(DISTINCT step) FROM draft_requests WHERE step = 'pairs'")),
            1);
    }

    void questionCountFollowsPassageLength()
    {
        DraftOptions o;
        QCOMPARE(o.questionCount(100), 1);
        QCOMPARE(o.questionCount(1000), 4);
        QCOMPARE(o.questionCount(1200), 5);
        QCOMPARE(o.questionCount(100000), 10);
        o.charsPerQuestion = 100;
        QCOMPARE(o.questionCount(1000), 10);
        o.questions = 3;
        QCOMPARE(o.questionCount(100000), 3);

        test::TestDir dir;
        DraftFixture f(dir.path(QStringLiteral("p.quarry")));
        FakeChatTransport t([](const ChatRequest& r, int) { return test::groundedReply(r); });
        draft(f, t, {f.passageOf(f.koreanDoc)});
        const qsizetype length =
            f.store->db()
                .queryText(
                    QStringLiteral("SELECT text FROM passages WHERE id = %1").arg(f.passageOf(f.koreanDoc)))
                .size();
        QCOMPARE(test::askedCount(t.requests().first()), DraftOptions().questionCount(length));
    }

    void concurrencyIsRespected()
    {
        test::TestDir dir;
        DraftFixture f(dir.path(QStringLiteral("p.quarry")));
        f.addEnglishDocuments(6);
        FakeChatTransport t([](const ChatRequest& r, int) { return test::groundedReply(r); });
        t.setDelayMs(30);
        DraftOptions o;
        o.questions = 1;
        o.concurrency = 3;
        const QList<qint64> passages = DraftRunner::passagesMatching(f.store->db(), QStringLiteral("all"));
        QVERIFY(passages.size() >= 4);
        const DraftReport report = draft(f, t, passages, o);
        QCOMPARE(report.done, int(passages.size()));
        QVERIFY2(t.maxInFlight() <= 3, qPrintable(QString::number(t.maxInFlight())));
        QVERIFY2(t.maxInFlight() >= 2, qPrintable(QString::number(t.maxInFlight())));

        FakeChatTransport serial([](const ChatRequest& r, int) { return test::groundedReply(r); });
        serial.setDelayMs(5);
        o.concurrency = 1;
        draft(f, serial, passages, o);
        QCOMPARE(serial.maxInFlight(), 1);
    }

    void cancelStopsAndKeepsTheRunResumable()
    {
        test::TestDir dir;
        DraftFixture f(dir.path(QStringLiteral("p.quarry")));
        TaskContext task;
        FakeChatTransport t([&](const ChatRequest& r, int) {
            task.cancel();
            return test::groundedReply(r);
        });
        try {
            draft(f, t, {f.passageOf(f.koreanDoc), f.passageOf(f.englishDoc)}, {}, task);
            QFAIL("not cancelled");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Cancelled);
            QVERIFY(e.message().contains(QStringLiteral("resumed")));
        }
        QCOMPARE(t.calls(), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM draft_items WHERE state = 'queued'")), 2);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM draft_requests WHERE outcome = 'cancelled'")),
                 1);
    }

    void stopsWhenTheServerKeepsFailing()
    {
        test::TestDir dir;
        DraftFixture f(dir.path(QStringLiteral("p.quarry")));
        FakeChatTransport t([](const ChatRequest&, int) -> ChatReply {
            throw Error(QStringLiteral("connection refused by 127.0.0.1:8080: is the model server running?"));
        });
        f.addEnglishDocuments(4);
        const DraftReport report =
            draft(f, t, DraftRunner::passagesMatching(f.store->db(), QStringLiteral("all")));
        QVERIFY(t.calls() <= 3);
        QVERIFY(report.problems.join(u'\n').contains(QStringLiteral("connection refused")));
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM draft_runs WHERE status = 'failed'")), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM draft_requests WHERE outcome = 'failed' AND "
                                        "length(request_body) > 0")),
                 t.calls());
    }

    void editedTemplatesBecomeNewVersions()
    {
        test::TestDir dir;
        DraftFixture f(dir.path(QStringLiteral("p.quarry")));
        Database& db = f.store->db();
        PromptTemplate t = PromptLibrary::current(db, QStringLiteral("questions"), QStringLiteral("en"));
        QCOMPARE(t.version, 1);
        QVERIFY(t.builtin);
        t.user =
            QStringLiteral("Text:\n\"\"\"\n{{passage}}\n\"\"\"\nWrite {{count}} exam questions. JSON only.");
        const PromptTemplate saved = PromptLibrary::save(db, QStringLiteral("kim"), t);
        QCOMPARE(saved.version, 2);
        QCOMPARE(PromptLibrary::versions(db, QStringLiteral("questions"), QStringLiteral("en")).size(), 2);
        QCOMPARE(PromptLibrary::current(db, QStringLiteral("questions"), QStringLiteral("en")).user, t.user);
        QVERIFY(PromptLibrary::find(db, QStringLiteral("questions"), QStringLiteral("en"), 1)->builtin);
        PromptTemplate bad = t;
        bad.user = QStringLiteral("no passage slot");
        QVERIFY_THROWS_EXCEPTION(Error, PromptLibrary::save(db, QStringLiteral("kim"), bad));

        FakeChatTransport fake([](const ChatRequest& r, int) { return test::groundedReply(r); });
        DraftOptions o;
        o.questions = 1;
        draft(f, fake, {f.passageOf(f.englishDoc)}, o);
        QVERIFY(fake.requests().first().messages[1].content.contains(QStringLiteral("exam questions")));
        QCOMPARE(
            f.count(QStringLiteral("SELECT template_version FROM draft_requests WHERE step = 'questions'")),
            2);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'prompt_template'")),
                 1);
    }

    void previewIsWhatIsSent()
    {
        test::TestDir dir;
        DraftFixture f(dir.path(QStringLiteral("p.quarry")), /*pendingPhone=*/true);
        FakeChatTransport t([](const ChatRequest& r, int) { return test::groundedReply(r); });
        DraftRunner runner(*f.store, t, QStringLiteral("m"));
        DraftOptions o;
        o.structured = StructuredMode::JsonSchema;
        const auto previews = runner.preview({f.passageOf(f.koreanDoc), f.passageOf(f.englishDoc)}, o);
        QCOMPARE(previews.size(), 2);
        QVERIFY(previews[0].body.isEmpty());
        QVERIFY(previews[0].refusal.contains(QStringLiteral("휴가규정.txt")));
        QCOMPARE(t.calls(), 0);
        runner.run(runner.createRun({f.passageOf(f.englishDoc)}, o));
        QCOMPARE(t.bodies().first(), previews[1].body);
        QVERIFY(previews[1].body.contains("json_schema"));
    }

    void passageFilters()
    {
        test::TestDir dir;
        DraftFixture f(dir.path(QStringLiteral("p.quarry")));
        Database& db = f.store->db();
        QCOMPARE(DraftRunner::passagesMatching(db, QStringLiteral("all")).size(), 2);
        QCOMPARE(DraftRunner::passagesMatching(db, QStringLiteral("document:%1").arg(f.englishDoc)),
                 QList<qint64>{f.passageOf(f.englishDoc)});
        QCOMPARE(DraftRunner::passagesMatching(db, QStringLiteral("3,5-7")), (QList<qint64>{3, 5, 6, 7}));
        QVERIFY_THROWS_EXCEPTION(Error, DraftRunner::passagesMatching(db, QStringLiteral("nonsense")));
        FakeChatTransport t([](const ChatRequest& r, int) { return test::groundedReply(r); });
        DraftRunner runner(*f.store, t, QStringLiteral("m"));
        QVERIFY_THROWS_EXCEPTION(Error, runner.createRun({999}, {}));
    }
};

QTEST_GUILESS_MAIN(TestDraftRunner)
#include "TestDraftRunner.moc"
