#include "CliRunner.h"
#include "ProjectBuilder.h"
#include "TestDir.h"
#include "store/ProjectStore.h"
#include "store/Statement.h"
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
            quarry::test::ProjectBuilder builder(db);
            quarry::test::ProjectBuilder::Document scan;
            scan.name = QStringLiteral("scan.png");
            scan.kind = QStringLiteral("image");
            scan.status = QStringLiteral("ocr");
            scan.pages = {QStringLiteral("김민수 과장")};
            scan.method = QStringLiteral("ocr");
            scan.dpi = 200;
            const qint64 page = builder.pageId(builder.addDocument(scan), 1);
            quarry::Statement words = db.prepare(QStringLiteral(
                "INSERT INTO ocr_words(page_id, seq, text, x, y, w, h, confidence, line_no, text_start, "
                "text_end) VALUES (?1, 0, '김민수', 10, 20, 150, 44, 91.25, 0, 0, 3), (?1, 1, '과장', 170, "
                "20, "
                "90, 44, 38.5, 0, 4, 6)"));
            words.bindAll(page).run();
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
