// Full disks, failing fsync and read-only storage: Quarry must say so clearly and leave the project
// as it was (check passes, everything committed before is there, nothing half-written).
//
// Two ways to fill the disk: SQLite's VFS layer (FaultyVfs, a shim that fails writes after a
// budget; runs everywhere and sweeps the failure over every write of a transaction) and a real
// 2 MB tmpfs (needs mount permission; skipped without it).
#include "CliRunner.h"
#include "FaultyVfs.h"
#include "InputCorpus.h"
#include "TestDir.h"
#include "store/ProjectStore.h"
#include "store/Transaction.h"
#include "util/Error.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace quarry;
using quarry::test::CliRunner;
using quarry::test::FaultyVfs;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Adds `rows` audit entries of about 2 KB each in one transaction.
void writeRows(ProjectStore& store, int rows, const QString& tag)
{
    Transaction tx(store.db());
    Statement st =
        store.db().prepare(QStringLiteral("INSERT INTO audit_log(at, actor, entity, action, after) VALUES "
                                          "('2026-01-01T00:00:00.000Z', ?, 'test', ?, ?)"));
    const QString body = QString(1000, QChar(0xAC00)); // 가 x 1000: 3 KB of UTF-8
    for (int i = 0; i < rows; ++i) {
        st.bindAll(tag, QString::number(i), body);
        st.run();
        st.reset();
    }
    tx.commit();
}

qint64 rowsTagged(ProjectStore& store, const QString& tag)
{
    Statement st = store.db().prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = ?"));
    st.bind(1, tag);
    return st.step() ? st.int64(0) : -1;
}

// A tmpfs of the given size mounted for the life of the object, when this process may mount.
class TmpfsMount
{
public:
    TmpfsMount(const QString& dir, const QString& size) : m_dir(dir)
    {
        QDir().mkpath(dir);
        QProcess p;
        p.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                          QStringLiteral("size=%1").arg(size), QStringLiteral("tmpfs"), dir});
        m_mounted = p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        if (!m_mounted)
            m_why = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
    }
    ~TmpfsMount()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir});
    }
    bool mounted() const { return m_mounted; }
    // The skip message: which capability is missing, and what mount said.
    QString why() const
    {
        return QStringLiteral("cannot mount a tmpfs here: %1 (%2)")
            .arg(::geteuid() == 0 ? QStringLiteral("root but mount refused, no CAP_SYS_ADMIN?")
                                  : QStringLiteral("not root, mount needs CAP_SYS_ADMIN"),
                 m_why);
    }

private:
    QString m_dir;
    QString m_why;
    bool m_mounted = false;
};

// Runs quarry-cli as an unprivileged user when the test runs as root (root ignores permission
// bits, so a read-only file would not be read-only to it).
test::CliResult runUnprivileged(const QStringList& args)
{
    QProcess p;
    p.setProcessEnvironment(CliRunner().environment());
    if (::geteuid() == 0)
        p.start(QStringLiteral("setpriv"),
                QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                            QStringLiteral("--clear-groups"), CliRunner::program()} +
                    args);
    else
        p.start(CliRunner::program(), args);
    test::CliResult r;
    if (!p.waitForStarted() || !p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("did not run");
        return r;
    }
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// Imports `count` distinct pairs without personal data (the export's final scan has nothing to
// stop for), each answer about `answerBytes` long; returns how many the project holds.
int writeExportablePairs(const CliRunner& cli, const test::TestDir& dir, const QString& project, int count,
                         int answerBytes)
{
    QByteArray data;
    const QByteArray filler =
        QByteArray("The crates stack four high. ").repeated(answerBytes / 28 + 1).left(answerBytes);
    for (int i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i);
        data += "{\"messages\": [{\"role\": \"user\", \"content\": \"How many crates go on shelf " + n +
                "?\"}, {\"role\": \"assistant\", \"content\": \"Shelf " + n + " takes " +
                QByteArray::number(i % 17 + 1) + " crates. " + filler + "\"}]}\n";
    }
    const QString file = dir.write(QStringLiteral("pairs.jsonl"), data);
    const test::CliResult r = cli.run({QStringLiteral("import"), project, file});
    if (r.exitCode != 0)
        qWarning("import failed: %s", qPrintable(r.err));
    return r.exitCode == 0 ? count : -1;
}

QStringList exportArgs(const QString& project, const QString& out)
{
    return {QStringLiteral("export"),   project,
            QStringLiteral("--format"), QStringLiteral("openai"),
            QStringLiteral("--status"), QStringLiteral("draft"),
            QStringLiteral("--out"),    out};
}

int jsonlRecords(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    int records = 0;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (!line.isEmpty())
            ++records;
    return records;
}

} // namespace

class TestDiskFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { FaultyVfs::install(); }
    void cleanup() { FaultyVfs::heal(); }

    // The disk fills at every possible write of a large transaction in turn: each time the
    // transaction fails with a "disk is full" error, nothing of it is kept, and the project
    // reopens sound with all earlier data.
    void diskFullAtEveryWriteOfATransaction()
    {
        test::TestDir dir;
        const QString path = dir.path(QStringLiteral("p.quarry"));
        {
            auto store = ProjectStore::create(path);
            store->setSetting(QStringLiteral("committed"), 42);
            writeRows(*store, 10, QStringLiteral("before"));
        }
        // How many writes the transaction needs when nothing fails.
        int needed = 0;
        {
            test::TestDir probeDir;
            QVERIFY(QFile::copy(path, probeDir.path(QStringLiteral("p.quarry"))));
            auto store = ProjectStore::open(probeDir.path(QStringLiteral("p.quarry")));
            FaultyVfs::failAfter(1 << 30);
            writeRows(*store, 150, QStringLiteral("big"));
            needed = FaultyVfs::writes();
            FaultyVfs::heal();
        }
        QVERIFY(needed > 10);
        int failures = 0;
        const int step = qMax(1, needed / 60);
        for (int budget = 0; budget <= needed + step; budget += step) {
            {
                auto store = ProjectStore::open(path);
                FaultyVfs::failAfter(budget);
                bool failed = false;
                try {
                    writeRows(*store, 150, QStringLiteral("big%1").arg(budget));
                } catch (const Error& e) {
                    failed = true;
                    ++failures;
                    QVERIFY2(e.kind() == Error::Kind::Storage, qPrintable(e.message()));
                    QVERIFY2(e.message().contains(QLatin1String("disk is full")), qPrintable(e.message()));
                    QVERIFY2(e.message().contains(path), qPrintable(e.message()));
                }
                FaultyVfs::heal();
                // All or nothing.
                QCOMPARE(rowsTagged(*store, QStringLiteral("big%1").arg(budget)), failed ? 0 : 150);
                // The connection stays usable after the failure.
                store->setSetting(QStringLiteral("after%1").arg(budget), budget);
            }
            auto store = ProjectStore::open(path, ProjectStore::OpenMode::ReadOnly);
            const CheckReport report = store->check();
            QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
            QCOMPARE(store->setting(QStringLiteral("committed")).toInt(), 42);
            QCOMPARE(store->setting(QStringLiteral("after%1").arg(budget)).toInt(-1), budget);
            QCOMPARE(rowsTagged(*store, QStringLiteral("before")), 10);
        }
        QVERIFY(failures > 10);
    }

    // fsync failing at commit is reported, and the project stays sound.
    void fsyncFailureAtCommit()
    {
        test::TestDir dir;
        const QString path = dir.path(QStringLiteral("p.quarry"));
        {
            auto store = ProjectStore::create(path);
            store->setSetting(QStringLiteral("committed"), 1);
            FaultyVfs::failAfter(0, FaultyVfs::Fault::FsyncFails);
            QVERIFY_THROWS_EXCEPTION(Error, writeRows(*store, 5, QStringLiteral("unsynced")));
            FaultyVfs::heal();
        }
        auto store = ProjectStore::open(path, ProjectStore::OpenMode::ReadOnly);
        QVERIFY(store->check().ok());
        QCOMPARE(store->setting(QStringLiteral("committed")).toInt(), 1);
    }

    // Creating a project on a full disk fails clearly and leaves no file behind (neither the
    // project nor its staging copy), so that the next attempt can succeed.
    void diskFullDuringCreate()
    {
        test::TestDir dir;
        const QString path = dir.path(QStringLiteral("new.quarry"));
        for (int budget : {0, 1, 3, 10, 30}) {
            FaultyVfs::failAfter(budget);
            try {
                ProjectStore::create(path);
                FaultyVfs::heal();
                QVERIFY(QFile::remove(path));
                continue;
            } catch (const Error& e) {
                QVERIFY2(e.kind() == Error::Kind::Storage, qPrintable(e.message()));
            }
            FaultyVfs::heal();
            QVERIFY(!QFileInfo::exists(path));
            const QStringList left =
                QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
            QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
        }
        FaultyVfs::heal();
        auto store = ProjectStore::create(path);
        QVERIFY(store->check().ok());
    }

    // A kill during an earlier create leaves a staging file; the next create removes it.
    void staleStagingFileIsRemoved()
    {
        test::TestDir dir;
        // A pid that cannot be alive: above the kernel's maximum.
        const QString stale = dir.write(QStringLiteral(".p.quarry.creating-99999999"), "half a project");
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        QVERIFY(!QFileInfo::exists(stale));
    }

    // A real full file system (2 MB tmpfs): storing fails with a clear error, the project keeps
    // what was committed and passes check.
    void realFullFileSystem()
    {
        test::TestDir dir;
        TmpfsMount mount(dir.path(QStringLiteral("small")), QStringLiteral("2m"));
        if (!mount.mounted())
            QSKIP(qPrintable(mount.why()));
        const QString path = dir.path(QStringLiteral("small/p.quarry"));
        {
            auto store = ProjectStore::create(path);
            store->setSetting(QStringLiteral("committed"), 7);
            bool full = false;
            for (int round = 0; round < 100 && !full; ++round) {
                try {
                    writeRows(*store, 50, QStringLiteral("fill"));
                } catch (const Error& e) {
                    full = true;
                    QVERIFY2(e.kind() == Error::Kind::Storage, qPrintable(e.message()));
                    QVERIFY2(e.message().contains(QLatin1String("disk is full")), qPrintable(e.message()));
                }
            }
            QVERIFY(full);
        }
        auto store = ProjectStore::open(path, ProjectStore::OpenMode::ReadOnly);
        QVERIFY(store->check().ok());
        QCOMPARE(store->setting(QStringLiteral("committed")).toInt(), 7);
        QCOMPARE(rowsTagged(*store, QStringLiteral("fill")) % 50, 0);
    }

    // The same through quarry-cli: ingest into a project on a full tmpfs reports the failure and
    // every document it reports as stored is complete.
    void cliIngestOnFullFileSystem()
    {
        test::TestDir dir;
        TmpfsMount mount(dir.path(QStringLiteral("small")), QStringLiteral("2m"));
        if (!mount.mounted())
            QSKIP(qPrintable(mount.why()));
        CliRunner cli;
        QCOMPARE(cli.run({QStringLiteral("ingest"), QStringLiteral("--help")}).exitCode, 0);
        const QString path = dir.path(QStringLiteral("small/p.quarry"));
        QCOMPARE(cli.run({QStringLiteral("init"), path}).exitCode, 0);
        // 12 files of ~300 KB: the originals and their text need about twice the 2 MB.
        test::InputCorpus::writeDocuments(dir.path(QStringLiteral("in")), 12, 1, 1500);
        const test::CliResult r = cli.run(
            {QStringLiteral("ingest"), path, dir.path(QStringLiteral("in")), QStringLiteral("--json")});
        QVERIFY2(!r.crashed, qPrintable(r.err));
        const QString all = r.out + r.err;
        QVERIFY2(r.exitCode != 0 || all.contains(QLatin1String("disk is full")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("disk is full")) || all.contains(QLatin1String("No space")),
                 qPrintable(all));
        const test::CliResult check = cli.run({QStringLiteral("check"), path});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        const test::CliResult docs = cli.run({QStringLiteral("docs"), path, QStringLiteral("--json")});
        QCOMPARE(docs.exitCode, 0);
        for (const QJsonValue& v : QJsonDocument::fromJson(docs.out.toUtf8()).array()) {
            const QJsonObject d = v.toObject();
            if (d.value(QStringLiteral("status")).toString() == QLatin1String("ok"))
                QCOMPARE(d.value(QStringLiteral("pages")).toArray().size(),
                         d.value(QStringLiteral("page_count")).toInt());
        }
    }

    // A project file the user may not write, in a folder they may: commands that write refuse
    // with one clear line, readers still work, and the file is not modified.
    void readOnlyProjectFile()
    {
        test::TestDir dir;
        CliRunner cli;
        const QString path = dir.path(QStringLiteral("p.quarry"));
        QCOMPARE(cli.run({QStringLiteral("init"), path}).exitCode, 0);
        test::InputCorpus::writeDocuments(dir.path(QStringLiteral("in")), 2);
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0777) == 0);
        QVERIFY(::chmod(QFile::encodeName(dir.path(QStringLiteral("in"))).constData(), 0755) == 0);
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0444) == 0);
        const QByteArray before = fileHash(path);

        if (cli.run({QStringLiteral("ingest"), QStringLiteral("--help")}).exitCode == 0) {
            const test::CliResult r =
                runUnprivileged({QStringLiteral("ingest"), path, dir.path(QStringLiteral("in"))});
            QVERIFY2(!r.crashed, qPrintable(r.err));
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.startsWith(QLatin1String("quarry-cli: ")) &&
                         r.err.contains(QLatin1String("read-only")),
                     qPrintable(r.err));
        }
        const test::CliResult info = runUnprivileged({QStringLiteral("info"), path});
        QVERIFY2(info.exitCode == 0, qPrintable(info.err));
        const test::CliResult check = runUnprivileged({QStringLiteral("check"), path});
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        QCOMPARE(fileHash(path), before);
    }

    // A read-only project in a read-only folder (a CD, a read-only share): SQLite cannot make the
    // shared-memory file it needs to read a write-ahead-log database, so every command refuses
    // with one line that says so (not "damaged"), and nothing is modified.
    void readOnlyProjectInReadOnlyFolder()
    {
        test::TestDir dir;
        CliRunner cli;
        const QString path = dir.path(QStringLiteral("p.quarry"));
        QCOMPARE(cli.run({QStringLiteral("init"), path}).exitCode, 0);
        QFile::remove(path + QStringLiteral(".lock"));
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0444) == 0);
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0555) == 0);
        const QByteArray before = fileHash(path);
        for (const QString& command :
             {QStringLiteral("info"), QStringLiteral("check"), QStringLiteral("ingest")}) {
            QStringList args{command, path};
            if (command == QLatin1String("ingest"))
                args << path; // any input: the project is refused first
            const test::CliResult r = runUnprivileged(args);
            QVERIFY2(!r.crashed, qPrintable(r.err));
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.startsWith(QLatin1String("quarry-cli: ")) &&
                         r.err.contains(QLatin1String("read-only")) &&
                         !r.err.contains(QLatin1String("damaged")) &&
                         !r.err.trimmed().contains(QLatin1Char('\n')),
                     qPrintable(r.err));
        }
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
        QCOMPARE(fileHash(path), before);
    }

    // A writable project in a folder the user may not write (SQLite needs the folder for its
    // write-ahead log): a clear error, the file untouched.
    void readOnlyFolder()
    {
        test::TestDir dir;
        CliRunner cli;
        const QString folder = dir.path(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/p.quarry");
        QCOMPARE(cli.run({QStringLiteral("init"), path}).exitCode, 0);
        QFile::remove(path + QStringLiteral(".lock"));
        test::InputCorpus::writeDocuments(dir.path(QStringLiteral("in")), 2);
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
        QVERIFY(::chmod(QFile::encodeName(dir.path(QStringLiteral("in"))).constData(), 0755) == 0);
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0666) == 0);
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0555) == 0);
        const QByteArray before = fileHash(path);

        // A new project cannot be made there.
        const test::CliResult init =
            runUnprivileged({QStringLiteral("init"), folder + QStringLiteral("/new.quarry")});
        QVERIFY2(!init.crashed, qPrintable(init.err));
        QVERIFY(init.exitCode != 0);
        QVERIFY2(init.err.startsWith(QLatin1String("quarry-cli: ")) &&
                     !init.err.trimmed().contains(QLatin1Char('\n')),
                 qPrintable(init.err));
        if (cli.run({QStringLiteral("ingest"), QStringLiteral("--help")}).exitCode == 0) {
            const test::CliResult r =
                runUnprivileged({QStringLiteral("ingest"), path, dir.path(QStringLiteral("in"))});
            QVERIFY2(!r.crashed, qPrintable(r.err));
            QVERIFY(r.exitCode != 0);
            QVERIFY2(r.err.startsWith(QLatin1String("quarry-cli: ")), qPrintable(r.err));
        }
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
        QCOMPARE(fileHash(path), before);
        QVERIFY(cli.run({QStringLiteral("check"), path}).exitCode == 0);
    }

    // Export onto a full file system (a tmpfs far smaller than the 5 MB dataset, at three sizes so
    // that the space runs out at different writes): the export fails with the system's "No space
    // left on device" naming the file it was writing, leaves neither a dataset file nor its staging
    // folder behind, and the project is intact: check passes, and the same export into a folder
    // with room succeeds with every pair.
    void cliExportOnFullFileSystem()
    {
        test::TestDir dir;
        CliRunner cli;
        const QString path = dir.path(QStringLiteral("p.quarry"));
        QCOMPARE(cli.run({QStringLiteral("init"), path}).exitCode, 0);
        const int pairs = writeExportablePairs(cli, dir, path, 1500, 3000);
        QCOMPARE(pairs, 1500);
        for (const QString& size : {QStringLiteral("64k"), QStringLiteral("1m"), QStringLiteral("4m")}) {
            const QString small = dir.path(QStringLiteral("small-") + size);
            TmpfsMount mount(small, size);
            if (!mount.mounted())
                QSKIP(qPrintable(mount.why()));
            const QString out = small + QStringLiteral("/dataset");
            const test::CliResult r = cli.run(exportArgs(path, out));
            QVERIFY2(!r.crashed, qPrintable(r.err));
            QVERIFY2(r.exitCode != 0, qPrintable(size + QLatin1Char(' ') + r.out));
            QVERIFY2(r.err.startsWith(QLatin1String("quarry-cli: ")) &&
                         r.err.contains(QLatin1String("No space left")),
                     qPrintable(size + QLatin1Char(' ') + r.err));
            QVERIFY2(r.err.contains(small), qPrintable(r.err)); // names the file being written
            QVERIFY2(!r.err.trimmed().contains(QLatin1Char('\n')), qPrintable(r.err));
            const QStringList left =
                QDir(small).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
            QVERIFY2(left.isEmpty(), qPrintable(size + QLatin1Char(' ') + left.join(QLatin1Char(' '))));
            const test::CliResult check = cli.run({QStringLiteral("check"), path});
            QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        }
        const QString roomy = dir.path(QStringLiteral("dataset"));
        const test::CliResult r = cli.run(exportArgs(path, roomy));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(jsonlRecords(roomy + QStringLiteral("/train.jsonl")) +
                     jsonlRecords(roomy + QStringLiteral("/validation.jsonl")),
                 pairs);
    }

    // Export into a folder the user may not write (as an unprivileged user when the test is
    // root): refused with one line naming the folder and the reason; nothing is created, the
    // project is unchanged and sound.
    void cliExportIntoReadOnlyFolder()
    {
        test::TestDir dir;
        CliRunner cli;
        const QString path = dir.path(QStringLiteral("p.quarry"));
        QCOMPARE(cli.run({QStringLiteral("init"), path}).exitCode, 0);
        QCOMPARE(writeExportablePairs(cli, dir, path, 20, 100), 20);
        QFile::remove(path + QStringLiteral(".lock"));
        const QString ro = dir.path(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(ro));
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0777) == 0);
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0666) == 0);
        QVERIFY(::chmod(QFile::encodeName(ro).constData(), 0555) == 0);
        const QByteArray before = fileHash(path);
        // A new folder inside the read-only one, and a folder two levels down.
        for (const QString& out : {ro + QStringLiteral("/dataset"), ro + QStringLiteral("/a/b")}) {
            const test::CliResult r = runUnprivileged(exportArgs(path, out));
            QVERIFY2(!r.crashed, qPrintable(r.err));
            QVERIFY(r.exitCode != 0);
            QVERIFY2(r.err.startsWith(QLatin1String("quarry-cli: ")) && r.err.contains(ro) &&
                         !r.err.trimmed().contains(QLatin1Char('\n')),
                     qPrintable(r.err));
            QVERIFY2(r.err.contains(QLatin1String("Permission denied")) ||
                         r.err.contains(QLatin1String("cannot create")),
                     qPrintable(r.err));
        }
        QVERIFY(::chmod(QFile::encodeName(ro).constData(), 0755) == 0);
        QVERIFY(QDir(ro).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
        QCOMPARE(fileHash(path), before);
        QVERIFY(cli.run({QStringLiteral("check"), path}).exitCode == 0);
    }
};

QTEST_GUILESS_MAIN(TestDiskFaults)
#include "TestDiskFaults.moc"
