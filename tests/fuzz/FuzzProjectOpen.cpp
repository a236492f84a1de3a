// libFuzzer target: a mutated project file handed to ProjectStore::open(ReadOnly), info() and
// check(). Whatever the bytes, Quarry must answer with a quarry::Error (or succeed) and never
// crash, hang or write to the file. Seeds: tests/fuzz/corpus/project_open/ (real small projects).
#include "FuzzTargets.h"
#include "store/ProjectStore.h"
#include "util/Error.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <unistd.h>

namespace {

// One scratch folder per fuzzing process, so that parallel jobs (-jobs=N) do not collide; removed
// at exit.
struct Scratch
{
    QString dir = QDir::tempPath() + QStringLiteral("/quarry-fuzz-project-%1").arg(::getpid());
    Scratch() { QDir().mkpath(dir); }
    ~Scratch() { QDir(dir).removeRecursively(); }
};

const QString& scratchFile()
{
    static const Scratch scratch;
    static const QString path = scratch.dir + QStringLiteral("/p.quarry");
    return path;
}

} // namespace

int quarry::fuzz::projectOpen(const uint8_t* data, size_t size)
{
    const QString& path = scratchFile();
    // A stale write-ahead log from the previous input would be replayed against this one.
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    try {
        auto store = quarry::ProjectStore::open(path, quarry::ProjectStore::OpenMode::ReadOnly);
        store->info();
        store->check();
    } catch (const quarry::Error&) {
        // The expected answer to a damaged or foreign file.
    }
    // Opening read-only must never write to the file, however damaged it is.
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) ||
        f.readAll() != QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)))
        __builtin_trap();
    return 0;
}
