#pragma once

#include "redact/Recognizer.h"

#include <QRegularExpression>

namespace quarry {

// English street addresses ("221 Baker Street, London": rule address_en).
class EnAddressRecognizer : public Recognizer
{
public:
    EnAddressRecognizer();
    void attach(ScanTables& tables) const override;
    unsigned runStartNeeds() const override { return ShortBeforeCapital; }
    int runStart(ScanJob& job, const DigitRun& run) const override;

private:
    QRegularExpression m_address;
};

} // namespace quarry
