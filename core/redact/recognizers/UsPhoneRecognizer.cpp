#include "redact/recognizers/UsPhoneRecognizer.h"

#include "redact/ScanJob.h"
#include "redact/ScanTables.h"

namespace quarry {

using namespace scan;

void UsPhoneRecognizer::attach(ScanTables& tables) const
{
    tables.onNumber(this);
}

Recognizer::Verdict UsPhoneRecognizer::number(ScanJob& job, const NumberView& v) const
{
    // US-style phone (415) 555-0132, 415-555-0132.
    if (v.total == 10 && v.shape({3, 3, 4}) && (v.allSep || v.allDot) && v.digits.at(0) != u'0' &&
        v.digits.at(0) != u'1') {
        job.report(RIntlPhone, v.paren ? v.start - 1 : v.start, v.end,
                   job.hasContext(CtxPhone, v.start) ? 0.85 : 0.6);
        return Verdict::Taken;
    }
    return Verdict::Next;
}

} // namespace quarry
