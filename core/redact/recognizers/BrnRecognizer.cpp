#include "redact/recognizers/BrnRecognizer.h"

#include "redact/ScanJob.h"
#include "redact/ScanTables.h"
#include "redact/Validators.h"

namespace quarry {

using namespace scan;

void BrnRecognizer::attach(ScanTables& tables) const
{
    tables.onNumber(this);
}

Recognizer::Verdict BrnRecognizer::number(ScanJob& job, const NumberView& v) const
{
    // Business registration number XXX-XX-XXXXX.
    if (v.total == 10 && (v.shape({3, 2, 5}) || v.count == 1) && (v.count == 1 || v.allSep)) {
        const bool check = Validators::brnChecksum(v.digits);
        const bool context = job.hasContext(CtxBrn, v.start);
        if (v.count == 3 && check) {
            job.report(RBrn, v.start, v.end, context ? 1.0 : 0.9);
            return Verdict::Taken;
        }
        if (context && (check || v.count == 3)) {
            job.report(RBrn, v.start, v.end, check ? 0.9 : 0.6);
            return Verdict::Taken;
        }
    }
    return Verdict::Next;
}

} // namespace quarry
