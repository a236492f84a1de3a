#include "ingest/WorkerClient.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>

namespace quarry {

WorkerClient::WorkerClient(QString program) : m_program(std::move(program)) {}

WorkerClient::~WorkerClient()
{
    stop();
}

QString WorkerClient::locate()
{
    const QString env = qEnvironmentVariable("QUARRY_WORKER");
    if (!env.isEmpty())
        return env;
    const QString dir = QCoreApplication::applicationDirPath();
    for (const QString& rel : {QStringLiteral("quarry-worker"), QStringLiteral("../worker/quarry-worker"),
                               QStringLiteral("../app/worker/quarry-worker"),
                               QStringLiteral("../../app/worker/quarry-worker"),
                               QStringLiteral("../libexec/quarry/quarry-worker"),
                               QStringLiteral("../lib/quarry/quarry-worker")}) {
        const QFileInfo fi(QDir(dir).filePath(rel));
        if (fi.isFile() && fi.isExecutable())
            return fi.canonicalFilePath();
    }
    return QStringLiteral("quarry-worker");
}

bool WorkerClient::isRunning() const
{
    return m_proc && m_proc->state() != QProcess::NotRunning;
}

qint64 WorkerClient::processId() const
{
    return isRunning() ? m_proc->processId() : 0;
}

void WorkerClient::ensureRunning()
{
    if (isRunning())
        return;
    stop();
    m_proc = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Must be in the environment before libtesseract (and its OpenMP runtime) loads.
    env.insert(QStringLiteral("OMP_THREAD_LIMIT"), QStringLiteral("1"));
    env.insert(QStringLiteral("QUARRY_WORKER_MEMORY_MB"), QString::number(qMax<qint64>(0, m_memoryLimitMb)));
    m_proc->setProcessEnvironment(env);
    m_proc->setProcessChannelMode(QProcess::SeparateChannels);
    m_proc->start(m_program, {});
    if (!m_proc->waitForStarted(10000)) {
        const QString why = m_proc->errorString();
        m_proc.reset();
        throw Error(tr("the ingest worker %1 could not be started: %2").arg(m_program, why));
    }
    m_buffer.clear();
    m_stderrTail.clear();
}

void WorkerClient::send(const QJsonObject& request)
{
    if (!isRunning())
        return;
    m_proc->write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    m_proc->waitForBytesWritten(1000);
}

QString WorkerClient::crashReason()
{
    m_stderrTail += m_proc->readAllStandardError();
    QString how;
    if (m_proc->exitStatus() == QProcess::CrashExit)
        how = tr("the worker crashed");
    else
        how = tr("the worker exited with code %1").arg(m_proc->exitCode());
    const QString end = QString::fromLocal8Bit(m_stderrTail.right(300)).trimmed();
    const QString tail = end.split(QLatin1Char('\n')).last();
    // Poppler's allocator prints "Out of memory" and aborts; an exception nobody caught ends in
    // std::terminate naming std::bad_alloc. Either way the file asked for more than the limit.
    if (m_memoryLimitMb > 0 &&
        (end.contains(QLatin1String("Out of memory")) || end.contains(QLatin1String("bad_alloc"))))
        return tr("the worker ran out of memory (its limit is %1 MB)").arg(m_memoryLimitMb);
    return tail.isEmpty() ? how : QStringLiteral("%1 (%2)").arg(how, tail);
}

WorkerClient::Status WorkerClient::next(QJsonObject* message, int timeoutMs, const std::atomic<bool>* cancel)
{
    m_reason.clear();
    if (!m_proc) {
        m_reason = tr("the worker is not running");
        return Status::Crashed;
    }
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n');
        if (nl >= 0) {
            const QByteArray line = m_buffer.left(nl);
            m_buffer.remove(0, nl + 1);
            QJsonParseError err{};
            const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
            if (err.error != QJsonParseError::NoError || !doc.isObject()) {
                m_reason = tr("the worker sent an unreadable message");
                stop();
                return Status::Crashed;
            }
            *message = doc.object();
            return Status::Ok;
        }
        if (cancel && cancel->load()) {
            m_reason = tr("cancelled");
            return Status::Cancelled;
        }
        if (m_proc->state() == QProcess::NotRunning) {
            m_buffer += m_proc->readAllStandardOutput();
            if (m_buffer.contains('\n'))
                continue;
            m_reason = crashReason();
            return Status::Crashed;
        }
        const qint64 left = timeoutMs - timer.elapsed();
        if (left <= 0) {
            m_reason = tr("no answer within %1 s").arg(timeoutMs / 1000.0, 0, 'f', 1);
            return Status::Timeout;
        }
        m_proc->waitForReadyRead(int(qMin<qint64>(left, 100)));
        m_buffer += m_proc->readAllStandardOutput();
        // Keep only the end of stderr: Tesseract talks a lot and only the last words of a crash matter.
        m_stderrTail += m_proc->readAllStandardError();
        if (m_stderrTail.size() > 4096)
            m_stderrTail = m_stderrTail.right(2048);
    }
}

void WorkerClient::stop()
{
    if (!m_proc)
        return;
    if (m_proc->state() != QProcess::NotRunning) {
        m_proc->kill();
        m_proc->waitForFinished(5000);
    }
    m_proc.reset();
    m_buffer.clear();
}

void WorkerClient::quit()
{
    if (isRunning()) {
        m_proc->write("{\"op\":\"quit\"}\n");
        m_proc->closeWriteChannel();
        if (!m_proc->waitForFinished(1000))
            m_proc->kill();
        m_proc->waitForFinished(2000);
    }
    m_proc.reset();
    m_buffer.clear();
}

} // namespace quarry
