#include "redact/recognizers/IntlPhoneRecognizer.h"

#include "redact/PhoneFinder.h"
#include "redact/ScanJob.h"
#include "redact/ScanTables.h"

namespace quarry {

using namespace scan;

void IntlPhoneRecognizer::attach(ScanTables& tables) const
{
    if (tables.on[RIntlPhone])
        tables.onRunStart(this);
    tables.onNumber(this);
}

int IntlPhoneRecognizer::runStart(ScanJob& job, const DigitRun& run) const
{
    const int i = run.start;
    if (!run.plus || (job.at(i) == u'8' && job.at(i + 1) == u'2') ||
        !(run.total < 8 || PhoneFinder::continuesAfter(QStringView(job.text(), job.size()), run.end)))
        return -1;
    const int plusPos = job.at(i - 1) == u'+' ? i - 1 : i - 2;
    PhoneFinder::Hit hit;
    if (!PhoneFinder::findAt(QStringView(job.text(), job.size()), plusPos, run.end, &hit))
        return -1;
    job.report(RIntlPhone, hit.start, hit.end, job.hasContext(CtxPhone, plusPos) ? 0.97 : 0.9);
    return hit.end > 0 ? hit.end : -1;
}

Recognizer::Verdict IntlPhoneRecognizer::number(ScanJob& job, const NumberView& v) const
{
    // International phones: +CC … (+82 is Korean: KrPhoneRecognizer's).
    if (!v.plus || v.digits.startsWith(QLatin1String("82")))
        return Verdict::Next;
    if (v.total >= 8 && v.total <= 15 && !v.anySlash) {
        job.report(RIntlPhone, v.start - (job.at(v.start - 1) == u'+' ? 1 : 2), v.end,
                   job.hasContext(CtxPhone, v.start) ? 0.95 : 0.85);
        return Verdict::Taken;
    }
    return Verdict::Refused;
}

} // namespace quarry
