#pragma once

#include "redact/Recognizer.h"

namespace quarry {

// International phone numbers from their '+' (rule intl_phone): validated by libphonenumber through
// PhoneFinder, or +CC and 8-15 digits.
class IntlPhoneRecognizer : public Recognizer
{
public:
    void attach(ScanTables& tables) const override;
    unsigned runStartNeeds() const override { return AfterPlus; }
    bool numberNeedsPlus() const override { return true; }
    int runStart(ScanJob& job, const DigitRun& run) const override;
    Verdict number(ScanJob& job, const NumberView& v) const override;
    bool readsGlued() const override { return true; }
};

} // namespace quarry
