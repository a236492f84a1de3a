#pragma once

#include "redact/KeywordMatcher.h"
#include "redact/Recognizer.h"
#include "redact/ScanDefs.h"

#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <array>
#include <initializer_list>
#include <memory>
#include <vector>

namespace quarry {

// What a Scanner compiles from its RuleSet once and every scan reads: the switched-on rules, the
// keyword automata, the user's patterns and term lists, the recognizers and the hooks they attached
// to, and the skip table of the character loop (ScanJob::run()). Read-only once built.
class ScanTables
{
public:
    std::array<bool, scan::RuleCount> on{};
    std::array<QString, scan::RuleCount> ruleName;
    std::array<QString, scan::RuleCount> ruleType;

    // Both step over stray spaces between Hangul syllables (OCR text: "여 권 번 호", "과 장").
    KeywordMatcher keywords{false, true};     // run over all text: name triggers, paths, date-of-birth words
    KeywordMatcher contextWords{false, true}; // run only before candidates
    std::vector<scan::Keyword> keywordInfo;
    KeywordMatcher terms{true};
    struct TermList
    {
        QString name;
        QString type;
        double score;
    };
    std::vector<TermList> termLists;
    std::vector<int> termOwner; // keyword id -> term list

    struct UserRegex
    {
        QString name;
        QString type;
        double score;
        QRegularExpression re;
    };
    std::vector<UserRegex> regexes;
    QSet<QString> allow; // keys of allowed values

    // What ScanJob::run() may skip. At the root of the keyword automaton most characters are
    // neither the first character of a keyword nor a trigger (digits, '@', ':' …); one table
    // look-up per character finds the next one that matters. Characters are UTF-16 units.
    enum SkipFlag : quint8
    {
        SkipAlways = 1,    // always look at it
        SkipPair = 2,      // look at it if it and the next character are in startPairs (ASCII
                           // letters only at the start of a word)
        SkipLetter = 4,    // an ASCII letter
        SkipDigit = 8,     // an ASCII digit
        SkipRunStart = 16, // look at it unless a digit precedes it
    };
    std::vector<quint8> skipFlags;
    // Bit set of hashed character pairs: the first two characters of the keywords, and what
    // recognizers add (two capitals for IBAN). A collision only costs a look.
    CharPairSet startPairs;
    bool fastPaths = true; // false: the straightforward paths, for tests that compare both

    // The recognizers (RecognizerRegistry::create()) and the hooks they attached to, each list in
    // registry order.
    std::vector<std::unique_ptr<Recognizer>> recognizers;
    struct RunStartHook
    {
        const Recognizer* recognizer;
        unsigned needs; // Recognizer::runStartNeeds()
    };
    std::vector<RunStartHook> runStartHooks;
    struct NumberHook
    {
        const Recognizer* recognizer;
        quint32 totals;  // Recognizer::numberTotals()
        bool needsPlus;  // Recognizer::numberNeedsPlus()
        bool readsGlued; // Recognizer::readsGlued()
    };
    std::vector<NumberHook> numberHooks;
    std::vector<const Recognizer*> runEndHooks;
    struct CharHook
    {
        const Recognizer* recognizer;
        int slot; // index of its resume position in a scan
    };
    std::array<std::vector<CharHook>, 128> charHooks;
    std::array<quint64, 2> charHookBits{}; // which of the 128 have hooks: tested in the loop itself
    int charSlots = 0;
    std::array<std::vector<const Recognizer*>, scan::RoleCount> roleHooks;
    std::vector<const Recognizer*> textHooks;

    // For Recognizer::attach().
    void onRunStart(const Recognizer* r) { runStartHooks.push_back({r, r->runStartNeeds()}); }
    void onNumber(const Recognizer* r)
    {
        numberHooks.push_back({r, r->numberTotals(), r->numberNeedsPlus(), r->readsGlued()});
    }
    void onRunEnd(const Recognizer* r) { runEndHooks.push_back(r); }
    // An ASCII character that calls the recognizer wherever the character loop meets it: `always`
    // makes the loop stop at it; otherwise the recognizer adds to startPairs the pairs it begins.
    void onCharacter(std::initializer_list<char16_t> chars, const Recognizer* r, bool always = true)
    {
        const int slot = charSlots++;
        for (char16_t c : chars) {
            charHooks[c].push_back({r, slot});
            charHookBits[c >> 6] |= quint64(1) << (c & 63);
            skipFlags[c] |= always ? SkipAlways : SkipPair;
        }
    }
    void onRole(scan::Role role, const Recognizer* r) { roleHooks[size_t(role)].push_back(r); }
    void onText(const Recognizer* r) { textHooks.push_back(r); }

    void addKeywords(std::initializer_list<const char16_t*> words, scan::Keyword info)
    {
        const int id = int(keywordInfo.size());
        keywordInfo.push_back(info);
        for (const char16_t* w : words) {
            // Context words are looked up lazily before each candidate; only the words that start
            // a detection themselves (names, paths, dates of birth) go through all the text.
            if (info.role != scan::Role::Context || (info.mask & scan::CtxDob))
                keywords.add(QString::fromUtf16(w), id);
            if (info.role == scan::Role::Context)
                contextWords.add(QString::fromUtf16(w), id);
        }
    }

    static QString allowKey(QStringView v)
    {
        QString k;
        k.reserve(v.size());
        for (QChar qc : v) {
            const char16_t c = KeywordMatcher::fold(scan::normChar(qc.unicode()));
            if (scan::isSpaceChar(c) || c == u' ' || c == u'-' || c == u'.' || c == u'(' || c == u')')
                continue;
            k += QChar(c);
        }
        return k;
    }
};

} // namespace quarry
