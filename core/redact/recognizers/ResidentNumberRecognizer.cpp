#include "redact/recognizers/ResidentNumberRecognizer.h"

#include "redact/ScanJob.h"
#include "redact/ScanTables.h"
#include "redact/Validators.h"

namespace quarry {

using namespace scan;

void ResidentNumberRecognizer::attach(ScanTables& tables) const
{
    tables.onNumber(this);
}

Recognizer::Verdict ResidentNumberRecognizer::number(ScanJob& job, const NumberView& v) const
{
    const int start = v.start, end = v.end;
    const QStringView digits = v.digits;
    // 13 digits in the resident-number shape: RRN, alien number or corporate number.
    if (v.total == 13 && (v.shape({6, 7}) || v.count == 1) && (v.count == 1 || v.allSep)) {
        const bool hyphen = v.count == 2;
        const bool ctxCrn = job.hasContext(CtxCrn, start);
        const bool ctxRrn = job.hasContext(CtxRrn | CtxArn | CtxDob, start);
        const int sdigit = digits.at(6).unicode() - u'0';
        if (ctxCrn && !ctxRrn) {
            job.report(RCrn, start, end, Validators::crnChecksum(digits) ? 0.95 : 0.75);
            return Verdict::Taken;
        }
        if (Validators::rrnDateValid(digits)) {
            const bool alien = sdigit >= 5 && sdigit <= 8;
            double score = hyphen ? 0.8 : 0.65;
            if (alien ? Validators::arnChecksum(digits) : Validators::rrnChecksum(digits))
                score += 0.1;
            if (ctxRrn || (alien && job.hasContext(CtxArn, start)))
                score += 0.15;
            job.report(alien ? RAlien : RRrn, start, end, score);
            return Verdict::Taken;
        }
        if (Validators::crnChecksum(digits)) {
            job.report(RCrn, start, end, ctxCrn ? 0.9 : 0.6);
            return Verdict::Taken;
        }
        if (ctxRrn) {
            job.report(RRrn, start, end, 0.6);
            return Verdict::Taken;
        }
    }
    // A resident number with a digit lost or doubled (OCR), next to its context word.
    if ((v.shape({6, 6}) || v.shape({6, 8})) && v.allSep && job.hasContext(CtxRrn | CtxArn, start)) {
        job.report(RRrn, start, end, 0.55);
        return Verdict::Taken;
    }
    return Verdict::Next;
}

} // namespace quarry
