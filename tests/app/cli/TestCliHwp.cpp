// HWP and HWPX through the real quarry-cli and quarry-worker: ingest (detection by content, the
// worker's reader, estimated pages stored and shown), text, redaction, and a mislabelled .hwp.
#include "CliRunner.h"
#include "HwpTestWriter.h"
#include "TestDir.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace quarry;
using quarry::test::HwpTestWriter;

class TestCliHwp : public QObject
{
    Q_OBJECT

private slots:
    void ingestTextAndRedact()
    {
        test::TestDir dir;
        const QString project = dir.path(QStringLiteral("p.quarry"));
        test::CliRunner cli;
        QCOMPARE(cli.run({QStringLiteral("init"), project}).exitCode, 0);

        HwpTestWriter w;
        w.header(QStringLiteral("인사 공지"));
        w.paragraph(QStringLiteral("문의는 홍길동 과장(010-1234-5678)에게 한다."));
        w.table({{QStringLiteral("이름"), QStringLiteral("메일")},
                 {QStringLiteral("김민지"), QStringLiteral("minji@example.com")}});
        w.paragraph(QStringLiteral("다음 쪽"), true);
        // Names say nothing: the HWP file is called .hwpx and the HWPX file .hwp.
        dir.write(QStringLiteral("in/notice.hwpx"), w.hwp());
        dir.write(QStringLiteral("in/notice-x.hwp"), w.hwpx());
        dir.write(QStringLiteral("in/memo.hwp"), "just some words, not an HWP document");
        // Compound files whose directory lies beyond the first 4 KiB: the worker's reader decides.
        HwpTestWriter::Options late;
        late.binDataBytes = 300000;
        dir.write(QStringLiteral("in/late.bin"), w.hwp(late));
        late.fileHeader = false;
        dir.write(QStringLiteral("in/old.doc"), w.hwp(late));

        test::CliResult r = cli.run({QStringLiteral("ingest"), project, dir.path(QStringLiteral("in"))});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err));
        r = cli.run({QStringLiteral("docs"), project, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QHash<QString, QJsonObject> docs;
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            docs.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
        QCOMPARE(docs.size(), 5);
        QCOMPARE(docs.value(QStringLiteral("late.bin")).value(QStringLiteral("kind")).toString(),
                 QStringLiteral("hwp"));
        QCOMPARE(docs.value(QStringLiteral("late.bin")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));
        const QJsonObject word = docs.value(QStringLiteral("old.doc"));
        QCOMPARE(word.value(QStringLiteral("kind")).toString(), QStringLiteral("unknown"));
        QCOMPARE(word.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QVERIFY(word.value(QStringLiteral("error")).toString().contains(QStringLiteral("old Word document")));
        const QJsonObject hwp = docs.value(QStringLiteral("notice.hwpx"));
        QCOMPARE(hwp.value(QStringLiteral("kind")).toString(), QStringLiteral("hwp"));
        QCOMPARE(hwp.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(hwp.value(QStringLiteral("page_count")).toInt(), 2);
        QCOMPARE(hwp.value(QStringLiteral("pages_estimated")).toBool(), true);
        const QJsonObject hwpx = docs.value(QStringLiteral("notice-x.hwp"));
        QCOMPARE(hwpx.value(QStringLiteral("kind")).toString(), QStringLiteral("hwpx"));
        QCOMPARE(hwpx.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(hwpx.value(QStringLiteral("pages_estimated")).toBool(), true);
        const QJsonObject memo = docs.value(QStringLiteral("memo.hwp"));
        QCOMPARE(memo.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QVERIFY(
            memo.value(QStringLiteral("error")).toString().contains(QStringLiteral("not an HWP or HWPX")));

        r = cli.run({QStringLiteral("docs"), project});
        QVERIFY(r.out.contains(QStringLiteral("(pages estimated)")));

        // Both formats store the same text; the running header is recognised on both pages.
        const QString id = QString::number(hwp.value(QStringLiteral("id")).toInt());
        const QString idx = QString::number(hwpx.value(QStringLiteral("id")).toInt());
        r = cli.run({QStringLiteral("text"), project, id});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("이름\t메일\n김민지\tminji@example.com")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("\f\n")));
        QVERIFY2(!r.out.contains(QStringLiteral("인사 공지")), qPrintable(r.out));
        QCOMPARE(cli.run({QStringLiteral("text"), project, idx}).out, r.out);

        // Redaction works on them as on any document.
        r = cli.run({QStringLiteral("redact"), project, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        r = cli.run({QStringLiteral("detections"), project, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray found = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(!found.isEmpty());
        for (const QJsonValue& v : found)
            QCOMPARE(v.toObject().value(QStringLiteral("page_estimated")).toBool(), true);
        r = cli.run({QStringLiteral("text"), project, id, QStringLiteral("--redacted")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.out.contains(QStringLiteral("010-1234-5678")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("minji@example.com")), qPrintable(r.out));

        // An exported source on an HWP page says that its page number is an estimate.
        const QByteArray pair =
            QStringLiteral("{\"status\":\"approved\",\"turns\":[{\"role\":\"user\",\"content\":"
                           "\"다음 쪽에는?\"},{\"role\":\"assistant\",\"content\":\"다음 쪽\"}],"
                           "\"sources\":[{\"document_id\":%1,\"page_no\":2}]}")
                .arg(id)
                .toUtf8();
        r = cli.run({QStringLiteral("pairs"), QStringLiteral("add"), project, QStringLiteral("--from-json"),
                     QStringLiteral("-")},
                    pair);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli.run({QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("openai"),
                     QStringLiteral("--out"), dir.path(QStringLiteral("out")), QStringLiteral("--metadata"),
                     QStringLiteral("source"), QStringLiteral("--split"), QStringLiteral("1,0"),
                     QStringLiteral("--allow-pending-pii")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile train(dir.path(QStringLiteral("out/train.jsonl")));
        QVERIFY(train.open(QIODevice::ReadOnly));
        const QByteArray line = train.readAll();
        QVERIFY2(line.contains("\"page\":2,\"page_estimated\":true"), line.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliHwp)
#include "TestCliHwp.moc"
