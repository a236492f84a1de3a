#include "redact/ScanJob.h"

#include "redact/ScanTables.h"

#include <QRegularExpression>
#include <array>

namespace quarry {

using namespace scan;

ScanJob::ScanJob(const ScanTables& tables, const QString& norm)
    : m_t(tables), m_s(reinterpret_cast<const char16_t*>(norm.utf16())), m_n(int(norm.size())), m_norm(norm),
      m_resume(size_t(tables.charSlots), 0)
{}

void ScanJob::report(int rule, int start, int end, double score)
{
    if (!m_t.on[size_t(rule)] || end <= start)
        return;
    m_out.push_back({start, end, rule, &m_t.ruleType[size_t(rule)], std::min(score, 1.0) - m_penalty});
}

bool ScanJob::hasContext(quint32 mask, int pos, int window) const
{
    const char16_t* s = m_s;
    if (m_t.fastPaths) {
        // The words counted are those inside the 64 characters before pos (or `window`, if
        // longer) that end within `window` of it. Candidates come in clusters (the groups of one
        // number, a list of numbers), so the automaton continues from where the previous query
        // left it rather than running over the same characters again.
        const int lo = std::max(0, pos - std::max(window, 64));
        if (lo < m_cFrom || lo > m_cTo) {
            m_cFrom = m_cTo = lo;
            m_cState = 0;
            m_cHits.clear();
        } else if (m_cHits.size() > 32) {
            m_cFrom = lo; // the automaton may be inside a word that began before: found words are checked
            m_cHits.erase(
                std::remove_if(m_cHits.begin(), m_cHits.end(), [&](const CtxHit& h) { return h.start < lo; }),
                m_cHits.end());
        }
        if (pos > m_cTo) {
            m_cState = m_t.contextWords.feed(
                m_cState, s, m_cTo, pos, m_n, true, [&](qsizetype a, qsizetype b, int id) {
                    const int ka = int(a);
                    // ASCII context words must start a word ("ip" not inside "ship").
                    if (isAsciiLetter(s[ka]) && isAsciiLetter(at(ka - 1)))
                        return;
                    m_cHits.push_back({ka, int(b), m_t.keywordInfo[size_t(id)].mask});
                });
            m_cTo = pos;
        }
        for (const CtxHit& h : m_cHits)
            if ((h.mask & mask) && h.start >= lo && h.end <= pos && h.end >= pos - window)
                return true;
        return false;
    }
    // The context automaton runs over the window before a candidate once; candidates are rare
    // next to the text, so this costs far less than matching context words everywhere.
    if (pos != m_ctxPos || window > m_ctxWindow) {
        m_ctxPos = pos;
        m_ctxWindow = std::max(window, 64);
        m_ctxHits.clear();
        const int from = std::max(0, pos - m_ctxWindow);
        m_t.contextWords.scan(QStringView(s + from, pos - from), [&](qsizetype a, qsizetype b, int id) {
            const int ka = from + int(a);
            // ASCII context words must start a word ("ip" not inside "ship").
            if (isAsciiLetter(s[ka]) && isAsciiLetter(at(ka - 1)))
                return;
            m_ctxHits.push_back({ka, from + int(b), m_t.keywordInfo[size_t(id)].mask});
        });
    }
    for (const CtxHit& h : m_ctxHits)
        if ((h.mask & mask) && h.end >= pos - window)
            return true;
    return false;
}

bool ScanJob::glued(int start, int end) const
{
    const char16_t b = at(start - 1);
    if (isAsciiLetter(b) || b == u'_' || b == u'#')
        return true;
    if ((b == u'-' || b == u'/' || b == u'.') && isAlnum(at(start - 2)))
        return true;
    const char16_t a = at(end);
    if (isAsciiLetter(a) || a == u'_')
        return true;
    if ((a == u'-' || a == u'_' || a == u'/') && isAlnum(at(end + 1)))
        return true;
    if (a == u'.' && isDigit(at(end + 1)))
        return true;
    return false;
}

void ScanJob::onKeyword(int a, int b, int id)
{
    const Keyword& k = m_t.keywordInfo[size_t(id)];
    for (const Recognizer* r : m_t.roleHooks[size_t(k.role)])
        r->keyword(*this, a, b, k);
}

// Finds the digit groups starting at i and classifies them; returns where the run ends. OCR text
// gets a second look when the first finds less than it could: digits read as look-alike letters
// (O/0, l/I/|/1, S/5, B/8) next to the run, and a space inside a group (OCR splits a group where
// the print has a gap).
int ScanJob::digitRun(int i)
{
    const size_t before = m_out.size();
    const int end = digitRunAt(i);
    if (m_retrying)
        return end;
    int b = i, e = end;
    bool inside = false;
    if (!confusableRegion(i, end, &b, &e, &inside))
        return end;
    // Letters after the start of the run are always worth a look ("010-263|-2468" stops at '|');
    // a letter only before it is a code or a passport (S12345678) unless nothing else was found.
    if (!inside && m_out.size() != before)
        return end;
    std::vector<Cand> first(m_out.begin() + qsizetype(before), m_out.end());
    m_out.resize(before);
    const std::vector<int> changed = convertConfusables(b, e);
    m_retrying = true;
    m_penalty = 0.1;
    const int end2 = digitRunAt(b);
    m_retrying = false;
    m_penalty = 0.0;
    auto covered = [](const Cand* c, const Cand* last) {
        int k = 0;
        for (; c != last; ++c)
            k += c->end - c->start;
        return k;
    };
    if (covered(m_out.data() + before, m_out.data() + m_out.size()) >
        covered(first.data(), first.data() + first.size()))
        return std::max(end, end2);
    // The letters were letters: put them back.
    m_out.resize(before);
    m_out.insert(m_out.end(), first.begin(), first.end());
    for (int k : changed)
        m_fixed[k] = m_norm.at(k);
    return end;
}

namespace {
inline bool isConfusable(char16_t c)
{
    return c == u'O' || c == u'o' || c == u'l' || c == u'I' || c == u'|' || c == u'S' || c == u'B';
}
inline char16_t confusedDigit(char16_t c)
{
    switch (c) {
    case u'O':
    case u'o':
        return u'0';
    case u'S':
        return u'5';
    case u'B':
        return u'8';
    default:
        return u'1';
    }
}
} // namespace

bool ScanJob::confusableRegion(int i, int end, int* from, int* to, bool* inside) const
{
    const char16_t* s = m_s;
    const int n = m_n;
    // Cheap test first: most runs have no look-alike letter beside them.
    const bool lead = isConfusable(at(i - 1));
    const bool trail =
        isConfusable(at(end)) || (at(end) != u'\0' && at(end) != u'\n' && isConfusable(at(end + 1)) &&
                                  (at(end) == u'-' || at(end) == u' ' || at(end) == u'.'));
    if (!lead && !trail)
        return false;
    int b = i;
    if (lead) {
        int k = i;
        while (k > 0 && i - k < 3 && isConfusable(s[k - 1]))
            --k;
        if (!isAsciiLetter(at(k - 1)) && !isDigit(at(k - 1)))
            b = k;
    }
    // Groups of digits and look-alike letters joined by separators, each with a real digit and
    // none glued to a word.
    int p = i;
    int e = i;
    int digits = 0;
    bool letterInside = false;
    while (p < n) {
        const int gs = p;
        int groupDigits = 0;
        bool groupLetters = false;
        while (p < n && (isDigit(s[p]) || isConfusable(s[p]))) {
            if (isDigit(s[p]))
                ++groupDigits;
            else
                groupLetters = true;
            ++p;
        }
        if (p == gs || groupDigits == 0 || isAsciiLetter(at(p)))
            break;
        digits += groupDigits;
        letterInside = letterInside || groupLetters;
        e = p;
        if ((s[p] == u'-' || s[p] == u' ' || s[p] == u'.') && (isDigit(at(p + 1)) || isConfusable(at(p + 1))))
            ++p;
        else
            break;
    }
    if (digits + (i - b) < 4 || (b == i && !letterInside))
        return false;
    *from = b;
    *to = e;
    *inside = letterInside;
    return true;
}

std::vector<int> ScanJob::convertConfusables(int from, int to)
{
    std::vector<int> changed;
    for (int k = from; k < to; ++k) {
        if (!isConfusable(m_s[k]))
            continue;
        if (m_fixed.isNull()) {
            // One private copy of the text, made the first time a letter is read as a digit.
            m_fixed = QString(m_norm.constData(), m_norm.size());
            m_s = reinterpret_cast<const char16_t*>(m_fixed.utf16());
        }
        m_fixed[k] = QChar(confusedDigit(m_s[k]));
        m_s = reinterpret_cast<const char16_t*>(m_fixed.utf16());
        changed.push_back(k);
    }
    return changed;
}

int ScanJob::digitRunAt(int i)
{
    const char16_t* s = m_s;
    const int n = m_n;
    Groups groups;
    Seps seps;
    const bool plus = at(i - 1) == u'+' || (at(i - 1) == u' ' && at(i - 2) == u'+');
    const bool paren = at(i - 1) == u'(';
    int p = i;
    int total = 0;
    while (true) {
        const int gs = p;
        while (p < n && isDigit(s[p]))
            ++p;
        groups.emplace_back(gs, p);
        total += p - gs;
        if (groups.size() >= 8 || total > 24 || p >= n)
            break;
        char16_t sep = s[p];
        int next = p + 1;
        if (sep == u')' && paren && groups.size() == 1) {
            if (at(next) == u' ' || at(next) == u'-')
                ++next;
        } else if (sep != u'-' && sep != u' ' && sep != u'.' && sep != u'/') {
            break;
        }
        if (!isDigit(at(next)))
            break;
        // A space followed by a short group glued to text is a new token, not a group ("3 5명").
        seps.push_back(sep);
        p = next;
    }
    const int runEnd = groups.back().second;
    DigitRun run;
    run.groups = &groups;
    run.seps = &seps;
    run.start = i;
    run.end = runEnd;
    run.total = total;
    run.plus = plus;
    run.paren = paren;
    // International numbers from their '+', codes and passports after a letter, addresses on the
    // first number of the run.
    unsigned facts = 0;
    if (isUpper(at(i - 1)))
        facts |= Recognizer::AfterCapital;
    if (plus)
        facts |= Recognizer::AfterPlus;
    if (isHangul(at(i - 1)) || (at(i - 1) == u' ' && isHangul(at(i - 2))))
        facts |= Recognizer::AfterHangul;
    if (groups.size() == 1 && runEnd - i <= 5 && at(runEnd) == u' ' && isUpper(at(runEnd + 1)))
        facts |= Recognizer::ShortBeforeCapital;
    for (const ScanTables::RunStartHook& h : m_t.runStartHooks)
        if ((h.needs & facts) == h.needs)
            if (const int e = h.recognizer->runStart(*this, run); e >= 0)
                return e;

    // classify() wants 8 digits, or four groups (IPv4): most numbers in text are neither.
    if (total < 8 && groups.size() < 4)
        return runEnd;
    const size_t before = m_out.size();
    const bool left = classifyGroups(groups, seps, plus, paren);
    // OCR splits a group where the print has a gap ("010-15 32-5199", "63031 2-2253871"): a run
    // that mixes spaces with other separators and was not taken whole gets a second look with its
    // space-separated groups joined; the look that covers more wins.
    bool spaces = false, others = false;
    for (size_t k = 0; k < seps.size(); ++k) {
        spaces = spaces || seps[k] == u' ';
        others = others || seps[k] == u'-' || seps[k] == u'.';
    }
    if (left && spaces && others) {
        Groups joined;
        Seps joinedSeps;
        joined.push_back(groups[0]);
        for (size_t k = 1; k < groups.size(); ++k) {
            if (seps[k - 1] == u' ') {
                joined.back().second = groups[k].second;
            } else {
                joinedSeps.push_back(seps[k - 1]);
                joined.push_back(groups[k]);
            }
        }
        std::vector<Cand> first(m_out.begin() + qsizetype(before), m_out.end());
        m_out.resize(before);
        const double penalty = m_penalty;
        m_penalty = 0.1;
        classifyGroups(joined, joinedSeps, plus, paren);
        m_penalty = penalty;
        int a = 0, c = 0;
        for (const Cand& x : first)
            a += x.end - x.start;
        for (size_t k = before; k < m_out.size(); ++k)
            c += m_out[k].end - m_out[k].start;
        if (c <= a) {
            m_out.resize(before);
            m_out.insert(m_out.end(), first.begin(), first.end());
        }
    }
    finishRun(groups, seps, plus, paren, before);
    return runEnd;
}

// Classifies the groups of a run from left to right, longest stretch first; returns whether some
// group was left unclassified.
bool ScanJob::classifyGroups(const Groups& groups, const Seps& seps, bool plus, bool paren)
{
    bool left = false;
    size_t g = 0;
    while (g < groups.size()) {
        bool done = false;
        for (size_t k = std::min<size_t>(groups.size() - g, 6); k >= 1 && !done; --k) {
            if (classify(groups, seps, g, k, plus && g == 0, paren && g == 0)) {
                g += k;
                done = true;
            }
        }
        if (!done) {
            left = true;
            ++g;
        }
    }
    return left;
}

bool ScanJob::classify(const Groups& groups, const Seps& seps, size_t first, size_t count, bool plus,
                       bool paren)
{
    // Nothing but IPv4 is shorter than 8 digits (dates of birth come from their context words).
    // Most stretches tried are one or two short groups: their extent says so before their digits
    // are gathered (a group joined across a space has fewer digits than its extent).
    if (count != 4 && groups[first + count - 1].second - groups[first].first - int(count - 1) < 8)
        return false;
    NumberView v;
    v.groups = &groups;
    v.seps = &seps;
    v.first = first;
    v.count = count;
    v.start = groups[first].first;
    v.end = groups[first + count - 1].second;
    // The digits of each group (a group joined across a space by digitRunAt() holds the space).
    int total = 0;
    char16_t digitBuf[32];
    for (size_t k = 0; k < count; ++k) {
        v.offs[k] = total;
        for (int i = groups[first + k].first; i < groups[first + k].second && total < 32; ++i)
            if (isDigit(m_s[i]))
                digitBuf[total++] = m_s[i];
        v.lens[k] = total - v.offs[k];
    }
    if (total < 8 && !(count == 4 && total >= 4))
        return false;
    v.total = total;
    v.digits = QStringView(digitBuf, total);
    v.plus = plus;
    v.paren = paren;
    v.allDot = count > 1;
    for (size_t k = 0; k + 1 < count; ++k) {
        const char16_t c = v.sepAt(k);
        if (c != u'-' && c != u' ' && c != u')')
            v.allSep = false;
        v.anyDot = v.anyDot || c == u'.';
        v.anySlash = v.anySlash || c == u'/';
        v.allDot = v.allDot && c == u'.';
    }
    v.glued = glued(v.start, v.end);
    const quint32 totalBit = quint32(1) << std::min(total, 31);
    for (const ScanTables::NumberHook& h : m_t.numberHooks) {
        if (v.glued && !h.readsGlued)
            return false;
        if (!(h.totals & totalBit) || (h.needsPlus && !plus))
            continue;
        switch (h.recognizer->number(*this, v)) {
        case Recognizer::Verdict::Next:
            break;
        case Recognizer::Verdict::Taken:
            return true;
        case Recognizer::Verdict::Refused:
            return false;
        }
    }
    return false;
}

void ScanJob::finishRun(const Groups& groups, const Seps& seps, bool plus, bool paren, size_t outBefore)
{
    if (m_t.runEndHooks.empty())
        return;
    DigitRun run;
    run.groups = &groups;
    run.seps = &seps;
    run.start = groups.front().first;
    run.end = groups.back().second;
    run.plus = plus;
    run.paren = paren;
    run.outBefore = outBefore;
    const int count = int(groups.size());
    if (isAsciiLetter(at(run.start - 1)) || isAsciiLetter(at(run.end)) || at(run.end) == u'-')
        return;
    for (size_t k = outBefore; k < m_out.size(); ++k)
        run.best = std::max(run.best, m_out[k].score);
    int total = 0;
    char16_t digitBuf[32];
    for (int k = 0; k < count; ++k) {
        run.lens[k] = groups[size_t(k)].second - groups[size_t(k)].first;
        for (int c = groups[size_t(k)].first; c < groups[size_t(k)].second && total < 32; ++c)
            digitBuf[total++] = m_s[c];
        if (k + 1 < count)
            run.hyphens = run.hyphens && seps[size_t(k)] == u'-';
    }
    run.total = total;
    run.digitCount = total;
    run.digits = QStringView(digitBuf, total);
    for (const Recognizer* r : m_t.runEndHooks)
        r->runEnd(*this, run);
}

void ScanJob::termPass()
{
    if (m_t.terms.isEmpty())
        return;
    const char16_t* s = m_s;
    m_t.terms.scan(QStringView(s, m_n), [&](qsizetype ks, qsizetype ke, int id) {
        const int a = int(ks), b = int(ke);
        // Latin terms must be whole words; Hangul terms may carry particles.
        if (isAsciiLetter(s[a]) && isAlnum(at(a - 1)))
            return;
        if (isAlnum(s[b - 1]) && isAlnum(at(b)))
            return;
        const auto& list = m_t.termLists[size_t(m_t.termOwner[size_t(id)])];
        m_out.push_back(
            {a, b, RuleCount + int(m_t.regexes.size()) + m_t.termOwner[size_t(id)], &list.type, list.score});
    });
}

void ScanJob::regexPass()
{
    for (size_t r = 0; r < m_t.regexes.size(); ++r) {
        const auto& rx = m_t.regexes[r];
        auto it = rx.re.globalMatch(m_norm);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() > 0)
                m_out.push_back(
                    {int(m.capturedStart()), int(m.capturedEnd()), RuleCount + int(r), &rx.type, rx.score});
        }
    }
}

// In run()'s loop: most steps find no keyword, and a call for each cost more than the step.
inline void ScanJob::stepKeyword(int i, char16_t c)
{
    const KeywordMatcher& km = m_t.keywords;
    m_kstate = km.step(m_kstate, c);
    if (m_kstate != 0 && km.hasOutput(m_kstate))
        keywordsEndingAt(i + 1);
}

void ScanJob::keywordsEndingAt(int end)
{
    m_t.keywords.outputs(m_kstate, m_s, end,
                         [this](qsizetype a, qsizetype b, int id) { onKeyword(int(a), int(b), id); });
}

// The recognizers attached to an ASCII character; returns whether one took it.
bool ScanJob::character(int i, char16_t c)
{
    for (const ScanTables::CharHook& h : m_t.charHooks[c]) {
        int& resume = m_resume[size_t(h.slot)];
        if (i >= resume && h.recognizer->character(*this, i, &resume))
            return true;
    }
    return false;
}

namespace {

// What the skip loop of run() does with a character, by its skip flags and those of the one
// before: one table look-up instead of three tests on the common path (a letter inside a word,
// a character no keyword or trigger begins with).
enum SkipDecision : quint8
{
    SkipOver = 0,
    SkipStop = 1,
    SkipIfPair = 2 // stop if the character and the next one may begin a keyword
};
constexpr std::array<quint8, 32 * 32> makeSkipDecisions()
{
    using T = ScanTables;
    static_assert((T::SkipAlways | T::SkipPair | T::SkipLetter | T::SkipDigit | T::SkipRunStart) < 32);
    std::array<quint8, 32 * 32> d{};
    for (unsigned v = 0; v < 32; ++v)
        for (unsigned prev = 0; prev < 32; ++prev) {
            // A digit starts a run only after a non-digit; a letter only starts a keyword at the
            // start of a word.
            if ((v & T::SkipAlways) || ((v & T::SkipRunStart) && !(prev & T::SkipDigit)))
                d[(v << 5) | prev] = SkipStop;
            else if ((v & T::SkipPair) && !(v & prev & T::SkipLetter))
                d[(v << 5) | prev] = SkipIfPair;
        }
    return d;
}
constexpr std::array<quint8, 32 * 32> kSkipDecision = makeSkipDecisions();

} // namespace

std::vector<ScanJob::Cand> ScanJob::run()
{
    // One pass: the keyword automaton (context words, honorifics) and the candidate triggers
    // share the character loop. Context is only ever looked for before a candidate, so every
    // keyword that can matter has been seen when a candidate is classified.
    const KeywordMatcher& km = m_t.keywords;
    int runEnd = 0;
    const bool fast = m_t.fastPaths;
    const quint8* flags = m_t.skipFlags.data();
    const int n = m_n;
    for (int i = 0; i < n; ++i) {
        if (fast && m_kstate == 0) {
            // At the root, skip to the next character that can start a keyword or a candidate.
            // Keywords that begin with an ASCII letter only count at the start of a word (every
            // role checks that), so a letter after a letter cannot start one; digits only start
            // a candidate after a non-digit. Staying at the root over a character that could not
            // start a reported keyword leaves every keyword that can be reported to be found.
            const char16_t* s = m_s;
            const quint8* decision = kSkipDecision.data();
            unsigned prev = flags[at(i - 1)];
            while (true) {
                // Two characters a step while neither needs a look: one test for both, and half
                // the loop's own count and compare.
                while (i + 1 < n) {
                    const unsigned v0 = flags[s[i]];
                    const unsigned v1 = flags[s[i + 1]];
                    const unsigned d0 = decision[(v0 << 5) | prev];
                    if ((d0 | decision[(v1 << 5) | v0]) != SkipOver) {
                        if (d0 == SkipOver) {
                            prev = v0;
                            ++i;
                        }
                        break;
                    }
                    prev = v1;
                    i += 2;
                }
                if (i >= n)
                    break;
                const unsigned v = flags[s[i]];
                const unsigned d = decision[(v << 5) | prev];
                if (d == SkipStop ||
                    (d == SkipIfPair && m_t.startPairs.mayContain(s[i], KeywordMatcher::nextChar(s, i, n))))
                    break;
                prev = v;
                ++i;
            }
            if (i >= n)
                break;
        }
        const char16_t c = m_s[i];
        if (m_kstate != 0) {
            // A stray space inside a keyword that has begun ("과 장") is stepped over.
            if (!(c == u' ' && i > 0 && i + 1 < n && KeywordMatcher::strayAt(m_s, i)))
                stepKeyword(i, c);
        } else if (fast) {
            // From the root a step only matters if c, or c and the next character, begin a
            // keyword (otherwise the state after the next character is the same either way).
            if (km.startsHere(c, KeywordMatcher::nextChar(m_s, i, n)) &&
                !(isAsciiLetter(c) && isAsciiLetter(at(i - 1))))
                stepKeyword(i, c);
        } else if (km.classOf(c) != 0) {
            stepKeyword(i, c);
        }
        if (c >= 0x80)
            continue;
        if (isDigit(c)) {
            if (i >= runEnd && !isDigit(at(i - 1)))
                runEnd = digitRun(i);
            continue;
        }
        if ((m_t.charHookBits[c >> 6] >> (c & 63)) & 1)
            character(i, c);
    }
    termPass();
    regexPass();
    for (const Recognizer* r : m_t.textHooks)
        r->text(*this);
    return std::move(m_out);
}

} // namespace quarry
