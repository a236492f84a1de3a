#pragma once

#include <QStringView>
#include <vector>

namespace quarry {

// Names written without a title or a roster ("My name is Rubija", "Krisztián Szöllösy listed …",
// "김민준이 작성한 …"). English: capitalised words scored by public-domain given-name and surname
// lists (resources/names), initials, diacritics and the words before them ("name is", "Dear",
// "signed by", "patient", "Regards,"). Korean: a surname from the census list, a given name whose
// syllables are common in given names, and the particle after it (님, 씨, 은/는/이/가/의/에게 …).
// Evidence from the lists alone scores below ReviewScore, so such names wait for a reviewer even
// where detections are accepted automatically from that score.
class NameFinder
{
public:
    struct Hit
    {
        int start = 0; // UTF-16 offsets into the text
        int end = 0;
        double score = 0.0;
        bool korean = false;
    };
    // Names from the lists or their particles alone stay below this score.
    static constexpr double ReviewScore = 0.8;

    // How find() looks for the places it reads (capitals, Hangul word starts): one unit at a time,
    // 8 with SSE2, 16 with AVX2. find() takes the widest the CPU has; the others stay for CPUs
    // without it and for tests, which check that all of them agree.
    enum class Scan
    {
        Scalar,
        Sse2,
        Avx2
    };

    static void find(QStringView text, std::vector<Hit>& out);
    // With the given scan (one the CPU lacks falls back to SSE2 or to the scalar one).
    static void find(QStringView text, std::vector<Hit>& out, Scan scan);
    // The first position at or after `from` that find() reads (text.size() if there is none).
    static int nextCandidate(QStringView text, int from, Scan scan);
    // The widest scan this CPU runs.
    static Scan bestScan();
    // Whether `c` is a syllable common in Korean given names (resources/names/ko-given-syllables.txt).
    static bool isGivenNameSyllable(char16_t c);
    // Whether `c` is a one-syllable surname, or `w` (two syllables) a two-syllable one
    // (resources/names/ko-surnames.txt): the one list every Korean name rule asks.
    static bool isSurname(char16_t c);
    static bool isSurname2(QStringView w);
};

} // namespace quarry
