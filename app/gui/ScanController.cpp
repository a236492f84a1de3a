#include "ScanController.h"

#include "redact/RuleSet.h"
#include "redact/Scanner.h"
#include "store/ProjectStore.h"
#include "util/Error.h"

#include <QtConcurrent/QtConcurrentRun>

namespace quarry::gui {

namespace {
// Thrown from the progress callback to stop DetectionStore::scanProject between pages.
struct Cancelled
{
};
} // namespace

ScanController::ScanController(QObject* parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        const Result r = m_watcher.result();
        m_sibling.reset();
        emit finished(r.summary, r.cancelled, r.error);
    });
}

ScanController::~ScanController()
{
    cancel();
    waitForFinished();
}

bool ScanController::isRunning() const
{
    return m_watcher.isRunning();
}

void ScanController::start(ProjectStore& store)
{
    if (isRunning())
        return;
    m_sibling = store.openSibling();
    m_cancel = false;
    ProjectStore* sibling = m_sibling.get();
    emit started(tr("Finding personal data"));
    m_watcher.setFuture(QtConcurrent::run([this, sibling] {
        Result r;
        int pagesDone = 0;
        try {
            const Scanner scanner(RuleSet::loadProject(sibling->db()));
            DetectionStore detections(*sibling);
            r.summary = detections.scanProject(scanner, [this, &pagesDone](int done, int total) {
                pagesDone = done;
                QMetaObject::invokeMethod(
                    this,
                    [this, done, total] {
                        emit progress(done, total, tr("page %1 of %2").arg(done).arg(total));
                    },
                    Qt::QueuedConnection);
                if (m_cancel)
                    throw Cancelled{};
            });
        } catch (const Cancelled&) {
            r.cancelled = true;
            r.summary.pages = pagesDone;
        } catch (const Error& e) {
            r.error = e.message();
        }
        return r;
    }));
}

void ScanController::cancel()
{
    m_cancel = true;
}

void ScanController::waitForFinished()
{
    m_watcher.waitForFinished();
    // The caller is about to close the project: its second connection goes now, not when the
    // finished signal arrives later (it must not outlive the store it came from).
    m_sibling.reset();
}

} // namespace quarry::gui
