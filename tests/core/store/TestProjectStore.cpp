#include "TestDir.h"
#include "store/ProjectStore.h"
#include "store/Schema.h"
#include "store/Transaction.h"
#include "util/Error.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <csignal>

using namespace quarry;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString makeProject(const test::TestDir& dir, const QString& name = QStringLiteral("p.quarry"))
{
    const QString path = dir.path(name);
    ProjectStore::create(path);
    return path;
}

} // namespace

class TestProjectStore : public QObject
{
    Q_OBJECT
private slots:
    void createAndReopen()
    {
        test::TestDir dir;
        const QString path = dir.path(QStringLiteral("p.quarry"));
        {
            auto store = ProjectStore::create(path);
            QCOMPARE(store->schemaVersion(), Schema::latestVersion());
            QCOMPARE(store->db().queryInt(QStringLiteral("PRAGMA application_id")), Schema::ApplicationId);
            QCOMPARE(store->db().queryText(QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
            QCOMPARE(store->db().queryInt(QStringLiteral("PRAGMA foreign_keys")), 1);
            store->setSetting(QStringLiteral("ocr.languages"), QStringLiteral("kor+eng"));
            store->setSetting(QStringLiteral("redaction.threshold"), 0.85);
        }
        auto store = ProjectStore::open(path);
        QCOMPARE(store->setting(QStringLiteral("ocr.languages")).toString(), QStringLiteral("kor+eng"));
        QCOMPARE(store->setting(QStringLiteral("redaction.threshold")).toDouble(), 0.85);
        QCOMPARE(store->setting(QStringLiteral("missing"), 7).toInt(), 7);
        QVERIFY(store->check().ok());
        // Every settings change is audited.
        QCOMPARE(store->audit().entries(QStringLiteral("setting")).size(), 2);
    }

    void siblingWritesThroughItsOwnConnection()
    {
        test::TestDir dir;
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        store->setActor(QStringLiteral("kim"));
        auto sibling = store->openSibling();
        QVERIFY(&sibling->db() != &store->db());
        QCOMPARE(sibling->actor(), QStringLiteral("kim"));
        sibling->setSetting(QStringLiteral("from.sibling"), 1);
        QCOMPARE(store->setting(QStringLiteral("from.sibling")).toInt(), 1);
    }

    void createRefusesExistingFile()
    {
        test::TestDir dir;
        const QString path = dir.write(QStringLiteral("x.quarry"), "keep me");
        QVERIFY_THROWS_EXCEPTION(Error, ProjectStore::create(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me"));
    }

    void migratesFromEveryOlderSchema()
    {
        for (int from = 0; from < Schema::latestVersion(); ++from) {
            test::TestDir dir;
            const QString path = dir.path(QStringLiteral("old.quarry"));
            {
                // A file as an older Quarry left it: migrations applied up to `from` only.
                auto db = Database::open(path, Database::Mode::Create);
                db->exec(QStringLiteral("PRAGMA journal_mode = WAL"));
                db->exec(QStringLiteral("PRAGMA application_id = %1").arg(Schema::ApplicationId));
                if (from == 0)
                    db->exec(
                        QStringLiteral("CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
                else
                    Schema::migrate(*db, from);
                db->exec(QStringLiteral("INSERT INTO settings VALUES ('probe', '[\"kept\"]')"));
            }
            if (from == 0) {
                // Version 0 is not a released schema; migration 1 creates settings itself.
                continue;
            }
            auto store = ProjectStore::open(path);
            QCOMPARE(store->schemaVersion(), Schema::latestVersion());
            QCOMPARE(store->setting(QStringLiteral("probe")).toString(), QStringLiteral("kept"));
            const CheckReport report = store->check();
            QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        }
    }

    void rejectsBadFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("text") << QByteArray("hello, I am a text file\n")
                              << QStringLiteral("not an SQLite database");
        QTest::newRow("pdf") << QByteArray("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
                             << QStringLiteral("not an SQLite database");
        QByteArray garbage(8192, '\0');
        for (auto& c : garbage)
            c = char(QRandomGenerator::global()->bounded(256));
        QTest::newRow("garbage") << garbage << QStringLiteral("not an SQLite database");
    }

    void rejectsBadFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        test::TestDir dir;
        const QString path = dir.write(QStringLiteral("bad.quarry"), content);
        const QByteArray before = fileHash(path);
        try {
            ProjectStore::open(path);
            QFAIL("opened a bad file");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(path), qPrintable(e.message()));
            QVERIFY2(e.message().contains(reason), qPrintable(e.message()));
            QCOMPARE(e.kind(), Error::Kind::BadInput);
        }
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void rejectsForeignSqliteDatabase()
    {
        test::TestDir dir;
        const QString path = dir.path(QStringLiteral("other.db"));
        {
            auto db = Database::open(path, Database::Mode::Create);
            db->exec(QStringLiteral("CREATE TABLE music(title TEXT); INSERT INTO music VALUES ('x')"));
        }
        const QByteArray before = fileHash(path);
        try {
            ProjectStore::open(path);
            QFAIL("opened a foreign database");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QLatin1String("not a Quarry project")), qPrintable(e.message()));
        }
        QCOMPARE(fileHash(path), before);
    }

    void rejectsNewerSchema()
    {
        test::TestDir dir;
        const QString path = makeProject(dir);
        {
            auto db = Database::open(path, Database::Mode::ReadWrite);
            db->exec(QStringLiteral("PRAGMA user_version = %1").arg(Schema::latestVersion() + 5));
            db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        const QByteArray before = fileHash(path);
        try {
            ProjectStore::open(path);
            QFAIL("opened a newer project");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QLatin1String("newer version of Quarry")), qPrintable(e.message()));
        }
        QCOMPARE(fileHash(path), before);
    }

    void rejectsTruncatedFile()
    {
        test::TestDir dir;
        const QString path = makeProject(dir);
        {
            auto store = ProjectStore::open(path);
            Transaction tx(store->db());
            for (int i = 0; i < 500; ++i)
                store->db().exec(QStringLiteral("INSERT INTO tags(name) VALUES ('tag %1 %2')")
                                     .arg(i)
                                     .arg(QString(300, QLatin1Char('y'))));
            tx.commit();
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 8 * 4096);
        f.resize(f.size() / 2 + 100); // not even a whole number of pages
        f.close();
        const QByteArray before = fileHash(path);
        try {
            ProjectStore::open(path);
            QFAIL("opened a truncated file");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QLatin1String("truncated")), qPrintable(e.message()));
        }
        QCOMPARE(fileHash(path), before);
    }

    void corruptPagesAreFoundByCheck()
    {
        test::TestDir dir;
        const QString path = makeProject(dir);
        {
            auto store = ProjectStore::open(path);
            Transaction tx(store->db());
            for (int i = 0; i < 2000; ++i)
                store->db().exec(QStringLiteral("INSERT INTO tags(name) VALUES ('tag-%1')").arg(i));
            tx.commit();
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        // Overwrite the last pages (the tags b-trees) with noise, keeping the size.
        const qint64 size = f.size();
        f.seek(size - 3 * 4096);
        QByteArray noise(3 * 4096, '\0');
        for (auto& c : noise)
            c = char(QRandomGenerator::global()->bounded(256));
        f.write(noise);
        f.close();
        try {
            auto store = ProjectStore::open(path, ProjectStore::OpenMode::ReadOnly);
            QVERIFY(!store->check().ok());
        } catch (const Error& e) {
            QVERIFY(!e.message().isEmpty()); // rejected at open: also fine, as long as it is an error
        }
    }

    void secondWriterIsToldWhoHoldsTheProject()
    {
        test::TestDir dir;
        const QString path = makeProject(dir);
        QProcess holder;
        holder.start(QStringLiteral(STORE_HOLDER), {QStringLiteral("hold"), path});
        QVERIFY(holder.waitForReadyRead(20000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("ready"));
        try {
            ProjectStore::open(path);
            QFAIL("two writers");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::InUse);
            QVERIFY2(e.message().contains(QLatin1String("in use by")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QString::number(holder.processId())), qPrintable(e.message()));
        }
        // Reading is still allowed while someone else writes.
        auto reader = ProjectStore::open(path, ProjectStore::OpenMode::ReadOnly);
        QVERIFY(reader->isReadOnly());
        QVERIFY(reader->check().ok());
        reader.reset();
        // A holder that died leaves a stale lock, which the next writer takes over.
        holder.kill();
        holder.waitForFinished();
        auto writer = ProjectStore::open(path);
        QVERIFY(!writer->isReadOnly());
    }

    void emptyLockFileLeftByAKillIsTakenOver()
    {
        // A process killed between creating its lock file and writing into it leaves it empty.
        test::TestDir dir;
        const QString path = makeProject(dir);
        dir.write(QStringLiteral("p.quarry.lock"), QByteArray());
        auto store = ProjectStore::open(path);
        QVERIFY(!store->isReadOnly());
    }

    void killedWriterLeavesValidProject()
    {
        test::TestDir dir;
        const QString path = makeProject(dir);
        for (int round = 0; round < 5; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(STORE_HOLDER), {QStringLiteral("write"), path});
            QVERIFY(writer.waitForStarted());
            qint64 committed = 0;
            // Wait for at least one commit, then kill at a random moment inside later transactions.
            QVERIFY(writer.waitForReadyRead(30000));
            QTest::qWait(QRandomGenerator::global()->bounded(50, 400));
            ::kill(pid_t(writer.processId()), SIGKILL);
            writer.waitForFinished();
            for (const QByteArray& line : writer.readAllStandardOutput().split('\n'))
                if (line.startsWith("committed "))
                    committed = line.mid(10).toLongLong();
            QVERIFY(committed > 0);

            auto store = ProjectStore::open(path);
            const CheckReport report = store->check();
            QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
            // Every reported commit survived; no half transaction is visible.
            const qint64 pairs = store->db().queryInt(QStringLiteral("SELECT count(*) FROM pairs"));
            QVERIFY2(pairs >= committed, qPrintable(QStringLiteral("%1 < %2").arg(pairs).arg(committed)));
            QCOMPARE(pairs % 2000, 0);
            QCOMPARE(store->db().queryInt(QStringLiteral("SELECT count(*) FROM turns")), pairs * 2);
            store->db().exec(QStringLiteral("DELETE FROM pairs")); // keep the file small between rounds
        }
    }
};

QTEST_GUILESS_MAIN(TestProjectStore)
#include "TestProjectStore.moc"
