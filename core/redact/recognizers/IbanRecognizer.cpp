#include "redact/recognizers/IbanRecognizer.h"

#include "redact/ScanJob.h"
#include "redact/ScanTables.h"
#include "redact/Validators.h"

#include <vector>

namespace quarry {

using namespace scan;

void IbanRecognizer::attach(ScanTables& tables) const
{
    if (!tables.on[RIban])
        return;
    // Two capitals start an IBAN: the character loop stops at a capital followed by a capital.
    for (char16_t a = u'A'; a <= u'Z'; ++a) {
        tables.onCharacter({a}, this, false);
        for (char16_t b = u'A'; b <= u'Z'; ++b)
            tables.startPairs.add(a, b);
    }
}

bool IbanRecognizer::character(ScanJob& job, int i, int*) const
{
    // i: first of two capital letters followed by two digits.
    if (!(isUpper(job.at(i + 1)) && isDigit(job.at(i + 2)) && isDigit(job.at(i + 3)) &&
          !isAlnum(job.at(i - 1))))
        return false;
    const char16_t* s = job.text();
    const int n = job.size();
    QString compact;
    std::vector<int> endAt; // text position after each compact char
    int p = i;
    while (p < n && compact.size() < 34) {
        const char16_t c = s[p];
        if (isUpper(c) || isDigit(c)) {
            compact += QChar(c);
            endAt.push_back(p + 1);
            ++p;
        } else if (c == u' ' && p + 1 < n && (isUpper(s[p + 1]) || isDigit(s[p + 1])) && !compact.isEmpty()) {
            ++p;
        } else {
            break;
        }
    }
    for (qsizetype len = compact.size(); len >= 15; --len) {
        const int e = endAt[size_t(len - 1)];
        if (isAlnum(job.at(e)))
            continue;
        if (Validators::ibanValid(QStringView(compact).left(len))) {
            job.report(RIban, i, e, 0.95);
            return false;
        }
    }
    return false;
}

} // namespace quarry
