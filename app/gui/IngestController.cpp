#include "IngestController.h"

#include "store/ProjectStore.h"
#include "tasks/TaskRunner.h"

namespace quarry::gui {

IngestController::IngestController(QObject* parent) : QObject(parent), m_runner(new TaskRunner(this))
{
    // After the strip shows the summary: what follows (a password prompt, the scan) may start the
    // next task.
    connect(m_runner, &TaskRunner::finished, this, [this](TaskRunner::Outcome outcome) {
        if (outcome == TaskRunner::Outcome::Succeeded)
            emit finished(m_last.summary, m_last.needPassword);
    });
}

IngestController::~IngestController()
{
    cancel();
    waitForFinished();
}

bool IngestController::isRunning() const
{
    return m_runner->isRunning();
}

bool IngestController::start(ProjectStore& store, const QStringList& paths,
                             const IngestPipeline::Options& options)
{
    TaskRunner::Texts texts;
    texts.title = tr("Adding documents");
    texts.cancelled = tr("Adding documents cancelled");
    return m_runner->start(
        texts, &store,
        [this, paths, options](ProjectStore* project, const TaskContext& task) {
            // The pipeline reads its settings from the connection it is given: this thread's.
            IngestPipeline pipeline(*project, options);
            Batch batch;
            QObject::connect(&pipeline, &IngestPipeline::fileFinished,
                             [this, &batch](const IngestFileResult& r) {
                                 if (r.errorKind == Error::Kind::NeedsPassword)
                                     batch.needPassword << r.path;
                                 // Queued to the GUI thread; the runner joins this thread before the
                                 // controller goes.
                                 QMetaObject::invokeMethod(
                                     this, [this, r] { emit fileFinished(r); }, Qt::QueuedConnection);
                             });
            batch.summary = pipeline.run(paths, task);
            return batch;
        },
        [this](const Batch& batch) {
            m_last = batch;
            const IngestSummary& s = batch.summary;
            return s.cancelled ? tr("Adding documents cancelled")
                               : tr("Added %n document(s)", nullptr, s.ok + s.ocr + s.warnings);
        });
}

void IngestController::cancel()
{
    m_runner->cancel();
}

void IngestController::waitForFinished()
{
    m_runner->waitForFinished();
}

} // namespace quarry::gui
