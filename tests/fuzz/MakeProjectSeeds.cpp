// Writes the seed corpus of fuzz_project_open: small but real Quarry projects (empty, with a
// document, pages, pairs and settings; with a pending write-ahead log folded in or not), made by
// ProjectStore::create so that they follow the current schema. With WALDIR, also the seeds of
// fuzz_project_wal: the pending write-ahead log of rows added to a freshly created project, copied
// while the writer still has it open (as a killed writer leaves it).
// Usage: make_project_seeds OUTDIR [WALDIR]
#include "store/Database.h"
#include "store/ProjectStore.h"
#include "store/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

using namespace quarry;

namespace {

void addRows(ProjectStore& store, int pairs)
{
    Database& db = store.db();
    Transaction tx(db);
    db.exec(QStringLiteral(
        "INSERT INTO documents(name, source_path, sha256, size_bytes, kind, status, page_count, ingested_at, "
        "updated_at) VALUES ('a.txt', '/tmp/a.txt', 'ab12', 11, 'text', 'ok', 1, '2026-01-01T00:00:00.000Z', "
        "'2026-01-01T00:00:00.000Z');"
        "INSERT INTO pages(document_id, page_no, method, raw_text, text) VALUES (1, 1, 'text', "
        "'hello 홍길동', 'hello 홍길동');"
        "INSERT INTO detections(page_id, start, end, entity_type, rule, score, value, created_at) VALUES "
        "(1, 6, 9, 'PERSON', 'names', 0.9, '홍길동', '2026-01-01T00:00:00.000Z');"));
    for (int i = 0; i < pairs; ++i) {
        db.exec(QStringLiteral("INSERT INTO pairs(status, created_at, updated_at) VALUES ('draft', "
                               "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"));
        const qint64 pair = db.lastInsertId();
        db.exec(QStringLiteral("INSERT INTO turns(pair_id, seq, role, content) VALUES (%1, 0, 'user', 'q%1'), "
                               "(%1, 1, 'assistant', '답 %1')")
                    .arg(pair));
    }
    tx.commit();
    store.setSetting(QStringLiteral("ocr.languages"), QStringLiteral("kor+eng"));
}

// Rewrites a project with 512-byte pages: the same structure in an eighth of the bytes, which
// lets the fuzzer reach deeper into the file.
void shrink(const QString& path)
{
    auto db = Database::open(path, Database::Mode::ReadWrite);
    db->exec(QStringLiteral("PRAGMA journal_mode = DELETE; PRAGMA page_size = 512; VACUUM; "
                            "PRAGMA journal_mode = WAL;"));
}

// Writes the log of `pairs` pairs (and a document) added to a new, closed project.
void writePendingLog(const QString& scratch, const QString& out, int pairs)
{
    const QString path = scratch + QStringLiteral("/wal.quarry");
    QFile::remove(path);
    ProjectStore::create(path); // closed: the file holds the empty project, as fuzz_project_wal's
    auto store = ProjectStore::open(path);
    addRows(*store, pairs);
    QFile::remove(out);
    QFile::copy(path + QStringLiteral("-wal"), out);
    std::printf("%s: %lld bytes\n", qPrintable(QFileInfo(out).fileName()), static_cast<long long>(QFile(out).size()));
    store.reset();
    QFile::remove(path);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2 && argc != 3) {
        std::fprintf(stderr, "usage: make_project_seeds OUTDIR [WALDIR]\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(out.path());
    struct Seed
    {
        const char* name;
        int pairs; // -1: no rows at all
        bool small;
    };
    const Seed seeds[] = {{"empty.quarry", -1, true}, {"rows.quarry", 3, true}, {"rows-4k.quarry", 1, false}};
    for (const Seed& s : seeds) {
        const QString path = out.filePath(QString::fromLatin1(s.name));
        QFile::remove(path);
        {
            auto store = ProjectStore::create(path);
            if (s.pairs >= 0)
                addRows(*store, s.pairs);
        }
        if (s.small)
            shrink(path);
        QFile::remove(path + QStringLiteral(".lock"));
        std::printf("%s: %lld bytes\n", s.name, static_cast<long long>(QFile(path).size()));
    }
    if (argc == 3) {
        const QDir walDir(QString::fromLocal8Bit(argv[2]));
        QDir().mkpath(walDir.path());
        writePendingLog(out.path(), walDir.filePath(QStringLiteral("rows.wal")), 3);
        writePendingLog(out.path(), walDir.filePath(QStringLiteral("one-pair.wal")), 1);
    }
    return 0;
}
