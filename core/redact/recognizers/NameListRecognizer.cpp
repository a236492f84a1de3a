#include "redact/recognizers/NameListRecognizer.h"

#include "redact/NameFinder.h"
#include "redact/ScanJob.h"
#include "redact/ScanTables.h"

#include <vector>

namespace quarry {

using namespace scan;

void NameListRecognizer::attach(ScanTables& tables) const
{
    if (tables.on[RPersonEn] || tables.on[RPersonKr])
        tables.onText(this);
}

void NameListRecognizer::text(ScanJob& job) const
{
    std::vector<NameFinder::Hit> hits;
    NameFinder::find(QStringView(job.text(), job.size()), hits);
    for (const NameFinder::Hit& h : hits)
        job.report(h.korean ? RPersonKr : RPersonEn, h.start, h.end, h.score);
}

} // namespace quarry
