// libFuzzer target: a project left with a pending write-ahead log (its writer was killed before
// the log was folded into the file), the log being the input. The project file is a real empty
// project made once per process; the seeds (corpus/project_wal/, written by
// `make_project_seeds OUTDIR WALDIR`) are real logs of rows added to a project made the same way.
//
// SQLite checksums the log header and every frame, chained, and replays nothing from the first
// frame whose checksum or salt is wrong: mutated raw bytes would hardly ever get past it. So the
// input is taken as a log whose frames the fuzzer shapes freely (page numbers, commit markers,
// page contents) and whose bookkeeping this body makes valid before SQLite sees it: the header's
// magic, version and page size, every frame's salts and the checksum chain. SQLite then replays
// the mutated frames and reads mutated b-tree pages. Opening it read-only (info, check) and then
// for writing (check, a setting written) must answer with a quarry::Error or work; never crash or
// hang. (Raw damage to the log's bookkeeping is test_wal_damage's part, deterministically.)
#include "FuzzTargets.h"
#include "store/ProjectStore.h"
#include "util/Error.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QtEndian>
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
    quint32 pageSize = 4096;

    Fixture()
    {
        QDir(dir).removeRecursively();
        QDir().mkpath(dir);
        const QString base = dir + QStringLiteral("/base.quarry");
        quarry::ProjectStore::create(base); // closed at once: the file holds everything
        QFile f(base);
        if (f.open(QIODevice::ReadOnly))
            file = f.readAll();
        if (file.size() >= 100) {
            // The database header's page size (offset 16, big-endian; 1 means 65536).
            const quint32 n = qFromBigEndian<quint16>(file.constData() + 16);
            pageSize = n == 1 ? 65536 : n;
        }
    }
    ~Fixture() { QDir(dir).removeRecursively(); }
};

// SQLite's log checksum (walChecksumBytes in wal.c): pairs of 32-bit words added into two running
// sums, the words read big-endian when the magic's low bit is set, little-endian otherwise.
void checksum(const char* p, size_t n, bool bigEndian, quint32& s1, quint32& s2)
{
    for (size_t i = 0; i + 8 <= n; i += 8) {
        const quint32 a = bigEndian ? qFromBigEndian<quint32>(p + i) : qFromLittleEndian<quint32>(p + i);
        const quint32 b =
            bigEndian ? qFromBigEndian<quint32>(p + i + 4) : qFromLittleEndian<quint32>(p + i + 4);
        s1 += a + s2;
        s2 += b + s1;
    }
}

} // namespace

// Makes the log's header and frames pass SQLite's checks, keeping what the fuzzer chose: the
// checksum byte order (magic's low bit), checkpoint sequence and salts, and each frame's page
// number, commit size and page bytes.
void quarry::fuzz::makeWalReplayable(char* p, size_t size, uint32_t pageSize)
{
    constexpr size_t HeaderSize = 32;
    constexpr size_t FrameHeaderSize = 24;
    if (size < HeaderSize)
        return;
    const quint32 magic = 0x377f0682u | (qFromBigEndian<quint32>(p) & 1u);
    const bool bigEndian = magic & 1u;
    qToBigEndian<quint32>(magic, p);
    qToBigEndian<quint32>(3007000u, p + 4);
    qToBigEndian<quint32>(pageSize, p + 8);
    quint32 s1 = 0;
    quint32 s2 = 0;
    checksum(p, 24, bigEndian, s1, s2);
    qToBigEndian<quint32>(s1, p + 24);
    qToBigEndian<quint32>(s2, p + 28);
    const quint32 salt1 = qFromBigEndian<quint32>(p + 16);
    const quint32 salt2 = qFromBigEndian<quint32>(p + 20);
    for (size_t off = HeaderSize; off + FrameHeaderSize + pageSize <= size;
         off += FrameHeaderSize + pageSize) {
        char* frame = p + off;
        qToBigEndian<quint32>(salt1, frame + 8);
        qToBigEndian<quint32>(salt2, frame + 12);
        checksum(frame, 8, bigEndian, s1, s2);
        checksum(frame + FrameHeaderSize, pageSize, bigEndian, s1, s2);
        qToBigEndian<quint32>(s1, frame + 16);
        qToBigEndian<quint32>(s2, frame + 20);
    }
}

int quarry::fuzz::projectWal(const uint8_t* data, size_t size)
{
    static const Fixture fixture;
    const QString path = fixture.dir + QStringLiteral("/p.quarry");
    QFile::remove(path + QStringLiteral(".lock"));
    QFile::remove(path + QStringLiteral("-shm"));
    QByteArray wal(reinterpret_cast<const char*>(data), qsizetype(size));
    quarry::fuzz::makeWalReplayable(wal.data(), size_t(wal.size()), fixture.pageSize);
    if (!writeFile(path, fixture.file.constData(), fixture.file.size()) ||
        !writeFile(path + QStringLiteral("-wal"), wal.constData(), wal.size()))
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
