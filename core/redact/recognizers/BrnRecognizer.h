#pragma once

#include "redact/Recognizer.h"

namespace quarry {

// Korean business registration numbers XXX-XX-XXXXX (checksum; rule kr_brn).
class BrnRecognizer : public Recognizer
{
public:
    void attach(ScanTables& tables) const override;
    Verdict number(ScanJob& job, const NumberView& v) const override;
};

} // namespace quarry
