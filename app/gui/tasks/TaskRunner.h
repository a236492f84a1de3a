#pragma once

#include "util/TaskContext.h"

#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <thread>
#include <type_traits>

namespace quarry {
class ProjectStore;
}

namespace quarry::gui {

class TaskProgressWidget;

// Runs one long core operation at a time (ingest, scan, export, statistics, duplicates, the demo)
// on a thread of its own, the only place the GUI starts threads. The operation gets its own
// connection to the project and a TaskContext; whatever it throws, Quarry's Error or anything
// else, becomes failed(message) on the GUI thread instead of taking the application down, a
// cancel becomes cancelled(), and progress arrives queued (coalesced, so a chatty operation
// cannot flood the event loop). With a progress strip set, the runner shows its tasks there and
// the strip's Cancel cancels them.
class TaskRunner : public QObject
{
    Q_OBJECT
public:
    enum class Outcome
    {
        Succeeded,
        Cancelled,
        Failed,
    };
    Q_ENUM(Outcome)
    // What the progress strip says while and after the work runs.
    struct Texts
    {
        QString title;     // "Adding documents"
        QString cancelled; // empty: "<title> cancelled"
        QString failed;    // empty: "<title> failed"
        // The strip's wording of the operation's progress; empty: its detail as it is.
        std::function<QString(qint64 done, qint64 total, const QString& detail)> detail;
    };

    explicit TaskRunner(QObject* parent = nullptr);
    // Cancels the running operation and waits for it.
    ~TaskRunner() override;

    bool isRunning() const { return m_running; }
    // The strip that shows this runner's tasks (several runners may share one); null: none.
    void setProgressWidget(TaskProgressWidget* strip);

    // Starts `work(ProjectStore* project, const TaskContext& task)` on the runner's thread and,
    // when it returns, `done(result)` (or `done()` for void work) on the GUI thread; done returns
    // the summary the progress strip shows. `project`, when not null, is opened a second time
    // here (ProjectStore::openSibling) and that store is what the work gets; it is closed on the
    // GUI thread once the work is over. Returns false (and does nothing) while a task runs.
    template <typename Work, typename Done>
    bool start(const Texts& texts, ProjectStore* project, Work work, Done done);

    // Any time; the operation stops at its next check.
    void cancel();
    // Blocks until the running operation (if any) has stopped and closes its connection: for a
    // project that is about to close. isRunning() is false from then on; the outcome is still
    // reported, later, unless another task has started meanwhile.
    void waitForFinished();

signals:
    void started(const QString& title);
    void progress(qint64 done, qint64 total, const QString& detail);
    void failed(const QString& message);
    void cancelled(const QString& message);
    // Last, after done(), the strip's update and failed() or cancelled(): the place for what follows
    // a task (it may start the next one). `summary` is the text the strip shows.
    void finished(quarry::gui::TaskRunner::Outcome outcome, const QString& summary);

private:
    // Run on the GUI thread after the work: the success summary.
    using Finisher = std::function<QString()>;
    using Job = std::function<Finisher(ProjectStore* project, const TaskContext& task)>;
    struct Report;

    bool startJob(const Texts& texts, ProjectStore* project, Job job);
    void complete(quint64 generation, const std::shared_ptr<Report>& report);
    void reportProgress(quint64 generation, qint64 done, qint64 total, const QString& detail);
    void stopThread();

    TaskProgressWidget* m_strip = nullptr;
    bool m_running = false;
    quint64 m_generation = 0;
    Texts m_texts;
    std::unique_ptr<TaskContext> m_task;
    std::unique_ptr<ProjectStore> m_project;
    struct ProgressSlot;
    // Declared last: destroyed (joined) before what the thread uses.
    std::jthread m_thread;
};

template <typename Work, typename Done>
bool TaskRunner::start(const Texts& texts, ProjectStore* project, Work work, Done done)
{
    using Result = std::invoke_result_t<Work&, ProjectStore*, const TaskContext&>;
    return startJob(texts, project,
                    [work, done](ProjectStore* p, const TaskContext& task) mutable -> Finisher {
                        if constexpr (std::is_void_v<Result>) {
                            work(p, task);
                            return [done]() mutable { return QString(done()); };
                        } else {
                            // Shared: std::function needs a copyable finisher, and results may be large.
                            auto result = std::make_shared<Result>(work(p, task));
                            return [done, result]() mutable { return QString(done(*result)); };
                        }
                    });
}

} // namespace quarry::gui
