#pragma once

#include "ingest/IngestPipeline.h"

#include <QObject>
#include <QStringList>

namespace quarry {
class ProjectStore;
}

namespace quarry::gui {

class TaskRunner;

// Adds documents to the project in the background: an ingest batch run by a TaskRunner on its own
// connection to the project. One batch at a time.
class IngestController : public QObject
{
    Q_OBJECT
public:
    explicit IngestController(QObject* parent = nullptr);
    ~IngestController() override;

    // The runner of the batches: its strip, failed() and cancel.
    TaskRunner* runner() const { return m_runner; }
    bool isRunning() const;
    // Starts a batch (false while one runs); `store` must stay open until finished() is emitted
    // or waitForFinished() has returned.
    bool start(ProjectStore& store, const QStringList& paths, const IngestPipeline::Options& options);
    void cancel();
    // Blocks until the running batch (if any) has stopped; used when the project closes.
    void waitForFinished();

signals:
    // Each file as it is done, for views that show the documents.
    void fileFinished(const quarry::IngestFileResult& result);
    // A batch ended normally or by Cancel (summary.cancelled); `passwordProtected` lists the files
    // that need a password (encrypted PDFs given none or a wrong one). A batch that failed as a
    // whole (full disk, damaged project) is reported by the runner's failed() instead.
    void finished(const quarry::IngestSummary& summary, const QStringList& passwordProtected);

private:
    // What a batch hands back to the GUI thread.
    struct Batch
    {
        IngestSummary summary;
        QStringList needPassword;
    };
    TaskRunner* m_runner;
    Batch m_last;
};

} // namespace quarry::gui
