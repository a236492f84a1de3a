#include "redact/recognizers/PassportRecognizer.h"

#include "redact/ScanJob.h"
#include "redact/ScanTables.h"

namespace quarry {

using namespace scan;

void PassportRecognizer::attach(ScanTables& tables) const
{
    // Always: a run after a capital letter is nobody else's, whether passports are looked for or not.
    tables.onRunStart(this);
}

int PassportRecognizer::runStart(ScanJob& job, const DigitRun& run) const
{
    const int runStart = run.start;
    const char16_t letter = job.at(runStart - 1);
    if (!isUpper(letter))
        return -1;
    const int runEnd = (*run.groups).front().second;
    if (!job.tables().on[RPassport] || isAlnum(job.at(runStart - 2)))
        return runEnd;
    const int digits = runEnd - runStart;
    const bool context = job.hasContext(CtxPassport, runStart - 1);
    static const QString kLetters = QStringLiteral("MSRODG");
    const bool typical = kLetters.contains(QChar(letter));
    if (digits == 8 && !isAlnum(job.at(runEnd)) && (typical || context)) {
        job.report(RPassport, runStart - 1, runEnd, context ? 0.95 : 0.7);
    } else if (digits == 3 && isUpper(job.at(runEnd)) && (typical || context)) {
        // Since 2021: letter, 3 digits, letter, 4 digits.
        const int n = job.size();
        int e = runEnd + 1;
        while (e < n && isDigit(job.text()[e]) && e - runEnd - 1 < 5)
            ++e;
        if (e - runEnd - 1 == 4 && !isAlnum(job.at(e)))
            job.report(RPassport, runStart - 1, e, context ? 0.95 : 0.7);
    }
    return runEnd;
}

} // namespace quarry
