#include "redact/recognizers/Ipv6Recognizer.h"

#include "redact/ScanJob.h"
#include "redact/ScanTables.h"

namespace quarry {

using namespace scan;

void Ipv6Recognizer::attach(ScanTables& tables) const
{
    if (tables.on[RIpv6])
        tables.onCharacter({u':'}, this);
}

bool Ipv6Recognizer::character(ScanJob& job, int colon, int* resume) const
{
    // The colons of one address are looked at once: the next call comes after its end.
    const char16_t* s = job.text();
    const int n = job.size();
    int b = colon;
    while (b > 0 && (isHex(s[b - 1]) || s[b - 1] == u':'))
        --b;
    int e = colon;
    while (e < n && (isHex(s[e]) || s[e] == u':'))
        ++e;
    *resume = e;
    if (isAlnum(job.at(b - 1)) || isAlnum(job.at(e)) || job.at(e) == u'.' || e - b < 3)
        return false;
    while (e > b && s[e - 1] == u':' && !(e - 2 >= b && s[e - 2] == u':'))
        --e;
    *resume = e;
    const QStringView v(s + b, e - b);
    const qsizetype dbl = v.indexOf(QLatin1String("::"));
    if (dbl >= 0 && v.indexOf(QLatin1String("::"), dbl + 1) >= 0)
        return false;
    int groups = 0, nonEmpty = 0;
    bool ok = true;
    for (QStringView part : v.split(u':')) {
        ++groups;
        if (part.isEmpty())
            continue;
        ++nonEmpty;
        ok = ok && part.size() <= 4;
    }
    if (!ok)
        return false;
    if (dbl < 0 ? (groups == 8) : (nonEmpty >= 2 && nonEmpty <= 7 && v.size() >= 6))
        job.report(RIpv6, b, e, job.hasContext(CtxIp, b) ? 0.95 : 0.85);
    return false;
}

} // namespace quarry
