#include "TaskRunner.h"

#include "TaskProgressWidget.h"
#include "store/ProjectStore.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <exception>
#include <mutex>

namespace quarry::gui {

// What the work left for the GUI thread.
struct TaskRunner::Report
{
    Outcome outcome = Outcome::Failed;
    Finisher finisher; // on success
    QString message;   // on failure
};

// The latest progress figures: the worker overwrites them and posts one queued call only when
// the previous one has been taken, so the GUI sees the newest figures without an event per call.
struct TaskRunner::ProgressSlot
{
    std::mutex mutex;
    qint64 done = 0;
    qint64 total = 0;
    QString detail;
    bool posted = false;
};

namespace {

// The message for whatever the work threw, ours or not.
Error describe(std::exception_ptr e)
{
    try {
        std::rethrow_exception(e);
    } catch (const Error& error) {
        return error;
    } catch (const std::bad_alloc&) {
        return Error(QCoreApplication::translate("quarry::gui::TaskRunner", "Quarry ran out of memory."),
                     Error::Kind::Storage);
    } catch (const std::exception& other) {
        return Error(QCoreApplication::translate("quarry::gui::TaskRunner", "Unexpected error: %1")
                         .arg(QString::fromLocal8Bit(other.what())));
    } catch (...) {
        return Error(QCoreApplication::translate("quarry::gui::TaskRunner", "Unexpected error."));
    }
}

} // namespace

TaskRunner::TaskRunner(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<quarry::gui::TaskRunner::Outcome>();
}

TaskRunner::~TaskRunner()
{
    cancel();
    stopThread();
}

bool TaskRunner::startJob(const Texts& texts, ProjectStore* project, Job job)
{
    if (m_running)
        return false;
    stopThread(); // the previous thread has ended; its resources go now
    m_running = true;
    const quint64 generation = ++m_generation;
    m_texts = texts;
    // Held by the context's handler and the queued call it posts, as long as either lives.
    auto slot = std::make_shared<ProgressSlot>();
    m_task = std::make_unique<TaskContext>(
        [this, slot, generation](qint64 done, qint64 total, const QString& detail) {
            std::lock_guard<std::mutex> lock(slot->mutex);
            slot->done = done;
            slot->total = total;
            slot->detail = detail;
            if (slot->posted)
                return;
            slot->posted = true;
            QMetaObject::invokeMethod(
                this,
                [this, slot, generation] {
                    std::unique_lock<std::mutex> taken(slot->mutex);
                    slot->posted = false;
                    const qint64 d = slot->done;
                    const qint64 t = slot->total;
                    const QString text = slot->detail;
                    taken.unlock();
                    reportProgress(generation, d, t, text);
                },
                Qt::QueuedConnection);
        });
    // The second connection is opened here, where the project's own connection lives; a failure
    // to open it is reported like any failure of the work.
    std::exception_ptr openError;
    if (project) {
        try {
            m_project = project->openSibling();
        } catch (...) {
            openError = std::current_exception();
        }
    }
    if (m_strip)
        m_strip->start(texts.title);
    emit started(texts.title);
    ProjectStore* store = m_project.get();
    const TaskContext* task = m_task.get();
    m_thread = std::jthread([this, job = std::move(job), store, task, openError, generation]() mutable {
        auto report = std::make_shared<Report>();
        try {
            if (openError)
                std::rethrow_exception(openError);
            report->finisher = job(store, *task);
            report->outcome = Outcome::Succeeded;
        } catch (...) {
            const Error error = describe(std::current_exception());
            report->outcome = error.kind() == Error::Kind::Cancelled ? Outcome::Cancelled : Outcome::Failed;
            report->message = error.message();
        }
        // The work's own objects (captured by `job`) go on this thread, before the GUI hears.
        job = nullptr;
        QMetaObject::invokeMethod(
            this, [this, generation, report] { complete(generation, report); }, Qt::QueuedConnection);
    });
    return true;
}

void TaskRunner::reportProgress(quint64 generation, qint64 done, qint64 total, const QString& detail)
{
    if (generation != m_generation || !m_running)
        return;
    const QString shown = m_texts.detail ? m_texts.detail(done, total, detail) : detail;
    if (m_strip)
        m_strip->setProgress(done, total, shown);
    emit progress(done, total, shown);
}

void TaskRunner::complete(quint64 generation, const std::shared_ptr<Report>& report)
{
    if (generation != m_generation)
        return; // a task started after waitForFinished() has replaced this one
    m_running = false;
    stopThread();
    QString summary;
    Outcome outcome = report->outcome;
    if (outcome == Outcome::Succeeded) {
        try {
            summary = report->finisher();
        } catch (...) {
            // The GUI side of a task (reading its result into a view) may fail too.
            outcome = Outcome::Failed;
            report->message = describe(std::current_exception()).message();
        }
    }
    if (outcome == Outcome::Cancelled)
        summary = m_texts.cancelled.isEmpty() ? tr("%1 cancelled").arg(m_texts.title) : m_texts.cancelled;
    else if (outcome == Outcome::Failed)
        summary = m_texts.failed.isEmpty() ? tr("%1 failed").arg(m_texts.title) : m_texts.failed;
    if (m_strip)
        m_strip->finish(summary);
    if (outcome == Outcome::Cancelled)
        emit cancelled(report->message);
    else if (outcome == Outcome::Failed)
        emit failed(report->message);
    emit finished(outcome, summary);
}

void TaskRunner::cancel()
{
    if (m_running && m_task)
        m_task->cancel();
}

void TaskRunner::waitForFinished()
{
    m_running = false;
    stopThread();
}

void TaskRunner::setProgressWidget(TaskProgressWidget* strip)
{
    if (m_strip)
        disconnect(m_strip, nullptr, this, nullptr);
    m_strip = strip;
    if (m_strip)
        connect(m_strip, &TaskProgressWidget::cancelRequested, this, &TaskRunner::cancel);
}

void TaskRunner::stopThread()
{
    if (m_thread.joinable())
        m_thread.join();
    // The thread is gone: its connection and context can go (on this thread, as they were made).
    m_project.reset();
    if (!m_running)
        m_task.reset();
}

} // namespace quarry::gui
