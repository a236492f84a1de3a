#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <atomic>
#include <memory>

class QProcess;

namespace quarry {

// One quarry-worker process seen from the pipeline: blocking calls, meant for one thread (the
// pipeline's worker-slot threads). A worker that crashes, hangs or misbehaves is killed here;
// the destructor kills and reaps it, so no worker outlives its client.
class WorkerClient
{
    Q_DECLARE_TR_FUNCTIONS(quarry::WorkerClient)
public:
    enum class Status {
        Ok,        // a message arrived
        Timeout,   // nothing within the time limit (the worker is left running: call stop())
        Crashed,   // the worker exited or died; reason() says how
        Cancelled, // the cancel flag was raised while waiting
    };

    explicit WorkerClient(QString program = locate());
    ~WorkerClient();
    WorkerClient(const WorkerClient&) = delete;
    WorkerClient& operator=(const WorkerClient&) = delete;

    // The address-space limit the worker runs under (RLIMIT_AS), in MB; 0: none. Applies to the
    // next start. A worker that reaches it fails the page or file it was reading and says so.
    void setMemoryLimitMb(qint64 megabytes) { m_memoryLimitMb = megabytes; }
    qint64 memoryLimitMb() const { return m_memoryLimitMb; }
    // What a worker gets when nobody says otherwise: enough for OCR of an A0 page at 300 DPI, far
    // less than the memory of a workstation running two of them.
    static constexpr qint64 DefaultMemoryLimitMb = 2048;

    // Starts the process if it is not running. Throws Error when it cannot start.
    void ensureRunning();
    bool isRunning() const;
    // The worker's process id, 0 when none runs (tests check that no worker is left behind).
    qint64 processId() const;
    void send(const QJsonObject& request);
    // Waits for the next message up to timeoutMs, polling `cancel` at least every 100 ms.
    Status next(QJsonObject* message, int timeoutMs, const std::atomic<bool>* cancel = nullptr);
    // Why the last call failed (exit code/signal and the end of the worker's stderr).
    const QString& reason() const { return m_reason; }
    // Kills the worker (if running) and waits for it.
    void stop();
    // Asks the worker to leave and waits briefly, then kills.
    void quit();

    // The worker executable: $QUARRY_WORKER, else next to the running binary, the build tree's
    // app/worker, or ../libexec/quarry.
    static QString locate();

private:
    QString crashReason();

    QString m_program;
    std::unique_ptr<QProcess> m_proc;
    QByteArray m_buffer;
    QByteArray m_stderrTail;
    QString m_reason;
    qint64 m_memoryLimitMb = DefaultMemoryLimitMb;
};

} // namespace quarry
