#include "redact/recognizers/HealthInsuranceRecognizer.h"

#include "redact/ScanJob.h"
#include "redact/ScanTables.h"

namespace quarry {

using namespace scan;

void HealthInsuranceRecognizer::attach(ScanTables& tables) const
{
    tables.onNumber(this);
}

Recognizer::Verdict HealthInsuranceRecognizer::number(ScanJob& job, const NumberView& v) const
{
    // 11 digits, or any 10-13 next to the context.
    if (v.total >= 10 && v.total <= 13 && (v.count == 1 || v.allSep) && job.hasContext(CtxHealth, v.start)) {
        job.report(RHealth, v.start, v.end, 0.85);
        return Verdict::Taken;
    }
    return Verdict::Next;
}

} // namespace quarry
