#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <memory>

namespace quarry {

class DirectFileWriter;

// An export's output folder, written all at once or not at all. Files are written into a hidden
// staging folder next to the target (".NAME.quarry-export-PID-XXXXXX"); commit() fsyncs them and
// renames the staging folder onto the target in one rename(2) (or swaps it with a previous export
// by renameat2(RENAME_EXCHANGE) and removes the old one). A Cancel, an exception or a SIGKILL before
// that rename leaves the target as it was; staging folders of dead processes are removed the next
// time. The target must not exist, be empty, or hold only the files of an earlier export.
class AtomicExportDir
{
    Q_DECLARE_TR_FUNCTIONS(quarry::AtomicExportDir)
public:
    explicit AtomicExportDir(const QString& targetDir);
    ~AtomicExportDir(); // removes the staging folder unless committed

    AtomicExportDir(const AtomicExportDir&) = delete;
    AtomicExportDir& operator=(const AtomicExportDir&) = delete;

    // Writes a whole small file.
    void writeFile(const QString& name, const QByteArray& data);
    // A buffered file for streaming large outputs; append() flushes every few megabytes.
    class Stream
    {
    public:
        Stream(const QString& path);
        ~Stream();
        QByteArray& buffer() { return m_buffer; }
        // Call after appending to buffer(); hands it to the writer once it is large enough.
        void maybeFlush()
        {
            if (m_buffer.size() >= kFlushBytes)
                flush();
        }
        void flush();
        void close(); // writes the rest and fsyncs
        qint64 bytesWritten() const { return m_written + m_buffer.size(); }

    private:
        static constexpr qsizetype kFlushBytes = 4 << 20;
        std::unique_ptr<DirectFileWriter> m_writer;
        QByteArray m_buffer;
        qint64 m_written = 0;
    };
    std::unique_ptr<Stream> openStream(const QString& name);

    void commit();
    const QString& target() const { return m_target; }

    // The names an export writes, the only ones a reused target may contain.
    static QStringList exportFileNames();

private:
    QString m_target;
    QString m_staging;
    bool m_committed = false;
};

} // namespace quarry
