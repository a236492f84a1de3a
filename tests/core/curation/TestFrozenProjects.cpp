// Project files as released versions of Quarry left them (tests/data/projects/schema-v<N>.quarry,
// made by make-projects.sh from the schema SQL of the commits that released each version) are
// opened by today's code: migrated, unchanged in content, and searchable. Migration 2's full-text
// backfill has to meet real pairs here; a migration that skipped it would leave search empty.
#include "CliRunner.h"
#include "TestDir.h"
#include "curation/FullTextSearch.h"
#include "curation/PairRepository.h"
#include "store/Database.h"
#include "store/ProjectStore.h"
#include "store/Schema.h"
#include "store/Statement.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace quarry;

namespace {

QString frozen(int version)
{
    return test::sourceDir() + QStringLiteral("/tests/data/projects/schema-v%1.quarry").arg(version);
}

// A writable copy: opening for writing migrates the file, which must not touch the fixture.
QString copyOf(const test::TestDir& dir, int version)
{
    const QString path = dir.path(QStringLiteral("v%1.quarry").arg(version));
    QFile::copy(frozen(version), path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

QStringList rows(Database& db, const QString& sql)
{
    QStringList out;
    Statement st = db.prepare(sql);
    while (st.step()) {
        QStringList cols;
        for (int i = 0; i < st.columnCount(); ++i)
            cols << st.text(i);
        out << cols.join(QLatin1Char('|'));
    }
    return out;
}

} // namespace

class TestFrozenProjects : public QObject
{
    Q_OBJECT
private slots:
    void everyReleasedVersionHasAFrozenFile()
    {
        // A new migration needs its own frozen file (run make-projects.sh with its commit added).
        for (int v = 1; v <= Schema::latestVersion(); ++v)
            QVERIFY2(QFile::exists(frozen(v)), qPrintable(frozen(v)));
    }

    void migratesKeepingContent_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v <= Schema::latestVersion(); ++v)
            QTest::addRow("v%d", v) << v;
    }

    void migratesKeepingContent()
    {
        QFETCH(int, version);
        test::TestDir dir;
        const QString path = copyOf(dir, version);
        {
            // The file itself (a read-only ProjectStore would show its upgraded copy).
            auto old = Database::open(path, Database::Mode::ReadOnly);
            QCOMPARE(old->queryInt(QStringLiteral("PRAGMA user_version")), qint64(version));
        }
        auto store = ProjectStore::open(path);
        QCOMPARE(store->schemaVersion(), Schema::latestVersion());
        const CheckReport report = store->check();
        QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        Database& db = store->db();

        QCOMPARE(
            rows(db, QStringLiteral("SELECT id, name, kind, status, page_count, length(f.data), "
                                    "size_bytes FROM documents JOIN document_files f ON f.document_id = id "
                                    "ORDER BY id")),
            (QStringList{QStringLiteral("1|재직증명서.txt|text|ok|2|135|135"),
                         QStringLiteral("2|shelf-notes.md|markdown|warnings|1|48|48")}));
        QCOMPARE(rows(db, QStringLiteral("SELECT document_id, page_no, text FROM pages ORDER BY id")),
                 (QStringList{
                     QStringLiteral("1|1|성명: 김민준\n주민등록번호: 900101-1234568"),
                     QStringLiteral("1|2|연락처: 010-2345-6789\n위 사람은 당사에 재직 중임을 증명합니다."),
                     QStringLiteral("2|1|Shelf notes\nBox 17 is on shelf C.")}));
        // Each detection still covers exactly its value in the page text.
        QCOMPARE(rows(db, QStringLiteral("SELECT x.entity_type, x.status, x.value, "
                                         "substr(p.text, x.start + 1, x.end - x.start) FROM detections x "
                                         "JOIN pages p ON p.id = x.page_id ORDER BY x.id")),
                 (QStringList{QStringLiteral("PERSON|accepted|김민준|김민준"),
                              QStringLiteral("KR_RRN|accepted|900101-1234568|900101-1234568"),
                              QStringLiteral("PHONE|pending|010-2345-6789|010-2345-6789")}));

        PairRepository repo(*store);
        QCOMPARE(repo.ids().size(), 4);
        const Pair p1 = *repo.get(1);
        QCOMPARE(toString(p1.status), QStringLiteral("approved"));
        QCOMPARE(p1.rating, std::optional<int>(5));
        QCOMPARE(p1.tags, QStringList{QStringLiteral("인사")});
        QCOMPARE(p1.systemPrompt, QStringLiteral("인사팀 도우미입니다."));
        QCOMPARE(p1.turns.size(), 2);
        QCOMPARE(p1.turns[1].content, QStringLiteral("인사팀 포털의 증명서 메뉴에서 발급받을 수 있습니다."));
        QCOMPARE(repo.get(4)->turns.size(), 4);
        QCOMPARE(toString(repo.get(4)->status), QStringLiteral("rejected"));
    }

    // Search right after the migration finds the pairs that were there before it: in a v1 file
    // only migration 2's backfill can have indexed them.
    void searchFindsOldPairs_data() { migratesKeepingContent_data(); }
    void searchFindsOldPairs()
    {
        QFETCH(int, version);
        test::TestDir dir;
        auto store = ProjectStore::open(copyOf(dir, version));
        Database& db = store->db();
        QCOMPARE(FullTextSearch::search(db, QStringLiteral("재직증명서")), (QList<qint64>{1, 2}));
        QCOMPARE(FullTextSearch::search(db, QStringLiteral("도우미")), QList<qint64>{1}); // system prompt
        QCOMPARE(FullTextSearch::search(db, QStringLiteral("증명서 양식")), QList<qint64>{2}); // context
        QCOMPARE(FullTextSearch::search(db, QStringLiteral("환자")), QList<qint64>{4}); // two syllables
        QCOMPARE(FullTextSearch::search(db, QStringLiteral("BOX 17")), QList<qint64>{3});
        QCOMPARE(FullTextSearch::search(db, QStringLiteral("destroyed")), QList<qint64>{4}); // 4th turn
        QCOMPARE(FullTextSearch::search(db, QStringLiteral("없는 말")), QList<qint64>{});

        // The old file's triggers (v2: the first INSERT OR IGNORE form) keep the index current.
        PairRepository repo(*store);
        Pair p = *repo.get(3);
        p.turns[1].content = QStringLiteral("선반 D로 옮겼습니다.");
        repo.update(p);
        QCOMPARE(FullTextSearch::search(db, QStringLiteral("Shelf C")), QList<qint64>{});
        QCOMPARE(FullTextSearch::search(db, QStringLiteral("선반 D")), QList<qint64>{3});
        Pair added;
        added.turns = {{Turn::Role::User, QStringLiteral("재직증명서 영문본도 되나요?"), std::nullopt},
                       {Turn::Role::Assistant, QStringLiteral("네."), std::nullopt}};
        const qint64 id = repo.add(added);
        QCOMPARE(FullTextSearch::search(db, QStringLiteral("재직증명서")), (QList<qint64>{1, 2, id}));
        repo.remove({1});
        QCOMPARE(FullTextSearch::search(db, QStringLiteral("재직증명서")), (QList<qint64>{2, id}));
    }

    // The same through quarry-cli, as a user upgrading would: the first write opens and migrates
    // the file, search then lists the old pairs.
    void cliSearchAfterUpgrade_data() { migratesKeepingContent_data(); }
    void cliSearchAfterUpgrade()
    {
        QFETCH(int, version);
        test::TestDir dir;
        const QString path = copyOf(dir, version);
        test::CliRunner cli;
        QCOMPARE(cli.run({QStringLiteral("pairs"), QStringLiteral("set-status"), path,
                          QStringLiteral("review"), QStringLiteral("3")})
                     .exitCode,
                 0);
        const test::CliResult r =
            cli.run({QStringLiteral("search"), path, QStringLiteral("증명서"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("count")).toInt(), 2);
        const QJsonArray hits = o.value(QStringLiteral("pairs")).toArray();
        QCOMPARE(hits.at(0).toObject().value(QStringLiteral("id")).toInteger(), 1);
        QCOMPARE(hits.at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("approved"));
        QCOMPARE(hits.at(1).toObject().value(QStringLiteral("first_turn")).toString(),
                 QStringLiteral("재직증명서에 주민등록번호가 들어가나요?"));
        const test::CliResult check = cli.run({QStringLiteral("check"), path});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    }

    // A read-only command (search) on a project an older Quarry left: it reads a migrated temporary
    // copy (it used to fail with "no such table: pairs_fts"), and the file itself is not touched.
    void cliSearchOnAnOldProjectReadOnly()
    {
        test::TestDir dir;
        const QString path = copyOf(dir, 1);
        QFile original(path);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray before = original.readAll();
        original.close();
        const test::CliResult r = test::CliRunner().run(
            {QStringLiteral("search"), path, QStringLiteral("증명서"), QStringLiteral("--json")});
        QVERIFY2(!r.crashed, qPrintable(r.err));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("count")).toInt(), 2);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(original.readAll(), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) ||
                QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    }

    // The same through the library: a read-only store of a v1 file has the latest schema, its
    // sibling connections (worker threads) see the same upgraded copy, and the file stays at v1.
    void readOnlyStoreOfAnOldProjectIsUpgradedInACopy()
    {
        test::TestDir dir;
        const QString path = copyOf(dir, 1);
        {
            auto store = ProjectStore::open(path, ProjectStore::OpenMode::ReadOnly);
            QVERIFY(store->isReadOnly());
            QCOMPARE(store->schemaVersion(), Schema::latestVersion());
            QCOMPARE(store->path(), path);
            auto sibling = store->openSibling();
            QCOMPARE(sibling->schemaVersion(), Schema::latestVersion());
            QCOMPARE(FullTextSearch::search(sibling->db(), QStringLiteral("증명서")).size(), 2);
        }
        auto db = Database::open(path, Database::Mode::ReadOnly);
        QCOMPARE(db->queryInt(QStringLiteral("PRAGMA user_version")), 1);
    }
};

QTEST_GUILESS_MAIN(TestFrozenProjects)
#include "TestFrozenProjects.moc"
