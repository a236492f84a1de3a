#pragma once

#include "redact/Recognizer.h"

#include <QRegularExpression>

namespace quarry {

// Korean road-name and lot-number addresses, hung on the first number of a run (rule address_kr),
// also as OCR splits them (a space between every two syllables).
class KrAddressRecognizer : public Recognizer
{
public:
    KrAddressRecognizer();
    void attach(ScanTables& tables) const override;
    unsigned runStartNeeds() const override { return AfterHangul; }
    int runStart(ScanJob& job, const DigitRun& run) const override;

private:
    QRegularExpression m_tail;
};

} // namespace quarry
