#include "IngestController.h"

#include "store/ProjectStore.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace quarry::gui {

IngestController::IngestController(QObject* parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<IngestSummary>::finished, this, [this] {
        const IngestSummary summary = m_watcher.result();
        m_pipeline.reset();
        m_sibling.reset();
        emit finished(summary, m_needPassword);
    });
}

IngestController::~IngestController()
{
    cancel();
    waitForFinished();
}

bool IngestController::isRunning() const
{
    return m_watcher.isRunning();
}

void IngestController::start(ProjectStore& store, const QStringList& paths,
                             const IngestPipeline::Options& options)
{
    if (isRunning())
        return;
    m_sibling = store.openSibling();
    m_pipeline = std::make_unique<IngestPipeline>(*m_sibling, options);
    m_needPassword.clear();
    m_files = 0;
    m_done = 0;
    IngestPipeline* pipeline = m_pipeline.get();
    // The pipeline emits from the worker thread; queued connections bring the reports here.
    connect(
        pipeline, &IngestPipeline::batchStarted, this,
        [this](int files) {
            m_files = files;
            emit progress(0, files, QString());
        },
        Qt::QueuedConnection);
    connect(
        pipeline, &IngestPipeline::pageProgress, this,
        [this](int, const QString& path, int pagesDone, int pageCount) {
            emit progress(
                m_done, m_files,
                tr("%1, page %2 of %3").arg(QFileInfo(path).fileName()).arg(pagesDone).arg(pageCount));
        },
        Qt::QueuedConnection);
    connect(
        pipeline, &IngestPipeline::fileFinished, this,
        [this](const IngestFileResult& result) {
            ++m_done;
            if (result.status == QLatin1String("failed") && result.kind == QLatin1String("pdf") &&
                result.error.contains(QLatin1String("password")))
                m_needPassword << result.path;
            emit progress(m_done, m_files, QFileInfo(result.path).fileName());
            emit fileFinished(result);
        },
        Qt::QueuedConnection);

    emit started(tr("Adding documents"));
    m_watcher.setFuture(QtConcurrent::run([pipeline, paths] { return pipeline->run(paths); }));
}

void IngestController::cancel()
{
    if (m_pipeline)
        m_pipeline->cancel();
}

void IngestController::waitForFinished()
{
    m_watcher.waitForFinished();
    if (m_watcher.future().isFinished() && m_pipeline) {
        // The caller is about to close the project: the pipeline's second connection goes now,
        // not when the finished signal arrives later (it must not outlive the store it came from).
        m_pipeline.reset();
        m_sibling.reset();
    }
}

} // namespace quarry::gui
