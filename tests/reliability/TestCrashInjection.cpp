// Starts real quarry-cli operations, kills them with SIGKILL at random moments and checks what a
// user would find afterwards: the project passes `quarry-cli check`, everything the operation
// reported as done before it died is there in full, and nothing is left running.
//
// The operations are rows of a table (operations()): adding one is one row with a preparation,
// its arguments and what must hold after each kill. A row whose subcommand this quarry-cli lacks is
// skipped. Set QUARRY_CRASH_SEED to replay a run; the seed in use is printed.
#include "ChildProcesses.h"
#include "CliRunner.h"
#include "InputCorpus.h"
#include "TestDir.h"
#include "store/ProjectStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <functional>
#include <map>
#include <memory>

using namespace quarry;
using quarry::test::ChildProcesses;
using quarry::test::CliRunner;

namespace {

// What one started operation did before it finished or was killed.
struct Run
{
    int round = 0;
    bool killed = false; // SIGKILL arrived while it was running
    int exitCode = -1;   // when it finished by itself
    QByteArray out;      // what it printed before it ended
    QByteArray err;
    qint64 pid = 0;
};

// The state an operation's rows share across rounds.
struct Scenario
{
    test::TestDir dir;
    CliRunner cli;
    QString project;
    std::map<qint64, QJsonObject> reportedDocuments; // document id -> the file event that reported it
    QByteArray projectHash;
    QStringList inputs; // the files the current round works on

    QString path(const QString& name) const { return dir.path(name); }
};

struct Operation
{
    const char* name;
    const char* command; // the quarry-cli subcommand the row needs
    int kills;           // SIGKILLs to deliver
    std::function<void(Scenario&)> prepare;
    std::function<QStringList(Scenario&, int round)> args;
    // Called after every run (killed or not), with QVERIFY/QCOMPARE.
    std::function<void(Scenario&, const Run&)> verify;
};

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QJsonArray documents(const Scenario& s)
{
    const test::CliResult r = s.cli.run({QStringLiteral("docs"), s.project, QStringLiteral("--json")});
    if (r.exitCode != 0)
        qWarning("docs failed: %s", qPrintable(r.err));
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

void verifyCheckPasses(const Scenario& s, const QString& project)
{
    const test::CliResult r = s.cli.run({QStringLiteral("check"), project});
    QVERIFY2(r.exitCode == 0,
             qPrintable(QStringLiteral("check failed (%1): %2 %3").arg(r.exitCode).arg(r.out, r.err)));
}

// The lines of --json output that were complete when the process died (a killed process may
// leave half a line).
QList<QJsonObject> jsonLines(const QByteArray& out)
{
    QList<QJsonObject> objects;
    const QList<QByteArray> lines = out.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QJsonDocument doc = QJsonDocument::fromJson(lines.at(i));
        if (doc.isObject())
            objects << doc.object();
    }
    return objects;
}

// A JSONL file of `count` distinct, harmless OpenAI-format pairs (no personal data, so the final
// scan of an export has nothing to stop for).
QString writePairsFile(const Scenario& s, const QString& name, int count, int seed)
{
    QByteArray data;
    for (int i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(seed * 100000 + i);
        data += "{\"messages\": [{\"role\": \"user\", \"content\": \"How many crates go on shelf " + n +
                "?\"}, {\"role\": \"assistant\", \"content\": \"Shelf " + n + " takes " +
                QByteArray::number(i % 17 + 1) + " crates.\"}]}\n";
    }
    return s.dir.write(name, data);
}

// Counts from the project itself (opened read-only, as a reader would).
qint64 count(const Scenario& s, const QString& sql)
{
    auto store = ProjectStore::open(s.project, ProjectStore::OpenMode::ReadOnly);
    return store->db().queryInt(sql);
}

const QList<Operation>& operations()
{
    static const QList<Operation> table = {
        // Creating a project: a killed init leaves no file or a sound empty project.
        {"init", "init", 12, [](Scenario&) {},
         [](Scenario& s, int round) {
             s.project = s.path(QStringLiteral("p%1.quarry").arg(round));
             return QStringList{QStringLiteral("init"), s.project};
         },
         [](Scenario& s, const Run& run) {
             if (!run.killed)
                 QCOMPARE(run.exitCode, 0);
             if (QFileInfo::exists(s.project) || !run.killed)
                 verifyCheckPasses(s, s.project);
             // Whatever the moment of the kill, init can be run again or the file is a project.
             if (!QFileInfo::exists(s.project)) {
                 const test::CliResult again = s.cli.run({QStringLiteral("init"), s.project});
                 QVERIFY2(again.exitCode == 0, qPrintable(again.err));
             }
         }},

        // Reading a project: killing a reader never changes the file.
        {"check", "check", 6,
         [](Scenario& s) {
             s.project = s.path(QStringLiteral("p.quarry"));
             QCOMPARE(s.cli.run({QStringLiteral("init"), s.project}).exitCode, 0);
             test::InputCorpus::writeDocuments(s.path(QStringLiteral("in")), 3);
             QCOMPARE(s.cli.run({QStringLiteral("ingest"), s.project, s.path(QStringLiteral("in"))}).exitCode,
                      0);
             s.projectHash = fileHash(s.project);
         },
         [](Scenario& s, int) {
             return QStringList{QStringLiteral("check"), s.project};
         },
         [](Scenario& s, const Run& run) {
             if (!run.killed)
                 QCOMPARE(run.exitCode, 0);
             QCOMPARE(fileHash(s.project), s.projectHash);
             QVERIFY(!QFileInfo::exists(s.project + QStringLiteral("-wal")) ||
                     QFileInfo(s.project + QStringLiteral("-wal")).size() == 0);
         }},

        // Ingest: each round brings new files; every file reported as stored is in the project
        // with all its pages, and a run that finished stored every file.
        {"ingest", "ingest", 16,
         [](Scenario& s) {
             s.project = s.path(QStringLiteral("p.quarry"));
             QCOMPARE(s.cli.run({QStringLiteral("init"), s.project}).exitCode, 0);
         },
         [](Scenario& s, int round) {
             const QString in = s.path(QStringLiteral("in%1").arg(round));
             s.inputs = test::InputCorpus::writeDocuments(in, 6, round);
             return QStringList{QStringLiteral("ingest"),    s.project,          in, QStringLiteral("--json"),
                                QStringLiteral("--workers"), QStringLiteral("2")};
         },
         [](Scenario& s, const Run& run) {
             if (!run.killed)
                 QVERIFY2(run.exitCode == 0, run.err.constData());
             verifyCheckPasses(s, s.project);
             for (const QJsonObject& event : jsonLines(run.out)) {
                 if (event.value(QStringLiteral("event")).toString() != QLatin1String("file"))
                     continue;
                 const QString status = event.value(QStringLiteral("status")).toString();
                 QVERIFY2(status == QLatin1String("ok") || status == QLatin1String("warnings"),
                          qPrintable(QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact))));
                 s.reportedDocuments[event.value(QStringLiteral("document_id")).toInteger()] = event;
             }
             std::map<qint64, QJsonObject> present;
             for (const QJsonValue& v : documents(s))
                 present[v.toObject().value(QStringLiteral("id")).toInteger()] = v.toObject();
             // A run that finished stored all of its files (a killed run's leftovers are resumed
             // by the next run, so it may report more).
             if (!run.killed) {
                 QSet<QString> stored;
                 for (const auto& [id, doc] : present)
                     stored.insert(doc.value(QStringLiteral("source_path")).toString());
                 for (const QString& file : s.inputs)
                     QVERIFY2(stored.contains(file) || stored.contains(QFileInfo(file).canonicalFilePath()),
                              qPrintable(file + QStringLiteral(" missing after a complete run")));
             }
             for (const auto& [id, event] : s.reportedDocuments) {
                 QVERIFY2(present.count(id),
                          qPrintable(QStringLiteral("document %1 reported, then lost").arg(id)));
                 const QJsonObject doc = present[id];
                 QCOMPARE(doc.value(QStringLiteral("status")).toString(),
                          event.value(QStringLiteral("status")).toString());
                 QCOMPARE(doc.value(QStringLiteral("page_count")).toInt(),
                          event.value(QStringLiteral("pages")).toInt());
                 QCOMPARE(doc.value(QStringLiteral("pages")).toArray().size(),
                          event.value(QStringLiteral("pages")).toInt());
             }
         }},
        // Redaction over every page: killed at any moment, the project stays sound and the next
        // run completes.
        {"redact", "redact", 8,
         [](Scenario& s) {
             s.project = s.path(QStringLiteral("p.quarry"));
             QCOMPARE(s.cli.run({QStringLiteral("init"), s.project}).exitCode, 0);
             test::InputCorpus::writeDocuments(s.path(QStringLiteral("in")), 12, 7, 60);
             QCOMPARE(s.cli.run({QStringLiteral("ingest"), s.project, s.path(QStringLiteral("in"))}).exitCode,
                      0);
         },
         [](Scenario& s, int) {
             return QStringList{QStringLiteral("redact"), s.project, QStringLiteral("--json")};
         },
         [](Scenario& s, const Run& run) {
             if (!run.killed) {
                 QVERIFY2(run.exitCode == 0, run.err.constData());
                 QVERIFY(count(s, QStringLiteral("SELECT count(*) FROM detections")) > 0);
             }
             verifyCheckPasses(s, s.project);
         }},

        // Bulk status change of 800 pairs: all or nothing.
        {"pairs set-status", "pairs", 8,
         [](Scenario& s) {
             s.project = s.path(QStringLiteral("p.quarry"));
             QCOMPARE(s.cli.run({QStringLiteral("init"), s.project}).exitCode, 0);
             const QString file = writePairsFile(s, QStringLiteral("pairs.jsonl"), 800, 0);
             QCOMPARE(s.cli.run({QStringLiteral("import"), s.project, file}).exitCode, 0);
         },
         [](Scenario& s, int round) {
             QStringList args{QStringLiteral("pairs"), QStringLiteral("set-status"), s.project,
                              round % 2 ? QStringLiteral("review") : QStringLiteral("approved")};
             for (int id = 1; id <= 800; ++id)
                 args << QString::number(id);
             return args;
         },
         [](Scenario& s, const Run& run) {
             verifyCheckPasses(s, s.project);
             const QString wanted = run.round % 2 ? QStringLiteral("review") : QStringLiteral("approved");
             const qint64 changed =
                 count(s, QStringLiteral("SELECT count(*) FROM pairs WHERE status = '%1'").arg(wanted));
             if (!run.killed) {
                 QVERIFY2(run.exitCode == 0, run.err.constData());
                 QCOMPARE(changed, 800);
             } else {
                 QVERIFY2(changed == 0 || changed == 800, qPrintable(QString::number(changed)));
             }
             // Leave every pair in the other status, so that the next round has work to do.
             if (changed == 800) {
                 auto store = ProjectStore::open(s.project);
                 store->db().exec(QStringLiteral("UPDATE pairs SET status = 'draft'"));
             }
         }},

        // Import of a 400-line JSONL file: one transaction, so a kill keeps all or none of it.
        {"import", "import", 8,
         [](Scenario& s) {
             s.project = s.path(QStringLiteral("p.quarry"));
             QCOMPARE(s.cli.run({QStringLiteral("init"), s.project}).exitCode, 0);
         },
         [](Scenario& s, int round) {
             return QStringList{QStringLiteral("import"), s.project,
                                writePairsFile(s, QStringLiteral("in%1.jsonl").arg(round), 400, round)};
         },
         [](Scenario& s, const Run& run) {
             if (!run.killed)
                 QVERIFY2(run.exitCode == 0, run.err.constData());
             verifyCheckPasses(s, s.project);
             const qint64 pairs = count(s, QStringLiteral("SELECT count(*) FROM pairs"));
             QVERIFY2(pairs % 400 == 0, qPrintable(QString::number(pairs)));
             if (!run.killed)
                 QVERIFY(pairs >= 400);
         }},

        // Export: the output folder is either complete or absent, never half-written.
        {"export", "export", 10,
         [](Scenario& s) {
             s.project = s.path(QStringLiteral("p.quarry"));
             QCOMPARE(s.cli.run({QStringLiteral("init"), s.project}).exitCode, 0);
             const QString file = writePairsFile(s, QStringLiteral("pairs.jsonl"), 1000, 0);
             QCOMPARE(s.cli.run({QStringLiteral("import"), s.project, file}).exitCode, 0);
             s.projectHash.clear();
         },
         [](Scenario& s, int round) {
             return QStringList{QStringLiteral("export"),   s.project,
                                QStringLiteral("--format"), QStringLiteral("openai"),
                                QStringLiteral("--status"), QStringLiteral("draft"),
                                QStringLiteral("--out"),    s.path(QStringLiteral("out%1").arg(round))};
         },
         [](Scenario& s, const Run& run) {
             if (!run.killed)
                 QVERIFY2(run.exitCode == 0, run.err.constData());
             verifyCheckPasses(s, s.project);
             const QDir out(s.path(QStringLiteral("out%1").arg(run.round)));
             if (!out.exists())
                 return; // absent: fine after a kill
             QVERIFY2(QFileInfo::exists(out.filePath(QStringLiteral("dataset_info.json"))),
                      qPrintable(out.entryList().join(QLatin1Char(' '))));
             qint64 records = 0;
             for (const QString& split :
                  {QStringLiteral("train.jsonl"), QStringLiteral("validation.jsonl")}) {
                 QFile f(out.filePath(split));
                 QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(split));
                 const QList<QByteArray> lines = f.readAll().split('\n');
                 QVERIFY(lines.last().isEmpty()); // ends with a newline: not cut off
                 for (qsizetype i = 0; i + 1 < lines.size(); ++i)
                     QVERIFY(QJsonDocument::fromJson(lines.at(i)).isObject());
                 records += lines.size() - 1;
             }
             QCOMPARE(records, 1000);
         }},
    };
    return table;
}

bool cliHasCommand(const QString& command)
{
    return CliRunner().run({command, QStringLiteral("--help")}).exitCode == 0;
}

} // namespace

class TestCrashInjection : public QObject
{
    Q_OBJECT

    quint32 m_seed = 0;
    int m_totalKills = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(ChildProcesses::becomeSubreaper());
        bool ok = false;
        m_seed = qEnvironmentVariable("QUARRY_CRASH_SEED").toUInt(&ok);
        if (!ok)
            m_seed = QRandomGenerator::global()->generate();
        qInfo("QUARRY_CRASH_SEED=%u", m_seed);
    }

    void killAtRandomMoments_data()
    {
        QTest::addColumn<int>("row");
        for (int i = 0; i < operations().size(); ++i)
            QTest::newRow(operations().at(i).name) << i;
    }

    void killAtRandomMoments()
    {
        QFETCH(int, row);
        const Operation& op = operations().at(row);
        // Every operation's command exists now: a missing one is a broken build, not a skip.
        QVERIFY2(cliHasCommand(QString::fromLatin1(op.command)), op.command);
        QRandomGenerator rng(m_seed + quint32(row));
        Scenario s;
        op.prepare(s);
        if (QTest::currentTestFailed())
            return;

        // One undisturbed run measures how long the operation takes, so that the kills spread
        // over its whole life, start-up included.
        qint64 fullMs = 0;
        int round = 0;
        int kills = 0;
        while (kills < op.kills) {
            const bool calibrate = round == 0;
            const qint64 delay = calibrate ? -1 : qint64(rng.bounded(quint32(fullMs * 11 / 10 + 5)));
            Run run;
            run.round = round;
            QProcess p;
            p.setProcessEnvironment(s.cli.environment());
            const QStringList args = op.args(s, round);
            QElapsedTimer timer;
            timer.start();
            p.start(CliRunner::program(), args);
            QVERIFY2(p.waitForStarted(), qPrintable(p.errorString()));
            run.pid = p.processId();
            if (calibrate) {
                QVERIFY(p.waitForFinished(120000));
                fullMs = timer.elapsed();
            } else if (!p.waitForFinished(int(delay))) {
                p.kill();
                QVERIFY(p.waitForFinished(10000));
                run.killed = true;
                ++kills;
            }
            if (!run.killed) {
                QCOMPARE(p.exitStatus(), QProcess::NormalExit);
                run.exitCode = p.exitCode();
            }
            run.out = p.readAllStandardOutput();
            run.err = p.readAllStandardError();

            // Nothing the operation started (ingest workers) may outlive it.
            const QList<int> orphans = ChildProcesses::waitForNone(5000);
            for (int pid : orphans)
                qWarning("orphan after %s round %d: %s", op.name, round,
                         qPrintable(ChildProcesses::commandLine(pid)));
            QVERIFY2(orphans.isEmpty(), "processes outlived a killed quarry-cli");

            op.verify(s, run);
            if (QTest::currentTestFailed()) {
                // A refusal because of a lock: show what the named holder is now (a live process,
                // a zombie, or gone), which tells a stale-lock bug from a real concurrent holder.
                static const QRegularExpression holder(QStringLiteral("process (\\d+)"));
                const QRegularExpressionMatch m = holder.match(QString::fromUtf8(run.err));
                if (m.hasMatch()) {
                    QFile stat(QStringLiteral("/proc/%1/stat").arg(m.captured(1)));
                    qWarning("run pid %lld, lock holder %s: %s", static_cast<long long>(run.pid),
                             qPrintable(m.captured(1)),
                             stat.open(QIODevice::ReadOnly) ? stat.readAll().constData() : "no such process");
                }
                qWarning("%s round %d (%s after %lld ms of ~%lld ms): %s", op.name, round,
                         run.killed ? "killed" : "finished", static_cast<long long>(delay),
                         static_cast<long long>(fullMs), run.err.constData());
                return;
            }
            ++round;
        }
        m_totalKills += kills;
        qInfo("%s: %d kills over %d runs, an undisturbed run takes %lld ms", op.name, kills, round,
              static_cast<long long>(fullMs));
    }

    // A file that makes the ingest worker crash, and one that makes it hang (the worker's test
    // hooks, QUARRY_WORKER_TEST_HOOKS=1), through the real quarry-cli: both are recorded as failed
    // with the reason, the files after them are stored, and no process is left behind.
    // (Page-level crashes and hangs inside a PDF: test_ingest_pipeline workerCrashAndHangAreContained.)
    void workerCrashAndHangThroughCli()
    {
        QVERIFY2(cliHasCommand(QStringLiteral("ingest")), "quarry-cli has no ingest command");
        test::TestDir dir;
        CliRunner cli;
        cli.environment().insert(QStringLiteral("QUARRY_WORKER_TEST_HOOKS"), QStringLiteral("1"));
        const QString project = dir.path(QStringLiteral("p.quarry"));
        QCOMPARE(cli.run({QStringLiteral("init"), project}).exitCode, 0);
        for (const char* name :
             {"a.txt", "b-QUARRY-CRASH.txt", "c-QUARRY-HANG.txt", "d.txt", "e-QUARRY-CRASH.md", "f.md"})
            dir.write(QStringLiteral("in/") + QString::fromLatin1(name),
                      "hello, plain text of " + QByteArray(name) + "\n");
        const test::CliResult r =
            cli.run({QStringLiteral("ingest"), project, dir.path(QStringLiteral("in")),
                     QStringLiteral("--json"), QStringLiteral("--page-timeout"), QStringLiteral("3")});
        QVERIFY2(!r.crashed, qPrintable(r.err));
        QMap<QString, QJsonObject> byName;
        for (const QJsonObject& o : jsonLines(r.out.toUtf8()))
            if (o.value(QStringLiteral("event")).toString() == QLatin1String("file"))
                byName[QFileInfo(o.value(QStringLiteral("path")).toString()).fileName()] = o;
        QCOMPARE(byName.size(), 6);
        for (const QString& ok : {QStringLiteral("a.txt"), QStringLiteral("d.txt"), QStringLiteral("f.md")})
            QCOMPARE(byName[ok].value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        for (const QString& bad :
             {QStringLiteral("b-QUARRY-CRASH.txt"), QStringLiteral("e-QUARRY-CRASH.md")}) {
            QCOMPARE(byName[bad].value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
            QVERIFY(byName[bad].value(QStringLiteral("error")).toString().contains(QLatin1String("crashed")));
        }
        QCOMPARE(byName[QStringLiteral("c-QUARRY-HANG.txt")].value(QStringLiteral("status")).toString(),
                 QStringLiteral("failed"));
        QVERIFY(byName[QStringLiteral("c-QUARRY-HANG.txt")]
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QLatin1String("longer than")));
        const QList<int> orphans = ChildProcesses::waitForNone(3000);
        for (int pid : orphans)
            qWarning("left behind: %s", qPrintable(ChildProcesses::commandLine(pid)));
        QVERIFY(orphans.isEmpty());
        QCOMPARE(cli.run({QStringLiteral("check"), project}).exitCode, 0);
    }

    void cleanupTestCase() { qInfo("%d kills in all", m_totalKills); }
};

QTEST_GUILESS_MAIN(TestCrashInjection)
#include "TestCrashInjection.moc"
