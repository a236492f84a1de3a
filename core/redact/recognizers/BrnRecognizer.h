#pragma once

#include "redact/Recognizer.h"

namespace quarry {

// Korean business registration numbers XXX-XX-XXXXX (checksum; rule kr_brn).
class BrnRecognizer : public Recognizer
{
public:
    void attach(ScanTables& tables) const override;
    quint32 numberTotals() const override { return 0x00000400u; }
    Verdict number(ScanJob& job, const NumberView& v) const override;
};

} // namespace quarry
