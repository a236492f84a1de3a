// The drafting GUI against the scripted model server: the dialog offers only passages that may be
// sent and saves edited templates as versions; the panel drafts through the task runner, can be
// cancelled and resumed, and shows a draft's requests and flags; the pair list and review mode
// show the flags too.
#include "DraftFixture.h"
#include "ScriptedLlmServer.h"
#include "TestDir.h"
#include "curation/PairListModel.h"
#include "curation/PairRepository.h"
#include "curation/ReviewWidget.h"
#include "drafting/DraftDialog.h"
#include "drafting/DraftingPanel.h"
#include "llm/PromptLibrary.h"
#include "tasks/TaskRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace quarry;
using namespace quarry::gui;
using quarry::test::DraftFixture;
using quarry::test::ScriptedLlmServer;

namespace {

ChatRequest parsed(const QByteArray& body)
{
    ChatRequest r;
    for (const QJsonValue& m :
         QJsonDocument::fromJson(body).object().value(QStringLiteral("messages")).toArray())
        r.messages << ChatMessage{m[QStringLiteral("role")].toString(),
                                  m[QStringLiteral("content")].toString()};
    return r;
}

// Grounded replies streamed a few characters at a time, `gapMs` apart; one answer in English for
// the Korean passage, which gets a flag.
void serve(ScriptedLlmServer& server, int gapMs = 0)
{
    server.setFallback([gapMs](const ScriptedLlmServer::Request& request) {
        if (request.path.endsWith("/models"))
            return ScriptedLlmServer::models({QStringLiteral("qwen2.5-7b-instruct")});
        if (request.body.contains("response_format"))
            return ScriptedLlmServer::once(
                ScriptedLlmServer::httpResponse(400, "application/json", "{\"error\":\"unsupported\"}"));
        const ChatRequest r = parsed(request.body);
        QString content = test::groundedReply(r).content;
        if (test::isAnswerStep(r) && r.messages[1].content.contains(QStringLiteral("며칠")))
            content = QStringLiteral("{\"answer\": \"Fifteen days after one year.\"}");
        QStringList deltas;
        for (qsizetype i = 0; i < content.size(); i += 5)
            deltas << content.mid(i, 5);
        ScriptedLlmServer::Script s;
        s.pieces << ScriptedLlmServer::Piece{
            ScriptedLlmServer::stream(deltas, QStringLiteral("stop"), 2000, 25), 0, gapMs ? 64 : 0, gapMs};
        return s;
    });
}

DraftingPanel::EndpointProvider endpointOf(const ScriptedLlmServer& server)
{
    const QString url = server.baseUrl();
    return [url](QString*) -> std::optional<EndpointConfig> {
        EndpointConfig c;
        c.baseUrl = QUrl(url);
        return c;
    };
}

bool waitFor(TaskRunner* runner, QSignalSpy& finished)
{
    return finished.count() > 0 || finished.wait(60000) || !runner->isRunning();
}

} // namespace

class TestDraftingPanel : public QObject
{
    Q_OBJECT
private slots:
    void dialogOffersOnlySendablePassages()
    {
        test::TestDir dir;
        DraftFixture f(dir.path(QStringLiteral("p.quarry")), /*pendingPhone=*/true);
        DraftDialog dialog(*f.store);
        QTableWidget* table = dialog.passageTable();
        QCOMPARE(table->rowCount(), 2);
        // The Korean passage's page has a finding waiting for review: it cannot be checked.
        QCOMPARE(table->item(0, 0)->checkState(), Qt::Unchecked);
        QVERIFY(!(table->item(0, 0)->flags() & Qt::ItemIsUserCheckable));
        QVERIFY(table->item(0, 5)->text().contains(QStringLiteral("review")));
        QCOMPARE(dialog.passageIds(), QList<qint64>{f.passageOf(f.englishDoc)});
        dialog.setChecked({f.passageOf(f.koreanDoc), f.passageOf(f.englishDoc)});
        QCOMPARE(dialog.passageIds(), QList<qint64>{f.passageOf(f.englishDoc)});
        dialog.questionsBox()->setValue(3);
        dialog.concurrencyBox()->setValue(2);
        QCOMPARE(dialog.options().questions, 3);
        QCOMPARE(dialog.options().concurrency, 2);

        // An edited template becomes version 2 in the project.
        dialog.templateUserEdit()->setPlainText(dialog.templateUserEdit()->toPlainText() +
                                                QStringLiteral("\n!"));
        QVERIFY(dialog.saveTemplate());
        QCOMPARE(
            PromptLibrary::current(f.store->db(), QStringLiteral("questions"), QStringLiteral("ko")).version,
            2);
    }

    void draftsShowsRequestsAndFlags()
    {
        test::TestDir dir;
        DraftFixture f(dir.path(QStringLiteral("p.quarry")));
        ScriptedLlmServer server;
        serve(server);
        DraftingPanel panel;
        panel.setProject(f.store.get());
        panel.setEndpointProvider(endpointOf(server));
        QSignalSpy drafted(&panel, &DraftingPanel::drafted);
        QSignalSpy finished(panel.runner(), &TaskRunner::finished);
        DraftOptions o;
        o.questions = 2;
        QVERIFY(panel.start({f.passageOf(f.koreanDoc), f.passageOf(f.englishDoc)}, o));
        QVERIFY(waitFor(panel.runner(), finished));
        QCOMPARE(finished.first().at(0).value<TaskRunner::Outcome>(), TaskRunner::Outcome::Succeeded);
        QCOMPARE(drafted.count(), 1);
        QVERIFY2(panel.lastSummary().contains(QStringLiteral("4 pair(s) drafted (1 flagged)")),
                 qPrintable(panel.lastSummary()));
        // The structured-output mode was probed once and recorded in the project.
        QCOMPARE(f.store->setting(DraftOptions::modeSettingKey(QUrl(server.baseUrl()))).toString(),
                 QStringLiteral("instructions"));

        // The flagged pair: its flag and both requests, the body exactly as the server received it.
        const qint64 flagged = f.count(QStringLiteral("SELECT pair_id FROM pair_drafts WHERE flags <> '[]'"));
        QVERIFY(flagged > 0);
        panel.showPair(flagged);
        QVERIFY2(panel.flagsLabel()->text().contains(QStringLiteral("language")),
                 qPrintable(panel.flagsLabel()->text()));
        QCOMPARE(panel.requestList()->count(), 2);
        QCOMPARE(panel.requestList()->currentRow(), 1);
        bool received = false;
        for (const auto& r : server.requests())
            received = received || QString::fromUtf8(r.body) == panel.requestView()->toPlainText();
        QVERIFY(received);
        QVERIFY(panel.replyView()->toPlainText().contains(QStringLiteral("Fifteen days")));
        panel.showPair(999);
        QCOMPARE(panel.requestList()->count(), 0);

        // The pair list and review mode show the flag.
        PairListModel model;
        model.setProject(f.store.get());
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() == 4, 10000);
        const int row = model.rowOf(flagged);
        model.data(model.index(row, PairListModel::StatusColumn));
        QTRY_VERIFY_WITH_TIMEOUT(model.data(model.index(row, 0), PairListModel::LoadedRole).toBool(), 10000);
        QVERIFY(model.data(model.index(row, 0), PairListModel::DraftFlagsRole)
                    .toStringList()
                    .contains(QStringLiteral("language")));
        QVERIFY(model.data(model.index(row, PairListModel::StatusColumn))
                    .toString()
                    .contains(QStringLiteral("language")));
        PairRepository repo(f.store->db(), QStringLiteral("t"));
        repo.setStatus({flagged}, Pair::Status::Review);
        QUndoStack undo;
        ReviewWidget review;
        review.setProject(f.store.get(), &undo);
        review.reload();
        QCOMPARE(review.currentPairId(), flagged);
        QVERIFY2(review.pairText().contains(QStringLiteral("language")), qPrintable(review.pairText()));
        model.setProject(nullptr);
        panel.setProject(nullptr);
    }

    void cancelThenResume()
    {
        test::TestDir dir;
        DraftFixture f(dir.path(QStringLiteral("p.quarry")));
        ScriptedLlmServer server;
        serve(server, /*gapMs=*/40);
        DraftingPanel panel;
        panel.setProject(f.store.get());
        panel.setEndpointProvider(endpointOf(server));
        QSignalSpy finished(panel.runner(), &TaskRunner::finished);
        QSignalSpy progress(panel.runner(), &TaskRunner::progress);
        DraftOptions o;
        o.questions = 2;
        QVERIFY(panel.start({f.passageOf(f.koreanDoc), f.passageOf(f.englishDoc)}, o));
        QTRY_VERIFY_WITH_TIMEOUT(server.requestCount() >= 3, 30000); // the probe, then drafting
        panel.runner()->cancel();
        QVERIFY(waitFor(panel.runner(), finished));
        QCOMPARE(finished.first().at(0).value<TaskRunner::Outcome>(), TaskRunner::Outcome::Cancelled);
        QVERIFY(f.count(QStringLiteral("SELECT count(*) FROM draft_items WHERE state <> 'done'")) > 0);

        finished.clear();
        serve(server);
        QVERIFY(panel.resume());
        QVERIFY(waitFor(panel.runner(), finished));
        QCOMPARE(finished.first().at(0).value<TaskRunner::Outcome>(), TaskRunner::Outcome::Succeeded);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM draft_items WHERE state = 'done'")), 2);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM pairs")), 4);
        QVERIFY(!panel.resume()); // nothing left
        panel.setProject(nullptr);
    }

    void refusesWithoutAServer()
    {
        test::TestDir dir;
        DraftFixture f(dir.path(QStringLiteral("p.quarry")));
        DraftingPanel panel;
        panel.setProject(f.store.get());
        panel.setEndpointProvider([](QString*) { return std::optional<EndpointConfig>(); });
        QVERIFY(!panel.start({f.passageOf(f.englishDoc)}, {}));
        QVERIFY(panel.lastSummary().contains(QStringLiteral("Settings")));
        QVERIFY(!panel.runner()->isRunning());
        panel.setProject(nullptr);
    }
};

QTEST_MAIN(TestDraftingPanel)
#include "TestDraftingPanel.moc"
