#pragma once

#include "redact/Recognizer.h"

namespace quarry {

// Korean mobile, landline, VoIP and representative numbers, +82 forms folded to the national form
// (rule kr_phone).
class KrPhoneRecognizer : public Recognizer
{
public:
    void attach(ScanTables& tables) const override;
    quint32 numberTotals() const override { return 0x00007f00u; } // national 8-12, +82
    Verdict number(ScanJob& job, const NumberView& v) const override;
    bool readsGlued() const override { return true; }
    void runEnd(ScanJob& job, DigitRun& run) const override;
};

} // namespace quarry
