#pragma once

#include <QStringView>

namespace quarry {

// Ordinary Korean words that have the shape of a name: a surname syllable followed by syllables
// common in given names (부서, 구성원, 지원서, 연기자). Korean text is full of them, and without a
// title or an honorific nothing else tells them from a name, so the name recognizers ask here
// before they report one. The list (resources/names/ko-common-words.txt) comes from the Korean
// Hunspell dictionary, which holds common words and no personal names.
class KoreanCommonWords
{
public:
    // Whether `word` (Hangul, two to four syllables) is such a word.
    static bool contains(QStringView word);
    // Whether `word` is such a word with one syllable more that is a noun suffix or a particle
    // glued on: 기준서 (기준 + 서 "document"), 부서별 ("per department"), 경보가 ("the alarm"). Names
    // of that shape exist (전우서), so only weak evidence should be dropped by this.
    static bool containsWithSuffix(QStringView word);
};

} // namespace quarry
