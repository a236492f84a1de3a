#pragma once

#include "redact/Recognizer.h"

namespace quarry {

// Card numbers: 13-19 digits, grouped or not, Luhn (rule card); beside a card word also a failed check
// digit (for review) and any issuer range whatever other shape the digits fit.
class CardRecognizer : public Recognizer
{
public:
    void attach(ScanTables& tables) const override;
    quint32 numberTotals() const override { return 0x000fe000u; }
    Verdict number(ScanJob& job, const NumberView& v) const override;
    void runEnd(ScanJob& job, DigitRun& run) const override;
};

} // namespace quarry
