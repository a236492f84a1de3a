#include "export/DirectFileWriter.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace quarry {

namespace {

// Direct I/O wants memory, lengths and offsets aligned to the device's block; 4096 suits all.
constexpr qint64 kAlign = 4096;
constexpr qint64 kAlignedCapacity = 8 << 20;
// Buffered writes: how much is started towards the disk at a time.
constexpr qint64 kSyncBytes = 32 << 20;

QString writeError(const QString& path, int error)
{
    return QCoreApplication::translate("quarry::AtomicExportDir", "cannot write %1: %2")
        .arg(path, QString::fromLocal8Bit(std::strerror(error)));
}

} // namespace

DirectFileWriter::DirectFileWriter(const QString& path) : m_path(path)
{
    const QByteArray native = QFile::encodeName(path);
    const int flags = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC;
#ifdef O_DIRECT
    m_fd = ::open(native.constData(), flags | O_DIRECT, 0666);
    if (m_fd >= 0)
        m_direct = true;
    else if (errno == EINVAL) // the file system has no direct I/O
#endif
        m_fd = ::open(native.constData(), flags, 0666);
    if (m_fd < 0)
        throw Error(writeError(path, errno), Error::Kind::Storage);
    void* memory = nullptr;
    if (::posix_memalign(&memory, std::size_t(kAlign), std::size_t(kAlignedCapacity)) != 0) {
        ::close(m_fd);
        throw Error(writeError(path, ENOMEM), Error::Kind::Storage);
    }
    m_aligned = std::unique_ptr<char, void (*)(void*)>(static_cast<char*>(memory), std::free);
    m_thread = std::thread([this] { run(); });
}

DirectFileWriter::~DirectFileWriter()
{
    // Not closed: the export failed or was cancelled, and the file is going to be removed.
    m_abandoned = true;
    m_full.close();
    if (m_thread.joinable())
        m_thread.join();
    if (m_fd >= 0)
        ::close(m_fd);
}

void DirectFileWriter::throwIfFailed()
{
    if (m_failed.load())
        throw Error(writeError(m_path, m_error), Error::Kind::Storage);
}

void DirectFileWriter::write(QByteArray& data)
{
    throwIfFailed();
    QByteArray full = m_empty.tryPop().value_or(QByteArray());
    full.swap(data); // `data` is now an empty buffer, a used one when there is one
    if (!m_full.push(std::move(full)))
        throwIfFailed();
}

void DirectFileWriter::close()
{
    m_full.close();
    if (m_thread.joinable())
        m_thread.join();
    throwIfFailed();
    const int fd = std::exchange(m_fd, -1);
    if (::fsync(fd) != 0) {
        const int error = errno;
        ::close(fd);
        throw Error(writeError(m_path, error), Error::Kind::Storage);
    }
    if (::close(fd) != 0)
        throw Error(writeError(m_path, errno), Error::Kind::Storage);
}

void DirectFileWriter::fail(int error)
{
    m_error = error;
    m_failed = true;
}

void DirectFileWriter::run()
{
    char* staging = m_aligned.get();
    // Writes the staged bytes: with direct I/O only whole blocks, unless `all` (the end of the
    // file, which is written through the page cache).
    const auto drain = [&](bool all) {
        qint64 n = m_alignedSize;
        if (m_direct.load() && !all)
            n = n / kAlign * kAlign;
        if (n == 0 || m_failed.load() || m_abandoned.load())
            return;
        writeOut(staging, n);
        std::memmove(staging, staging + n, std::size_t(m_alignedSize - n));
        m_alignedSize -= n;
    };
    while (std::optional<QByteArray> chunk = m_full.pop()) {
        const char* from = chunk->constData();
        for (qint64 left = m_abandoned.load() ? 0 : chunk->size(); left > 0 && !m_failed.load();) {
            const qint64 take = std::min(left, kAlignedCapacity - m_alignedSize);
            std::memcpy(staging + m_alignedSize, from, std::size_t(take));
            m_alignedSize += take;
            from += take;
            left -= take;
            if (m_alignedSize == kAlignedCapacity)
                drain(false);
        }
        chunk->resize(0); // back to the producer with its capacity
        m_empty.tryPush(std::move(*chunk));
    }
    drain(true);
}

void DirectFileWriter::writeOut(const char* data, qint64 size)
{
    const auto dropDirect = [&] {
#ifdef O_DIRECT
        const int flags = ::fcntl(m_fd, F_GETFL);
        if (flags >= 0)
            ::fcntl(m_fd, F_SETFL, flags & ~O_DIRECT);
#endif
        m_direct = false;
    };
    if (m_direct.load() && size % kAlign != 0)
        dropDirect(); // the last, partial block
    while (size > 0) {
        const ssize_t n = ::pwrite(m_fd, data, std::size_t(size), m_offset);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EINVAL && m_direct.load()) {
                dropDirect(); // direct I/O refused after all: write through the cache
                continue;
            }
            fail(errno);
            return;
        }
        if (n == 0) {
            fail(ENOSPC);
            return;
        }
        // A disk that fills part-way gives a short write; the next one says why. A short direct
        // write would leave the offset unaligned, so the rest goes through the cache.
        if (m_direct.load() && n % kAlign != 0)
            dropDirect();
        data += n;
        size -= n;
        m_offset += n;
    }
#ifdef __linux__
    if (!m_direct.load() && m_offset - m_syncRequested >= kSyncBytes) {
        ::sync_file_range(m_fd, m_syncRequested, m_offset - m_syncRequested, SYNC_FILE_RANGE_WRITE);
        m_syncRequested = m_offset;
    }
#endif
}

} // namespace quarry
