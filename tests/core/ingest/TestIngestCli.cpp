#include "CliRunner.h"
#include "IngestFixtures.h"
#include "TestDir.h"
#include "store/ProjectStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QThread>

#include <csignal>

#include <sys/types.h>

using namespace quarry;

namespace {

QList<QJsonObject> jsonLines(const QString& out)
{
    QList<QJsonObject> lines;
    for (const QString& l : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        lines << QJsonDocument::fromJson(l.toUtf8()).object();
    return lines;
}

// Children of `pid` (all its threads), from /proc.
QList<qint64> childrenOf(qint64 pid)
{
    QList<qint64> out;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString& t : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile f(tasks.filePath(t + QStringLiteral("/children")));
        if (f.open(QIODevice::ReadOnly))
            for (const QByteArray& c : f.readAll().split(' '))
                if (!c.trimmed().isEmpty())
                    out << c.trimmed().toLongLong();
    }
    return out;
}

bool alive(qint64 pid)
{
    // A zombie is dead for our purpose: it runs nothing.
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray stat = f.readAll();
    const qsizetype close = stat.lastIndexOf(')');
    return close > 0 && stat.mid(close + 2, 1) != "Z";
}

} // namespace

class TestIngestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qputenv("QUARRY_WORKER", QUARRY_TEST_WORKER); }

    void noticeScanThroughTheCli()
    {
        // Issue 13: the Korean notice scan reads as Tesseract spaces it, says what OCR did to it,
        // and its personal values are gone once every detection is accepted.
        test::TestDir dir;
        const QString project = dir.path(QStringLiteral("p.quarry"));
        test::CliRunner cli;
        QCOMPARE(cli.run({QStringLiteral("init"), project}).exitCode, 0);
        test::CliResult r = cli.run(
            {QStringLiteral("ingest"), project, QStringLiteral(QUARRY_OCR_TEST_DATA "/notice-ko-scan.jpg")});
        QCOMPARE(r.exitCode, 0);
        r = cli.run({QStringLiteral("text"), project, QStringLiteral("notice-ko-scan.jpg")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("작업자는 프레스를 가동하기 전에")), qPrintable(r.out));
        for (const QString& v : {QStringLiteral("김민수 과장"), QStringLiteral("minsu.kim@example.co.kr"),
                                 QStringLiteral("110-234-567890"), QStringLiteral("850312-1234567")})
            QVERIFY2(r.out.contains(v), qPrintable(v));

        r = cli.run({QStringLiteral("docs"), project, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject();
        QCOMPARE(doc.value(QStringLiteral("status")).toString(), QStringLiteral("ocr"));
        const QJsonArray warnings = doc.value(QStringLiteral("pages"))
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value(QStringLiteral("warnings"))
                                        .toArray();
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().toString().contains(QStringLiteral("enlarged 1.50×")),
                 qPrintable(warnings.first().toString()));

        QCOMPARE(cli.run({QStringLiteral("redact"), project, QStringLiteral("--accept-above"),
                          QStringLiteral("0")})
                     .exitCode,
                 0);
        r = cli.run({QStringLiteral("text"), project, QStringLiteral("notice-ko-scan.jpg"),
                     QStringLiteral("--redacted")});
        QCOMPARE(r.exitCode, 0);
        for (const QString& v : {QStringLiteral("김민수"), QStringLiteral("minsu.kim@example.co.kr"),
                                 QStringLiteral("110-234-567890"), QStringLiteral("850312-1234567"),
                                 QStringLiteral("010-2345-6789")})
            QVERIFY2(!r.out.contains(v), qPrintable(v + QStringLiteral(" still readable: ") + r.out));
    }

    void ingestAndDocs()
    {
        test::TestDir dir;
        const QString project = dir.path(QStringLiteral("p.quarry"));
        ProjectStore::create(project);
        QVERIFY(QDir().mkpath(dir.path(QStringLiteral("docs/sub"))));
        test::writeTextPdf(dir.path(QStringLiteral("docs/sub/a.pdf")), {QStringLiteral("Alpha page"), QStringLiteral("Beta page")});
        dir.write(QStringLiteral("docs/b.xyz"), QByteArray(300, '\0') + QByteArray(300, '\xfe'));

        test::CliRunner cli;
        test::CliResult r = cli.run({QStringLiteral("ingest"), project, dir.path(QStringLiteral("docs")), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QList<QJsonObject> lines = jsonLines(r.out);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.last().value(QStringLiteral("event")).toString(), QStringLiteral("summary"));
        QCOMPARE(lines.last().value(QStringLiteral("ok")).toInt(), 1);
        QCOMPARE(lines.last().value(QStringLiteral("unsupported")).toInt(), 1);

        // Again: the PDF is already there.
        r = cli.run({QStringLiteral("ingest"), project, dir.path(QStringLiteral("docs/sub/a.pdf"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("skipped")), qPrintable(r.out));

        r = cli.run({QStringLiteral("docs"), project, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray docs = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(docs.size(), 2);
        // Documents are listed by id: files settled without parsing (unsupported) come first.
        QJsonObject a;
        QJsonObject b;
        for (const QJsonValue& v : docs)
            (v.toObject().value(QStringLiteral("name")).toString() == QLatin1String("a.pdf") ? a : b) = v.toObject();
        QCOMPARE(a.value(QStringLiteral("name")).toString(), QStringLiteral("a.pdf"));
        QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(a.value(QStringLiteral("pages")).toArray().size(), 2);
        QCOMPARE(a.value(QStringLiteral("pages")).toArray().at(1).toObject().value(QStringLiteral("method")).toString(),
                 QStringLiteral("text"));
        QCOMPARE(b.value(QStringLiteral("status")).toString(), QStringLiteral("unsupported"));
        QVERIFY(!b.value(QStringLiteral("error")).toString().isEmpty());

        r = cli.run({QStringLiteral("docs"), project});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("text 1-2")));
        QVERIFY(r.out.contains(QStringLiteral("unsupported")));
    }

    void usageErrors()
    {
        test::TestDir dir;
        const QString project = dir.path(QStringLiteral("p.quarry"));
        ProjectStore::create(project);
        test::CliRunner cli;
        QCOMPARE(cli.run({QStringLiteral("ingest"), project}).exitCode, 2);
        QCOMPARE(cli.run({QStringLiteral("ingest"), dir.path(QStringLiteral("missing.quarry")), dir.path()}).exitCode, 2);
        QCOMPARE(cli.run({QStringLiteral("ingest"), project, dir.path(QStringLiteral("nothing-here"))}).exitCode, 2);
        const test::CliResult r = cli.run({QStringLiteral("ingest"), project, dir.path(), QStringLiteral("--ocr-lang"), QStringLiteral("xx")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("not installed")));
        QCOMPARE(cli.run({QStringLiteral("docs"), dir.path(QStringLiteral("missing.quarry"))}).exitCode, 2);
    }

    void killedRunResumesWithoutOrphans()
    {
        test::TestDir dir;
        const QString project = dir.path(QStringLiteral("p.quarry"));
        ProjectStore::create(project);
        QVERIFY(QDir().mkpath(dir.path(QStringLiteral("in"))));
        test::writeTextPdf(dir.path(QStringLiteral("in/1.pdf")), {QStringLiteral("one")});
        test::writeTextPdf(dir.path(QStringLiteral("in/2.pdf")), {QStringLiteral("two")});
        // The worker hangs on this file while the test hooks are on: the run is killed meanwhile.
        test::writeTextPdf(dir.path(QStringLiteral("in/3-QUARRY-HANG.pdf")), {QStringLiteral("three")});
        test::writeTextPdf(dir.path(QStringLiteral("in/4.pdf")), {QStringLiteral("four")});

        QProcess proc;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QUARRY_WORKER_TEST_HOOKS"), QStringLiteral("1"));
        proc.setProcessEnvironment(env);
        proc.start(test::CliRunner::program(), {QStringLiteral("ingest"), project, dir.path(QStringLiteral("in")),
                                                QStringLiteral("--workers"), QStringLiteral("1"),
                                                QStringLiteral("--page-timeout"), QStringLiteral("600")});
        QVERIFY(proc.waitForStarted());
        // Wait until the two files before the hanging one are stored.
        QElapsedTimer t;
        t.start();
        for (;;) {
            QVERIFY2(t.elapsed() < 30000, "the first documents never arrived");
            QThread::msleep(100);
            try {
                auto ro = ProjectStore::open(project, ProjectStore::OpenMode::ReadOnly);
                if (ro->db().queryInt(QStringLiteral("SELECT count(*) FROM documents")) >= 2)
                    break;
            } catch (...) {
            }
        }
        QThread::msleep(300);
        const QList<qint64> workers = childrenOf(proc.processId());
        QVERIFY(!workers.isEmpty());
        ::kill(pid_t(proc.processId()), SIGKILL);
        QVERIFY(proc.waitForFinished(5000));
        // Workers die with the pipeline (no orphans).
        QElapsedTimer g;
        g.start();
        bool anyAlive = true;
        while (anyAlive && g.elapsed() < 3000) {
            anyAlive = false;
            for (qint64 w : workers)
                anyAlive = anyAlive || alive(w);
            if (anyAlive)
                QThread::msleep(50);
        }
        QVERIFY(!anyAlive);

        {
            auto ro = ProjectStore::open(project, ProjectStore::OpenMode::ReadOnly);
            QCOMPARE(ro->db().queryInt(QStringLiteral("SELECT count(*) FROM documents")), 2);
            QVERIFY(ro->check().ok());
            QCOMPARE(ro->db().queryInt(QStringLiteral("SELECT count(*) FROM ingest_jobs WHERE status IN ('queued','running')")), 2);
        }
        // Running ingest again (without the fault) finishes the rest.
        test::CliRunner cli;
        const test::CliResult r = cli.run({QStringLiteral("ingest"), project, dir.path(QStringLiteral("in")), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject summary = jsonLines(r.out).last();
        QCOMPARE(summary.value(QStringLiteral("ok")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("skipped")).toInt(), 2);
        auto ro = ProjectStore::open(project, ProjectStore::OpenMode::ReadOnly);
        QCOMPARE(ro->db().queryInt(QStringLiteral("SELECT count(*) FROM documents WHERE status = 'ok'")), 4);
    }
};

QTEST_MAIN(TestIngestCli)
#include "TestIngestCli.moc"
