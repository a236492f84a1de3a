#include "redact/recognizers/KrPhoneRecognizer.h"

#include "redact/ScanJob.h"
#include "redact/ScanTables.h"

namespace quarry {

using namespace scan;

void KrPhoneRecognizer::attach(ScanTables& tables) const
{
    tables.onNumber(this);
    if (tables.on[RPhone])
        tables.onRunEnd(this);
}

Recognizer::Verdict KrPhoneRecognizer::number(ScanJob& job, const NumberView& v) const
{
    if (v.anySlash || v.glued)
        return Verdict::Next;
    // Without +82 a Korean number begins with 0, or is 15xx/16xx/18xx-xxxx: most digit runs offered
    // (order numbers, codes) are neither, and need not have their national form made.
    if (!v.plus && v.digits.at(0) != u'0' && !(v.total == 8 && v.digits.at(0) == u'1'))
        return Verdict::Next;
    const bool plus = v.plus;
    const size_t count = v.count;
    const QStringView digits = v.digits;
    const int start = v.start;
    const int* lens = v.lens;
    // The national form on the stack: this runs for most long digit runs.
    char16_t natBuf[40];
    qsizetype natLen = 0;
    auto setNational = [&](bool zero, QStringView d) {
        natLen = 0;
        if (zero)
            natBuf[natLen++] = u'0';
        for (QChar qc : d)
            natBuf[natLen++] = qc.unicode();
    };
    setNational(false, digits);
    int prefixLen = lens[0];
    bool ok = true;
    if (plus) {
        if (lens[0] == 2 && count > 1) { // +82 10-1234-5678
            setNational(!digits.mid(2).startsWith(QLatin1Char('0')), digits.mid(2));
            prefixLen = lens[1] + 1;
        } else { // +821012345678
            setNational(true, digits.mid(2));
            prefixLen = int(natLen);
        }
    }
    const QStringView national(natBuf, natLen);
    const size_t firstBody = plus && lens[0] == 2 ? 1 : 0;
    const size_t bodyGroups = count - firstBody;
    const int nl = int(national.size());
    auto bodyOk = [&](int prefix) {
        if (bodyGroups == 1)
            return true;
        if (bodyGroups != 3 || prefixLen != prefix)
            return false;
        const int mid = lens[firstBody + 1], last = lens[firstBody + 2];
        return (mid == 3 || mid == 4) && last == 4;
    };
    int kind = 0; // 1 mobile, 2 seoul, 3 area, 4 voip, 5 representative
    if (national.startsWith(QLatin1String("01")) && (nl == 10 || nl == 11) &&
        QStringLiteral("016789").contains(national.at(2)) && bodyOk(3))
        kind = 1;
    else if (national.startsWith(QLatin1String("02")) && (nl == 9 || nl == 10) && bodyOk(2))
        kind = 2;
    else if (national.at(0) == u'0' && national.at(1) >= u'3' && national.at(1) <= u'6' &&
             national.at(2) >= u'1' && national.at(2) <= u'5' && (nl == 10 || nl == 11) && bodyOk(3))
        kind = 3;
    else if ((national.startsWith(QLatin1String("070")) || national.startsWith(QLatin1String("050"))) &&
             (nl == 11 || nl == 12) && (bodyGroups == 1 || bodyGroups == 3))
        kind = 4;
    else if (!plus && nl == 8 &&
             (national.startsWith(QLatin1String("15")) || national.startsWith(QLatin1String("16")) ||
              national.startsWith(QLatin1String("18"))) &&
             ((count == 2 && lens[0] == 4 && v.sepAt(0) == u'-') || job.hasContext(CtxPhone, start)))
        kind = 5;
    else
        ok = false;
    // An unseparated number next to account or insurance words is that, not a phone.
    if (ok && kind != 0 && bodyGroups == 1 && !plus && job.hasContext(CtxHealth | CtxAccount, start) &&
        !job.hasContext(CtxPhone, start))
        ok = false;
    if (ok && kind != 0) {
        const bool context = job.hasContext(CtxPhone, start);
        double score = bodyGroups == 1 ? (kind == 1 ? 0.8 : 0.6) : 0.85;
        if (context)
            score += 0.1;
        int st = start;
        if (plus)
            st = start - (job.at(start - 1) == u'+' ? 1 : 2);
        job.report(RPhone, st, v.end, score);
        return Verdict::Taken;
    }
    return Verdict::Next;
}

void KrPhoneRecognizer::runEnd(ScanJob& job, DigitRun& run) const
{
    if (!run.paren)
        return;
    // "(02) 3623 6283": the area code's bracket belongs to the number.
    std::vector<ScanJob::Cand>& out = job.candidates();
    for (size_t k = run.outBefore; k < out.size(); ++k)
        if (out[k].rule == RPhone && out[k].start == run.start)
            out[k].start = run.start - 1;
}

} // namespace quarry
