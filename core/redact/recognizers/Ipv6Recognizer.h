#pragma once

#include "redact/Recognizer.h"

namespace quarry {

// IPv6 addresses (rule ipv6).
class Ipv6Recognizer : public Recognizer
{
public:
    void attach(ScanTables& tables) const override;
    bool character(ScanJob& job, int i, int* resume) const override;
};

} // namespace quarry
