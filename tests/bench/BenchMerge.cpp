// bench_merge (issue 17): what merging and sharding cost.
//   bench_merge [DIR] [--pairs N] [--shards S] [--texts T] [--scans P] [--skip-merge] [--skip-ingest]
// 1. Merge: S shard projects of N pairs each (SyntheticGenerator; default 4 × 250,000) plus their
//    documents (100 each, 5 pages of text, detections; 5 of them the same bytes in every shard),
//    generated in DIR once, merged by ProjectMerger (wall and CPU time). References in the same
//    run: the sqlite3 command-line tool copying the same rows (the search index's included) into
//    an empty project with ATTACH + INSERT … SELECT (ids offset by a constant, no deduplication,
//    no remapping, no checks, journal and syncs off as merge has them: the floor), and `.backup`
//    of each shard (pages copied, not rows).
// 2. Sharding overhead: T text files and P scanned pages (OCR) ingested once by quarry-cli, then
//    as S shards (`ingest --shard K/S`) plus `merge`; total CPU of each side (children included:
//    the workers' OCR).
#include "BenchSupport.h"
#include "BenchTool.h"
#include "curation/SyntheticGenerator.h"
#include "store/Database.h"
#include "store/ProjectMerger.h"
#include "store/ProjectStore.h"
#include "store/Schema.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

using namespace quarry;
using quarry::bench::cpuSeconds;
using quarry::bench::runTool;

namespace {

void addDocuments(Database& db, int shard)
{
    Transaction tx(db);
    Statement doc = db.prepare(QStringLiteral(
        "INSERT INTO documents(name, source_path, sha256, size_bytes, kind, status, page_count, ingested_at, "
        "updated_at) VALUES (?, ?, ?, ?, 'text', 'ok', 5, '2026-12-01T00:00:00.000Z', "
        "'2026-12-01T00:00:00.000Z')"));
    Statement file =
        db.prepare(QStringLiteral("INSERT INTO document_files(document_id, data) VALUES (?, ?)"));
    Statement page = db.prepare(QStringLiteral(
        "INSERT INTO pages(document_id, page_no, method, raw_text, text) VALUES (?, ?, 'text', ?, ?)"));
    Statement det = db.prepare(QStringLiteral(
        "INSERT INTO detections(page_id, start, end, entity_type, rule, score, value, status, created_at) "
        "VALUES (?, ?, ?, 'PHONE', 'phone_kr', 0.9, '010-2345-6789', 'accepted', "
        "'2026-12-01T00:00:00.000Z')"));
    for (int j = 0; j < 100; ++j) {
        // The first five are the same bytes in every shard: merge keeps one copy.
        const int owner = j < 5 ? 0 : shard;
        QByteArray bytes;
        QStringList pages;
        for (int p = 0; p < 5; ++p) {
            QString text;
            for (int line = 0; line < 30; ++line)
                text += QStringLiteral("문서 %1-%2 쪽 %3 줄 %4: 담당자 연락처 010-2345-6789, 보관 상자 %5.\n")
                            .arg(owner)
                            .arg(j)
                            .arg(p + 1)
                            .arg(line)
                            .arg(j * 7 + line);
            pages << text;
            bytes += text.toUtf8();
        }
        doc.reset();
        doc.bindAll(QStringLiteral("doc-%1-%2.txt").arg(owner).arg(j),
                    QStringLiteral("/archive/doc-%1-%2.txt").arg(owner).arg(j),
                    QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                    qint64(bytes.size()));
        doc.run();
        const qint64 docId = db.lastInsertId();
        file.reset();
        file.bindAll(docId, bytes);
        file.run();
        for (int p = 0; p < 5; ++p) {
            page.reset();
            page.bindAll(docId, p + 1, pages.at(p), pages.at(p));
            page.run();
            const qint64 pageId = db.lastInsertId();
            for (int d = 0; d < 3; ++d) {
                const int start = pages.at(p).indexOf(QStringLiteral("010-"), d * 60);
                det.reset();
                det.bindAll(pageId, start, start + 13);
                det.run();
            }
        }
    }
    tx.commit();
}

// The floor: the same rows copied by the sqlite3 tool, ids offset by a constant per shard.
QString referenceSql(const QStringList& shards)
{
    QTemporaryDir tmp;
    auto empty = ProjectStore::create(tmp.filePath(QStringLiteral("e.quarry")));
    Database& db = empty->db();
    QString sql =
        QStringLiteral("PRAGMA journal_mode = OFF;\nPRAGMA synchronous = OFF;\nPRAGMA foreign_keys = OFF;\n");
    for (int i = 0; i < shards.size(); ++i) {
        const qint64 offset = qint64(i) * 100000000;
        sql += QStringLiteral("ATTACH '%1' AS src;\nBEGIN;\n").arg(shards.at(i));
        for (const ProjectMerger::TableRule& rule : ProjectMerger::tables()) {
            if (!rule.merge || rule.table == QLatin1String("settings"))
                continue;
            if (rule.table == QLatin1String("pairs_fts")) {
                // The search index's rows too: the merged project has them.
                sql += QStringLiteral("INSERT INTO main.pairs_fts(rowid, body) SELECT rowid + %1, body FROM "
                                      "src.pairs_fts;\n")
                           .arg(offset);
                continue;
            }
            QStringList columns;
            QStringList values;
            Statement info = db.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?)"));
            info.bind(1, rule.table);
            while (info.step()) {
                const QString c = info.text(0);
                columns << c;
                const bool reference = c == QLatin1String("id") || c.endsWith(QLatin1String("_id")) ||
                                       c == QLatin1String("duplicate_of");
                values << (reference ? QStringLiteral("\"%1\" + %2").arg(c).arg(offset)
                           : c == QLatin1String("origin") && rule.table == QLatin1String("audit_log")
                               ? QStringLiteral("'shard'")
                               : QStringLiteral("\"%1\"").arg(c));
            }
            // Names unique across shards (documents' SHA-256, tags, rules, pseudonyms) would collide,
            // and the queue triggers already queued the pairs: skipped.
            const bool named =
                rule.table == QLatin1String("documents") || rule.table == QLatin1String("tags") ||
                rule.table == QLatin1String("redaction_rules") || rule.table == QLatin1String("rule_terms") ||
                rule.table == QLatin1String("pseudonyms") || rule.table == QLatin1String("pairs_fts_pending");
            sql += QStringLiteral("INSERT %1INTO main.\"%2\" (%3) SELECT %4 FROM src.\"%2\";\n")
                       .arg(named ? QStringLiteral("OR IGNORE ") : QString(), rule.table,
                            columns.join(QLatin1Char(',')), values.join(QLatin1Char(',')));
        }
        sql += QStringLiteral("COMMIT;\nDETACH src;\n");
    }
    sql += QStringLiteral("PRAGMA journal_mode = WAL;\n");
    return sql;
}

QImage scanImage(int n)
{
    QImage image(1240, 1754, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    QFont font(QStringLiteral("Noto Sans CJK KR"));
    font.setPixelSize(34);
    painter.setFont(font);
    for (int line = 0; line < 22; ++line)
        painter.drawText(90, 140 + line * 70,
                         line % 2 ? QStringLiteral("보관 문서 %1, 줄 %2: 담당자 연락처 010-2345-%3")
                                        .arg(n)
                                        .arg(line)
                                        .arg(1000 + n)
                                  : QStringLiteral("Archive record %1 line %2: shelf C, box %3")
                                        .arg(n)
                                        .arg(line)
                                        .arg(n * 3 + line));
    return image;
}

void writeCorpus(const QString& root, int texts, int scans)
{
    QDir().mkpath(root + QStringLiteral("/letters"));
    QDir().mkpath(root + QStringLiteral("/scans"));
    for (int i = 0; i < texts; ++i) {
        QFile f(root + QStringLiteral("/letters/letter-%1.txt").arg(i, 4, 10, QLatin1Char('0')));
        if (!f.open(QIODevice::WriteOnly))
            continue;
        QString text;
        for (int line = 0; line < 40; ++line)
            text +=
                QStringLiteral(
                    "재직증명서 %1 줄 %2: 성명 김민준, 연락처 010-%3-%4, 전자우편 staff%1@example.co.kr\n")
                    .arg(i)
                    .arg(line)
                    .arg(2000 + i % 7000)
                    .arg(1000 + line);
        f.write(text.toUtf8());
    }
    // Two pages per PDF, so that the OCR work spreads over the shards.
    for (int i = 0; i < (scans + 1) / 2; ++i) {
        QPdfWriter pdf(root + QStringLiteral("/scans/scan-%1.pdf").arg(i, 3, 10, QLatin1Char('0')));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setResolution(150);
        QPainter painter(&pdf);
        for (int p = 0; p < 2 && i * 2 + p < scans; ++p) {
            if (p > 0)
                pdf.newPage();
            painter.drawImage(QRect(0, 0, pdf.width(), pdf.height()), scanImage(i * 2 + p));
        }
    }
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    auto intArg = [&](const QString& name, int fallback) {
        const qsizetype at = args.indexOf(name);
        if (at < 0 || at + 1 >= args.size())
            return fallback;
        const int value = args.at(at + 1).toInt();
        args.remove(at, 2);
        return value;
    };
    const int pairs = intArg(QStringLiteral("--pairs"), 250000);
    const int shardCount = intArg(QStringLiteral("--shards"), 4);
    const int texts = intArg(QStringLiteral("--texts"), 400);
    const int scans = intArg(QStringLiteral("--scans"), 24);
    const bool skipMerge = args.removeAll(QStringLiteral("--skip-merge")) > 0;
    const bool skipIngest = args.removeAll(QStringLiteral("--skip-ingest")) > 0;
    const QString dir = QFileInfo(args.value(0, QStringLiteral("bench-merge"))).absoluteFilePath();
    QDir().mkpath(dir);
    const QString cli = QStringLiteral(QUARRY_BENCH_CLI);

    if (!skipMerge) {
        QStringList shards;
        for (int i = 0; i < shardCount; ++i) {
            const QString path = dir + QStringLiteral("/shard-%1-%2.quarry").arg(i).arg(pairs);
            shards << path;
            if (QFileInfo::exists(path))
                continue;
            LINE("generating %s (%d pairs, 100 documents) ...", qPrintable(path), pairs);
            auto store = ProjectStore::create(path);
            SyntheticGenerator::Options o;
            o.pairs = pairs;
            o.seed = quint32(42 + i);
            SyntheticGenerator::generate(store->db(), o);
            addDocuments(store->db(), i);
        }
        qint64 rows = 0;
        for (const QString& s : shards) {
            auto db = Database::open(s, Database::Mode::ReadOnly);
            for (const char* t : {"pairs", "turns", "pair_tags", "pages", "detections", "audit_log"})
                rows += db->queryInt(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(t)));
        }
        LINE("merge: %d shards x %d pairs (+100 documents each), %lld rows in the main tables", shardCount,
             pairs, rows);

        const QString out = dir + QStringLiteral("/merged.quarry");
        QFile::remove(out);
        const double cpu0 = cpuSeconds(RUSAGE_SELF);
        QElapsedTimer timer;
        timer.start();
        const MergeReport report = ProjectMerger().merge(out, shards);
        const double wall = double(timer.nsecsElapsed()) / 1e9;
        const double cpu = cpuSeconds(RUSAGE_SELF) - cpu0;
        LINE("  quarry merge:              wall %7.2f s  cpu %7.2f s  (%lld documents, %lld duplicates, %lld "
             "pairs, "
             "%lld conflicts)",
             wall, cpu, report.documents, report.duplicateDocuments, report.pairs,
             qint64(report.conflicts.size()));

        const QString ref = dir + QStringLiteral("/reference.quarry");
        QFile::remove(ref);
        ProjectStore::create(ref).reset();
        const QString script = dir + QStringLiteral("/reference.sql");
        {
            QFile f(script);
            f.open(QIODevice::WriteOnly);
            f.write(referenceSql(shards).toUtf8());
        }
        const bench::ToolRun insert = runTool(
            {QStringLiteral("sqlite3"), QStringLiteral("-bail"), ref, QStringLiteral(".read ") + script},
            "C.UTF-8", QFile::encodeName(dir + QStringLiteral("/reference.out")));
        LINE("  sqlite3 ATTACH+INSERT:     wall %7.2f s  cpu %7.2f s  %s", insert.wall, insert.cpu,
             insert.ok ? "" : "(FAILED)");
        double backupWall = 0;
        double backupCpu = 0;
        for (const QString& s : shards) {
            const QString copy = dir + QStringLiteral("/backup.quarry");
            QFile::remove(copy);
            const bench::ToolRun b =
                runTool({QStringLiteral("sqlite3"), s, QStringLiteral(".backup '%1'").arg(copy)}, "C.UTF-8",
                        QFile::encodeName(dir + QStringLiteral("/reference.out")));
            backupWall += b.wall;
            backupCpu += b.cpu;
            QFile::remove(copy);
        }
        LINE("  sqlite3 .backup (x%d):      wall %7.2f s  cpu %7.2f s", shardCount, backupWall, backupCpu);
        LINE("  merge / ATTACH+INSERT:     wall %.2fx  cpu %.2fx   (target: within 2x)", wall / insert.wall,
             cpu / insert.cpu);
        QFile::remove(out);
        QFile::remove(ref);
    }

    if (!skipIngest) {
        const QString root = dir + QStringLiteral("/corpus-%1-%2").arg(texts).arg(scans);
        if (!QFileInfo::exists(root)) {
            LINE("writing %d text files and %d scanned pages in %s ...", texts, scans, qPrintable(root));
            writeCorpus(root, texts, scans);
        }
        auto cleanProjects = [&] {
            for (const QString& name : QDir(dir).entryList({QStringLiteral("ingest-*")}, QDir::Files))
                QFile::remove(dir + QLatin1Char('/') + name);
        };
        cleanProjects();
        const QByteArray log = QFile::encodeName(dir + QStringLiteral("/ingest.out"));
        const QString single = dir + QStringLiteral("/ingest-single.quarry");
        bench::ToolRun one = runTool({cli, QStringLiteral("init"), single}, "C.UTF-8", log);
        const bench::ToolRun oneIngest =
            runTool({cli, QStringLiteral("ingest"), single, root}, "C.UTF-8", log);
        one.cpu += oneIngest.cpu;
        one.wall += oneIngest.wall;
        double shardCpu = 0;
        double shardWall = 0;
        QStringList projects;
        bool ok = oneIngest.ok;
        for (int k = 0; k < shardCount; ++k) {
            const QString project = dir + QStringLiteral("/ingest-shard-%1.quarry").arg(k);
            projects << project;
            for (const QStringList& command :
                 {QStringList{cli, QStringLiteral("init"), project},
                  QStringList{cli, QStringLiteral("ingest"), project, root, QStringLiteral("--shard"),
                              QStringLiteral("%1/%2").arg(k).arg(shardCount)}}) {
                const bench::ToolRun r = runTool(command, "C.UTF-8", log);
                shardCpu += r.cpu;
                shardWall += r.wall;
                ok = ok && r.ok;
            }
        }
        const bench::ToolRun merge =
            runTool(QStringList{cli, QStringLiteral("merge"), dir + QStringLiteral("/ingest-merged.quarry")} +
                        projects,
                    "C.UTF-8", log);
        ok = ok && merge.ok;
        LINE("sharding overhead: %d text files + %d scanned pages (OCR)%s", texts, scans,
             ok ? "" : " (A RUN FAILED)");
        LINE("  one ingest (init+ingest):  wall %7.2f s  cpu %7.2f s", one.wall, one.cpu);
        LINE("  %d shards (init+ingest):    wall %7.2f s  cpu %7.2f s (run one after another)", shardCount,
             shardWall, shardCpu);
        LINE("  merge:                     wall %7.2f s  cpu %7.2f s", merge.wall, merge.cpu);
        LINE("  shards+merge / one ingest: cpu %.3fx   (target: at most 1.05x)",
             (shardCpu + merge.cpu) / one.cpu);
        cleanProjects();
    }
    return 0;
}
