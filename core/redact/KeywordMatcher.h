#pragma once

#include <QString>
#include <QStringView>
#include <unordered_map>
#include <vector>

namespace quarry {

// A hashed bit set of character pairs (the first two characters of keywords): false means the
// pair was never added; a collision only costs the caller a closer look.
class CharPairSet
{
public:
    void add(char16_t a, char16_t b)
    {
        const unsigned h = hash(a, b);
        m_bits[h >> 3] = quint8(m_bits[h >> 3] | (1u << (h & 7)));
    }
    bool mayContain(char16_t a, char16_t b) const
    {
        const unsigned h = hash(a, b);
        return (m_bits[h >> 3] >> (h & 7)) & 1;
    }

private:
    static unsigned hash(char16_t a, char16_t b)
    {
        return ((unsigned(a) * 31u + unsigned(b)) * 0x9E3779B1u) >> 16;
    }
    std::vector<quint8> m_bits = std::vector<quint8>(8192, 0);
};

// Aho-Corasick automaton over UTF-16 code units: finds every occurrence of many keywords (context
// words, honorifics, roster terms) in one pass, whatever their number. ASCII letters match case-
// insensitively. With skipSpaces, white space in the text is ignored while matching, so the term
// "홍길동" also matches "홍 길동" and "Kim Minsu" matches "KimMinsu".
//
// With straySpaces, one space between two Hangul syllables is ignored once a keyword has begun to
// match, so that "여 권 번 호" and "과 장" (OCR puts a space between almost every syllable) match
// 여권번호 and 과장; spaces between Hangul syllables in the keywords themselves are dropped when
// they are added ("받는 분" matches "받는분" and "받 는 분"). Matches report the span in the text,
// spaces included.
//
// Characters are first mapped to a small alphabet (the characters that occur in keywords; all
// others are class 0, which keeps the root state at no cost).
class KeywordMatcher
{
public:
    explicit KeywordMatcher(bool skipSpaces = false, bool straySpaces = false);

    void add(const QString& keyword, int id);
    void build();
    bool isEmpty() const { return m_keywordCount == 0; }
    int maxLength() const { return m_maxLen; }

    static char16_t fold(char16_t c) { return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c; }
    static bool isSpace(char16_t c)
    {
        return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == 0x3000 || c == 0xA0;
    }
    static bool isHangul(char16_t c) { return c >= 0xAC00 && c <= 0xD7A3; }
    // Whether s[i] is a space a straySpaces matcher steps over once a keyword has begun: one space
    // between two Hangul syllables. s[i - 1] and s[i + 1] must be readable (i > 0, i + 1 < n).
    static bool strayAt(const char16_t* s, qsizetype i)
    {
        return s[i] == u' ' && isHangul(s[i - 1]) && isHangul(s[i + 1]);
    }
    // The character after s[i] as a straySpaces matcher sees it (s[i + 2] over a stray space), or
    // 0 when that lies at or past `to`.
    static char16_t nextChar(const char16_t* s, qsizetype i, qsizetype to)
    {
        if (i + 1 >= to)
            return 0;
        if (s[i + 1] == u' ' && isHangul(s[i]) && i + 2 < to && isHangul(s[i + 2]))
            return s[i + 2];
        return s[i + 1];
    }
    // Where a match of `length` keyword characters ending at `end` starts in the text, stray
    // spaces included.
    static qsizetype matchStart(const char16_t* s, qsizetype end, int length)
    {
        qsizetype p = end - 1;
        for (int k = 1; k < length; ++k) {
            --p;
            if (s[p] == u' ' && isHangul(s[p + 1]) && p > 0 && isHangul(s[p - 1]))
                --p;
        }
        return p;
    }
    bool straySpaces() const { return m_straySpaces; }

    // The automaton one character at a time, for callers that fuse it with their own pass.
    // One look-up in the full table: the parts that text touches (ASCII, Hangul syllables) stay in
    // the cache as well as separate tables would, and there is no branch to mispredict between
    // Hangul and ASCII.
    int classOf(char16_t c) const { return m_alpha[c]; }
    int step(int state, char16_t c) const
    {
        const int cls = classOf(c);
        if (state == 0)
            return m_rootRow[size_t(cls)];
        return next(state, cls);
    }
    bool hasOutput(int state) const { return m_outHead[size_t(state)] >= 0; }
    // Whether some keyword starts with `c` (the root has a transition on it).
    bool startsKeyword(char16_t c) const { return m_rootRow[size_t(classOf(c))] != 0; }
    // Whether stepping c1 then c2 from the root can matter: c1 alone is a keyword, or c1 c2 begins
    // one. If not, the state after c2 is the root's step on c2 (the state after c1 has depth 1,
    // its failure link is the root), so a caller may stay at the root over c1.
    bool startsHere(char16_t c1, char16_t c2) const
    {
        const int q = m_rootRow[size_t(classOf(c1))];
        if (q == 0)
            return false;
        if (m_outHead[size_t(q)] >= 0)
            return true;
        const int cls = classOf(c2);
        if (cls == 0)
            return false;
        const int* b = m_csrClass.data() + m_csrStart[size_t(q)];
        const int* e = m_csrClass.data() + m_csrStart[size_t(q) + 1];
        for (const int* p = b; p != e; ++p)
            if (*p == cls)
                return true;
        return false;
    }
    // Calls onMatch(start, end, id) for the keywords ending at position `end` in state `state`.
    // With straySpaces, `s` is the text (for the start of matches that span stray spaces).
    template <typename F> void outputs(int state, const char16_t* s, qsizetype end, F&& onMatch) const
    {
        for (int o = m_outHead[size_t(state)]; o >= 0; o = m_outs[size_t(o)].next)
            onMatch(m_straySpaces ? matchStart(s, end, m_outs[size_t(o)].length)
                                  : end - m_outs[size_t(o)].length,
                    end, m_outs[size_t(o)].id);
    }

    // The pairs of characters that begin a keyword of two or more characters (its first two, in
    // any case of ASCII letters).
    const CharPairSet& startPairs() const { return m_startPairs; }

    // Feeds s[from, to) to the automaton from `state` and returns the state after; calls
    // onMatch(start, end, id) with offsets into `s` (which must be valid before `from` when
    // from > 0, and up to `n` > to). With wordStarts, keywords that begin with an ASCII letter are
    // not looked for inside a word (a caller that drops those anyway saves the steps); the others
    // are all found. Not for matchers that skip spaces.
    template <typename F>
    int feed(int state, const char16_t* s, qsizetype from, qsizetype to, qsizetype n, bool wordStarts,
             F&& onMatch) const
    {
        const unsigned midWord = wordStarts ? StartLetter : 0;
        for (qsizetype i = from; i < to; ++i) {
            if (state == 0) {
                // At the root, over the characters that begin no keyword (most of any text) and,
                // with wordStarts, the letters after a letter: one table look-up each.
                unsigned prev = i > 0 ? m_startFlags[s[i - 1]] : 0;
                while (i < to) {
                    const unsigned f = m_startFlags[s[i]];
                    if ((f & StartsKeyword) && !(f & prev & midWord))
                        break;
                    prev = f;
                    ++i;
                }
                if (i >= to)
                    break;
            }
            const char16_t c = s[i];
            if (state != 0 && m_straySpaces && c == u' ' && i > 0 && i + 1 < n && strayAt(s, i))
                continue;
            const int cls = classOf(c);
            if (state == 0) {
                const int q = m_rootRow[size_t(cls)];
                // Staying at the root over a character whose state would fail on the next one
                // changes nothing (see startsHere); the hashed pairs say so without a search.
                // (The last character is always stepped: the next feed may continue the word.)
                if (m_outHead[size_t(q)] < 0 && i + 1 < to) {
                    const char16_t after = m_straySpaces ? nextChar(s, i, to) : s[i + 1];
                    if (after != 0 && !m_startPairs.mayContain(c, after))
                        continue;
                }
                state = q;
            } else {
                state = next(state, cls);
            }
            if (state == 0 || m_outHead[size_t(state)] < 0)
                continue;
            outputs(state, s, i + 1, onMatch);
        }
        return state;
    }

    // Calls onMatch(start, end, id) for every occurrence, in order of their end; offsets index `text`.
    template <typename F> void scan(QStringView text, F&& onMatch) const
    {
        if (m_keywordCount == 0)
            return;
        const char16_t* s = reinterpret_cast<const char16_t*>(text.utf16());
        const qsizetype n = text.size();
        int state = 0;
        // Positions of the last fed characters, to find a match's start when spaces are skipped.
        std::vector<qsizetype> ring(m_skipSpaces ? size_t(m_maxLen + 1) : 0);
        size_t fed = 0;
        const quint16* alpha = m_alpha.data();
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t c = s[i];
            if (m_skipSpaces) {
                if (isSpace(c))
                    continue;
                ring[fed % ring.size()] = i;
                ++fed;
            } else if (state != 0 && m_straySpaces && c == u' ' && i > 0 && i + 1 < n && strayAt(s, i)) {
                continue;
            }
            const int cls = alpha[c];
            if (state == 0) {
                if (cls == 0)
                    continue;
                state = m_rootRow[size_t(cls)];
            } else {
                state = next(state, cls);
            }
            if (state == 0 || m_outHead[size_t(state)] < 0)
                continue;
            for (int o = m_outHead[size_t(state)]; o >= 0; o = m_outs[size_t(o)].next) {
                const Out& out = m_outs[size_t(o)];
                qsizetype start;
                if (m_skipSpaces)
                    start = ring[(fed - size_t(out.length)) % ring.size()];
                else if (m_straySpaces)
                    start = matchStart(s, i + 1, out.length);
                else
                    start = i + 1 - out.length;
                onMatch(start, i + 1, out.id);
            }
        }
    }

private:
    CharPairSet m_startPairs; // startPairs()
    enum StartFlag : quint8
    {
        StartsKeyword = 1, // the root has a transition on the character
        StartLetter = 2,   // an ASCII letter
    };
    std::vector<quint8> m_startFlags; // UTF-16 unit -> StartFlag bits, for feed()

    struct Out
    {
        int id;
        int length;
        int next; // next output of the same state (outputs of the failure chain are linked in)
    };

    int child(int state, int cls) const; // while building
    int next(int state, int cls) const
    {
        while (state != 0) {
            // Children of a state are few: a short linear search in compact arrays beats a table
            // of states x classes that does not fit in the cache.
            const int* b = m_csrClass.data() + m_csrStart[size_t(state)];
            const int* e = m_csrClass.data() + m_csrStart[size_t(state) + 1];
            for (const int* p = b; p != e; ++p)
                if (*p == cls)
                    return m_csrTarget[size_t(p - m_csrClass.data())];
            state = m_fail[size_t(state)];
        }
        return m_rootRow[size_t(cls)];
    }
    static quint64 key(int state, int cls) { return (quint64(quint32(state)) << 20) | quint32(cls); }
    int addClass(char16_t c);

    bool m_skipSpaces;
    bool m_straySpaces;
    int m_keywordCount = 0;
    int m_maxLen = 0;
    int m_classes = 1;                        // class 0: characters in no keyword
    std::vector<quint16> m_alpha;             // UTF-16 unit -> class
    std::unordered_map<quint64, int> m_edges; // trie transitions (state, class) -> state
    std::vector<int> m_fail;
    std::vector<int> m_outHead;
    std::vector<Out> m_outs;
    std::vector<std::vector<std::pair<int, int>>> m_children; // (class, state), for build()
    std::vector<int> m_rootRow;                               // root transitions by class
    std::vector<int> m_csrStart; // children of state s: [m_csrStart[s], m_csrStart[s+1])
    std::vector<int> m_csrClass;
    std::vector<int> m_csrTarget;
};

} // namespace quarry
