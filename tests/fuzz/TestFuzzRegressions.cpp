// Every saved fuzz finding (tests/fuzz/regressions/<target>/*) and every seed
// (tests/fuzz/corpus/<corpus>/*) fed through the body of its fuzz target (FuzzTargets.h) in the
// ordinary builds (dev and asan presets): a crash fixed once stays fixed without the fuzz preset,
// and the bodies keep compiling and holding their invariants on good input. A body that finds a
// broken invariant aborts, which fails this suite naming the file (the data tag).
#include "FuzzTargets.h"
#include "TestDir.h"
#include "store/Database.h"
#include "store/ProjectStore.h"
#include "store/Statement.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace quarry;

namespace {

struct Target
{
    const char* name;   // the fuzz executable, and the folder of its reproducers in regressions/
    const char* corpus; // its seed folder in corpus/
    quarry::fuzz::Body body;
};

const Target kTargets[] = {
    {"fuzz_textdecoder", "textdecoder", &quarry::fuzz::textDecoder},
    {"fuzz_textcleaner", "textcleaner", &quarry::fuzz::textCleaner},
    {"fuzz_docxreader", "docxreader", &quarry::fuzz::docxReader},
    {"fuzz_htmlreader", "htmlreader", &quarry::fuzz::htmlReader},
    {"fuzz_textreaders", "textreaders", &quarry::fuzz::textReaders},
    {"fuzz_project_open", "project_open", &quarry::fuzz::projectOpen},
    {"fuzz_project_wal", "project_wal", &quarry::fuzz::projectWal},
    {"fuzz_rulepack", "rulepack", &quarry::fuzz::rulePack},
    {"fuzz_scanner", "scanner", &quarry::fuzz::scanner},
    {"fuzz_jsonl_import", "jsonl_import", &quarry::fuzz::jsonlImport},
    {"fuzz_scanner_utf8", "scanner_utf8", &quarry::fuzz::scannerUtf8},
    {"fuzz_worker_protocol", "worker_protocol", &quarry::fuzz::workerProtocol},
    {"fuzz_hwpreader", "hwpreader", &quarry::fuzz::hwpReader},
    {"fuzz_hwpxreader", "hwpxreader", &quarry::fuzz::hwpxReader},
    {"fuzz_llm_reply", "llm_reply", &quarry::fuzz::llmReply},
};

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT
private slots:
    void inputs_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<QString>("path");
        const QDir fuzzDir(QStringLiteral(QUARRY_FUZZ_DIR));
        int seeds = 0;
        for (int t = 0; t < int(std::size(kTargets)); ++t) {
            const QStringList folders{QStringLiteral("regressions/") + QLatin1String(kTargets[t].name),
                                      QStringLiteral("corpus/") + QLatin1String(kTargets[t].corpus)};
            for (const QString& folder : folders) {
                const QDir dir(fuzzDir.filePath(folder));
                for (const QString& file : dir.entryList(QDir::Files | QDir::Hidden, QDir::Name)) {
                    QTest::addRow("%s", qPrintable(folder + QLatin1Char('/') + file))
                        << t << dir.filePath(file);
                    if (folder.startsWith(QLatin1String("corpus/")))
                        ++seeds;
                }
            }
        }
        // A moved folder must not turn this suite into one that checks nothing.
        QVERIFY2(seeds >= int(std::size(kTargets)), "the seed corpora in tests/fuzz/corpus/ are missing");
    }

    void inputs()
    {
        QFETCH(int, target);
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = f.readAll();
        QCOMPARE(
            kTargets[target].body(reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(bytes.size())),
            0);
    }

    // fuzz_project_wal reaches log replay: a frame changed the way the fuzzer changes them is
    // replayed once makeWalReplayable has redone the checksums, while the same log as raw bytes
    // is dropped by SQLite from the changed frame on (here: all of it, the commit comes later).
    void walTargetReplaysChangedFrames()
    {
        QFile seed(QStringLiteral(QUARRY_FUZZ_DIR "/corpus/project_wal/one-pair.wal"));
        QVERIFY(seed.open(QIODevice::ReadOnly));
        QByteArray wal = seed.readAll();
        const qsizetype at = wal.indexOf("'q1'") >= 0 ? wal.indexOf("'q1'") + 1 : wal.indexOf("q1");
        QVERIFY(at > 32);
        wal[at] = 'z'; // the first turn's text, inside a page image of the log

        const auto turns = [](const QByteArray& log) {
            test::TestDir dir;
            const QString path = dir.path(QStringLiteral("p.quarry"));
            ProjectStore::create(path); // as the seeds' project was made: page size and salts agree
            QFile f(path + QStringLiteral("-wal"));
            if (!f.open(QIODevice::WriteOnly) || f.write(log) != log.size())
                return QStringList{QStringLiteral("cannot write the log")};
            f.close();
            QFile::remove(path + QStringLiteral("-shm"));
            auto store = ProjectStore::open(path, ProjectStore::OpenMode::ReadOnly);
            QStringList out;
            Statement st = store->db().prepare(QStringLiteral("SELECT content FROM turns ORDER BY id"));
            while (st.step())
                out << st.text(0);
            return out;
        };
        QCOMPARE(turns(wal), QStringList());
        QByteArray repaired = wal;
        quarry::fuzz::makeWalReplayable(repaired.data(), size_t(repaired.size()), 4096);
        QCOMPARE(turns(repaired), (QStringList{QStringLiteral("z1"), QStringLiteral("답 1")}));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "TestFuzzRegressions.moc"
