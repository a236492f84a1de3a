#pragma once

#include "redact/Recognizer.h"

namespace quarry {

// US social security numbers (rule us_ssn).
class SsnRecognizer : public Recognizer
{
public:
    void attach(ScanTables& tables) const override;
    quint32 numberTotals() const override { return 0x00000200u; }
    Verdict number(ScanJob& job, const NumberView& v) const override;
};

} // namespace quarry
