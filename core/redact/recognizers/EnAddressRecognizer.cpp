#include "redact/recognizers/EnAddressRecognizer.h"

#include "redact/ScanJob.h"
#include "redact/ScanTables.h"

namespace quarry {

using namespace scan;

EnAddressRecognizer::EnAddressRecognizer()
    : m_address(QStringLiteral(
          "\\d{1,5}\\s+(?:[A-Z][a-zA-Z]+\\.?\\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|"
          "Drive|Dr|"
          "Court|Ct|Way|Place|Pl|Terrace|Parkway|Pkwy|Highway|Hwy|Square|Sq)\\b\\.?"
          "(?:,?\\s+(?:Apt|Apartment|Suite|Ste|Unit|Floor|Fl|#)\\.?\\s*#?[0-9A-Za-z-]+)?"
          "(?:,\\s*[A-Z][a-zA-Z]+(?:\\s[A-Z][a-zA-Z]+){0,2}(?:,\\s*[A-Z]{2}(?:\\s+\\d{5}(?:-\\d{4})?)?)?)?"))
{
    m_address.optimize();
}

void EnAddressRecognizer::attach(ScanTables& tables) const
{
    if (tables.on[RAddressEn])
        tables.onRunStart(this);
}

int EnAddressRecognizer::runStart(ScanJob& job, const DigitRun& run) const
{
    const Groups& groups = *run.groups;
    const int runStart = run.start;
    if (groups.size() != 1 || groups[0].second - runStart > 5 || job.at(run.end) != u' ' ||
        !isUpper(job.at(run.end + 1)) || isAlnum(job.at(runStart - 1)))
        return -1;
    const QRegularExpressionMatch m =
        m_address.match(job.window(runStart, 200), 0, QRegularExpression::NormalMatch,
                        QRegularExpression::AnchorAtOffsetMatchOption);
    if (m.hasMatch())
        job.report(RAddressEn, runStart, runStart + int(m.capturedEnd()), 0.85);
    return -1;
}

} // namespace quarry
