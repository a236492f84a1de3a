#pragma once

#include "redact/Recognizer.h"

namespace quarry {

// URLs with credentials or secrets and personal paths (/home/NAME, C:\\Users\\NAME: rule url).
class UrlRecognizer : public Recognizer
{
public:
    void attach(ScanTables& tables) const override;
    bool character(ScanJob& job, int i, int* resume) const override;
    void keyword(ScanJob& job, int a, int b, const scan::Keyword& k) const override;
};

} // namespace quarry
