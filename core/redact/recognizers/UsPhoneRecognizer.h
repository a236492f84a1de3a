#pragma once

#include "redact/Recognizer.h"

namespace quarry {

// North American numbers (415) 555-0132, 415-555-0132 (rule intl_phone); the last recognizer of
// numbers.
class UsPhoneRecognizer : public Recognizer
{
public:
    void attach(ScanTables& tables) const override;
    quint32 numberTotals() const override { return 0x00000400u; }
    Verdict number(ScanJob& job, const NumberView& v) const override;
};

} // namespace quarry
