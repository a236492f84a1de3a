#include "redact/recognizers/DateOfBirthRecognizer.h"

#include "redact/ScanJob.h"
#include "redact/ScanTables.h"
#include "redact/Validators.h"

namespace quarry {

using namespace scan;

DateOfBirthRecognizer::DateOfBirthRecognizer()
    : m_dob(QStringLiteral(
                "(?:(?:19|20)\\d{2}\\s*[-./년]\\s*\\d{1,2}\\s*[-./월]\\s*\\d{1,2}(?:\\s*일)?)"
                "|(?:\\d{1,2}[-./]\\d{1,2}[-./](?:19|20)\\d{2})"
                "|(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|"
                "nd|rd|th)?,?\\s+(?:19|20)\\d{2})"
                "|(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)["
                "a-z]*\\.?,?\\s+(?:19|20)\\d{2})"
                "|(?:(?<!\\d)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])(?![\\d-]))"),
            QRegularExpression::CaseInsensitiveOption)
{
    m_dob.optimize();
}

void DateOfBirthRecognizer::attach(ScanTables& tables) const
{
    tables.onNumber(this);
    if (tables.on[RDob])
        tables.onRole(Role::Context, this);
}

Recognizer::Verdict DateOfBirthRecognizer::number(ScanJob&, const NumberView& v) const
{
    // Dates are consumed so that their parts are not read as anything else (keyword() reports
    // dates of birth from their context words).
    const size_t count = v.count;
    if (count == 3 && (v.anyDot || v.anySlash || v.allSep)) {
        if (v.lens[0] == 4 && v.lens[1] <= 2 && v.lens[2] <= 2 &&
            Validators::dateValid(digitsToInt(v.digits.left(4)), v.groupInt(1), v.groupInt(2)))
            return Verdict::Taken;
        if (v.lens[2] == 4 && v.lens[0] <= 2 && v.lens[1] <= 2 && (v.anyDot || v.anySlash))
            return Verdict::Taken;
        if (v.shape({2, 2, 2}) && v.anyDot)
            return Verdict::Taken;
    }
    if (count == 2 && v.lens[0] == 4 && v.lens[1] <= 2 && (v.anyDot || v.anySlash || v.sepAt(0) == u'-') &&
        v.groupInt(1) <= 12 && digitsToInt(v.digits.left(2)) >= 19 && digitsToInt(v.digits.left(2)) <= 20 &&
        v.lens[1] == 2)
        return Verdict::Taken; // 2024-03, 2024.03
    return Verdict::Next;
}

void DateOfBirthRecognizer::keyword(ScanJob& job, int a, int b, const Keyword& k) const
{
    // ASCII context words must start a word ("ip" not inside "ship").
    if (isAsciiLetter(job.at(a)) && isAsciiLetter(job.at(a - 1)))
        return;
    if (!(k.mask & CtxDob))
        return;
    // Only the next few characters are searched: an unbounded search from every context word
    // would cost the rest of the text each time.
    const int from = b;
    const QRegularExpressionMatch m = m_dob.match(job.window(from, 64));
    if (!m.hasMatch() || m.capturedStart() > 24)
        return;
    const int st = from + int(m.capturedStart()), en = from + int(m.capturedEnd());
    if (isDigit(job.at(st - 1)) || isDigit(job.at(en)))
        return;
    for (int i = from; i < st; ++i)
        if (job.text()[i] == u'\n')
            return;
    job.report(RDob, st, en, 0.85);
}

} // namespace quarry
