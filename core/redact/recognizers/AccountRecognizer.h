#pragma once

#include "redact/Recognizer.h"

namespace quarry {

// Bank account numbers (rule kr_account): any 10-14 digits next to account words, and every Korean
// bank's printed layout (lower score without the words).
class AccountRecognizer : public Recognizer
{
public:
    void attach(ScanTables& tables) const override;
    quint32 numberTotals() const override { return 0x00007c00u; }
    Verdict number(ScanJob& job, const NumberView& v) const override;
    void runEnd(ScanJob& job, DigitRun& run) const override;

    // Whether the number at `start` follows a code's label or punctuation ("Order No.", "-", "/"):
    // then it is no account, and no phone either.
    static bool codeLabel(const ScanJob& job, int start);
};

} // namespace quarry
