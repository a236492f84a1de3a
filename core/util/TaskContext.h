#pragma once

#include "util/Error.h"

#include <QCoreApplication>
#include <QString>
#include <atomic>
#include <functional>
#include <mutex>
#include <utility>
#include <vector>

namespace quarry {

// The one way a long core operation (ingest, scan/redact, export, import, chunking, statistics,
// duplicates, the demo) hears that the user cancelled it and says how far it has come. The owner
// (the GUI's task runner, a CLI command, a test) creates it, may cancel() it from any thread and
// receives progress() on the operation's thread; the operation only reads it (it is passed as
// const), so it cannot cancel itself or replace the owner's handler.
//
// Header-only because quarry_util is an interface library every core library already links.
class TaskContext
{
    Q_DECLARE_TR_FUNCTIONS(quarry::TaskContext)
public:
    // Called on the operation's thread: the handler forwards (queues) the figures, it must not block.
    using ProgressHandler = std::function<void(qint64 done, qint64 total, const QString& detail)>;

    TaskContext() = default;
    explicit TaskContext(ProgressHandler handler) : m_progress(std::move(handler)) {}
    TaskContext(const TaskContext&) = delete;
    TaskContext& operator=(const TaskContext&) = delete;

    // For callers that neither cancel nor watch: the default argument of every long operation.
    static const TaskContext& none()
    {
        static const TaskContext context;
        return context;
    }

    // Any thread. Also runs the hooks of the operation (waking its waits, interrupting a query).
    void cancel()
    {
        m_cancelled.store(true, std::memory_order_relaxed);
        std::lock_guard<std::mutex> lock(m_hookMutex);
        for (const auto& [id, hook] : m_hooks)
            hook();
    }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    // Raises Error(Kind::Cancelled) once cancel() was called; `message` says what was kept or undone.
    void throwIfCancelled(const QString& message = {}) const
    {
        if (isCancelled())
            throw Error(message.isEmpty() ? tr("cancelled") : message, Error::Kind::Cancelled);
    }
    // For lower layers that poll a flag themselves (worker processes, page rendering).
    const std::atomic<bool>* cancelFlag() const { return &m_cancelled; }

    bool wantsProgress() const { return bool(m_progress); }
    // total 0: the amount is not known (a busy indicator); detail names the current item or step.
    void progress(qint64 done, qint64 total, const QString& detail = {}) const
    {
        if (m_progress)
            m_progress(done, total, detail);
    }

    // While a CancelHook lives, cancel() also calls its function (on the cancelling thread, never
    // after the hook is gone): how an operation stops a wait or a query that does not poll the flag.
    class CancelHook
    {
    public:
        CancelHook(const TaskContext& context, std::function<void()> hook) : m_context(context)
        {
            std::lock_guard<std::mutex> lock(m_context.m_hookMutex);
            m_id = ++m_context.m_nextHookId;
            m_context.m_hooks.emplace_back(m_id, std::move(hook));
            if (m_context.isCancelled())
                m_context.m_hooks.back().second();
        }
        ~CancelHook()
        {
            std::lock_guard<std::mutex> lock(m_context.m_hookMutex);
            std::erase_if(m_context.m_hooks, [this](const auto& h) { return h.first == m_id; });
        }
        CancelHook(const CancelHook&) = delete;
        CancelHook& operator=(const CancelHook&) = delete;

    private:
        const TaskContext& m_context;
        int m_id = 0;
    };

private:
    std::atomic<bool> m_cancelled{false};
    ProgressHandler m_progress;
    // Hooks belong to the running operation, which sees the context as const.
    mutable std::mutex m_hookMutex;
    mutable std::vector<std::pair<int, std::function<void()>>> m_hooks;
    mutable int m_nextHookId = 0;
};

} // namespace quarry
