#include "redact/KoreanCommonWords.h"

#include <QString>
#include <QStringList>
#include <algorithm>
#include <vector>

namespace quarry {

namespace namelists {
// Generated from resources/names/*.txt by core/redact/CMakeLists.txt.
extern const char* const koCommonWords;
} // namespace namelists

namespace {

// Up to four UTF-16 units and the length in one integer: look-ups without allocation.
quint64 pack(QStringView w)
{
    quint64 k = quint64(w.size()) << 60;
    for (qsizetype i = 0; i < w.size() && i < 4; ++i)
        k |= quint64(w.at(i).unicode() & 0x7FFF) << (15 * i);
    return k;
}

// Sorted packed words; Hangul syllables (U+AC00..U+D7A3) keep their identity in 15 bits.
const std::vector<quint64>& words()
{
    static const std::vector<quint64> list = [] {
        std::vector<quint64> out;
        for (const QString& line : QString::fromUtf8(namelists::koCommonWords).split(QLatin1Char('\n'))) {
            const QString w = line.trimmed();
            if (w.size() >= 2 && w.size() <= 4 && !w.startsWith(QLatin1Char('#')))
                out.push_back(pack(w));
        }
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }();
    return list;
}

bool hangulOnly(QStringView w)
{
    return std::all_of(w.begin(), w.end(),
                       [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; });
}

} // namespace

bool KoreanCommonWords::contains(QStringView word)
{
    if (word.size() < 2 || word.size() > 4 || !hangulOnly(word))
        return false;
    const std::vector<quint64>& list = words();
    return std::binary_search(list.begin(), list.end(), pack(word));
}

bool KoreanCommonWords::containsWithSuffix(QStringView word)
{
    // Suffixes that make a noun of a noun (書 document, 別 per, 員 member, 者 person, 用 for, 化,
    // 性, 的, 長, 室, 所, 費, 率, 表, 品, 機/器, 線/船, 家) and the particles a noun takes.
    static const QString suffixes =
        QStringLiteral("서별원자용화성적장실소비율표품기선가이은는을를의에와과도");
    return word.size() >= 3 && suffixes.contains(word.back()) && contains(word.chopped(1));
}

} // namespace quarry
