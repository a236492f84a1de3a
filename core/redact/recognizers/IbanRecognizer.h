#pragma once

#include "redact/Recognizer.h"

namespace quarry {

// IBANs (mod 97, length per country), compact or printed in groups of four (rule iban).
class IbanRecognizer : public Recognizer
{
public:
    void attach(ScanTables& tables) const override;
    bool character(ScanJob& job, int i, int* resume) const override;
};

} // namespace quarry
