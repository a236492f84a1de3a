#include "redact/AccountLayouts.h"
#include "redact/NameFinder.h"
#include "redact/RuleSet.h"
#include "redact/Scanner.h"

#include <QTest>

using namespace quarry;

// The recognizers added for issue 16 through the Scanner as a user meets them: bank-account
// layouts with and without context, foreign phones validated by libphonenumber (offsets mapped back
// to UTF-16 across Hangul and emoji), names without a title and the scores that leave the
// uncertain ones for review.
class TestRecallRecognizers : public QObject
{
    Q_OBJECT
private:
    const Scanner m_scanner{RuleSet::defaults()};

    // The detection of `type` that covers `value` in `text`, or one with an empty type.
    Detection find(const QString& text, const QString& type, const QString& value) const
    {
        for (const Detection& d : m_scanner.scan(text)) {
            if (d.type == type && d.text == value) {
                // The offsets are the span in the original text.
                if (text.mid(d.start, d.end - d.start) != value)
                    return {};
                return d;
            }
        }
        return {};
    }
    bool anyOf(const QString& text, const QString& type) const
    {
        for (const Detection& d : m_scanner.scan(text))
            if (d.type == type)
                return true;
        return false;
    }

private slots:
    void accountLayouts()
    {
        const int kb[] = {6, 2, 6};
        QVERIFY(AccountLayouts::matches(kb, 3, u"12345601234567"));
        const int kakao[] = {4, 2, 7};
        QVERIFY(AccountLayouts::matches(kakao, 3, u"3333121234567"));
        QVERIFY(!AccountLayouts::matches(kakao, 3, u"1234121234567")); // 카카오뱅크 numbers start 3333
        const int odd[] = {3, 3, 6, 1};
        QVERIFY(!AccountLayouts::matches(odd, 4, u"5425018335013"));
        QVERIFY(AccountLayouts::codeLabelBefore(u"Lot "));
        QVERIFY(AccountLayouts::codeLabelBefore(u"주문번호 "));
        QVERIFY(!AccountLayouts::codeLabelBefore(u"보내실 곳 "));
    }

    void accountsWithAndWithoutContext()
    {
        // The example: "계좌" right there, a layout no table has.
        Detection d = find(QStringLiteral("국민은행 계좌 542-501-833501-3 으로 보내주세요"),
                           QStringLiteral("ACCOUNT"), QStringLiteral("542-501-833501-3"));
        QVERIFY(!d.type.isEmpty());
        // A bank's layout next to the bank's name: sure.
        d = find(QStringLiteral("새마을금고 9361-1831-8748-0 로 송금"), QStringLiteral("ACCOUNT"),
                 QStringLiteral("9361-1831-8748-0"));
        QVERIFY(d.score >= 0.9);
        // Plain digits next to a context word, not an RRN or a card.
        d = find(QStringLiteral("급여 이체 계좌 우리은행 1002100974406"), QStringLiteral("ACCOUNT"),
                 QStringLiteral("1002100974406"));
        QVERIFY(!d.type.isEmpty());
        // A layout alone is still found, at a score that leaves it for review.
        d = find(QStringLiteral("어제 말씀하신 건은 3333-12-4442340 이쪽으로 보내 주세요."),
                 QStringLiteral("ACCOUNT"), QStringLiteral("3333-12-4442340"));
        QVERIFY(!d.type.isEmpty());
        QVERIFY(d.score < 0.8);
        // The same digits named as a code are not an account.
        QVERIFY(!anyOf(QStringLiteral("LOT 3333-12-4442340 불량 3건"), QStringLiteral("ACCOUNT")));
        QVERIFY(!anyOf(QStringLiteral("주문번호 2024-0815-33721 출고 완료"), QStringLiteral("ACCOUNT")));
    }

    void foreignPhones()
    {
        struct Case
        {
            const char16_t* text;
            const char16_t* value;
        };
        const Case cases[] = {
            {u"I'm at +46 (0)8 928 571 38 all week.", u"+46 (0)8 928 571 38"},
            {u"Call back 07700 900123 re: shipment 4471.", u"07700 900123"},
            {u"888-450-4090 ext. 7017", u"888-450-4090 ext. 7017"},
            {u"+1 (447) 401-4979", u"+1 (447) 401-4979"},
            {u"+44 151.632.2980", u"+44 151.632.2980"},
            // Glued to Hangul, after an emoji (two UTF-16 units): offsets stay right.
            {u"😀 담당자는+49 30 901820이고요", u"+49 30 901820"},
            {u"본사 +33 1 42 68 53 00 으로", u"+33 1 42 68 53 00"},
            // A Seoul number with its area code in brackets: the bracket is part of the span.
            {u"Left a voicemail at (02) 3623 6283 this morning.", u"(02) 3623 6283"},
        };
        for (const Case& c : cases) {
            const QString text = QString::fromUtf16(c.text);
            const Detection d = find(text, QStringLiteral("PHONE"), QString::fromUtf16(c.value));
            QVERIFY2(!d.type.isEmpty(), qPrintable(text));
        }
        // Korean numbers keep their own rule.
        QCOMPARE(find(QStringLiteral("연락처 010-2345-6789"), QStringLiteral("PHONE"),
                      QStringLiteral("010-2345-6789"))
                     .rule,
                 QStringLiteral("kr_phone"));
        // Digit groups that no numbering plan has, codes and standards are not phones.
        for (const char16_t* t :
             {u"Batch 2403-1107-22 released by QA.", u"Invoice INV-2024-000123 total USD 1,250.00",
              u"Tested to ISO 13485:2016 and IEC 60601-1-2:2014.", u"수량 1234 5678 90 EA"})
            QVERIFY2(!anyOf(QString::fromUtf16(t), QStringLiteral("PHONE")),
                     qPrintable(QString::fromUtf16(t)));
    }

    void cardsAndIbans()
    {
        // Issuer ranges and lengths 13-19, grouped in fours, 4-6-5 and 4-6-4, or not at all.
        for (const char16_t* card :
             {u"4222222222222", u"4111 1111 1111 1111", u"4111-1111-1111-1111-003", u"5555 5555 5555 4444",
              u"2223 0031 2200 3222", u"3782 822463 10005", u"3056 930902 5904", u"6011-0009-9013-9424",
              u"3530 1113 3330 0000", u"6200 0000 0000 0005", u"6759 6498 2643 8453",
              u"6304000000000000018"}) {
            const QString value = QString::fromUtf16(card);
            QVERIFY2(!find(QStringLiteral("결제 카드: %1 확인").arg(value), QStringLiteral("CARD"), value)
                          .type.isEmpty(),
                     qPrintable(value));
        }
        // IBAN lengths of many countries, in groups of four and compact.
        for (const char16_t* iban :
             {u"GB82 WEST 1234 5698 7654 32", u"DE89 3704 0044 0532 0130 00",
              u"FR14 2004 1010 0505 0001 3M02 606", u"NO93 8601 1117 947", u"BE68 5390 0754 7034",
              u"MT84 MALT 0110 0001 2345 MTLC AST0 01S", u"LC55 HEMM 0001 0001 0012 0012 0002 3015",
              u"SA03 8000 0000 6080 1016 7519", u"CH9300762011623852957",
              u"BR18 0036 0305 0000 1000 9795 493C 1"}) {
            const QString value = QString::fromUtf16(iban);
            QVERIFY2(!find(QStringLiteral("Beneficiary account %1, thanks").arg(value),
                           QStringLiteral("IBAN"), value)
                          .type.isEmpty(),
                     qPrintable(value));
        }
    }

    void englishNames()
    {
        // Context words make a capitalised word a name, whatever the lists say.
        Detection d = find(QStringLiteral("My name is Rubija and I work in QA."), QStringLiteral("PERSON"),
                           QStringLiteral("Rubija"));
        QVERIFY(!d.type.isEmpty());
        d = find(QStringLiteral("Signed by: Krisztián Szöllösy"), QStringLiteral("PERSON"),
                 QStringLiteral("Krisztián Szöllösy"));
        QVERIFY(!d.type.isEmpty());
        QVERIFY(!find(QStringLiteral("Attendees: Priya Raman, Tomasz Kowalski."), QStringLiteral("PERSON"),
                      QStringLiteral("Tomasz Kowalski"))
                     .type.isEmpty());
        // From the lists alone: found, below the review score.
        d = find(QStringLiteral("Margaret Collins will send the drawings."), QStringLiteral("PERSON"),
                 QStringLiteral("Margaret Collins"));
        QVERIFY(!d.type.isEmpty());
        QVERIFY(d.score < NameFinder::ReviewScore);
        d = find(QStringLiteral("J. Hamilton approved the change."), QStringLiteral("PERSON"),
                 QStringLiteral("J. Hamilton"));
        QVERIFY(!d.type.isEmpty());
        // Capitalised words that are not names.
        for (const char16_t* t :
             {u"Monday Safety Meeting at Building 4.", u"The Quality Manual, section 4.2.3, applies.",
              u"May 2024 production was 45,000 units.", u"Dear Customer, thank you."})
            QVERIFY2(!anyOf(QString::fromUtf16(t), QStringLiteral("PERSON")),
                     qPrintable(QString::fromUtf16(t)));
    }

    void koreanNames()
    {
        Detection d = find(QStringLiteral("김민준이 작성한 보고서를 첨부합니다."), QStringLiteral("PERSON"),
                           QStringLiteral("김민준"));
        QVERIFY(!d.type.isEmpty());
        QVERIFY(d.score < NameFinder::ReviewScore);
        QVERIFY(!find(QStringLiteral("남궁윤서에게 전달했습니다."), QStringLiteral("PERSON"),
                      QStringLiteral("남궁윤서"))
                     .type.isEmpty());
        d = find(QStringLiteral("최수아 님 확인 부탁드립니다."), QStringLiteral("PERSON"),
                 QStringLiteral("최수아"));
        QVERIFY(d.score >= 0.8);
        // Words shaped like a surname and a given name.
        for (const char16_t* t : {u"본사 소재지는 서울입니다", u"이번 주 정기 점검", u"예금주는 확인 후 입금",
                                  u"한국인 근로자 교육"})
            QVERIFY2(!anyOf(QString::fromUtf16(t), QStringLiteral("PERSON")),
                     qPrintable(QString::fromUtf16(t)));
    }
};

QTEST_GUILESS_MAIN(TestRecallRecognizers)
#include "TestRecallRecognizers.moc"
