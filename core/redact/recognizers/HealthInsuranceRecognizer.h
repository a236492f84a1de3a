#pragma once

#include "redact/Recognizer.h"

namespace quarry {

// Health insurance numbers next to their context words (rule kr_health).
class HealthInsuranceRecognizer : public Recognizer
{
public:
    void attach(ScanTables& tables) const override;
    quint32 numberTotals() const override { return 0x00003c00u; }
    Verdict number(ScanJob& job, const NumberView& v) const override;
};

} // namespace quarry
