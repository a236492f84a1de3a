#include "llm/DraftChecker.h"
#include "llm/PromptTemplate.h"
#include "llm/QuestionIndex.h"

#include <QJsonArray>
#include <QTest>

using namespace quarry;

class TestDraftChecker : public QObject
{
    Q_OBJECT
private slots:
    void languages()
    {
        QCOMPARE(DraftChecker::languageOf(QStringLiteral("휴가 신청은 [PERSON_1]에게 PDF로 냅니다.")),
                 QStringLiteral("ko"));
        QCOMPARE(DraftChecker::languageOf(QStringLiteral("Keys are kept by [PERSON_1].")),
                 QStringLiteral("en"));
        QVERIFY(DraftChecker::isInLanguage(QStringLiteral("ISO 9001 인증은 언제 받았나요?"),
                                           QStringLiteral("ko")));
        QVERIFY(!DraftChecker::isInLanguage(QStringLiteral("When was the ISO 9001 audit?"),
                                            QStringLiteral("ko")));
        QVERIFY(!DraftChecker::isInLanguage(QStringLiteral("休暇 신청은 언제까지 하나요?"),
                                            QStringLiteral("ko")));
        QVERIFY(!DraftChecker::isInLanguage(QStringLiteral("请假需要提前三天申请。"), QStringLiteral("ko")));
        QVERIFY(
            DraftChecker::isInLanguage(QStringLiteral("Ask [PERSON_1] at [PHONE]."), QStringLiteral("en")));
        QVERIFY(!DraftChecker::isInLanguage(QStringLiteral("Ask 김 at the desk."), QStringLiteral("en")));
    }

    void placeholdersAndSupport()
    {
        const QString passage = QStringLiteral("[PERSON_1] approves leave. Call [PHONE] for the form.");
        QCOMPARE(DraftChecker::placeholders(passage),
                 (QSet<QString>{QStringLiteral("[PERSON_1]"), QStringLiteral("[PHONE]")}));
        QCOMPARE(DraftChecker::support(passage, QStringLiteral("[PERSON_1] approves leave.")), 1.0);
        QVERIFY(DraftChecker::support(passage, QStringLiteral("The CEO decides on bonuses in March.")) < 0.3);

        DraftChecker checker({});
        auto flags = [&](const QString& q, const QString& a) {
            QStringList names;
            for (const auto& f : checker.check(passage, QStringLiteral("en"), q, a, nullptr).flags)
                names << f.flag;
            return names;
        };
        QCOMPARE(flags(QStringLiteral("Who approves leave?"), QStringLiteral("[PERSON_1] approves leave.")),
                 QStringList());
        QCOMPARE(flags(QStringLiteral("Who approves leave?"), QStringLiteral("[PERSON_2] approves leave.")),
                 QStringList{QStringLiteral("placeholder")});
        QCOMPARE(flags(QStringLiteral("Who approves leave?"), QStringLiteral("PERSON_1 approves leave.")),
                 QStringList{QStringLiteral("placeholder")});
        QCOMPARE(flags(QStringLiteral("Who?"), QStringLiteral("[PERSON_1] approves leave.")),
                 QStringList{QStringLiteral("length")});
    }

    void scanFindsInventedValuesOnly()
    {
        const QString passage = QStringLiteral("Call 02-123-4567 for the form.");
        // A scanner stand-in that finds phone-like text.
        DraftChecker checker([](const QString& text) {
            QList<Detection> out;
            for (const QString& v : {QStringLiteral("02-123-4567"), QStringLiteral("010-9999-8888")}) {
                const qsizetype at = text.indexOf(v);
                if (at >= 0)
                    out << Detection{
                        int(at), int(at + v.size()), QStringLiteral("PHONE"), QStringLiteral("t"), 1.0, v};
            }
            return out;
        });
        const auto kept =
            checker.check(passage, QStringLiteral("en"), QStringLiteral("Which number is for the form?"),
                          QStringLiteral("Call 02-123-4567 for the form."), nullptr);
        QVERIFY(!kept.hasFlag(QStringLiteral("personal_data")));
        const auto invented =
            checker.check(passage, QStringLiteral("en"), QStringLiteral("Which number is for the form?"),
                          QStringLiteral("Call 010-9999-8888 for the form."), nullptr);
        QVERIFY(invented.hasFlag(QStringLiteral("personal_data")));
    }

    void nearDuplicateQuestions()
    {
        QuestionIndex index;
        std::vector<quint32> sig;
        index.nearest(QStringLiteral("휴가 신청은 언제까지 제출해야 하나요?"), 0.8, sig);
        index.add(7, sig);
        index.nearest(QStringLiteral("Where are the keys kept?"), 0.8, sig);
        index.add(8, sig);
        QCOMPARE(index.nearest(QStringLiteral("휴가 신청은 언제까지 제출해야 하나요 ?"), 0.8, sig).first, 7);
        QCOMPARE(index.nearest(QStringLiteral("where are the keys kept?"), 0.8, sig).first, 8);
        QCOMPARE(index.nearest(QStringLiteral("병가는 며칠까지 쓸 수 있나요?"), 0.8, sig).first, 0);
    }

    void templatesFillSlots()
    {
        QCOMPARE(PromptTemplate::fill(QStringLiteral("A {{passage}} B {{ count }} {{unknown}}"),
                                      {{QStringLiteral("passage"), QStringLiteral("{{count}}")},
                                       {QStringLiteral("count"), QStringLiteral("3")}}),
                 QStringLiteral("A {{count}} B 3 {{unknown}}"));
        for (const char* name : {"questions", "answer", "pairs"})
            for (const char* lang : {"ko", "en"}) {
                const PromptTemplate t =
                    PromptTemplate::latestBuiltin(QLatin1String(name), QLatin1String(lang));
                QCOMPARE(t.version, 1);
                QVERIFY(t.user.contains(QStringLiteral("{{passage}}")));
                QVERIFY(t.system.contains(QStringLiteral("[PERSON_1]")));
                QCOMPARE(DraftChecker::languageOf(t.system), QLatin1String(lang));
            }
    }
};

QTEST_GUILESS_MAIN(TestDraftChecker)
#include "TestDraftChecker.moc"
