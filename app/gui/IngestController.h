#pragma once

#include "ingest/IngestPipeline.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <memory>

namespace quarry {
class ProjectStore;
}

namespace quarry::gui {

// Runs an ingest batch off the GUI thread on its own connection to the project, and reports
// progress back on the GUI thread. One batch at a time.
class IngestController : public QObject
{
    Q_OBJECT
public:
    explicit IngestController(QObject* parent = nullptr);
    ~IngestController() override;

    bool isRunning() const;
    // Starts a batch; `store` must stay open until finished() is emitted.
    void start(ProjectStore& store, const QStringList& paths, const IngestPipeline::Options& options);
    void cancel();
    // Blocks until the running batch (if any) has stopped; used when the project closes.
    void waitForFinished();

signals:
    void started(const QString& title);
    void progress(qint64 done, qint64 total, const QString& detail);
    void fileFinished(const quarry::IngestFileResult& result);
    // Files that need a password (encrypted PDFs given none or a wrong one).
    void finished(const quarry::IngestSummary& summary, const QStringList& passwordProtected);

private:
    std::unique_ptr<ProjectStore> m_sibling;
    std::unique_ptr<IngestPipeline> m_pipeline;
    QFutureWatcher<IngestSummary> m_watcher;
    QStringList m_needPassword;
    int m_files = 0;
    int m_done = 0;
};

} // namespace quarry::gui
