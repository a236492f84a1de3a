#pragma once

#include <QString>
#include <QStringView>

namespace quarry {

// Checksums and plausibility checks of identifiers (facts in docs: shared identifiers notes).
// Every function takes the digits (or alphanumerics) only, separators already removed.
class Validators
{
public:
    // YYMMDD valid for the century given by the 7th digit (9/0 -> 1800s, 1/2/5/6 -> 1900s,
    // 3/4/7/8 -> 2000s).
    static bool rrnDateValid(QStringView digits13);
    // (11 - sum(d_i * w_i) mod 11) mod 10, w = 2..9,2..5. Raises confidence only: numbers issued
    // since October 2020 carry random digits and often fail it.
    static bool rrnChecksum(QStringView digits13);
    // Alien registration number: (13 - sum mod 11) mod 10, same weights.
    static bool arnChecksum(QStringView digits13);
    // Business registration number (10 digits).
    static bool brnChecksum(QStringView digits10);
    // Corporate registration number (13 digits): weights 1,2,1,2,...
    static bool crnChecksum(QStringView digits13);
    static bool luhn(QStringView digits);
    // IBAN without spaces, upper case.
    static bool ibanValid(QStringView iban);
    // US SSN: area not 000/666/900-999, group not 00, serial not 0000.
    static bool ssnValid(QStringView digits9);
    static bool dateValid(int year, int month, int day);
    // Region codes of Korean driver's licences: 11-26 and 28.
    static bool driverRegionValid(int region);

    // Helpers for generating valid surrogates.
    static int rrnCheckDigit(QStringView first12);
    static int luhnCheckDigit(QStringView digitsWithoutCheck);
    static int brnCheckDigit(QStringView first9);
};

} // namespace quarry
