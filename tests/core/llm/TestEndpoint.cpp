// Base URLs as users type them, and which addresses Quarry may send passages to.
#include "llm/Endpoint.h"
#include "llm/LlmError.h"

#include <QTest>

using namespace quarry;

class TestEndpoint : public QObject
{
    Q_OBJECT
private slots:
    void normalise_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("normal");
        QTest::newRow("bare") << QStringLiteral("http://127.0.0.1:8080")
                              << QStringLiteral("http://127.0.0.1:8080/v1");
        QTest::newRow("slash") << QStringLiteral("http://127.0.0.1:8080/")
                               << QStringLiteral("http://127.0.0.1:8080/v1");
        QTest::newRow("v1") << QStringLiteral("http://127.0.0.1:8080/v1")
                            << QStringLiteral("http://127.0.0.1:8080/v1");
        QTest::newRow("v1 slashes") << QStringLiteral(" http://localhost:11434/v1// ")
                                    << QStringLiteral("http://localhost:11434/v1");
        QTest::newRow("no scheme") << QStringLiteral("localhost:11434")
                                   << QStringLiteral("http://localhost:11434/v1");
        QTest::newRow("pasted endpoint") << QStringLiteral("http://127.0.0.1:8080/v1/chat/completions")
                                         << QStringLiteral("http://127.0.0.1:8080/v1");
        QTest::newRow("models") << QStringLiteral("http://127.0.0.1:8080/v1/models/")
                                << QStringLiteral("http://127.0.0.1:8080/v1");
        QTest::newRow("prefix path") << QStringLiteral("https://gpu01.lan/llm/")
                                     << QStringLiteral("https://gpu01.lan/llm/v1");
        QTest::newRow("upper scheme")
            << QStringLiteral("HTTP://[::1]:8000") << QStringLiteral("http://[::1]:8000/v1");
    }
    void normalise()
    {
        QFETCH(QString, typed);
        QFETCH(QString, normal);
        QCOMPARE(Endpoint::normalise(typed).toString(), normal);
    }

    void rejectsWhatIsNoServer()
    {
        for (const QString& s : {QString(), QStringLiteral("ftp://host/"), QStringLiteral("http://"),
                                 QStringLiteral("file:///tmp/x")})
            QVERIFY_THROWS_EXCEPTION(Error, Endpoint::normalise(s));
    }

    void scopes_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("scope");
        using S = Endpoint::Scope;
        for (const char* a : {"127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1"})
            QTest::newRow(a) << QString::fromLatin1(a) << int(S::Loopback);
        for (const char* a : {"10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.0.10", "169.254.1.1",
                              "100.64.0.1", "fd12:3456::1", "fe80::1", "::ffff:192.168.1.1"})
            QTest::newRow(a) << QString::fromLatin1(a) << int(S::Site);
        for (const char* a :
             {"8.8.8.8", "172.32.0.1", "11.0.0.1", "0.0.0.0", "2001:4860:4860::8888", "::ffff:8.8.8.8", "::"})
            QTest::newRow(a) << QString::fromLatin1(a) << int(S::Public);
    }
    void scopes()
    {
        QFETCH(QString, address);
        QFETCH(int, scope);
        QCOMPARE(int(Endpoint::scopeOf(QHostAddress(address))), scope);
    }

    void policy()
    {
        EndpointConfig c;
        c.baseUrl = QUrl(QStringLiteral("http://localhost:8080/v1"));
        QVERIFY(Endpoint::scopeOf(Endpoint::resolveAllowed(c)) == Endpoint::Scope::Loopback);
        QCOMPARE(Endpoint::resolveAllowed(c), QHostAddress(QStringLiteral("127.0.0.1"))); // IPv4 first

        c.baseUrl = QUrl(QStringLiteral("http://10.0.0.5:8080/v1"));
        try {
            Endpoint::resolveAllowed(c);
            QFAIL("site address allowed without the setting");
        } catch (const LlmError& e) {
            QCOMPARE(e.reason(), LlmError::Reason::EgressRefused);
        }
        c.allowSiteNetwork = true;
        QCOMPARE(Endpoint::resolveAllowed(c), QHostAddress(QStringLiteral("10.0.0.5")));

        // Even with the site network allowed, a public address is refused.
        c.baseUrl = QUrl(QStringLiteral("http://1.1.1.1/v1"));
        try {
            Endpoint::resolveAllowed(c);
            QFAIL("public address allowed");
        } catch (const LlmError& e) {
            QCOMPARE(e.reason(), LlmError::Reason::EgressRefused);
            QVERIFY(e.message().contains(QLatin1String("public")));
        }
    }

    void pinnedKeepsEverythingButTheHost()
    {
        const QUrl u = Endpoint::pinned(QUrl(QStringLiteral("http://localhost:11434/v1")),
                                        QHostAddress(QStringLiteral("::1")));
        QCOMPARE(u.toString(), QStringLiteral("http://[::1]:11434/v1"));
    }
};

QTEST_GUILESS_MAIN(TestEndpoint)
#include "TestEndpoint.moc"
