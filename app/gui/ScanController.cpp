#include "ScanController.h"

#include "redact/RuleSet.h"
#include "redact/Scanner.h"
#include "store/ProjectStore.h"
#include "tasks/TaskRunner.h"

namespace quarry::gui {

ScanController::ScanController(QObject* parent) : QObject(parent), m_runner(new TaskRunner(this))
{
    connect(m_runner, &TaskRunner::failed, this,
            [this](const QString& message) { emit finished(ScanSummary(), false, message); });
    connect(m_runner, &TaskRunner::cancelled, this,
            [this] { emit finished(ScanSummary(), true, QString()); });
    connect(m_runner, &TaskRunner::finished, this, [this](TaskRunner::Outcome outcome) {
        if (outcome == TaskRunner::Outcome::Succeeded)
            emit finished(m_last, false, QString());
    });
}

ScanController::~ScanController()
{
    cancel();
    waitForFinished();
}

bool ScanController::isRunning() const
{
    return m_runner->isRunning();
}

bool ScanController::start(ProjectStore& store)
{
    TaskRunner::Texts texts;
    texts.title = tr("Finding personal data");
    texts.cancelled = tr("Finding personal data stopped");
    texts.failed = tr("Finding personal data failed");
    texts.detail = [](qint64 done, qint64 total, const QString&) {
        return tr("page %1 of %2").arg(done).arg(total);
    };
    return m_runner->start(
        texts, &store,
        [](ProjectStore* project, const TaskContext& task) {
            const Scanner scanner(RuleSet::loadProject(project->db()));
            return DetectionStore(*project).scanProject(scanner, task);
        },
        [this](const ScanSummary& s) {
            m_last = s;
            return tr("%n new detection(s), %1 accepted automatically", nullptr, s.added).arg(s.autoAccepted);
        });
}

void ScanController::cancel()
{
    m_runner->cancel();
}

void ScanController::waitForFinished()
{
    m_runner->waitForFinished();
}

} // namespace quarry::gui
