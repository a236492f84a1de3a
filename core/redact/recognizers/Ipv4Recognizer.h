#pragma once

#include "redact/Recognizer.h"

namespace quarry {

// IPv4 addresses: four dotted groups of at most 255, not part of a version number (rule ipv4).
class Ipv4Recognizer : public Recognizer
{
public:
    void attach(ScanTables& tables) const override;
    quint32 numberTotals() const override { return 0x00001ff0u; } // four groups of 1-3
    Verdict number(ScanJob& job, const NumberView& v) const override;
    bool readsGlued() const override { return true; }
};

} // namespace quarry
