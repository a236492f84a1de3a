#pragma once

#include "redact/Recognizer.h"

namespace quarry {

// E-mail addresses, from their '@' (rule email).
class EmailRecognizer : public Recognizer
{
public:
    void attach(ScanTables& tables) const override;
    bool character(ScanJob& job, int i, int* resume) const override;
};

} // namespace quarry
