// libFuzzer target: a project left with a pending write-ahead log (its writer was killed before
// the log was folded into the file), the log's bytes being the input. The project file is a real
// empty project made once per process; the seeds (corpus/project_wal/, written by
// `make_project_seeds OUTDIR WALDIR`) are real logs of rows added to a project made the same way.
// Opening it read-only (info, check) and then for writing (check, a setting written) must answer
// with a quarry::Error or work; never crash or hang. Whether what opens is sound is checked
// deterministically by test_wal_damage (SQLite checksums every frame, so the fuzzer hardly ever
// gets a mutated frame replayed).
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

bool writeFile(const QString& path, const char* data, qint64 size)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data, size) == size;
}

// The project file under the log, and a scratch folder per process (removed at exit).
struct Fixture
{
    QString dir = QDir::tempPath() + QStringLiteral("/quarry-fuzz-wal-%1").arg(::getpid());
    QByteArray file;

    Fixture()
    {
        QDir(dir).removeRecursively();
        QDir().mkpath(dir);
        const QString base = dir + QStringLiteral("/base.quarry");
        quarry::ProjectStore::create(base); // closed at once: the file holds everything
        QFile f(base);
        if (f.open(QIODevice::ReadOnly))
            file = f.readAll();
    }
    ~Fixture() { QDir(dir).removeRecursively(); }
};

} // namespace

int quarry::fuzz::projectWal(const uint8_t* data, size_t size)
{
    static const Fixture fixture;
    const QString path = fixture.dir + QStringLiteral("/p.quarry");
    QFile::remove(path + QStringLiteral(".lock"));
    QFile::remove(path + QStringLiteral("-shm"));
    if (!writeFile(path, fixture.file.constData(), fixture.file.size()) ||
        !writeFile(path + QStringLiteral("-wal"), reinterpret_cast<const char*>(data), qint64(size)))
        return 0;
    try {
        auto store = quarry::ProjectStore::open(path, quarry::ProjectStore::OpenMode::ReadOnly);
        store->info();
        store->check();
    } catch (const quarry::Error&) {
        // A readable refusal is an answer.
    }
    try {
        auto store = quarry::ProjectStore::open(path);
        store->check();
        store->setSetting(QStringLiteral("fuzz.after"), 1);
    } catch (const quarry::Error&) {
    }
    return 0;
}
