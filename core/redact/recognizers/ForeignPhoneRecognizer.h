#pragma once

#include "redact/Recognizer.h"

namespace quarry {

// Foreign numbers written without a country code ("07700 063 966", "905-674-3793"), validated by
// libphonenumber through PhoneFinder (rule intl_phone).
class ForeignPhoneRecognizer : public Recognizer
{
public:
    void attach(ScanTables& tables) const override;
    void runEnd(ScanJob& job, DigitRun& run) const override;
};

} // namespace quarry
