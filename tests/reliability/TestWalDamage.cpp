// A project left with a pending write-ahead log (the writer was killed before SQLite folded the
// log into the file), copied elsewhere with that log damaged: truncated, bytes flipped in its
// header, in frame headers and in page data, garbage appended, replaced by noise, or the log of
// another project. Opening it must either work and give a sound project (check passes, every
// transaction all or nothing, everything committed before the log intact) or fail with a readable
// Error naming the file; never crash. SQLite checksums every frame and stops replaying at the
// first bad one, so a damaged log costs at most the transactions from the damage on.
#include "TestDir.h"
#include "store/ProjectStore.h"
#include "store/Transaction.h"
#include "util/Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTest>

using namespace quarry;

namespace {

constexpr int kRowsPerTransaction = 10;
constexpr int kLoggedTransactions = 6;
constexpr qsizetype kWalHeader = 32;
constexpr qsizetype kFrameHeader = 24;

void writeRows(ProjectStore& store, const QString& actor, int rows)
{
    Transaction tx(store.db());
    Statement st = store.db().prepare(QStringLiteral(
        "INSERT INTO audit_log(at, actor, entity, action, after) VALUES ('2026-01-01T00:00:00.000Z', ?, 'test', ?, ?)"));
    for (int i = 0; i < rows; ++i) {
        st.bindAll(actor, QString::number(i), QString(300, QChar(0xB2E8))); // 단 x 300
        st.run();
        st.reset();
    }
    tx.commit();
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// The bytes of a project file and its pending log, as a writer killed after its last commit
// leaves them: copied while the connection is still open, before SQLite checkpoints and removes
// the log on close. The file itself holds `base` rows, the log kLoggedTransactions more.
struct PendingProject
{
    QByteArray file;
    QByteArray wal;
    int pageSize = 0;
};

PendingProject makePendingProject(const test::TestDir& dir, const QString& name)
{
    PendingProject p;
    const QString path = dir.path(name);
    {
        auto store = ProjectStore::create(path);
        writeRows(*store, QStringLiteral("base"), kRowsPerTransaction);
    } // closed: the log is folded into the file
    auto store = ProjectStore::open(path);
    p.pageSize = int(store->db().queryInt(QStringLiteral("PRAGMA page_size")));
    for (int t = 0; t < kLoggedTransactions; ++t)
        writeRows(*store, QStringLiteral("logged"), kRowsPerTransaction);
    p.file = readAll(path);
    p.wal = readAll(path + QStringLiteral("-wal"));
    return p;
}

struct Outcome
{
    bool opened = false;
    QString error;
};

// Opens the copy as a user would after the crash (read-only first, as `info` and `check` do; then
// for writing) and checks what it finds. Returns what happened; QVERIFY failures end the test.
void openAndVerify(const QString& path, bool checkMustPass, Outcome& outcome)
{
    const auto verifyError = [&](const Error& e) {
        outcome.error = e.message();
        QVERIFY2(!e.message().isEmpty() && e.message().contains(path), qPrintable(e.message()));
        QVERIFY2(!e.message().contains(QLatin1Char('\n')), qPrintable(e.message()));
    };
    const auto verifyContent = [&](ProjectStore& store) {
        const CheckReport report = store.check();
        if (!checkMustPass && !report.ok())
            return; // a readable report of the damage is an answer too
        QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(store.db().queryInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'base'")),
                 qint64(kRowsPerTransaction));
        const qint64 logged =
            store.db().queryInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'logged'"));
        QVERIFY2(logged % kRowsPerTransaction == 0 && logged <= kRowsPerTransaction * kLoggedTransactions,
                 qPrintable(QString::number(logged)));
    };
    try {
        auto store = ProjectStore::open(path, ProjectStore::OpenMode::ReadOnly);
        store->info();
        verifyContent(*store);
        outcome.opened = true;
    } catch (const Error& e) {
        verifyError(e);
    }
    if (QTest::currentTestFailed())
        return;
    try {
        {
            auto store = ProjectStore::open(path);
            verifyContent(*store);
            if (QTest::currentTestFailed())
                return;
            store->setSetting(QStringLiteral("after.crash"), 1);
        }
        auto store = ProjectStore::open(path, ProjectStore::OpenMode::ReadOnly);
        verifyContent(*store);
        QCOMPARE(store->setting(QStringLiteral("after.crash")).toInt(), 1);
        outcome.opened = true;
    } catch (const Error& e) {
        verifyError(e);
    }
}

QByteArray flipped(QByteArray bytes, qsizetype offset, char mask = char(0x5A))
{
    if (offset >= 0 && offset < bytes.size())
        bytes[offset] = char(bytes[offset] ^ mask);
    return bytes;
}

} // namespace

class TestWalDamage : public QObject
{
    Q_OBJECT
private slots:
    // One real project with a pending log, made once: every row damages a copy of it.
    void initTestCase() { m_pending = makePendingProject(m_sourceDir, QStringLiteral("source.quarry")); }

    void damagedLog_data()
    {
        QTest::addColumn<int>("variant");
        // The rows name each damage; the bytes are built in damagedLog() from one real project.
        const char* names[] = {"intact", "empty", "header only", "cut in the first frame header",
                               "cut in the first page", "cut in the last page", "one byte short", "magic flipped",
                               "format version flipped", "page size flipped", "checkpoint sequence flipped",
                               "salt flipped", "header checksum flipped", "page number of frame 1 flipped",
                               "page number of the last frame set huge", "commit size of the last frame flipped",
                               "salt of frame 2 flipped", "checksum of the last frame flipped",
                               "page data of frame 1 flipped", "page data of the last frame flipped",
                               "garbage appended", "replaced by noise", "two copies of the log"};
        for (int i = 0; i < int(std::size(names)); ++i)
            QTest::newRow(names[i]) << i;
        for (int i = 0; i < 40; ++i)
            QTest::addRow("random flips %d", i) << 100 + i;
    }

    void damagedLog()
    {
        QFETCH(int, variant);
        test::TestDir dir;
        const PendingProject& p = m_pending;
        const qsizetype frame = kFrameHeader + p.pageSize;
        const qsizetype frames = (p.wal.size() - kWalHeader) / frame;
        QVERIFY2(frames >= kLoggedTransactions, qPrintable(QString::number(frames)));
        const qsizetype last = kWalHeader + (frames - 1) * frame;
        QByteArray wal = p.wal;
        switch (variant) {
        case 0: break;
        case 1: wal.clear(); break;
        case 2: wal.truncate(kWalHeader); break;
        case 3: wal.truncate(kWalHeader + 10); break;
        case 4: wal.truncate(kWalHeader + kFrameHeader + p.pageSize / 2); break;
        case 5: wal.truncate(last + kFrameHeader + p.pageSize / 2); break;
        case 6: wal.chop(1); break;
        case 7: wal = flipped(wal, 0); break;
        case 8: wal = flipped(wal, 7); break;
        case 9: wal = flipped(wal, 10); break;
        case 10: wal = flipped(wal, 15); break;
        case 11: wal = flipped(wal, 17); break;
        case 12: wal = flipped(wal, 27); break;
        case 13: wal = flipped(wal, kWalHeader + 3); break;
        case 14: wal.replace(last, 4, QByteArray("\x7f\xff\xff\xff", 4)); break;
        case 15: wal = flipped(wal, last + 7); break;
        case 16: wal = flipped(wal, kWalHeader + frame + 9); break;
        case 17: wal = flipped(wal, last + 20); break;
        case 18: wal = flipped(wal, kWalHeader + kFrameHeader + p.pageSize / 3); break;
        case 19: wal = flipped(wal, last + kFrameHeader + 100); break;
        case 20: {
            QRandomGenerator rng(7);
            for (int i = 0; i < 5000; ++i)
                wal.append(char(rng.bounded(256)));
            break;
        }
        case 21: {
            QRandomGenerator rng(11);
            for (qsizetype i = 0; i < wal.size(); ++i)
                wal[i] = char(rng.bounded(256));
            break;
        }
        case 22: wal += wal; break;
        default: {
            // 1 to 8 bytes anywhere, the header included, seeded by the row: replayable.
            QRandomGenerator rng{quint32(variant)};
            const int flips = 1 + int(rng.bounded(8));
            for (int i = 0; i < flips; ++i)
                wal = flipped(wal, qsizetype(rng.bounded(quint32(wal.size()))), char(1 + rng.bounded(255)));
            break;
        }
        }
        const QString path = dir.path(QStringLiteral("crashed.quarry"));
        QVERIFY(writeAll(path, p.file));
        QVERIFY(writeAll(path + QStringLiteral("-wal"), wal));
        Outcome outcome;
        openAndVerify(path, true, outcome);
        if (QTest::currentTestFailed())
            return;
        if (outcome.opened) {
            auto store = ProjectStore::open(path, ProjectStore::OpenMode::ReadOnly);
            qInfo("opened; %lld of %d logged transactions kept",
                  store->db().queryInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'logged'")) /
                      kRowsPerTransaction,
                  kLoggedTransactions);
        } else {
            qInfo("refused: %s", qPrintable(outcome.error));
        }
        if (variant == 0) {
            QVERIFY2(outcome.opened, qPrintable(outcome.error));
            auto store = ProjectStore::open(path, ProjectStore::OpenMode::ReadOnly);
            QCOMPARE(store->db().queryInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'logged'")),
                     qint64(kRowsPerTransaction * kLoggedTransactions));
        }
    }

    // The log of another project next to this one (files copied by hand from two places): SQLite
    // cannot tell, so the pages of the other project may be replayed into this one. Quarry must
    // still not crash: it opens, and check either passes or names the damage; or it refuses.
    void logOfAnotherProject()
    {
        test::TestDir dir;
        const PendingProject a = makePendingProject(dir, QStringLiteral("a.quarry"));
        const PendingProject b = makePendingProject(dir, QStringLiteral("b.quarry"));
        const QString path = dir.path(QStringLiteral("mixed.quarry"));
        QVERIFY(writeAll(path, a.file));
        QVERIFY(writeAll(path + QStringLiteral("-wal"), b.wal));
        Outcome outcome;
        openAndVerify(path, false, outcome);
    }

private:
    test::TestDir m_sourceDir;
    PendingProject m_pending;
};

QTEST_GUILESS_MAIN(TestWalDamage)
#include "TestWalDamage.moc"
