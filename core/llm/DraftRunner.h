#pragma once

#include "curation/Passage.h"
#include "llm/ChatTransport.h"
#include "llm/DraftOptions.h"
#include "util/TaskContext.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace quarry {

class ProjectStore;

// Drafts instruction/response pairs from passages with the site's model: per passage, questions
// first, then one answer per question grounded only in the passage (or questions and answers in
// one call for slow CPU servers). Only a passage's redacted text is sent, and only when none of
// its findings wait for review and it still matches what redaction gives today. Every request
// and its reply is stored (DraftStore); drafts arrive as pairs with status draft, origin llm,
// checked by DraftChecker. Requests run on `concurrency` worker threads; every database write
// happens on the calling thread, with the connection of `store`.
class DraftRunner
{
    Q_DECLARE_TR_FUNCTIONS(quarry::DraftRunner)
public:
    DraftRunner(ProjectStore& store, ChatTransport& transport, QString model);
    ~DraftRunner();

    // A new run over `passageIds` (each checked to exist); its items wait until run().
    qint64 createRun(const QList<qint64>& passageIds, const DraftOptions& options);
    // Works through the run's unfinished items (all of a new run; after a crash or cancel only
    // those not done). Cancel stops the requests in flight (the transport returns within about a
    // second) and throws Error(Kind::Cancelled) once the state is saved; the run can be resumed.
    // progress(done, total, detail): passages, with tokens/s and the time left in detail.
    DraftReport run(qint64 runId, const TaskContext& task = TaskContext::none());

    struct Preview
    {
        qint64 passageId = 0;
        QByteArray body; // exactly what the transport would POST; empty when refused
        QString refusal;
    };
    // The first request of each passage (questions, or pairs in one-call mode) without sending
    // anything: `quarry-cli draft --dry-run`.
    QList<Preview> preview(const QList<qint64>& passageIds, const DraftOptions& options);

    // Why `passage` may not be sent (pending findings, stale, text differing from today's
    // redaction), naming it; empty when it may.
    QString refusal(const Passage& passage);
    // "passage 12 (report.pdf, pages 3-4)"
    QString describe(const Passage& passage);

    // The passages a filter names: "all" (every passage not stale), "document:ID", or ids and
    // ranges "3,5,9-12". Throws Error(BadInput) on anything else.
    static QList<qint64> passagesMatching(class Database& db, const QString& filter);

    // The JSON schema of each step's reply, sent when the server takes json_schema.
    static QJsonObject replySchema(const QString& step);

private:
    struct Impl;
    ProjectStore& m_store;
    ChatTransport& m_transport;
    QString m_model;
    QHash<qint64, QString> m_documentText; // redacted text of documents checked so far
};

} // namespace quarry
