#include "redact/recognizers/CardRecognizer.h"

#include "redact/CardIssuers.h"
#include "redact/ScanJob.h"
#include "redact/ScanTables.h"
#include "redact/Validators.h"

namespace quarry {

using namespace scan;

void CardRecognizer::attach(ScanTables& tables) const
{
    tables.onNumber(this);
    if (tables.on[RCard])
        tables.onRunEnd(this);
}

Recognizer::Verdict CardRecognizer::number(ScanJob& job, const NumberView& v) const
{
    // Cards: 13-19 digits, Luhn. Groups of four may be separated by dots too (OCR reads a gap as
    // one: "4111 1111.1111 1111").
    const size_t count = v.count;
    const int total = v.total;
    if (total >= 13 && total <= 19 && (count == 1 || v.allSep || (count >= 3 && !v.anySlash))) {
        bool grouped = count == 1;
        if (count >= 3) {
            grouped = true;
            for (size_t k = 0; k + 1 < count; ++k)
                grouped = grouped && v.lens[k] == 4;
            grouped = grouped && v.lens[count - 1] >= 1 && v.lens[count - 1] <= 4;
        }
        if (v.shape({4, 6, 5}) || v.shape({4, 6, 4}))
            grouped = true;
        if (grouped && Validators::luhn(v.digits)) {
            double score = count == 1 ? ((total == 15 || total == 16) ? 0.8 : 0.6) : 0.9;
            if (job.hasContext(CtxCard, v.start))
                score += 0.1;
            job.report(RCard, v.start, v.end, score);
            return Verdict::Taken;
        }
        // A card number next to its context word whose check digit fails: one digit misread by
        // OCR or mistyped must not leave the other fifteen readable. Left for review.
        if (grouped && (total == 15 || total == 16) && job.hasContext(CtxCard, v.start)) {
            job.report(RCard, v.start, v.end, 0.6);
            return Verdict::Taken;
        }
    }
    return Verdict::Next;
}

void CardRecognizer::runEnd(ScanJob& job, DigitRun& run) const
{
    // A Luhn-valid number in an issuer's range and length next to a card word, whatever other shape
    // its digits also fit (a 13-digit Visa passes the corporate-number checksum).
    const int total = run.digitCount;
    if (total >= 13 && total <= 19 && CardIssuers::known(run.digits) && Validators::luhn(run.digits) &&
        job.hasContext(CtxCard, run.start))
        job.report(RCard, run.start, run.end, 0.95);
}

} // namespace quarry
