#pragma once

#include "redact/ScanDefs.h"

#include <QStringView>
#include <initializer_list>

namespace quarry {

class ScanJob;
class ScanTables;

// One stretch of the groups of a digit run offered to the recognizers of numbers as a candidate
// ("010-1234-5678", or the first three groups of a longer run), with what they all ask about it
// worked out once by the scanner core.
struct NumberView
{
    const scan::Groups* groups = nullptr; // the whole run
    const scan::Seps* seps = nullptr;
    size_t first = 0; // the candidate: groups [first, first + count)
    size_t count = 0;
    int start = 0; // text offsets
    int end = 0;
    int lens[8] = {}; // digits per group
    int offs[8] = {}; // where each group's digits start in digits
    int total = 0;
    QStringView digits; // the digits alone
    bool plus = false;  // '+' before the first group
    bool paren = false; // '(' before the first group
    bool allSep = true; // every separator is '-', ' ' or ')'
    bool anyDot = false;
    bool anySlash = false;
    bool allDot = false;
    bool glued = false; // part of a longer code (letters or code punctuation attached)

    char16_t sepAt(size_t k) const { return (*seps)[first + k]; } // between group k and k + 1
    int groupInt(size_t k) const { return scan::digitsToInt(digits.mid(offs[k], lens[k])); }
    bool shape(std::initializer_list<int> want) const
    {
        if (size_t(want.size()) != count)
            return false;
        size_t k = 0;
        for (int w : want)
            if (lens[k++] != w)
                return false;
        return true;
    }
};

// A whole digit run: at its start (before its numbers are classified) and at its end (after).
struct DigitRun
{
    const scan::Groups* groups = nullptr;
    const scan::Seps* seps = nullptr;
    int start = 0; // the first digit
    int end = 0;   // after the last group
    int total = 0; // digits, as the run was read
    bool plus = false;
    bool paren = false;
    // At the end of the run only:
    size_t outBefore = 0; // the candidates of this run are ScanJob::candidates()[outBefore, …)
    double best = 0.0;    // the best score the numbers of the run were given
    int lens[8] = {};
    int digitCount = 0;
    QStringView digits;
    bool hyphens = true; // every separator is '-'
    // Set by the account recognizer for the foreign-phone one after it: the run is a bank's layout.
    bool accountLayout = false;
};

// One recognizer of the scanner: a small class that attaches itself to the hooks of the scanner
// core it needs (ScanTables::onNumber(), onCharacter() …) when the scanner is built, and is called
// from there during each scan. Recognizers are listed in one place, RecognizerRegistry; a
// Scanner makes its own and only reads them while scanning (scan() runs on many threads at once).
class Recognizer
{
public:
    virtual ~Recognizer() = default;

    // Attaches to the hooks, for the rules that are switched on.
    virtual void attach(ScanTables& tables) const = 0;

    // At the start of a digit run: where the run ends, to stop there, or -1 to go on. Called only
    // for runs that have all of what runStartNeeds() says (most runs have none of it).
    virtual int runStart(ScanJob&, const DigitRun&) const { return -1; }
    enum RunStartNeed : unsigned
    {
        AfterCapital = 1,       // an ASCII capital right before the run
        AfterPlus = 2,          // '+' before the run (DigitRun::plus)
        AfterHangul = 4,        // a Hangul syllable before the run, or before a space before it
        ShortBeforeCapital = 8, // one group of at most five digits, then a space and a capital
    };
    virtual unsigned runStartNeeds() const { return 0; }

    // A candidate number, offered in registry order until one takes it.
    enum class Verdict
    {
        Next,    // not this recognizer's: the next one looks
        Taken,   // reported (or consumed: a date is nobody's)
        Refused, // nobody's: the stretch is left unclassified
    };
    virtual Verdict number(ScanJob&, const NumberView&) const { return Verdict::Next; }
    // The digit counts (NumberView::total) this recognizer can take or refuse, bit k for k digits
    // (bit 31 for 31 and more); numbers of other lengths are not offered to it.
    virtual quint32 numberTotals() const { return ~quint32(0); }
    // Whether only numbers after a '+' can be this recognizer's.
    virtual bool numberNeedsPlus() const { return false; }
    // Whether numbers glued to a code (ORD-240115-1234567) are offered to this recognizer; the
    // offering stops at the first recognizer that does not want them.
    virtual bool readsGlued() const { return false; }

    // After the numbers of a run were classified (second opinions, wider layouts).
    virtual void runEnd(ScanJob&, DigitRun&) const {}

    // A trigger character at i (see ScanTables::onCharacter()). `resume` is where this recognizer
    // wants to be called next (it is not called before). Returns true when the character is taken:
    // the recognizers after it do not see it.
    virtual bool character(ScanJob&, int, int*) const { return false; }

    // A keyword of a role this recognizer attached to, at [a, b).
    virtual void keyword(ScanJob&, int, int, const scan::Keyword&) const {}

    // After the character pass: a pass of its own over the text.
    virtual void text(ScanJob&) const {}
};

} // namespace quarry
