#pragma once

#include "redact/Recognizer.h"

namespace quarry {

// North American numbers (415) 555-0132, 415-555-0132 (rule intl_phone); the last recognizer of
// numbers.
class UsPhoneRecognizer : public Recognizer
{
public:
    void attach(ScanTables& tables) const override;
    Verdict number(ScanJob& job, const NumberView& v) const override;
};

} // namespace quarry
