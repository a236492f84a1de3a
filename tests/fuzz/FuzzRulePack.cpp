// libFuzzer target: a rule pack (JSON) from outside, as `quarry-cli rules import` or the GUI would
// read it. fromJson may reject the text with a quarry::Error but must never crash or hang; a rule
// set it accepts must build a Scanner, scan text, and survive a toJson()/fromJson() round trip
// with the same rules. Seeds: tests/fuzz/corpus/rulepack/.
#include "FuzzTargets.h"
#include "redact/RuleSet.h"
#include "redact/Scanner.h"
#include "util/Error.h"

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>

int quarry::fuzz::rulePack(const uint8_t* data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    try {
        const quarry::RuleSet rules = quarry::RuleSet::fromJson(json, QStringLiteral("fuzz"));
        const quarry::Scanner scanner(rules);
        const QString text = QStringLiteral("홍길동 010-1234-5678 900101-1234567 jane@example.com 서울시 강남구 "
                                            "테헤란로 1 ACME-2024-0001 Jane Doe");
        for (const quarry::Detection& d : scanner.scan(text))
            if (d.start < 0 || d.end <= d.start || d.end > text.size())
                __builtin_trap();
        const quarry::RuleSet again = quarry::RuleSet::fromJson(rules.toJson(), QStringLiteral("round trip"));
        if (again.rules().size() != rules.rules().size())
            __builtin_trap();
    } catch (const quarry::Error&) {
        // Not a rule pack: the expected answer.
    }
    return 0;
}
