#pragma once

#include "redact/Recognizer.h"

namespace quarry {

// Health insurance numbers next to their context words (rule kr_health).
class HealthInsuranceRecognizer : public Recognizer
{
public:
    void attach(ScanTables& tables) const override;
    Verdict number(ScanJob& job, const NumberView& v) const override;
};

} // namespace quarry
