#pragma once

#include "redact/Recognizer.h"

namespace quarry {

// 13 digits in the resident-number shape: resident (kr_rrn), alien (kr_alien) or corporate (kr_crn)
// registration numbers, and resident numbers with a digit lost or doubled by OCR next to their
// context word.
class ResidentNumberRecognizer : public Recognizer
{
public:
    void attach(ScanTables& tables) const override;
    quint32 numberTotals() const override { return 0x00007000u; }
    Verdict number(ScanJob& job, const NumberView& v) const override;
};

} // namespace quarry
