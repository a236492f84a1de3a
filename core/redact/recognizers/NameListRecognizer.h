#pragma once

#include "redact/Recognizer.h"

namespace quarry {

// Names without a title or a label, from name lists and context (NameFinder: rules person_kr and
// person_en).
class NameListRecognizer : public Recognizer
{
public:
    void attach(ScanTables& tables) const override;
    void text(ScanJob& job) const override;
};

} // namespace quarry
