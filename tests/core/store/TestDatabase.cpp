#include "TestDir.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "util/Error.h"

#include <QTest>

using namespace quarry;

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void bindsAndReadsEveryType()
    {
        test::TestDir dir;
        auto db = Database::open(dir.path(QStringLiteral("t.db")), Database::Mode::Create);
        db->exec(QStringLiteral("CREATE TABLE t(i INTEGER, r REAL, s TEXT, b BLOB, n TEXT)"));
        Statement ins = db->prepare(QStringLiteral("INSERT INTO t VALUES (?,?,?,?,?)"));
        ins.bindAll(qint64(1) << 40, 2.5, QStringLiteral("한국어 text"), QByteArray("\0\1\2", 3));
        ins.bindNull(5).run();
        Statement sel = db->prepare(QStringLiteral("SELECT i, r, s, b, n FROM t"));
        QVERIFY(sel.step());
        QCOMPARE(sel.int64(0), qint64(1) << 40);
        QCOMPARE(sel.real(1), 2.5);
        QCOMPARE(sel.text(2), QStringLiteral("한국어 text"));
        QCOMPARE(sel.blob(3), QByteArray("\0\1\2", 3));
        QVERIFY(sel.isNull(4));
        QVERIFY(!sel.optText(4).has_value());
        QVERIFY(!sel.step());
    }

    void transactionRollsBackUnlessCommitted()
    {
        test::TestDir dir;
        auto db = Database::open(dir.path(QStringLiteral("t.db")), Database::Mode::Create);
        db->exec(QStringLiteral("CREATE TABLE t(x)"));
        {
            Transaction tx(*db);
            db->exec(QStringLiteral("INSERT INTO t VALUES (1)"));
        }
        QCOMPARE(db->queryInt(QStringLiteral("SELECT count(*) FROM t")), 0);
        {
            Transaction outer(*db);
            db->exec(QStringLiteral("INSERT INTO t VALUES (1)"));
            {
                Transaction inner(*db); // a savepoint: rolled back alone
                db->exec(QStringLiteral("INSERT INTO t VALUES (2)"));
            }
            outer.commit();
        }
        QCOMPARE(db->queryInt(QStringLiteral("SELECT count(*) FROM t")), 1);
        QVERIFY(!db->inTransaction());
    }

    void exceptionInsideTransactionRollsBack()
    {
        test::TestDir dir;
        auto db = Database::open(dir.path(QStringLiteral("t.db")), Database::Mode::Create);
        db->exec(QStringLiteral("CREATE TABLE t(x UNIQUE)"));
        try {
            Transaction tx(*db);
            db->exec(QStringLiteral("INSERT INTO t VALUES (1)"));
            db->exec(QStringLiteral("INSERT INTO t VALUES (1)"));
            tx.commit();
            QFAIL("expected a constraint error");
        } catch (const Error& e) {
            QVERIFY(e.message().contains(QLatin1String("UNIQUE")));
        }
        QCOMPARE(db->queryInt(QStringLiteral("SELECT count(*) FROM t")), 0);
    }

    void badSqlIsAnErrorNotACrash()
    {
        test::TestDir dir;
        auto db = Database::open(dir.path(QStringLiteral("t.db")), Database::Mode::Create);
        QVERIFY_THROWS_EXCEPTION(Error, db->prepare(QStringLiteral("SELEC nonsense")));
        QVERIFY_THROWS_EXCEPTION(
            Error, Database::open(dir.path(QStringLiteral("missing/x.db")), Database::Mode::ReadWrite));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
