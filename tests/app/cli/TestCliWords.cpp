#include "CliRunner.h"
#include "TestDir.h"
#include "store/ProjectStore.h"
#include "store/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using quarry::test::CliRunner;

class TestCliWords : public QObject
{
    Q_OBJECT
private slots:
    void listsWordsOfAPage()
    {
        quarry::test::TestDir dir;
        const QString project = dir.path(QStringLiteral("p.quarry"));
        {
            auto store = quarry::ProjectStore::create(project);
            quarry::Database& db = store->db();
            quarry::Transaction tx(db);
            db.exec(QStringLiteral(
                "INSERT INTO documents(id, name, source_path, sha256, size_bytes, kind, status, page_count, "
                "ingested_at, updated_at) VALUES (1, 'scan.png', '/s.png', 'h', 1, 'image', 'ocr', 1, 't', "
                "'t');"
                "INSERT INTO pages(id, document_id, page_no, method, text, dpi) VALUES (7, 1, 1, 'ocr', "
                "'김민수 과장', 200);"
                "INSERT INTO ocr_words(page_id, seq, text, x, y, w, h, confidence, line_no, text_start, "
                "text_end) "
                "VALUES (7, 0, '김민수', 10, 20, 150, 44, 91.25, 0, 0, 3), (7, 1, '과장', 170, 20, 90, 44, "
                "38.5, 0, 4, 6);"));
            tx.commit();
        }
        CliRunner cli;
        auto r = cli.run({QStringLiteral("words"), project, QStringLiteral("scan.png")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("0\t10,20,150,44\t91.2\t0-3\t김민수\n")) ||
                     r.out.contains(QStringLiteral("0\t10,20,150,44\t91.3\t0-3\t김민수\n")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("1\t170,20,90,44\t38.5\t4-6\t과장\n")), qPrintable(r.out));

        r = cli.run({QStringLiteral("words"), project, QStringLiteral("1"), QStringLiteral("--below"),
                     QStringLiteral("60"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("dpi")).toInt(), 200);
        const QJsonArray words = o.value(QStringLiteral("words")).toArray();
        QCOMPARE(words.size(), 1);
        QCOMPARE(words[0].toObject().value(QStringLiteral("text")).toString(), QStringLiteral("과장"));
        QCOMPARE(words[0].toObject().value(QStringLiteral("start")).toInt(), 4);
        QCOMPARE(words[0].toObject().value(QStringLiteral("box")).toArray().at(2).toInt(), 90);
    }

    void usageErrors()
    {
        quarry::test::TestDir dir;
        CliRunner cli;
        const QString project = dir.path(QStringLiteral("p.quarry"));
        QCOMPARE(cli.run({QStringLiteral("init"), project}).exitCode, 0);
        auto r = cli.run({QStringLiteral("words"), project, QStringLiteral("missing.png")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("missing.png")), qPrintable(r.err));
        r = cli.run({QStringLiteral("words"), project, QStringLiteral("1"), QStringLiteral("--below"),
                     QStringLiteral("high")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("--below")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliWords)
#include "TestCliWords.moc"
