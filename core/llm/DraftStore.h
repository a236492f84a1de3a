#pragma once

#include "curation/Passage.h"
#include "llm/ChatTransport.h"
#include "llm/DraftChecker.h"
#include "llm/DraftOptions.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace quarry {

class Database;

// The drafting tables of a project (schema 4): runs and their per-passage items, every request
// sent with what came back, and the link from a drafted pair to its requests and flags. All SQL of
// drafting is here; each write is its own transaction, so a crash loses at most the request in
// flight and a resumed run knows which items are unfinished.
class DraftStore
{
    Q_DECLARE_TR_FUNCTIONS(quarry::DraftStore)
public:
    DraftStore(Database& db, QString actor);

    struct Run
    {
        qint64 id = 0;
        QString status; // running, done, cancelled, failed
        QString server;
        QString model;
        DraftOptions options;
        QString actor;
        QString startedAt;
        QString finishedAt;
        QString error;
    };
    struct Item
    {
        qint64 id = 0;
        qint64 runId = 0;
        qint64 passageId = 0;                 // 0: the passage was deleted (re-chunked away)
        QString state;                        // queued, running, done, failed, refused
        std::optional<QStringList> questions; // asked already (two-step), kept for a resume
        int pairs = 0;
        QString error;
    };
    // One request as sent, and its reply or the reason there was none.
    struct Request
    {
        qint64 id = 0;
        qint64 itemId = 0;
        QString step; // questions, answer, pairs
        int attempt = 1;
        QString templateName;
        int templateVersion = 0;
        QString language;
        QString server;
        QString model;
        QString structured;
        QJsonObject parameters;
        QByteArray requestBody;
        QByteArray response;
        QString content;
        QString reasoning;
        QString finishReason;
        QString outcome; // ok, truncated, unparsable, wrong_language, failed, cancelled
        QString error;
        qint64 promptTokens = -1;
        qint64 completionTokens = -1;
        qint64 msFirstByte = -1;
        qint64 msTotal = -1;
        QString sentAt;
    };
    struct PairDraft
    {
        qint64 pairId = 0;
        qint64 itemId = 0;
        qint64 runId = 0;
        qint64 questionRequest = 0;
        qint64 answerRequest = 0;
        QList<DraftChecker::Flag> flags;
        std::optional<double> support;
    };

    qint64 createRun(const QString& server, const QString& model, const DraftOptions& options,
                     const QList<qint64>& passageIds);
    std::optional<Run> run(qint64 runId);
    // The newest run that did not finish (running after a crash, cancelled, failed), or 0.
    qint64 latestUnfinishedRun();
    void finishRun(qint64 runId, const QString& status, const QString& error = {});
    void setRunStatus(qint64 runId, const QString& status);

    QList<Item> items(qint64 runId);
    QList<Item> unfinishedItems(qint64 runId); // every item not done
    void setItemState(qint64 itemId, const QString& state, const QString& error = {});
    void setQuestions(qint64 itemId, const QStringList& questions);
    // The questions of the item's drafted pairs (a resumed run does not ask their answers again).
    QStringList answeredQuestions(qint64 itemId);

    std::optional<Passage> passage(qint64 passageId);
    QString documentName(qint64 documentId);
    // Pending (unreviewed) detections on the pages the passage comes from.
    int pendingDetections(const Passage& passage);

    qint64 recordRequest(const Request& request);
    std::optional<Request> request(qint64 id);
    QList<Request> requestsOfItem(qint64 itemId);

    // Stores a drafted pair (status draft, origin llm, its source the passage) with its requests,
    // flags and the project scan of its turns (PiiGuard), in one transaction. Returns the pair id.
    qint64 addPair(qint64 itemId, const Passage& passage, const QString& question, const QString& answer,
                   qint64 questionRequest, qint64 answerRequest, const DraftChecker::Result& checks,
                   const std::function<QList<Detection>(const QString&)>& scan);
    std::optional<PairDraft> pairDraft(qint64 pairId);

private:
    QList<Item> itemsWhere(qint64 runId, bool unfinishedOnly);
    Database& m_db;
    QString m_actor;
};

} // namespace quarry
