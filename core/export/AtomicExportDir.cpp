#include "export/AtomicExportDir.h"

#include "export/DirectFileWriter.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace quarry {

namespace {

void fsyncPath(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

QString stagingPrefix(const QFileInfo& target)
{
    return QStringLiteral(".%1.quarry-export-").arg(target.fileName());
}

// Staging folders left by a process that no longer runs (killed, crashed) are garbage.
void removeStaleStaging(const QFileInfo& target)
{
    QDir parent = target.absoluteDir();
    const QString prefix = stagingPrefix(target);
    const QStringList entries =
        parent.entryList({prefix + QLatin1Char('*')}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString& name : entries) {
        const QString rest = name.mid(prefix.size());
        bool ok = false;
        const qint64 pid = rest.section(QLatin1Char('-'), 0, 0).toLongLong(&ok);
        if (!ok || pid <= 0)
            continue;
        if (::kill(pid_t(pid), 0) == 0 || errno != ESRCH)
            continue; // alive (or not ours to judge)
        QDir(parent.filePath(name)).removeRecursively();
    }
}

} // namespace

QStringList AtomicExportDir::exportFileNames()
{
    return {QStringLiteral("train.jsonl"), QStringLiteral("validation.jsonl"),
            QStringLiteral("test.jsonl"),  QStringLiteral("dataset_info.json"),
            QStringLiteral("README.md"),   QStringLiteral("export_report.json")};
}

AtomicExportDir::AtomicExportDir(const QString& targetDir)
{
    if (targetDir.isEmpty())
        throw Error(tr("no output folder given"), Error::Kind::BadInput);
    const QFileInfo target(QDir::cleanPath(QDir(targetDir).absolutePath()));
    m_target = target.absoluteFilePath();
    if (target.exists()) {
        if (!target.isDir())
            throw Error(tr("output folder %1 is a file").arg(m_target), Error::Kind::BadInput);
        const QStringList allowed = exportFileNames();
        const QStringList entries =
            QDir(m_target).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        for (const QString& e : entries)
            if (!allowed.contains(e))
                throw Error(
                    tr("output folder %1 holds \"%2\", which is not part of an export; choose an empty "
                       "or new folder")
                        .arg(m_target, e),
                    Error::Kind::BadInput);
    }
    QDir parent = target.absoluteDir();
    if (!parent.exists() && !QDir().mkpath(parent.absolutePath()))
        throw Error(tr("cannot create folder %1").arg(parent.absolutePath()), Error::Kind::Storage);
    removeStaleStaging(target);

    for (int attempt = 0; attempt < 100 && m_staging.isEmpty(); ++attempt) {
        const QString name =
            stagingPrefix(target) + QStringLiteral("%1-%2")
                                        .arg(::getpid())
                                        .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
        const QString path = parent.filePath(name);
        if (::mkdir(QFile::encodeName(path).constData(), 0755) == 0)
            m_staging = path;
        else if (errno != EEXIST)
            throw Error(tr("cannot create a staging folder next to %1: %2")
                            .arg(m_target, QString::fromLocal8Bit(std::strerror(errno))),
                        Error::Kind::Storage);
    }
    if (m_staging.isEmpty())
        throw Error(tr("cannot create a staging folder next to %1").arg(m_target), Error::Kind::Storage);
}

AtomicExportDir::~AtomicExportDir()
{
    if (!m_committed && !m_staging.isEmpty())
        QDir(m_staging).removeRecursively();
}

AtomicExportDir::Stream::Stream(const QString& path) : m_writer(std::make_unique<DirectFileWriter>(path))
{
    m_buffer.reserve(kFlushBytes + (1 << 20));
}

AtomicExportDir::Stream::~Stream() = default;

void AtomicExportDir::Stream::flush()
{
    if (m_buffer.isEmpty())
        return;
    m_written += m_buffer.size();
    m_writer->write(m_buffer);
    if (m_buffer.capacity() < kFlushBytes)
        m_buffer.reserve(kFlushBytes + (1 << 20));
}

void AtomicExportDir::Stream::close()
{
    flush();
    m_writer->close();
}

std::unique_ptr<AtomicExportDir::Stream> AtomicExportDir::openStream(const QString& name)
{
    return std::make_unique<Stream>(QDir(m_staging).filePath(name));
}

void AtomicExportDir::writeFile(const QString& name, const QByteArray& data)
{
    Stream s(QDir(m_staging).filePath(name));
    s.buffer().append(data);
    s.close();
}

void AtomicExportDir::commit()
{
    fsyncPath(m_staging);
    const QByteArray staging = QFile::encodeName(m_staging);
    const QByteArray target = QFile::encodeName(m_target);
    // rename(2) replaces an empty folder; a folder with an earlier export is swapped atomically.
    if (::rename(staging.constData(), target.constData()) != 0) {
        if (errno != ENOTEMPTY && errno != EEXIST)
            throw Error(tr("cannot move the export into %1: %2")
                            .arg(m_target, QString::fromLocal8Bit(std::strerror(errno))),
                        Error::Kind::Storage);
        if (::renameat2(AT_FDCWD, staging.constData(), AT_FDCWD, target.constData(), RENAME_EXCHANGE) != 0)
            throw Error(tr("cannot replace the earlier export in %1: %2")
                            .arg(m_target, QString::fromLocal8Bit(std::strerror(errno))),
                        Error::Kind::Storage);
        // The staging name now holds the earlier export.
        QDir(m_staging).removeRecursively();
    }
    m_committed = true;
    fsyncPath(QFileInfo(m_target).absolutePath());
}

} // namespace quarry
