#include "TestDir.h"
#include "redact/RuleSet.h"
#include "redact/Scanner.h"
#include "store/ProjectStore.h"
#include "util/Error.h"

#include <QTest>

using namespace quarry;

class TestRuleSet : public QObject
{
    Q_OBJECT
private slots:
    void defaultsHaveEveryBuiltin()
    {
        const RuleSet r = RuleSet::defaults();
        QCOMPARE(r.rules().size(), RuleSet::builtins().size());
        for (const RedactionRule& rule : r.rules())
            QVERIFY(rule.enabled);
        QVERIFY(r.errors().isEmpty());
    }

    void shippedPackLoads()
    {
        // resources/rules/default.json: the defaults as a pack, and an example of each kind.
        const RuleSet r = RuleSet::fromJsonFile(test::sourceDir() + QStringLiteral("/resources/rules/default.json"));
        QVERIFY2(r.errors().isEmpty(), qPrintable(r.errors().join(QLatin1Char('\n'))));
        for (const RuleSet::BuiltinInfo& b : RuleSet::builtins())
            QVERIFY(r.find(QString::fromLatin1(b.name)));
    }

    void exportImportRoundTrip()
    {
        RuleSet r = RuleSet::defaults();
        RedactionRule rx;
        rx.name = QStringLiteral("emp");
        rx.kind = RedactionRule::Kind::Regex;
        rx.type = QStringLiteral("EMPLOYEE_ID");
        rx.pattern = QStringLiteral("EMP-\\d{6}");
        rx.score = 0.8;
        QVERIFY(r.addRule(rx));
        r.addTerms(QStringLiteral("roster"), QStringLiteral("PERSON"), {QStringLiteral("홍길동")});
        r.addAllow(QStringLiteral("switchboard"), {QStringLiteral("02-1234-5678")});
        r.setEnabled(QStringLiteral("email"), false);
        const RuleSet back = RuleSet::fromJson(r.toJson());
        QVERIFY(back.errors().isEmpty());
        QCOMPARE(back.rules().size(), r.rules().size());
        QCOMPARE(back.find(QStringLiteral("emp"))->pattern, rx.pattern);
        QCOMPARE(back.find(QStringLiteral("emp"))->score, 0.8);
        QCOMPARE(back.find(QStringLiteral("roster"))->terms, QStringList{QStringLiteral("홍길동")});
        QVERIFY(!back.isEnabled(QStringLiteral("email")));
        QCOMPARE(back.toJson(), r.toJson());
    }

    void brokenRulesAreNamedAndTheRestWork()
    {
        const QByteArray pack = "{\"rules\": [\n"
"            {\"name\": \"bad_regex\", \"kind\": \"regex\", \"type\": \"X\", \"pattern\": \"EMP-(\\\\d{6}\"},\n"
"            {\"name\": \"empty_match\", \"kind\": \"regex\", \"type\": \"X\", \"pattern\": \"a*\"},\n"
"            {\"name\": \"no_such_builtin\", \"kind\": \"builtin\"},\n"
"            {\"name\": \"weird_kind\", \"kind\": \"magic\"},\n"
"            \"not an object\",\n"
"            {\"name\": \"bad_score\", \"kind\": \"regex\", \"type\": \"X\", \"pattern\": \"x\", \"score\": \"high\"},\n"
"            {\"name\": \"good\", \"kind\": \"regex\", \"type\": \"TICKET\", \"pattern\": \"TCK-\\\\d{4}\"},\n"
"            {\"name\": \"email\", \"enabled\": false}\n"
"        ]}";
        const RuleSet r = RuleSet::fromJson(pack, QStringLiteral("pack.json"));
        const QString errors = r.errors().join(QLatin1Char('\n'));
        QCOMPARE(r.errors().size(), 6);
        QVERIFY(errors.contains(QLatin1String("rule 'bad_regex': invalid regular expression")));
        QVERIFY(errors.contains(QLatin1String("rule 'empty_match'")));
        QVERIFY(errors.contains(QLatin1String("rule 'no_such_builtin'")));
        QVERIFY(errors.contains(QLatin1String("rule 'weird_kind': unknown kind")));
        QVERIFY(errors.contains(QLatin1String("rule #5: not a JSON object")));
        QVERIFY(errors.contains(QLatin1String("rule 'bad_score'")));
        QVERIFY(!r.find(QStringLiteral("bad_regex")));
        const Scanner s(r);
        const auto d = s.scan(QStringLiteral("TCK-1234 a@example.com 010-1234-5678"));
        QCOMPARE(d.size(), 2);
        QCOMPARE(d.at(0).type, QStringLiteral("TICKET"));
        QCOMPARE(d.at(1).type, QStringLiteral("PHONE"));
    }

    void badJsonIsRejectedWithTheSource()
    {
        try {
            RuleSet::fromJson("{ not json", QStringLiteral("broken.json"));
            QFAIL("no error");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::BadInput);
            QVERIFY(e.message().startsWith(QLatin1String("broken.json: not valid JSON")));
        }
        QVERIFY_THROWS_EXCEPTION(Error, RuleSet::fromJson("{\"rules\": 3}"));
        QVERIFY_THROWS_EXCEPTION(Error, RuleSet::fromJsonFile(QStringLiteral("/nonexistent/rules.json")));
    }

    void projectStorage()
    {
        test::TestDir dir;
        const QString path = dir.path(QStringLiteral("p.quarry"));
        {
            auto store = ProjectStore::create(path);
            RuleSet r = RuleSet::defaults();
            r.setEnabled(QStringLiteral("kr_phone"), false);
            r.addTerms(QStringLiteral("roster"), QStringLiteral("PERSON"), {QStringLiteral("홍길동"), QStringLiteral("Kim Minsu")});
            r.saveToProject(*store);
            QVERIFY(!store->audit().entries(QStringLiteral("redaction_rule")).isEmpty());
        }
        auto store = ProjectStore::open(path);
        const RuleSet back = RuleSet::loadProject(store->db());
        QVERIFY(!back.isEnabled(QStringLiteral("kr_phone")));
        QVERIFY(back.isEnabled(QStringLiteral("email")));
        QCOMPARE(back.find(QStringLiteral("roster"))->terms.size(), 2);
    }

    void termFiles()
    {
        test::TestDir dir;
        const QString txt = dir.write(QStringLiteral("r.txt"), "\xEF\xBB\xBF홍길동\n# comment\n\nKim Minsu\r\n");
        QCOMPARE(RuleSet::readTermsFile(txt), (QStringList{QStringLiteral("홍길동"), QStringLiteral("Kim Minsu")}));
        const QString csv = dir.write(QStringLiteral("r.csv"), "사번,성명,부서\n1,홍길동,인사\n2,\"Kim, Minsu\",개발\n");
        QCOMPARE(RuleSet::readTermsFile(csv), (QStringList{QStringLiteral("홍길동"), QStringLiteral("Kim, Minsu")}));
        const QString bare = dir.write(QStringLiteral("b.csv"), "이영희,1\n박민수,2\n");
        QCOMPARE(RuleSet::readTermsFile(bare), (QStringList{QStringLiteral("이영희"), QStringLiteral("박민수")}));
        QVERIFY_THROWS_EXCEPTION(Error, RuleSet::readTermsFile(dir.path(QStringLiteral("missing.txt"))));
        const QString latin1 = dir.write(QStringLiteral("l.txt"), "caf\xe9\n");
        QVERIFY_THROWS_EXCEPTION(Error, RuleSet::readTermsFile(latin1));
    }
};

QTEST_GUILESS_MAIN(TestRuleSet)
#include "TestRuleSet.moc"
