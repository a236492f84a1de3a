#pragma once

#include "redact/Recognizer.h"

namespace quarry {

// Korean passport numbers (M12345678, M123A4567: rule kr_passport). A digit run right after a capital
// letter is a code or a passport: no other recognizer of numbers sees it.
class PassportRecognizer : public Recognizer
{
public:
    void attach(ScanTables& tables) const override;
    unsigned runStartNeeds() const override { return AfterCapital; }
    int runStart(ScanJob& job, const DigitRun& run) const override;
};

} // namespace quarry
