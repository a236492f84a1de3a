#include "redact/recognizers/DriverLicenceRecognizer.h"

#include "redact/ScanJob.h"
#include "redact/ScanTables.h"
#include "redact/Validators.h"

#include <QStringList>

namespace quarry {

using namespace scan;

void DriverLicenceRecognizer::attach(ScanTables& tables) const
{
    tables.onNumber(this);
}

Recognizer::Verdict DriverLicenceRecognizer::number(ScanJob& job, const NumberView& v) const
{
    const int start = v.start, end = v.end;
    // Driver's licence: RR-YY-NNNNNN-CC, or region name + YY-NNNNNN-CC.
    if (v.total == 12 && (v.shape({2, 2, 6, 2}) || v.count == 1) && (v.count == 1 || v.allSep)) {
        const int region = digitsToInt(v.digits.left(2));
        if (Validators::driverRegionValid(region) && (v.count == 4 || job.hasContext(CtxDriver, start))) {
            job.report(RDriver, start, end, job.hasContext(CtxDriver, start) ? 0.95 : 0.85);
            return Verdict::Taken;
        }
        // The region code misread: the shape and the context word still say what it is.
        if (v.count == 4 && job.hasContext(CtxDriver, start)) {
            job.report(RDriver, start, end, 0.6);
            return Verdict::Taken;
        }
    }
    if (v.total == 10 && v.shape({2, 6, 2}) && v.allSep) {
        static const QStringList regions = {
            QStringLiteral("서울"), QStringLiteral("부산"), QStringLiteral("경기"), QStringLiteral("강원"),
            QStringLiteral("충북"), QStringLiteral("충남"), QStringLiteral("전북"), QStringLiteral("전남"),
            QStringLiteral("경북"), QStringLiteral("경남"), QStringLiteral("제주"), QStringLiteral("대구"),
            QStringLiteral("인천"), QStringLiteral("광주"), QStringLiteral("대전"), QStringLiteral("울산")};
        int b = start;
        if (job.at(b - 1) == u' ')
            --b;
        if (b >= 2) {
            const QString name = QString::fromUtf16(job.text() + b - 2, 2);
            if (regions.contains(name)) {
                job.report(RDriver, b - 2, end, 0.9);
                return Verdict::Taken;
            }
        }
    }
    return Verdict::Next;
}

} // namespace quarry
