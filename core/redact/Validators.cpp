#include "redact/Validators.h"

#include <QDate>

namespace quarry {

namespace {

int digitAt(QStringView s, qsizetype i)
{
    return s.at(i).unicode() - u'0';
}

bool allDigits(QStringView s)
{
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

constexpr int kRrnWeights[12] = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};

int rrnSum(QStringView d)
{
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += digitAt(d, i) * kRrnWeights[i];
    return sum;
}

} // namespace

bool Validators::dateValid(int year, int month, int day)
{
    return QDate::isValid(year, month, day);
}

bool Validators::rrnDateValid(QStringView d)
{
    if (d.size() != 13 || !allDigits(d))
        return false;
    const int yy = digitAt(d, 0) * 10 + digitAt(d, 1);
    const int mm = digitAt(d, 2) * 10 + digitAt(d, 3);
    const int dd = digitAt(d, 4) * 10 + digitAt(d, 5);
    int century = 0;
    switch (digitAt(d, 6)) {
    case 9: case 0: century = 1800; break;
    case 1: case 2: case 5: case 6: century = 1900; break;
    case 3: case 4: case 7: case 8: century = 2000; break;
    default: return false;
    }
    return dateValid(century + yy, mm, dd);
}

int Validators::rrnCheckDigit(QStringView first12)
{
    return (11 - rrnSum(first12) % 11) % 10;
}

bool Validators::rrnChecksum(QStringView d)
{
    if (d.size() != 13 || !allDigits(d))
        return false;
    return rrnCheckDigit(d) == digitAt(d, 12);
}

bool Validators::arnChecksum(QStringView d)
{
    if (d.size() != 13 || !allDigits(d))
        return false;
    return (13 - rrnSum(d) % 11) % 10 == digitAt(d, 12);
}

int Validators::brnCheckDigit(QStringView d)
{
    constexpr int w[8] = {1, 3, 7, 1, 3, 7, 1, 3};
    int s = 0;
    for (int i = 0; i < 8; ++i)
        s += digitAt(d, i) * w[i];
    const int d9 = digitAt(d, 8);
    s += 5 * d9 + (5 * d9) / 10;
    return (10 - s % 10) % 10;
}

bool Validators::brnChecksum(QStringView d)
{
    if (d.size() != 10 || !allDigits(d))
        return false;
    return brnCheckDigit(d) == digitAt(d, 9);
}

bool Validators::crnChecksum(QStringView d)
{
    if (d.size() != 13 || !allDigits(d))
        return false;
    int s = 0;
    for (int i = 0; i < 12; ++i)
        s += digitAt(d, i) * (i % 2 == 0 ? 1 : 2);
    return (10 - s % 10) % 10 == digitAt(d, 12);
}

bool Validators::luhn(QStringView d)
{
    if (d.size() < 2 || !allDigits(d))
        return false;
    int sum = 0;
    bool dbl = false;
    for (qsizetype i = d.size() - 1; i >= 0; --i) {
        int v = digitAt(d, i);
        if (dbl) {
            v *= 2;
            if (v > 9)
                v -= 9;
        }
        sum += v;
        dbl = !dbl;
    }
    return sum % 10 == 0;
}

int Validators::luhnCheckDigit(QStringView d)
{
    int sum = 0;
    bool dbl = true; // the check digit will be appended to the right
    for (qsizetype i = d.size() - 1; i >= 0; --i) {
        int v = digitAt(d, i);
        if (dbl) {
            v *= 2;
            if (v > 9)
                v -= 9;
        }
        sum += v;
        dbl = !dbl;
    }
    return (10 - sum % 10) % 10;
}

bool Validators::ibanValid(QStringView s)
{
    if (s.size() < 15 || s.size() > 34)
        return false;
    int rem = 0;
    auto feed = [&rem](QChar c) -> bool {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9') {
            rem = (rem * 10 + (u - u'0')) % 97;
        } else if (u >= u'A' && u <= u'Z') {
            const int v = u - u'A' + 10;
            rem = (rem * 100 + v) % 97;
        } else {
            return false;
        }
        return true;
    };
    for (qsizetype i = 4; i < s.size(); ++i)
        if (!feed(s.at(i)))
            return false;
    for (qsizetype i = 0; i < 4; ++i)
        if (!feed(s.at(i)))
            return false;
    return rem == 1;
}

bool Validators::ssnValid(QStringView d)
{
    if (d.size() != 9 || !allDigits(d))
        return false;
    const int area = d.left(3).toInt();
    const int group = d.mid(3, 2).toInt();
    const int serial = d.mid(5, 4).toInt();
    return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
}

bool Validators::driverRegionValid(int region)
{
    return (region >= 11 && region <= 26) || region == 28;
}

} // namespace quarry
