#pragma once

#include "redact/Recognizer.h"

namespace quarry {

// Korean driver's licence numbers: RR-YY-NNNNNN-CC, or a region name and YY-NNNNNN-CC (rule kr_driver).
class DriverLicenceRecognizer : public Recognizer
{
public:
    void attach(ScanTables& tables) const override;
    quint32 numberTotals() const override { return 0x00001400u; }
    Verdict number(ScanJob& job, const NumberView& v) const override;
};

} // namespace quarry
