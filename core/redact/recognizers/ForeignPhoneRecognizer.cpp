#include "redact/recognizers/ForeignPhoneRecognizer.h"

#include "redact/PhoneFinder.h"
#include "redact/ScanJob.h"
#include "redact/ScanTables.h"
#include "redact/recognizers/AccountRecognizer.h"

namespace quarry {

using namespace scan;

void ForeignPhoneRecognizer::attach(ScanTables& tables) const
{
    if (tables.on[RIntlPhone])
        tables.onRunEnd(this);
}

void ForeignPhoneRecognizer::runEnd(ScanJob& job, DigitRun& run) const
{
    // Unless the run is already taken for sure, is a bank's account layout (hyphenated Korean
    // accounts are often valid British numbers) or a code. The shapes PhoneFinder can accept: ten
    // North American digits (eleven with the 1), or a trunk '0' and 8-13 digits.
    const int total = run.digitCount;
    const int count = int(run.groups->size());
    const int start = run.start;
    const QStringView digits = run.digits;
    const bool phoneShape = (total == 10 && digits.at(0) >= u'2') || (total == 11 && digits.at(0) == u'1') ||
                            (digits.at(0) == u'0' && total >= 8);
    if (run.plus || run.accountLayout || run.best >= 0.85 || total < 7 || total > 12 ||
        !(count >= 2 || run.paren) || !phoneShape || AccountRecognizer::codeLabel(job, start))
        return;
    PhoneFinder::Hit hit;
    // Next to another identifier's context word ("사업자등록번호 072-39-44970" with a misread check
    // digit) the number is that identifier, flagged by its own rule for review.
    if (PhoneFinder::findAt(QStringView(job.text(), job.size()), run.paren ? start - 1 : start, run.end,
                            &hit)) {
        if (job.hasContext(CtxPhone, start))
            job.report(RIntlPhone, hit.start, hit.end, 0.95);
        else if (!job.hasContext(CtxRrn | CtxArn | CtxBrn | CtxCrn | CtxHealth | CtxCard | CtxPassport |
                                     CtxDriver | CtxSsn,
                                 start))
            job.report(RIntlPhone, hit.start, hit.end, 0.85);
    }
}

} // namespace quarry
