#include "ingest/IsolatedPageRenderer.h"

#include "store/Database.h"
#include "store/DocumentKind.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>

namespace quarry {

namespace {

// A request that was given up for a newer one is abandoned only after this long: killing and
// restarting the worker costs more than most pages take to draw.
constexpr qint64 kCancelGraceMs = 1000;

} // namespace

IsolatedPageRenderer::IsolatedPageRenderer(QString workerProgram, int timeoutMs)
    : m_timeoutMs(timeoutMs), m_client(std::move(workerProgram))
{}

IsolatedPageRenderer::~IsolatedPageRenderer()
{
    stop();
}

IsolatedPageRenderer::Document IsolatedPageRenderer::load(Database& db, qint64 documentId,
                                                          const QString& password)
{
    Statement st = db.prepare(QStringLiteral("SELECT kind, name, sha256 FROM documents WHERE id = ?"));
    st.bind(1, documentId);
    if (!st.step())
        throw Error(tr("document %1 does not exist").arg(documentId), Error::Kind::NotFound);
    Document doc;
    doc.kind = st.text(0);
    doc.name = st.text(1);
    doc.password = password;
    // The hash keeps a re-created project (same path, same id, other file) from reusing old bytes.
    doc.key = QStringLiteral("%1#%2#%3").arg(db.path()).arg(documentId).arg(st.text(2));
    if (const auto kind = documentKindFromString(doc.kind);
        kind != DocumentKind::Pdf && kind != DocumentKind::Image)
        throw Error(tr("%1 is a %2 document: it has no page images").arg(doc.name, doc.kind),
                    Error::Kind::BadInput);
    {
        const std::lock_guard<std::mutex> lock(m_loadMutex);
        if (m_loaded.key == doc.key) {
            doc.data = m_loaded.data; // implicitly shared: no copy
            return doc;
        }
    }
    Statement file = db.prepare(QStringLiteral("SELECT data FROM document_files WHERE document_id = ?"));
    file.bind(1, documentId);
    if (!file.step() || file.isNull(0))
        throw Error(tr("%1: the original file is not stored in the project").arg(doc.name),
                    Error::Kind::NotFound);
    doc.data = file.blob(0);
    const std::lock_guard<std::mutex> lock(m_loadMutex);
    m_loaded = doc;
    return doc;
}

void IsolatedPageRenderer::stop()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_client.stop();
}

qint64 IsolatedPageRenderer::workerProcessId() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_client.processId();
}

QString IsolatedPageRenderer::stage(const Document& doc)
{
    if (doc.key == m_stagedKey && QFileInfo::exists(m_stagedPath))
        return m_stagedPath;
    if (!m_dir || !m_dir->isValid()) {
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/quarry-pages-XXXXXX"));
        if (!m_dir->isValid())
            throw Error(tr("the page could not be drawn: no temporary folder (%1)").arg(m_dir->errorString()),
                        Error::Kind::Storage);
    }
    if (!m_stagedPath.isEmpty())
        QFile::remove(m_stagedPath);
    m_stagedKey.clear();
    m_stagedPath.clear();
    // A new name for every document: the worker keeps a file open while its path stays the same.
    // The document's own name is kept at the end, so the worker's messages name it.
    QString base = QFileInfo(doc.name).fileName();
    if (base.isEmpty())
        base = QStringLiteral("document");
    const QString path = m_dir->filePath(QStringLiteral("%1-%2").arg(++m_stagedCount).arg(base));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(doc.data) != doc.data.size() || !f.flush()) {
        const QString why = f.errorString();
        f.close();
        QFile::remove(path);
        throw Error(tr("the page could not be drawn: %1 could not be written to the temporary folder: %2")
                        .arg(doc.name, why),
                    Error::Kind::Storage);
    }
    f.close();
    m_stagedKey = doc.key;
    m_stagedPath = path;
    return path;
}

QImage IsolatedPageRenderer::render(const Document& doc, int pageNo, int dpi, const std::atomic<bool>* cancel)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    const QString path = stage(doc);
    return request(doc, path, pageNo, dpi, cancel);
}

QImage IsolatedPageRenderer::request(const Document& doc, const QString& path, int pageNo, int dpi,
                                     const std::atomic<bool>* cancel)
{
    // QProcess belongs to the thread that created it: a caller on another thread gets its own worker.
    if (m_client.isRunning() && m_clientThread != QThread::currentThread())
        m_client.stop();
    if (!m_client.isRunning()) {
        try {
            m_client.ensureRunning();
        } catch (const Error& e) {
            throw Error(tr("the page could not be drawn: %1").arg(e.message()), e.kind());
        }
        m_clientThread = QThread::currentThread();
        ++m_starts;
    }
    m_client.send({{QStringLiteral("op"), QStringLiteral("render")},
                   {QStringLiteral("path"), path},
                   {QStringLiteral("kind"), doc.kind},
                   {QStringLiteral("password"), doc.password},
                   {QStringLiteral("page"), pageNo},
                   {QStringLiteral("dpi"), dpi}});
    QElapsedTimer timer;
    timer.start();
    QJsonObject answer;
    for (;;) {
        const qint64 left = m_timeoutMs - timer.elapsed();
        if (left <= 0) {
            m_client.stop();
            throw Error(tr("the page could not be drawn: the renderer took longer than %1 s on this file and "
                           "was stopped")
                            .arg(m_timeoutMs / 1000.0, 0, 'f', 0),
                        Error::Kind::BadInput);
        }
        if (cancel && cancel->load() && timer.elapsed() >= kCancelGraceMs) {
            m_client.stop();
            throw Error(tr("the page was not drawn: cancelled"), Error::Kind::Cancelled);
        }
        // Short waits, so that the cancel flag and the time limit are looked at while waiting.
        const WorkerClient::Status status = m_client.next(&answer, int(qMin<qint64>(left, 100)));
        if (status == WorkerClient::Status::Ok)
            break;
        if (status == WorkerClient::Status::Crashed) {
            const QString why = m_client.reason();
            m_client.stop();
            throw Error(tr("the page could not be drawn: the renderer crashed on this file (%1)").arg(why),
                        Error::Kind::BadInput);
        }
        // Timeout of one slice: wait on.
    }
    const QString type = answer.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("error"))
        throw Error(
            tr("the page could not be drawn: %1").arg(answer.value(QStringLiteral("message")).toString()),
            Error::Kind::BadInput);
    QImage image;
    if (type == QLatin1String("rendered"))
        image = QImage::fromData(
            QByteArray::fromBase64(answer.value(QStringLiteral("png")).toString().toLatin1()), "PNG");
    if (image.isNull()) {
        // The stream is out of step with what was asked: start clean next time.
        m_client.stop();
        throw Error(tr("the page could not be drawn: the renderer sent an unreadable answer"),
                    Error::Kind::BadInput);
    }
    return image;
}

} // namespace quarry
