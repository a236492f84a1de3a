// libFuzzer target: the redaction scanner on arbitrary text (the bytes read as UTF-8, invalid
// sequences replaced as QString does), with the built-in rules. It must never crash or hang, and
// every detection must lie inside the text and quote it exactly.
#include "FuzzTargets.h"
#include "redact/RuleSet.h"
#include "redact/Scanner.h"

#include <QString>
#include <cstddef>
#include <cstdint>

int quarry::fuzz::scanner(const uint8_t* data, size_t size)
{
    static const quarry::RuleSet rules = quarry::RuleSet::defaults();
    static const quarry::Scanner scanner(rules);
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const quarry::Detection& d : scanner.scan(text)) {
        if (d.start < 0 || d.end <= d.start || d.end > text.size())
            __builtin_trap();
        if (d.text != text.mid(d.start, d.end - d.start))
            __builtin_trap();
        if (!(d.score >= quarry::Scanner::ReportThreshold && d.score <= 1.0))
            __builtin_trap();
    }
    // The normalised copy must keep offsets: same length as the original.
    if (quarry::Scanner::normalized(text).size() != text.size())
        __builtin_trap();
    return 0;
}
