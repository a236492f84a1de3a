#include "redact/recognizers/Ipv4Recognizer.h"

#include "redact/ScanJob.h"
#include "redact/ScanTables.h"

namespace quarry {

using namespace scan;

void Ipv4Recognizer::attach(ScanTables& tables) const
{
    tables.onNumber(this);
}

Recognizer::Verdict Ipv4Recognizer::number(ScanJob& job, const NumberView& v) const
{
    if (v.count != 4 || !v.allDot)
        return Verdict::Next;
    bool ok = true;
    for (size_t k = 0; k < 4; ++k)
        ok = ok && v.lens[k] <= 3 && v.groupInt(k) <= 255;
    const Groups& groups = *v.groups;
    const Seps& seps = *v.seps;
    const bool versionLike = (v.first + 4 < groups.size() && seps[v.first + 3] == u'.') ||
                             (v.first > 0 && seps[v.first - 1] == u'.');
    if (ok && !versionLike && !isAsciiLetter(job.at(v.start - 1)) && !isAsciiLetter(job.at(v.end))) {
        job.report(RIpv4, v.start, v.end, job.hasContext(CtxIp, v.start) ? 0.95 : 0.85);
        return Verdict::Taken;
    }
    return Verdict::Next;
}

} // namespace quarry
