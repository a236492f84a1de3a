#pragma once

#include "redact/Recognizer.h"

namespace quarry {

// English names after a title (Dr., Mrs.) or a label (Name:, Dear, signed by: rule person_en).
class EnglishTitleNameRecognizer : public Recognizer
{
public:
    void attach(ScanTables& tables) const override;
    void keyword(ScanJob& job, int a, int b, const scan::Keyword& k) const override;
};

} // namespace quarry
