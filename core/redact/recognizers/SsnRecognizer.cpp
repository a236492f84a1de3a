#include "redact/recognizers/SsnRecognizer.h"

#include "redact/ScanJob.h"
#include "redact/ScanTables.h"
#include "redact/Validators.h"

namespace quarry {

using namespace scan;

void SsnRecognizer::attach(ScanTables& tables) const
{
    tables.onNumber(this);
}

Recognizer::Verdict SsnRecognizer::number(ScanJob& job, const NumberView& v) const
{
    if (v.total == 9 && (v.shape({3, 2, 4}) || v.count == 1) && (v.count == 1 || v.allSep)) {
        const bool context = job.hasContext(CtxSsn, v.start);
        if (Validators::ssnValid(v.digits) && (v.count == 3 || context) &&
            !job.hasContext(CtxAccount | CtxPhone, v.start)) {
            job.report(RSsn, v.start, v.end, context ? 0.95 : 0.8);
            return Verdict::Taken;
        }
    }
    return Verdict::Next;
}

} // namespace quarry
