// libFuzzer target: a JSONL file given to the importer (`quarry-cli import`), in whatever format
// it detects. Bad lines are reported, never fatal; the importer may reject the whole file with a
// quarry::Error but must never crash or hang, and never store a pair without turns.
#include "FuzzTargets.h"
#include "export/Importer.h"
#include "store/ProjectStore.h"
#include "util/Error.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <unistd.h>

namespace {

struct Fixture
{
    QString dir;
    std::unique_ptr<quarry::ProjectStore> store;

    Fixture()
    {
        dir = QDir::tempPath() + QStringLiteral("/quarry-fuzz-import-%1").arg(::getpid());
        QDir(dir).removeRecursively();
        QDir().mkpath(dir);
        store = quarry::ProjectStore::create(dir + QStringLiteral("/p.quarry"));
        // A scratch project: no fsync per import (50 inputs/s become several hundred).
        store->db().exec(QStringLiteral("PRAGMA synchronous = OFF"));
    }
    ~Fixture()
    {
        store.reset();
        QDir(dir).removeRecursively();
    }
};

} // namespace

int quarry::fuzz::jsonlImport(const uint8_t* data, size_t size)
{
    static Fixture fixture;
    const QString input = fixture.dir + QStringLiteral("/in.jsonl");
    {
        QFile f(input);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    quarry::Database& db = fixture.store->db();
    try {
        quarry::Importer importer(*fixture.store);
        const quarry::ImportReport report = importer.importFile(input);
        if (report.imported != report.pairIds.size() || report.imported > report.lines)
            __builtin_trap();
    } catch (const quarry::Error&) {
        // A file with no line in a known format: the expected answer.
    }
    if (db.queryInt(QStringLiteral(
            "SELECT count(*) FROM pairs WHERE NOT EXISTS (SELECT 1 FROM turns t WHERE t.pair_id = pairs.id)")) != 0)
        __builtin_trap();
    // Keep the project small: each input starts from no pairs.
    db.exec(QStringLiteral("DELETE FROM pairs; DELETE FROM tags; DELETE FROM audit_log; DELETE FROM pairs_fts_pending"));
    return 0;
}
