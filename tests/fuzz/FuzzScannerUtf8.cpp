// libFuzzer target: Scanner::scanUtf8, what the export's final scan runs on a record's texts as
// they come out of SQLite (UTF-8 pieces, decoded in place, never a QString per piece). The input
// is cut into up to eight pieces (the first byte says how many, the next ones where), so that
// sequences split across pieces, invalid bytes and the fallback to QString::fromUtf8 are all
// reached. The detections must equal Scanner::scan's on the decoded concatenation, field by field
// and in the same order: the fast path may not find more, less or elsewhere.
#include "FuzzTargets.h"
#include "redact/RuleSet.h"
#include "redact/Scanner.h"

#include <QByteArrayView>
#include <QString>
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

int quarry::fuzz::scannerUtf8(const uint8_t* data, size_t size)
{
    static const quarry::RuleSet rules = quarry::RuleSet::defaults();
    static const quarry::Scanner scanner(rules);
    if (size == 0)
        return 0;
    const size_t pieces = size_t(data[0] % 8) + 1;
    const size_t header = std::min(size, pieces); // byte 0 and pieces - 1 cut positions
    const auto* text = reinterpret_cast<const char*>(data + header);
    const size_t len = size - header;
    std::vector<size_t> cuts{0, len};
    for (size_t i = 1; i < header; ++i)
        cuts.push_back(len * data[i] / 256);
    std::sort(cuts.begin(), cuts.end());
    std::vector<QByteArrayView> views;
    for (size_t i = 0; i + 1 < cuts.size(); ++i)
        views.emplace_back(text + cuts[i], qsizetype(cuts[i + 1] - cuts[i]));

    QString buffer;
    const QList<quarry::Detection> fast = scanner.scanUtf8(views.data(), qsizetype(views.size()), buffer);
    const QList<quarry::Detection> plain = scanner.scan(QString::fromUtf8(text, qsizetype(len)));
    if (fast.size() != plain.size())
        __builtin_trap();
    for (qsizetype i = 0; i < fast.size(); ++i) {
        // operator== compares span, type, rule and text; the score must agree too.
        if (!(fast[i] == plain[i]) || fast[i].score != plain[i].score)
            __builtin_trap();
    }
    return 0;
}
