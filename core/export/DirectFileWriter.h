#pragma once

#include "export/BoundedQueue.h"

#include <QByteArray>
#include <QString>
#include <atomic>
#include <memory>
#include <thread>

namespace quarry {

// Writes a large file from a background thread, straight to the disk (O_DIRECT) where the file
// system allows it. For an export of a gigabyte on two cores, copying the data into the page cache
// and writing it back later cost more processor time than any stage of the export itself (and
// varied tenfold with the state of the cache); with direct I/O the disk reads our buffer, and the
// thread lets the disk's time overlap with the caller's work. File systems without direct I/O
// (tmpfs, some network mounts) get ordinary writes, started towards the disk every 32 MB so that
// the fsync at close() has little left to do.
class DirectFileWriter
{
public:
    // Creates (truncates) the file. Throws Error when it cannot.
    explicit DirectFileWriter(const QString& path);
    // Stops the thread; whatever was written stays (the caller removes the file).
    ~DirectFileWriter();
    DirectFileWriter(const DirectFileWriter&) = delete;
    DirectFileWriter& operator=(const DirectFileWriter&) = delete;

    // Queues `data` for writing and leaves an empty buffer (with capacity) in its place. Throws the
    // first error of an earlier write.
    void write(QByteArray& data);
    // Writes what is queued, fsyncs and closes the file. Throws the first write error, with the
    // system's reason ("No space left on device").
    void close();

    // Whether the writes bypass the page cache (for tests and the benchmark's figures).
    bool direct() const { return m_direct.load(); }

private:
    void run();
    void writeOut(const char* data, qint64 size);
    void fail(int error);
    void throwIfFailed();

    QString m_path;
    int m_fd = -1;
    std::atomic<bool> m_direct{false};
    BoundedQueue<QByteArray> m_full{2}; // two 4 MB buffers ahead of the disk are enough to keep it busy
    BoundedQueue<QByteArray> m_empty{3};
    std::thread m_thread;
    std::atomic<bool> m_failed{false};
    std::atomic<bool> m_abandoned{false}; // destroyed before close(): the rest need not be written
    int m_error = 0; // errno of the first failure; read after m_failed or the join
    qint64 m_offset = 0;
    qint64 m_syncRequested = 0;
    // The thread's block-aligned staging buffer (direct I/O needs aligned memory and lengths).
    std::unique_ptr<char, void (*)(void*)> m_aligned{nullptr, nullptr};
    qint64 m_alignedSize = 0;
};

} // namespace quarry
