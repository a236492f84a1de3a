#include "redact/recognizers/EmailRecognizer.h"

#include "redact/ScanJob.h"
#include "redact/ScanTables.h"

namespace quarry {

using namespace scan;

void EmailRecognizer::attach(ScanTables& tables) const
{
    if (tables.on[REmail])
        tables.onCharacter({u'@'}, this);
}

bool EmailRecognizer::character(ScanJob& job, int atPos, int*) const
{
    const char16_t* s = job.text();
    const int n = job.size();
    auto localChar = [](char16_t c) {
        return isAlnum(c) || c == u'.' || c == u'_' || c == u'%' || c == u'+' || c == u'-';
    };
    int b = atPos;
    while (b > 0 && localChar(s[b - 1]) && atPos - b < 64)
        --b;
    while (b < atPos && (s[b] == u'.' || s[b] == u'-'))
        ++b;
    if (b == atPos)
        return false;
    int e = atPos + 1;
    int lastDot = -1;
    while (e < n && (isAlnum(s[e]) || s[e] == u'-' || (s[e] == u'.' && isAlnum(job.at(e + 1))))) {
        if (s[e] == u'.')
            lastDot = e;
        ++e;
    }
    if (lastDot < 0 || e - lastDot - 1 < 2)
        return false;
    for (int k = lastDot + 1; k < e; ++k)
        if (!isAsciiLetter(s[k]))
            return false;
    job.report(REmail, b, e, job.hasContext(CtxEmail, b) ? 1.0 : 0.95);
    return false;
}

} // namespace quarry
