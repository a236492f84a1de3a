#include "redact/Validators.h"

#include <QTest>

using namespace quarry;

class TestValidators : public QObject
{
    Q_OBJECT
private slots:
    void rrn()
    {
        QVERIFY(Validators::rrnDateValid(u"8501011234566"));
        QVERIFY(Validators::rrnChecksum(u"8501011234566"));
        QVERIFY(!Validators::rrnChecksum(u"8501011234567"));
        QVERIFY(Validators::rrnDateValid(u"0002294123456"));  // 2000-02-29 (century from digit 4)
        QVERIFY(!Validators::rrnDateValid(u"0102294123456")); // 2001-02-29 does not exist
        QVERIFY(!Validators::rrnDateValid(u"8513011234567"));
        QVERIFY(!Validators::rrnDateValid(u"850101123456"));  // 12 digits
        QVERIFY(Validators::rrnDateValid(u"9901019123456"));  // 1899
    }

    void arnBrnCrn()
    {
        // ARN check digit: (13 - sum mod 11) mod 10.
        const int sum = 9 * 2 + 0 * 3 + 0 * 4 + 1 * 5 + 0 * 6 + 1 * 7 + 5 * 8 + 1 * 9 + 2 * 2 + 3 * 3 + 4 * 4 + 5 * 5;
        const int check = (13 - sum % 11) % 10;
        const QString arn = QStringLiteral("900101512345") + QString::number(check);
        QVERIFY(Validators::arnChecksum(arn));
        QVERIFY(Validators::brnChecksum(u"1234567891"));
        QVERIFY(!Validators::brnChecksum(u"1234567890"));
        QVERIFY(Validators::crnChecksum(u"1101111234569"));
        QVERIFY(!Validators::crnChecksum(u"1101111234568"));
    }

    void luhnIbanSsn()
    {
        QVERIFY(Validators::luhn(u"4111111111111111"));
        QVERIFY(!Validators::luhn(u"4111111111111112"));
        QVERIFY(Validators::luhn(u"378282246310005"));
        QCOMPARE(Validators::luhnCheckDigit(u"411111111111111"), 1);
        QVERIFY(Validators::ibanValid(u"DE89370400440532013000"));
        QVERIFY(Validators::ibanValid(u"GB82WEST12345698765432"));
        QVERIFY(!Validators::ibanValid(u"GB82WEST12345698765433"));
        QVERIFY(!Validators::ibanValid(u"DE89"));
        QVERIFY(Validators::ssnValid(u"123456789"));
        QVERIFY(!Validators::ssnValid(u"000456789"));
        QVERIFY(!Validators::ssnValid(u"666456789"));
        QVERIFY(!Validators::ssnValid(u"900456789"));
        QVERIFY(!Validators::ssnValid(u"123006789"));
        QVERIFY(!Validators::ssnValid(u"123450000"));
    }

    void driverRegions()
    {
        QVERIFY(Validators::driverRegionValid(11));
        QVERIFY(Validators::driverRegionValid(26));
        QVERIFY(Validators::driverRegionValid(28));
        QVERIFY(!Validators::driverRegionValid(27));
        QVERIFY(!Validators::driverRegionValid(10));
    }

    void rrnCheckDigitRoundTrip()
    {
        const QString first12 = QStringLiteral("850101123456");
        const QString full = first12 + QString::number(Validators::rrnCheckDigit(first12));
        QVERIFY(Validators::rrnChecksum(full));
    }
};

QTEST_GUILESS_MAIN(TestValidators)
#include "TestValidators.moc"
