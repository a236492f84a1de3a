#include "redact/recognizers/EnglishTitleNameRecognizer.h"

#include "redact/ScanJob.h"
#include "redact/ScanTables.h"

#include <QStringList>

namespace quarry {

using namespace scan;

void EnglishTitleNameRecognizer::attach(ScanTables& tables) const
{
    if (!tables.on[RPersonEn])
        return;
    tables.onRole(Role::TitleEn, this);
    tables.onRole(Role::LabelEn, this);
}

void EnglishTitleNameRecognizer::keyword(ScanJob& job, int a, int te, const Keyword& k) const
{
    if (isAsciiLetter(job.at(a - 1)))
        return;
    const bool label = k.role == Role::LabelEn;
    const char16_t* s = job.text();
    const int n = job.size();
    auto at = [&](int i) { return job.at(i); };
    int p = te;
    while (p < n && (s[p] == u' ' || s[p] == u':' || s[p] == u'\t'))
        ++p;
    if (p == te && !label && at(te - 1) != u'.' && at(te - 1) != u' ')
        return;
    static const QStringList stop = {
        QStringLiteral("Sir"),     QStringLiteral("Madam"),  QStringLiteral("Customer"),
        QStringLiteral("Team"),    QStringLiteral("All"),    QStringLiteral("The"),
        QStringLiteral("This"),    QStringLiteral("Please"), QStringLiteral("Colleagues"),
        QStringLiteral("Valued"),  QStringLiteral("Hiring"), QStringLiteral("Manager"),
        QStringLiteral("Unknown"), QStringLiteral("None"),   QStringLiteral("Name"),
        QStringLiteral("Patient"), QStringLiteral("Doctor")};
    int words = 0;
    int fullWords = 0;
    int end = p;
    int q = p;
    while (words < 3 && q < n && isUpper(s[q])) {
        int r = q + 1;
        while (r < n &&
               (isLower(s[r]) || ((s[r] == u'\'' || s[r] == u'-') && isUpper(at(r + 1))) || isUpper(s[r])))
            ++r;
        const int wordLen = r - q;
        if (wordLen == 1 && at(r) == u'.') {
            ++r; // an initial
        } else if (wordLen < 2 || (wordLen > 1 && isUpper(s[q + 1]) && !isLower(at(q + 2)) && wordLen > 2)) {
            break; // an acronym, not a name
        } else {
            if (words == 0 && stop.contains(QString::fromUtf16(s + q, wordLen)))
                return;
            ++fullWords;
        }
        ++words;
        end = r;
        if (at(r) == u' ' && isUpper(at(r + 1)))
            q = r + 1;
        else
            break;
    }
    if (fullWords == 0)
        return;
    if (label && fullWords < 2 && !isLower(at(te - 2)))
        job.report(RPersonEn, p, end, 0.6);
    else
        job.report(RPersonEn, p, end, label ? 0.7 : 0.85);
}

} // namespace quarry
