#pragma once

#include "redact/Recognizer.h"

#include <QRegularExpression>

namespace quarry {

// Dates of birth after their context words (생년월일, DOB, born …: rule dob). Dates in digit runs are
// consumed here so that their parts are not read as anything else.
class DateOfBirthRecognizer : public Recognizer
{
public:
    DateOfBirthRecognizer();
    void attach(ScanTables& tables) const override;
    quint32 numberTotals() const override { return 0x000001ffu; } // dates: at most 8
    Verdict number(ScanJob& job, const NumberView& v) const override;
    bool readsGlued() const override { return true; }
    void keyword(ScanJob& job, int a, int b, const scan::Keyword& k) const override;

private:
    QRegularExpression m_dob;
};

} // namespace quarry
