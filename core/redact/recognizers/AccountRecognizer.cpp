#include "redact/recognizers/AccountRecognizer.h"

#include "redact/AccountLayouts.h"
#include "redact/ScanJob.h"
#include "redact/ScanTables.h"

namespace quarry {

using namespace scan;

void AccountRecognizer::attach(ScanTables& tables) const
{
    tables.onNumber(this);
    if (tables.on[RAccount])
        tables.onRunEnd(this);
}

bool AccountRecognizer::codeLabel(const ScanJob& job, int start)
{
    return job.at(start - 1) == u'-' || job.at(start - 1) == u'/' ||
           AccountLayouts::codeLabelBefore(QStringView(job.text(), job.size()).left(start));
}

Recognizer::Verdict AccountRecognizer::number(ScanJob& job, const NumberView& v) const
{
    // Only next to their context words; phones and resident numbers were taken before.
    if (v.total >= 10 && v.total <= 14 && v.count <= 4 && (v.count == 1 || v.allSep) &&
        job.hasContext(CtxAccount, v.start, 64)) {
        bool groupsOk = true;
        for (size_t k = 0; k < v.count; ++k)
            groupsOk = groupsOk && v.lens[k] >= 2;
        if (groupsOk) {
            job.report(RAccount, v.start, v.end, 0.85);
            return Verdict::Taken;
        }
    }
    return Verdict::Next;
}

void AccountRecognizer::runEnd(ScanJob& job, DigitRun& run) const
{
    // A bank's printed layout is an account, next to its context words (bank names among them)
    // almost surely, without them still worth a review; with the context words any hyphenated
    // 10-14 digits are, and the plain digits too.
    const int total = run.digitCount;
    const int count = int(run.groups->size());
    const int start = run.start;
    if (total < 10 || total > 14 || !(count == 1 || run.hyphens) ||
        (count == 2 && run.lens[0] == 6 && run.lens[1] == 7))
        return;
    const bool layout = count >= 2 && AccountLayouts::matches(run.lens, count, run.digits);
    run.accountLayout = layout;
    const bool ctx = (layout || count <= 5) && job.hasContext(CtxAccount, start, 64);
    if (layout) {
        if (ctx)
            job.report(RAccount, start, run.end, 0.95);
        else if (!codeLabel(job, start))
            job.report(RAccount, start, run.end, 0.6);
    } else if (ctx && count <= 5) {
        if (count > 1)
            job.report(RAccount, start, run.end, 0.85);
        else if (!job.hasContext(CtxRrn | CtxArn | CtxCrn | CtxHealth | CtxCard | CtxPhone, start))
            job.report(RAccount, start, run.end, 0.9);
    }
}

} // namespace quarry
