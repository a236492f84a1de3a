#pragma once

#include "redact/Recognizer.h"

namespace quarry {

// MAC addresses with ':' or '-' (rule mac).
class MacRecognizer : public Recognizer
{
public:
    void attach(ScanTables& tables) const override;
    bool character(ScanJob& job, int i, int* resume) const override;
};

} // namespace quarry
