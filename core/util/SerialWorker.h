#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>

namespace quarry {

// One background thread that runs posted jobs one after another, in order: for short jobs that
// must not run on the GUI thread and must not overlap (drawing page images, the pair list's
// queries), where a TaskRunner (one long operation with progress and Cancel) does not fit. The
// thread starts with the object; the destructor runs the jobs already posted, then joins, so what
// the jobs use must outlive it (declare it after those members). Jobs own their cancellation:
// a job that may hang polls a flag its poster raises.
//
// Header-only because quarry_util is an interface library every core library already links.
class SerialWorker
{
public:
    SerialWorker() : m_thread([this] { loop(); }) {}
    ~SerialWorker()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    SerialWorker(const SerialWorker&) = delete;
    SerialWorker& operator=(const SerialWorker&) = delete;

    // Any thread. A job must not throw (it reports its own failure).
    void post(std::function<void()> job)
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_jobs.push_back(std::move(job));
        }
        m_wake.notify_one();
    }

    // Any thread: drops the jobs not yet started (their poster has moved on).
    void discardPending()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_jobs.clear();
    }

private:
    void loop()
    {
        for (;;) {
            std::function<void()> job;
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
                if (m_jobs.empty())
                    return; // stopping, and everything posted has run
                job = std::move(m_jobs.front());
                m_jobs.pop_front();
            }
            job();
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_jobs;
    bool m_stopping = false;
    // Last: started once the queue exists.
    std::thread m_thread;
};

} // namespace quarry
