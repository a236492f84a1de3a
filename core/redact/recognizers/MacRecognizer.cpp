#include "redact/recognizers/MacRecognizer.h"

#include "redact/ScanJob.h"
#include "redact/ScanTables.h"

namespace quarry {

using namespace scan;

void MacRecognizer::attach(ScanTables& tables) const
{
    if (tables.on[RMac])
        tables.onCharacter({u':', u'-'}, this);
}

bool MacRecognizer::character(ScanJob& job, int sepPos, int*) const
{
    const char16_t* s = job.text();
    const int n = job.size();
    const char16_t sep = s[sepPos];
    const int b = sepPos - 2;
    if (b < 0 || !isHex(s[b]) || !isHex(s[b + 1]) || isAlnum(job.at(b - 1)) || job.at(b - 1) == sep)
        return false;
    if (b + 17 > n)
        return false;
    for (int k = 0; k < 17; ++k) {
        const char16_t c = s[b + k];
        if (k % 3 == 2 ? c != sep : !isHex(c))
            return false;
    }
    if (isAlnum(job.at(b + 17)) || (job.at(b + 17) == sep && isHex(job.at(b + 18))))
        return false;
    job.report(RMac, b, b + 17, 0.9);
    return false;
}

} // namespace quarry
