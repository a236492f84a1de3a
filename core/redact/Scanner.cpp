#include "redact/Scanner.h"

#include "redact/AccountLayouts.h"
#include "redact/CardIssuers.h"
#include "redact/KeywordMatcher.h"
#include "redact/NameFinder.h"
#include "redact/PhoneFinder.h"
#include "redact/Validators.h"

#include <QIODevice>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <map>
#include <optional>
#include <unordered_set>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace quarry {

namespace {

// Context categories: a context word raises the score of the types it names.
enum Ctx : quint32
{
    CtxRrn = 1u << 0,
    CtxArn = 1u << 1,
    CtxBrn = 1u << 2,
    CtxCrn = 1u << 3,
    CtxPassport = 1u << 4,
    CtxDriver = 1u << 5,
    CtxPhone = 1u << 6,
    CtxAccount = 1u << 7,
    CtxHealth = 1u << 8,
    CtxCard = 1u << 9,
    CtxSsn = 1u << 10,
    CtxDob = 1u << 11,
    CtxEmail = 1u << 12,
    CtxIp = 1u << 13,
};

// What a keyword of the automaton is for.
enum class Role : quint8
{
    Context,   // raises scores of what follows
    Honorific, // a Korean name precedes it (님, 씨, 과장 …)
    LabelKr,   // a Korean name follows it (성명:, 환자 …)
    TitleEn,   // an English name follows it (Dr., Mr. …)
    LabelEn,   // an English name follows it (Name:, Patient: …)
    Path,      // a personal path (/home/NAME)
};

struct Keyword
{
    Role role;
    quint32 mask = 0;
    bool strong = false; // a multi-syllable title rather than 님/씨
};

// Builtin rule indexes (order of RuleSet::builtins()).
enum Rule
{
    RRrn,
    RAlien,
    RBrn,
    RCrn,
    RPassport,
    RDriver,
    RPhone,
    RAccount,
    RHealth,
    REmail,
    RIntlPhone,
    RCard,
    RIban,
    RSsn,
    RIpv4,
    RIpv6,
    RMac,
    RUrl,
    RDob,
    RAddressKr,
    RAddressEn,
    RPersonKr,
    RPersonEn,
    ROcrUncertain,
    RuleCount
};

inline bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}
inline bool isUpper(char16_t c)
{
    return c >= u'A' && c <= u'Z';
}
inline bool isLower(char16_t c)
{
    return c >= u'a' && c <= u'z';
}
inline bool isAsciiLetter(char16_t c)
{
    return isUpper(c) || isLower(c);
}
inline bool isAlnum(char16_t c)
{
    return isDigit(c) || isAsciiLetter(c);
}
inline bool isHex(char16_t c)
{
    return isDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}
inline bool isHangul(char16_t c)
{
    return c >= 0xAC00 && c <= 0xD7A3;
}
inline bool isSpaceChar(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

// Full-width forms, dash variants and odd spaces to ASCII; one UTF-16 unit to one.
inline char16_t normChar(char16_t c)
{
    if (c < 0x00A0)
        return c;
    if (c >= 0xFF01 && c <= 0xFF5E)
        return char16_t(c - 0xFF01 + 0x21);
    switch (c) {
    case 0x00A0:
    case 0x2002:
    case 0x2003:
    case 0x2009:
    case 0x202F:
    case 0x3000:
        return u' ';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0xFE58:
    case 0xFE63:
    case 0x30FC:
        return u'-';
    case 0x3002:
        return u'.';
    default:
        return c;
    }
}

// QStringView::toInt() of ASCII digits (0 when the value does not fit an int, as there) without the
// call into Qt: numbers are read several times per candidate.
inline int digitsToInt(QStringView v)
{
    if (v.size() > 18)
        return v.toInt();
    qint64 x = 0;
    for (QChar c : v)
        x = x * 10 + (c.unicode() - u'0');
    return v.isEmpty() || x > std::numeric_limits<int>::max() ? 0 : int(x);
}

struct Cand
{
    int start;
    int end;
    int rule; // builtin index, or RuleCount + index of a user rule
    const QString* type;
    double score;
};

// A digit run has at most 8 groups: fixed storage instead of a heap allocation per number.
template <typename T, size_t N> class SmallVec
{
public:
    template <typename... A> void emplace_back(A&&... a) { m_v[m_n++] = T{std::forward<A>(a)...}; }
    void push_back(const T& v) { m_v[m_n++] = v; }
    size_t size() const { return m_n; }
    const T& operator[](size_t k) const { return m_v[k]; }
    const T& front() const { return m_v[0]; }
    const T& back() const { return m_v[m_n - 1]; }
    T& back() { return m_v[m_n - 1]; }

private:
    std::array<T, N> m_v; // only the first m_n are ever read
    size_t m_n = 0;
};
using Groups = SmallVec<std::pair<int, int>, 8>;
using Seps = SmallVec<char16_t, 8>;

struct CtxHit
{
    int start;
    int end;
    quint32 mask;
};

const char16_t* kSurnames1 = u"김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구"
                             u"민진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어"
                             u"은편용예경봉사부가복태목형피두감음빈동온호범좌라나";

// What a branch-free pass (vectorised by the compiler) tells about a text: whether some character
// might be folded by normChar (the exact check comes later), whether it has surrogates.
enum TextHint : unsigned
{
    HintMayFold = 1,
    HintSurrogates = 2
};
unsigned textHints(const char16_t* p, qsizetype n)
{
    unsigned fold = 0, surrogates = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = p[i];
        fold |= unsigned(c >= 0xA0) & (unsigned(c < 0xAC00) | unsigned(c >= 0xFE00));
        surrogates |= unsigned((c & 0xF800) == 0xD800);
    }
    return (fold ? unsigned(HintMayFold) : 0u) | (surrogates ? unsigned(HintSurrogates) : 0u);
}

// UTF-8 to UTF-16 for scanStream: well-formed sequences only, much faster than QStringDecoder on
// Korean text (ASCII 16 bytes at a time; Hangul without the per-character overhead). Decodes from
// `p` while the input is a complete well-formed sequence and returns the number of bytes taken;
// the caller gives anything else (a malformed byte, a sequence cut at the end of the block) to
// QStringDecoder from there on, so the result is the same as QStringDecoder's. `out` needs room
// for len + 16 units (the ASCII path stores 16 at a time). Adds to `hints` what textHints() would
// say about the units produced.
size_t decodeUtf8(const uchar* p, size_t len, char16_t* out, size_t& produced, unsigned& hints)
{
    unsigned fold = 0, surrogates = 0;
    size_t i = 0, o = 0;
    while (i < len) {
        const uchar b0 = p[i];
        if (b0 < 0x80) {
#if defined(__SSE2__)
            if (i + 16 <= len) {
                const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
                const __m128i zero = _mm_setzero_si128();
                _mm_storeu_si128(reinterpret_cast<__m128i*>(out + o), _mm_unpacklo_epi8(v, zero));
                _mm_storeu_si128(reinterpret_cast<__m128i*>(out + o + 8), _mm_unpackhi_epi8(v, zero));
                const unsigned mask = unsigned(_mm_movemask_epi8(v));
                // Units past the first non-ASCII byte are overwritten by what follows.
                const size_t ascii = mask == 0 ? 16 : size_t(__builtin_ctz(mask));
                i += ascii;
                o += ascii;
                continue;
            }
#endif
            out[o++] = b0;
            ++i;
            continue;
        }
        if ((b0 & 0xF0) == 0xE0) {
            // Three bytes (Hangul, CJK, most symbols).
            if (len - i < 3)
                break;
            const uchar b1 = p[i + 1], b2 = p[i + 2];
            if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80)
                break;
            const char16_t cp = char16_t(((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F));
            if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))
                break; // overlong or a surrogate
            fold |= unsigned(cp < 0xAC00) | unsigned(cp >= 0xFE00);
            out[o++] = cp;
            i += 3;
        } else if ((b0 & 0xE0) == 0xC0) {
            if (b0 < 0xC2 || len - i < 2 || (p[i + 1] & 0xC0) != 0x80)
                break;
            out[o++] = char16_t(((b0 & 0x1F) << 6) | (p[i + 1] & 0x3F));
            fold |= unsigned(out[o - 1] >= 0xA0);
            i += 2;
        } else if ((b0 & 0xF8) == 0xF0) {
            if (len - i < 4)
                break;
            const uchar b1 = p[i + 1], b2 = p[i + 2], b3 = p[i + 3];
            if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80 || (b3 & 0xC0) != 0x80)
                break;
            const char32_t cp = (char32_t(b0 & 0x07) << 18) | (char32_t(b1 & 0x3F) << 12) |
                                (char32_t(b2 & 0x3F) << 6) | char32_t(b3 & 0x3F);
            if (cp < 0x10000 || cp > 0x10FFFF)
                break;
            out[o++] = char16_t(0xD800 + ((cp - 0x10000) >> 10));
            out[o++] = char16_t(0xDC00 + ((cp - 0x10000) & 0x3FF));
            surrogates = 1;
            i += 4;
        } else {
            break;
        }
    }
    produced = o;
    hints |= (fold ? unsigned(HintMayFold) : 0u) | (surrogates ? unsigned(HintSurrogates) : 0u);
    return i;
}

// Whether p[0..len) is the start of a sequence that QStringDecoder keeps for the next block
// (a lead byte and fewer continuation bytes than it needs) rather than an error.
bool pendingUtf8(const uchar* p, size_t len)
{
    const uchar b0 = p[0];
    size_t need = 0;
    if (b0 >= 0xC2 && b0 < 0xE0)
        need = 2;
    else if (b0 >= 0xE0 && b0 < 0xF0)
        need = 3;
    else if (b0 >= 0xF0 && b0 < 0xF5)
        need = 4;
    if (len >= need)
        return false;
    for (size_t k = 1; k < len; ++k)
        if ((p[k] & 0xC0) != 0x80)
            return false;
    return true;
}

} // namespace

struct Scanner::Private
{
    std::array<bool, RuleCount> on{};
    std::array<QString, RuleCount> ruleName;
    std::array<QString, RuleCount> ruleType;

    // Both step over stray spaces between Hangul syllables (OCR text: "여 권 번 호", "과 장").
    KeywordMatcher keywords{false, true};     // run over all text: name triggers, paths, date-of-birth words
    KeywordMatcher contextWords{false, true}; // run only before candidates
    std::vector<Keyword> keywordInfo;
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

    QSet<char16_t> surnames;
    std::unordered_set<quint64> surnames2;
    std::unordered_set<quint64> stopWords;
    bool isStop(QStringView w) const { return w.size() <= 3 && stopWords.count(pack(w)) > 0; }
    // Up to three UTF-16 units and the length in one integer, for allocation-free lookups.
    static quint64 pack(QStringView w)
    {
        quint64 k = quint64(w.size()) << 48;
        for (qsizetype i = 0; i < w.size() && i < 3; ++i)
            k |= quint64(w.at(i).unicode()) << (16 * i);
        return k;
    }
    QSet<char16_t> particles;

    QRegularExpression dobRe;
    QRegularExpression enAddressRe;
    QRegularExpression krAddressTailRe;

    QString typeOf(int rule) const { return ruleType[size_t(rule)]; }

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
    // Bit set of hashed character pairs: the first two characters of the keywords, and two
    // capitals (IBAN). A collision only costs a look.
    CharPairSet startPairs;
    bool fastPaths = true; // false: the straightforward paths, for tests that compare both

    void addKeywords(std::initializer_list<const char16_t*> words, Keyword info)
    {
        const int id = int(keywordInfo.size());
        keywordInfo.push_back(info);
        for (const char16_t* w : words) {
            // Context words are looked up lazily before each candidate; only the words that start
            // a detection themselves (names, paths, dates of birth) go through all the text.
            if (info.role != Role::Context || (info.mask & CtxDob))
                keywords.add(QString::fromUtf16(w), id);
            if (info.role == Role::Context)
                contextWords.add(QString::fromUtf16(w), id);
        }
    }

    static QString allowKey(QStringView v)
    {
        QString k;
        k.reserve(v.size());
        for (QChar qc : v) {
            const char16_t c = KeywordMatcher::fold(normChar(qc.unicode()));
            if (isSpaceChar(c) || c == u' ' || c == u'-' || c == u'.' || c == u'(' || c == u')')
                continue;
            k += QChar(c);
        }
        return k;
    }
};

namespace {

// All the work of one scan() call; reads the shared Private only.
class ScanJob
{
public:
    ScanJob(const Scanner::Private& p, const QString& norm)
        : d(p), s(reinterpret_cast<const char16_t*>(norm.utf16())), n(int(norm.size())), m_norm(norm)
    {}

    std::vector<Cand> run();

private:
    const Scanner::Private& d;
    const char16_t* s;
    int n;
    const QString& m_norm;
    std::vector<Cand> out;
    int m_kstate = 0; // keyword automaton state
    void stepKeyword(int i, char16_t c);
    // hasContext(), fast path: the context automaton ran from the root at m_cFrom up to m_cTo and
    // stopped in m_cState; m_cHits are the words it found there (in order of their end).
    mutable int m_cFrom = 0;
    mutable int m_cTo = 0;
    mutable int m_cState = 0;
    mutable std::vector<CtxHit> m_cHits;
    mutable int m_ctxPos = -1;
    mutable int m_ctxWindow = 0;
    mutable std::vector<CtxHit> m_ctxHits;

    char16_t at(int i) const { return i >= 0 && i < n ? s[i] : u'\0'; }
    // A short piece of the text for a regular expression: PCRE checks the whole subject for valid
    // UTF-16 on every call, so matching on the full text from a position costs the full text.
    QStringView window(int from, int length) const
    {
        int e = std::min(n, from + length);
        if (e > from && e < n && QChar::isHighSurrogate(s[e - 1]))
            --e;
        return QStringView(s + from, e - from);
    }
    void report(int rule, int start, int end, double score)
    {
        if (!d.on[size_t(rule)] || end <= start)
            return;
        out.push_back({start, end, rule, &d.ruleType[size_t(rule)], std::min(score, 1.0) - m_penalty});
    }
    bool hasContext(quint32 mask, int pos, int window = 48) const;
    bool glued(int start, int end) const;

    void onKeyword(int a, int b, int id);
    void honorific(int hs, int he, bool strong);
    void labelKr(int ls, int le);
    int nameBefore(int p, int* pos, int cap) const;
    int nameAfter(int p, int* pos, int cap) const;
    void titleEn(int te, bool label);
    void path(int ks, int ke);
    void dob(int from);

    int digitRun(int i);
    int digitRunAt(int i);
    bool classifyGroups(const Groups& groups, const Seps& seps, bool plus, bool paren);
    bool confusableRegion(int i, int end, int* from, int* to, bool* inside) const;
    std::vector<int> convertConfusables(int from, int to);
    QString m_fixed;         // the text with look-alike letters read as digits (made on first use)
    bool m_retrying = false; // digitRun() is taking its second look
    // Subtracted from scores while a second look reports: what OCR may have misread is left for
    // review rather than accepted with the default threshold.
    double m_penalty = 0.0;
    bool classify(const Groups& g, const Seps& sep, size_t first, size_t count, bool plus, bool paren);
    bool krAddress(int runStart, int numberEnd);
    bool krAddressSplit(int p, int numberEnd);
    int krAddressEnd(int numberEnd) const;
    void enAddress(int runStart);
    void passport(int runStart, int runEnd);

    void email(int at);
    void url(int colon);
    void mac(int sepPos);
    int ipv6(int colon);
    void iban(int i);
    // Issue 16 (recall on text nobody wrote for the recognizers): bank-account layouts and
    // foreign phones for a digit run, international phones from their '+'.
    void recallRun(const Groups& g, const Seps& sep, bool plus, bool paren, size_t outBefore);
    int intlPhone(int plusPos, int runEnd);
    void namePass();
    void termPass();
    void regexPass();
};

bool ScanJob::hasContext(quint32 mask, int pos, int window) const
{
    if (d.fastPaths) {
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
            m_cState =
                d.contextWords.feed(m_cState, s, m_cTo, pos, n, true, [&](qsizetype a, qsizetype b, int id) {
                    const int ka = int(a);
                    // ASCII context words must start a word ("ip" not inside "ship").
                    if (isAsciiLetter(s[ka]) && isAsciiLetter(at(ka - 1)))
                        return;
                    m_cHits.push_back({ka, int(b), d.keywordInfo[size_t(id)].mask});
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
        d.contextWords.scan(QStringView(s + from, pos - from), [&](qsizetype a, qsizetype b, int id) {
            const int ka = from + int(a);
            // ASCII context words must start a word ("ip" not inside "ship").
            if (isAsciiLetter(s[ka]) && isAsciiLetter(at(ka - 1)))
                return;
            m_ctxHits.push_back({ka, from + int(b), d.keywordInfo[size_t(id)].mask});
        });
    }
    for (const CtxHit& h : m_ctxHits)
        if ((h.mask & mask) && h.end >= pos - window)
            return true;
    return false;
}

bool ScanJob::glued(int start, int end) const
{
    // Part of a longer code (ORD-240115-1234567, A12-3456): letters or code punctuation attached.
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
    {
        const Keyword& k = d.keywordInfo[size_t(id)];
        switch (k.role) {
        case Role::Context:
            // ASCII context words must start a word ("ip" not inside "ship").
            if (isAsciiLetter(at(a)) && isAsciiLetter(at(a - 1)))
                return;
            if ((k.mask & CtxDob) && d.on[RDob])
                dob(b);
            break;
        case Role::Honorific:
            if (d.on[RPersonKr])
                honorific(a, b, k.strong);
            break;
        case Role::LabelKr:
            if (d.on[RPersonKr])
                labelKr(a, b);
            break;
        case Role::TitleEn:
        case Role::LabelEn:
            if (d.on[RPersonEn] && !isAsciiLetter(at(a - 1)))
                titleEn(b, k.role == Role::LabelEn);
            break;
        case Role::Path:
            if (d.on[RUrl])
                path(a, b);
            break;
        }
    }
}

// OCR often puts a space between every two Hangul syllables ("김 민 수 과 장"). A name is then
// gathered from single-syllable pieces: the piece next to the title or label (one or two syllables)
// joins the single syllables beyond it. Pieces of two or more syllables are words as typed and are
// never joined to each other, so typed text ("교대 반장 김민수 과장", "신규 김 과장") reads as before.
// Fills `pos` with the positions of the syllables in text order and returns how many there are.
int ScanJob::nameBefore(int p, int* pos, int cap) const
{
    int q = p;
    while (q > 0 && p - q < cap && isHangul(s[q - 1]))
        --q;
    int count = 0;
    if (p - q <= 2) {
        // Single syllables before the piece: " X" with no Hangul before X.
        int c = q;
        int singles = 0;
        while (p - q + singles < cap && at(c - 1) == u' ' && isHangul(at(c - 2)) && !isHangul(at(c - 3))) {
            c -= 2;
            ++singles;
        }
        for (int k = 0; k < singles; ++k)
            pos[count++] = c + 2 * k;
    }
    for (int i = q; i < p; ++i)
        pos[count++] = i;
    return count;
}

int ScanJob::nameAfter(int p, int* pos, int cap) const
{
    int q = p;
    while (q < n && q - p < cap && isHangul(s[q]))
        ++q;
    int count = 0;
    for (int i = p; i < q; ++i)
        pos[count++] = i;
    if (count == 1) {
        // "김 민 수", "김 민수": single syllables, perhaps ending in a piece of two.
        int c = q;
        while (count < cap && at(c) == u' ' && isHangul(at(c + 1))) {
            if (!isHangul(at(c + 2))) {
                pos[count++] = c + 1;
                c += 2;
                continue;
            }
            if (count + 2 <= cap && !isHangul(at(c + 3))) {
                pos[count++] = c + 1;
                pos[count++] = c + 2;
            }
            break;
        }
    }
    return count;
}

void ScanJob::honorific(int hs, int he, bool strong)
{
    // Split text: the title itself was matched across a stray space, or the name is gathered from
    // single syllables. Then the next syllable after a space counts as the one that follows.
    int p = hs;
    if (at(p - 1) == u' ')
        --p;
    int pos[12];
    const int len = nameBefore(p, pos, 10);
    if (len < 2)
        return;
    const bool split =
        (he - hs > 1 && QStringView(s + hs, he - hs).contains(u' ')) || pos[len - 1] - pos[0] >= len;
    // What follows the honorific must end the word or be a particle (대리점, 씨앗 are not titles).
    char16_t next = at(he);
    if (split && next == u' ' && isHangul(at(he + 1)))
        next = at(he + 1);
    if (isHangul(next) && !d.particles.contains(next) && next != u'님')
        return;
    char16_t buf[12];
    for (int k = 0; k < len; ++k)
        buf[k] = s[pos[k]];
    auto isSurnameAt = [&](int k) { return d.surnames.contains(buf[k]); };
    auto isSurname2At = [&](int k) {
        return d.surnames2.count(Scanner::Private::pack(QStringView(buf + k, 2))) > 0;
    };
    int first = -1; // index into buf of the name's first syllable
    if (len >= 4 && isSurname2At(len - 4))
        first = len - 4;
    else if (len >= 3 && isSurnameAt(len - 3))
        first = len - 3;
    else if (len == 2 && isSurnameAt(len - 2))
        first = len - 2;
    else if (len >= 3 && isSurname2At(len - 3))
        first = len - 3;
    if (first < 0)
        return;
    const QStringView cand(buf + first, len - first);
    for (qsizetype l = 1; l <= std::min<qsizetype>(3, cand.size()); ++l)
        if (d.isStop(cand.right(l)) || (first == 0 && l >= 2 && d.isStop(cand.left(l))))
            return;
    // A name preceded directly by more Hangul is probably a longer word, unless the run is long
    // (no spaces: "회의에서홍길동님").
    double score = strong ? 0.8 : 0.75;
    if (first > 0 && first < 2)
        score -= 0.2;
    // Gathered from split syllables: likely, but a reviewer should look.
    if (split)
        score -= 0.1;
    report(RPersonKr, pos[first], pos[len - 1] + 1, score);
}

void ScanJob::labelKr(int ls, int le)
{
    int p = le;
    int skipped = 0;
    bool colon = false;
    while (p < n && skipped < 4 &&
           (s[p] == u' ' || s[p] == u':' || s[p] == u'=' || s[p] == u'\t' || s[p] == u')')) {
        colon = colon || s[p] == u':' || s[p] == u'=';
        ++p;
        ++skipped;
    }
    if (p == le && isHangul(at(p)))
        return; // "환자분", "이름표": the label is part of a longer word
    int pos[8];
    const int len = nameAfter(p, pos, 6);
    if (len < 2)
        return;
    const bool split =
        (le - ls > 1 && QStringView(s + ls, le - ls).contains(u' ')) || pos[len - 1] - pos[0] >= len;
    // In split text a label followed by a space and a particle is a longer word ("담 당 자 가"),
    // unless a colon says a value follows.
    if (split && !colon && d.particles.contains(s[p]))
        return;
    char16_t buf[8];
    for (int k = 0; k < len; ++k)
        buf[k] = s[pos[k]];
    const bool two = d.surnames2.count(Scanner::Private::pack(QStringView(buf, 2))) > 0;
    if (!two && !d.surnames.contains(buf[0]))
        return;
    // Names have two to four syllables (four with a two-syllable surname): a longer run is a name
    // with a particle or an ending after it, or another word ("예금주: 한빛정밀" is a company).
    if (len >= 4 && !two && !d.particles.contains(buf[3]))
        return;
    int take = len;
    if (len == 4)
        take = two ? 4 : 3;
    else if (len > 4)
        take = two ? 4 : 3;
    else if (len == 3 && d.particles.contains(buf[2]) && !two)
        take = 3; // "김철수" and "홍길은" look alike; keep the three syllables
    const QStringView cand(buf, take);
    for (qsizetype l = 1; l <= std::min<qsizetype>(3, cand.size()); ++l)
        if (d.isStop(cand.left(l)))
            return;
    report(RPersonKr, pos[0], pos[take - 1] + 1, split ? 0.65 : 0.75);
}

void ScanJob::titleEn(int te, bool label)
{
    int p = te;
    while (p < n && (s[p] == u' ' || s[p] == u':' || s[p] == u'\t'))
        ++p;
    if (p == te && !label && at(te - 1) != u'.' && at(te - 1) != u' ')
        return;
    static const QStringList stop = {
        QStringLiteral("Sir"),     QStringLiteral("Madam"),  QStringLiteral("Customer"),
        QStringLiteral("Team"),    QStringLiteral("All"),    QStringLiteral("The"),
        QStringLiteral("This"),    QStringLiteral("Please"), QStringLiteral("Colleagues"),
        QStringLiteral("Valued"),  QStringLiteral("Hiring"), QStringLiteral("Manager"),
        QStringLiteral("Unknown"), QStringLiteral("None"),   QStringLiteral("Name"),
        QStringLiteral("Patient"), QStringLiteral("Doctor")};
    int words = 0;
    int fullWords = 0;
    int end = p;
    int q = p;
    while (words < 3 && q < n && isUpper(s[q])) {
        int r = q + 1;
        while (r < n &&
               (isLower(s[r]) || ((s[r] == u'\'' || s[r] == u'-') && isUpper(at(r + 1))) || isUpper(s[r])))
            ++r;
        const int wordLen = r - q;
        if (wordLen == 1 && at(r) == u'.') {
            ++r; // an initial
        } else if (wordLen < 2 || (wordLen > 1 && isUpper(s[q + 1]) && !isLower(at(q + 2)) && wordLen > 2)) {
            break; // an acronym, not a name
        } else {
            if (words == 0 && stop.contains(QString::fromUtf16(s + q, wordLen)))
                return;
            ++fullWords;
        }
        ++words;
        end = r;
        if (at(r) == u' ' && isUpper(at(r + 1)))
            q = r + 1;
        else
            break;
    }
    if (fullWords == 0)
        return;
    if (label && fullWords < 2 && !isLower(at(te - 2)))
        report(RPersonEn, p, end, 0.6);
    else
        report(RPersonEn, p, end, label ? 0.7 : 0.85);
}

void ScanJob::path(int ks, int ke)
{
    // ks..ke is "/home/" or "\users\": the user name follows.
    int e = ke;
    while (e < n && !isSpaceChar(s[e]) && s[e] != u'"' && s[e] != u'\'' && s[e] != u')' && s[e] != u'<' &&
           s[e] != u'>' && s[e] < 0x80)
        ++e;
    if (e == ke || !isAlnum(s[ke]))
        return;
    int b = ks;
    while (b > 0 && !isSpaceChar(s[b - 1]) && s[b - 1] != u'"' && s[b - 1] != u'\'' && s[b - 1] != u'(' &&
           s[b - 1] < 0x80)
        --b;
    while (e > ke && (s[e - 1] == u'.' || s[e - 1] == u','))
        --e;
    report(RUrl, b, e, 0.8);
}

void ScanJob::dob(int from)
{
    // Only the next few characters are searched: an unbounded search from every context word
    // would cost the rest of the text each time.
    const QRegularExpressionMatch m = d.dobRe.match(window(from, 64));
    if (!m.hasMatch() || m.capturedStart() > 24)
        return;
    const int st = from + int(m.capturedStart()), en = from + int(m.capturedEnd());
    if (isDigit(at(st - 1)) || isDigit(at(en)))
        return;
    for (int i = from; i < st; ++i)
        if (s[i] == u'\n')
            return;
    report(RDob, st, en, 0.85);
}

void ScanJob::passport(int runStart, int runEnd)
{
    const char16_t letter = at(runStart - 1);
    if (!isUpper(letter) || isAlnum(at(runStart - 2)))
        return;
    const int digits = runEnd - runStart;
    const bool context = hasContext(CtxPassport, runStart - 1);
    static const QString kLetters = QStringLiteral("MSRODG");
    const bool typical = kLetters.contains(QChar(letter));
    if (digits == 8 && !isAlnum(at(runEnd)) && (typical || context)) {
        report(RPassport, runStart - 1, runEnd, context ? 0.95 : 0.7);
    } else if (digits == 3 && isUpper(at(runEnd)) && (typical || context)) {
        // Since 2021: letter, 3 digits, letter, 4 digits.
        int e = runEnd + 1;
        while (e < n && isDigit(s[e]) && e - runEnd - 1 < 5)
            ++e;
        if (e - runEnd - 1 == 4 && !isAlnum(at(e)))
            report(RPassport, runStart - 1, e, context ? 0.95 : 0.7);
    }
}

// Finds the digit groups starting at i and classifies them; returns where the run ends. OCR text
// gets a second look when the first finds less than it could: digits read as look-alike letters
// (O/0, l/I/|/1, S/5, B/8) next to the run, and a space inside a group (OCR splits a group where
// the print has a gap).
int ScanJob::digitRun(int i)
{
    const size_t before = out.size();
    const int end = digitRunAt(i);
    if (m_retrying)
        return end;
    int b = i, e = end;
    bool inside = false;
    if (!confusableRegion(i, end, &b, &e, &inside))
        return end;
    // Letters after the start of the run are always worth a look ("010-263|-2468" stops at '|');
    // a letter only before it is a code or a passport (S12345678) unless nothing else was found.
    if (!inside && out.size() != before)
        return end;
    std::vector<Cand> first(out.begin() + qsizetype(before), out.end());
    out.resize(before);
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
    if (covered(out.data() + before, out.data() + out.size()) >
        covered(first.data(), first.data() + first.size()))
        return std::max(end, end2);
    // The letters were letters: put them back.
    out.resize(before);
    out.insert(out.end(), first.begin(), first.end());
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
        if (!isConfusable(s[k]))
            continue;
        if (m_fixed.isNull()) {
            // One private copy of the text, made the first time a letter is read as a digit.
            m_fixed = QString(m_norm.constData(), m_norm.size());
            s = reinterpret_cast<const char16_t*>(m_fixed.utf16());
        }
        m_fixed[k] = QChar(confusedDigit(s[k]));
        s = reinterpret_cast<const char16_t*>(m_fixed.utf16());
        changed.push_back(k);
    }
    return changed;
}

int ScanJob::digitRunAt(int i)
{
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
    if (plus && d.on[RIntlPhone] && !(at(i) == u'8' && at(i + 1) == u'2') &&
        (total < 8 || PhoneFinder::continuesAfter(QStringView(s, n), runEnd))) {
        if (const int e = intlPhone(at(i - 1) == u'+' ? i - 1 : i - 2, runEnd); e > 0)
            return e;
    }

    // Letters right before: passports (M12345678) and codes; letters are handled there only.
    if (isUpper(at(i - 1))) {
        if (d.on[RPassport])
            passport(i, groups.front().second);
        return groups.front().second;
    }

    // Addresses hang on the first number of the run.
    if (d.on[RAddressKr]) {
        int numberEnd = groups[0].second;
        if (groups.size() > 1 && seps[0] == u'-')
            numberEnd = groups[1].second;
        if (krAddress(i, numberEnd))
            return numberEnd;
    }
    if (d.on[RAddressEn] && groups.size() == 1 && groups[0].second - i <= 5 && at(runEnd) == u' ' &&
        isUpper(at(runEnd + 1)))
        enAddress(i);

    // classify() wants 8 digits, or four groups (IPv4): most numbers in text are neither.
    if (total < 8 && groups.size() < 4)
        return runEnd;
    const size_t before = out.size();
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
        std::vector<Cand> first(out.begin() + qsizetype(before), out.end());
        out.resize(before);
        const double penalty = m_penalty;
        m_penalty = 0.1;
        classifyGroups(joined, joinedSeps, plus, paren);
        m_penalty = penalty;
        int a = 0, c = 0;
        for (const Cand& x : first)
            a += x.end - x.start;
        for (size_t k = before; k < out.size(); ++k)
            c += out[k].end - out[k].start;
        if (c <= a) {
            out.resize(before);
            out.insert(out.end(), first.begin(), first.end());
        }
    }
    recallRun(groups, seps, plus, paren, before);
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
    const int start = groups[first].first;
    const int end = groups[first + count - 1].second;
    // The digits of each group (a group joined across a space by digitRunAt() holds the space).
    int lens[8] = {};
    int offs[8] = {};
    int total = 0;
    char16_t digitBuf[32];
    for (size_t k = 0; k < count; ++k) {
        offs[k] = total;
        for (int i = groups[first + k].first; i < groups[first + k].second && total < 32; ++i)
            if (isDigit(s[i]))
                digitBuf[total++] = s[i];
        lens[k] = total - offs[k];
    }
    // Nothing but IPv4 is shorter than 8 digits (dates of birth come from their context words).
    if (total < 8 && !(count == 4 && total >= 4))
        return false;
    auto groupInt = [&](size_t k) { return digitsToInt(QStringView(digitBuf + offs[k], lens[k])); };
    const QStringView digits(digitBuf, total);
    auto sepAt = [&](size_t k) { return seps[first + k]; }; // between group k and k+1 of this candidate
    bool allSep = true;                                     // every separator is '-' or ' '
    bool anyDot = false, anySlash = false, allDot = count > 1;
    for (size_t k = 0; k + 1 < count; ++k) {
        const char16_t c = sepAt(k);
        if (c != u'-' && c != u' ' && c != u')')
            allSep = false;
        anyDot = anyDot || c == u'.';
        anySlash = anySlash || c == u'/';
        allDot = allDot && c == u'.';
    }
    auto shape = [&](std::initializer_list<int> want) {
        if (size_t(want.size()) != count)
            return false;
        size_t k = 0;
        for (int w : want)
            if (lens[k++] != w)
                return false;
        return true;
    };
    auto dateOk = [&](int y, int m, int dd) { return Validators::dateValid(y, m, dd); };
    const bool isGlued = glued(start, end);

    // IPv4
    if (count == 4 && allDot) {
        bool ok = true;
        for (size_t k = 0; k < 4; ++k)
            ok = ok && lens[k] <= 3 && groupInt(k) <= 255;
        const bool versionLike =
            (first + 4 < groups.size() && seps[first + 3] == u'.') || (first > 0 && seps[first - 1] == u'.');
        if (ok && !versionLike && !isAsciiLetter(at(start - 1)) && !isAsciiLetter(at(end))) {
            report(RIpv4, start, end, hasContext(CtxIp, start) ? 0.95 : 0.85);
            return true;
        }
    }
    // Dates are consumed so that their parts are not read as anything else (dob() reports
    // dates of birth from their context words).
    if (count == 3 && (anyDot || anySlash || allSep)) {
        if (lens[0] == 4 && lens[1] <= 2 && lens[2] <= 2 &&
            dateOk(digitsToInt(digits.left(4)), groupInt(1), groupInt(2)))
            return true;
        if (lens[2] == 4 && lens[0] <= 2 && lens[1] <= 2 && (anyDot || anySlash))
            return true;
        if (shape({2, 2, 2}) && anyDot)
            return true;
    }
    if (count == 2 && lens[0] == 4 && lens[1] <= 2 && (anyDot || anySlash || sepAt(0) == u'-') &&
        groupInt(1) <= 12 && digitsToInt(digits.left(2)) >= 19 && digitsToInt(digits.left(2)) <= 20 &&
        lens[1] == 2)
        return true; // 2024-03, 2024.03

    // International phones: +CC …
    if (plus && !digits.startsWith(QLatin1String("82"))) {
        if (total >= 8 && total <= 15 && !anySlash) {
            report(RIntlPhone, start - (at(start - 1) == u'+' ? 1 : 2), end,
                   hasContext(CtxPhone, start) ? 0.95 : 0.85);
            return true;
        }
        return false;
    }

    // Korean phones, +82 forms folded to the national form.
    if (!anySlash && !isGlued) {
        // The national form on the stack: this runs for most long digit runs.
        char16_t natBuf[40];
        qsizetype natLen = 0;
        auto setNational = [&](bool zero, QStringView v) {
            natLen = 0;
            if (zero)
                natBuf[natLen++] = u'0';
            for (QChar qc : v)
                natBuf[natLen++] = qc.unicode();
        };
        setNational(false, digits);
        int prefixLen = lens[0];
        bool ok = true;
        if (plus) {
            if (lens[0] == 2 && count > 1) { // +82 10-1234-5678
                setNational(!digits.mid(2).startsWith(QLatin1Char('0')), digits.mid(2));
                prefixLen = lens[1] + 1;
            } else { // +821012345678
                setNational(true, digits.mid(2));
                prefixLen = int(natLen);
            }
        }
        const QStringView national(natBuf, natLen);
        const size_t firstBody = plus && lens[0] == 2 ? 1 : 0;
        const size_t bodyGroups = count - firstBody;
        const int nl = int(national.size());
        auto bodyOk = [&](int prefix) {
            if (bodyGroups == 1)
                return true;
            if (bodyGroups != 3 || prefixLen != prefix)
                return false;
            const int mid = lens[firstBody + 1], last = lens[firstBody + 2];
            return (mid == 3 || mid == 4) && last == 4;
        };
        int kind = 0; // 1 mobile, 2 seoul, 3 area, 4 voip, 5 representative
        if (national.startsWith(QLatin1String("01")) && (nl == 10 || nl == 11) &&
            QStringLiteral("016789").contains(national.at(2)) && bodyOk(3))
            kind = 1;
        else if (national.startsWith(QLatin1String("02")) && (nl == 9 || nl == 10) && bodyOk(2))
            kind = 2;
        else if (national.at(0) == u'0' && national.at(1) >= u'3' && national.at(1) <= u'6' &&
                 national.at(2) >= u'1' && national.at(2) <= u'5' && (nl == 10 || nl == 11) && bodyOk(3))
            kind = 3;
        else if ((national.startsWith(QLatin1String("070")) || national.startsWith(QLatin1String("050"))) &&
                 (nl == 11 || nl == 12) && (bodyGroups == 1 || bodyGroups == 3))
            kind = 4;
        else if (!plus && nl == 8 &&
                 (national.startsWith(QLatin1String("15")) || national.startsWith(QLatin1String("16")) ||
                  national.startsWith(QLatin1String("18"))) &&
                 ((count == 2 && lens[0] == 4 && sepAt(0) == u'-') || hasContext(CtxPhone, start)))
            kind = 5;
        else
            ok = false;
        // An unseparated number next to account or insurance words is that, not a phone.
        if (ok && kind != 0 && bodyGroups == 1 && !plus && hasContext(CtxHealth | CtxAccount, start) &&
            !hasContext(CtxPhone, start))
            ok = false;
        if (ok && kind != 0) {
            const bool context = hasContext(CtxPhone, start);
            double score = bodyGroups == 1 ? (kind == 1 ? 0.8 : 0.6) : 0.85;
            if (context)
                score += 0.1;
            int st = start;
            if (plus)
                st = start - (at(start - 1) == u'+' ? 1 : 2);
            report(RPhone, st, end, score);
            return true;
        }
    }
    if (isGlued)
        return false;

    // 13 digits in the resident-number shape: RRN, alien number or corporate number.
    if (total == 13 && (shape({6, 7}) || count == 1) && (count == 1 || allSep)) {
        const bool hyphen = count == 2;
        const bool ctxCrn = hasContext(CtxCrn, start);
        const bool ctxRrn = hasContext(CtxRrn | CtxArn | CtxDob, start);
        const int sdigit = digits.at(6).unicode() - u'0';
        if (ctxCrn && !ctxRrn) {
            report(RCrn, start, end, Validators::crnChecksum(digits) ? 0.95 : 0.75);
            return true;
        }
        if (Validators::rrnDateValid(digits)) {
            const bool alien = sdigit >= 5 && sdigit <= 8;
            double score = hyphen ? 0.8 : 0.65;
            if (alien ? Validators::arnChecksum(digits) : Validators::rrnChecksum(digits))
                score += 0.1;
            if (ctxRrn || (alien && hasContext(CtxArn, start)))
                score += 0.15;
            report(alien ? RAlien : RRrn, start, end, score);
            return true;
        }
        if (Validators::crnChecksum(digits)) {
            report(RCrn, start, end, ctxCrn ? 0.9 : 0.6);
            return true;
        }
        if (ctxRrn) {
            report(RRrn, start, end, 0.6);
            return true;
        }
    }
    // A resident number with a digit lost or doubled (OCR), next to its context word.
    if ((shape({6, 6}) || shape({6, 8})) && allSep && hasContext(CtxRrn | CtxArn, start)) {
        report(RRrn, start, end, 0.55);
        return true;
    }
    // Driver's licence: RR-YY-NNNNNN-CC, or region name + YY-NNNNNN-CC.
    if (total == 12 && (shape({2, 2, 6, 2}) || count == 1) && (count == 1 || allSep)) {
        const int region = digitsToInt(digits.left(2));
        if (Validators::driverRegionValid(region) && (count == 4 || hasContext(CtxDriver, start))) {
            report(RDriver, start, end, hasContext(CtxDriver, start) ? 0.95 : 0.85);
            return true;
        }
        // The region code misread: the shape and the context word still say what it is.
        if (count == 4 && hasContext(CtxDriver, start)) {
            report(RDriver, start, end, 0.6);
            return true;
        }
    }
    if (total == 10 && shape({2, 6, 2}) && allSep) {
        static const QStringList regions = {
            QStringLiteral("서울"), QStringLiteral("부산"), QStringLiteral("경기"), QStringLiteral("강원"),
            QStringLiteral("충북"), QStringLiteral("충남"), QStringLiteral("전북"), QStringLiteral("전남"),
            QStringLiteral("경북"), QStringLiteral("경남"), QStringLiteral("제주"), QStringLiteral("대구"),
            QStringLiteral("인천"), QStringLiteral("광주"), QStringLiteral("대전"), QStringLiteral("울산")};
        int b = start;
        if (at(b - 1) == u' ')
            --b;
        if (b >= 2) {
            const QString name = QString::fromUtf16(s + b - 2, 2);
            if (regions.contains(name)) {
                report(RDriver, b - 2, end, 0.9);
                return true;
            }
        }
    }
    // Business registration number XXX-XX-XXXXX.
    if (total == 10 && (shape({3, 2, 5}) || count == 1) && (count == 1 || allSep)) {
        const bool check = Validators::brnChecksum(digits);
        const bool context = hasContext(CtxBrn, start);
        if (count == 3 && check) {
            report(RBrn, start, end, context ? 1.0 : 0.9);
            return true;
        }
        if (context && (check || count == 3)) {
            report(RBrn, start, end, check ? 0.9 : 0.6);
            return true;
        }
    }
    // Cards: 13-19 digits, Luhn. Groups of four may be separated by dots too (OCR reads a gap as
    // one: "4111 1111.1111 1111").
    if (total >= 13 && total <= 19 && (count == 1 || allSep || (count >= 3 && !anySlash))) {
        bool grouped = count == 1;
        if (count >= 3) {
            grouped = true;
            for (size_t k = 0; k + 1 < count; ++k)
                grouped = grouped && lens[k] == 4;
            grouped = grouped && lens[count - 1] >= 1 && lens[count - 1] <= 4;
        }
        if (shape({4, 6, 5}) || shape({4, 6, 4}))
            grouped = true;
        if (grouped && Validators::luhn(digits)) {
            double score = count == 1 ? ((total == 15 || total == 16) ? 0.8 : 0.6) : 0.9;
            if (hasContext(CtxCard, start))
                score += 0.1;
            report(RCard, start, end, score);
            return true;
        }
        // A card number next to its context word whose check digit fails: one digit misread by
        // OCR or mistyped must not leave the other fifteen readable. Left for review.
        if (grouped && (total == 15 || total == 16) && hasContext(CtxCard, start)) {
            report(RCard, start, end, 0.6);
            return true;
        }
    }
    // US SSN
    if (total == 9 && (shape({3, 2, 4}) || count == 1) && (count == 1 || allSep)) {
        const bool context = hasContext(CtxSsn, start);
        if (Validators::ssnValid(digits) && (count == 3 || context) &&
            !hasContext(CtxAccount | CtxPhone, start)) {
            report(RSsn, start, end, context ? 0.95 : 0.8);
            return true;
        }
    }
    // Health insurance numbers (11 digits, or any 10-13 next to the context).
    if (total >= 10 && total <= 13 && (count == 1 || allSep) && hasContext(CtxHealth, start)) {
        report(RHealth, start, end, 0.85);
        return true;
    }
    // Bank accounts: only next to their context words; phones and RRNs were taken above.
    if (total >= 10 && total <= 14 && count <= 4 && (count == 1 || allSep) &&
        hasContext(CtxAccount, start, 64)) {
        bool groupsOk = true;
        for (size_t k = 0; k < count; ++k)
            groupsOk = groupsOk && lens[k] >= 2;
        if (groupsOk) {
            report(RAccount, start, end, 0.85);
            return true;
        }
    }
    // US-style phone (415) 555-0132, 415-555-0132.
    if (total == 10 && shape({3, 3, 4}) && (allSep || allDot) && digits.at(0) != u'0' &&
        digits.at(0) != u'1') {
        report(RIntlPhone, paren ? start - 1 : start, end, hasContext(CtxPhone, start) ? 0.85 : 0.6);
        return true;
    }
    return false;
}

bool ScanJob::krAddress(int runStart, int numberEnd)
{
    int p = runStart;
    if (at(p - 1) == u' ')
        --p;
    const char16_t last = at(p - 1);
    const bool road = last == u'로' || last == u'길';
    const bool lot = last == u'동' || last == u'리' || last == u'가';
    if (!road && !lot)
        return false;
    // The road or village name: Hangul and digits (판교역로, 테헤란로, 중앙로12번길).
    int q = p - 1;
    while (q > 0 && (isHangul(s[q - 1]) || isDigit(s[q - 1])))
        --q;
    if (p - q < 2)
        return road && p - q == 1 && at(q - 1) == u' ' && isHangul(at(q - 2)) && !isHangul(at(q - 3)) &&
               krAddressSplit(p, numberEnd);
    int start = q;
    int admin = 0;
    static const QStringList provinces = {
        QStringLiteral("서울"), QStringLiteral("부산"), QStringLiteral("대구"), QStringLiteral("인천"),
        QStringLiteral("광주"), QStringLiteral("대전"), QStringLiteral("울산"), QStringLiteral("세종"),
        QStringLiteral("경기"), QStringLiteral("강원"), QStringLiteral("충북"), QStringLiteral("충남"),
        QStringLiteral("전북"), QStringLiteral("전남"), QStringLiteral("경북"), QStringLiteral("경남"),
        QStringLiteral("제주")};
    // Up to four administrative areas before it (서울특별시 강남구, 경기도 성남시 분당구).
    for (int k = 0; k < 4; ++k) {
        if (at(start - 1) != u' ')
            break;
        int e = start - 1;
        int b = e;
        while (b > 0 && isHangul(s[b - 1]))
            --b;
        if (e - b < 2)
            break;
        const char16_t tail = s[e - 1];
        const QString word = QString::fromUtf16(s + b, e - b);
        const bool isAdmin = tail == u'시' || tail == u'도' || tail == u'구' || tail == u'군' ||
                             tail == u'읍' || tail == u'면' || provinces.contains(word);
        if (!isAdmin)
            break;
        ++admin;
        start = b;
    }
    const QString roadName = QString::fromUtf16(s + q, p - q);
    if (admin == 0 && (p - q < 3 || lot))
        return false;
    const int end = krAddressEnd(numberEnd);
    report(RAddressKr, start, end, admin > 0 ? 0.85 : 0.55);
    return true;
}

// An address as OCR splits it, every syllable apart ("서 울 특 별 시 강 남 구 테 헤 란 로 123"): the
// single syllables before the road suffix at p - 1 are joined, the road name runs back to the last
// administrative tail (시, 도, 구, 군, 읍, 면), and at least one administrative area must precede
// it. Reported for review.
// Where a Korean address found up to its number ends: after the tail that may follow the number
// (building, unit, floor), which both the plain and the OCR-split address share.
int ScanJob::krAddressEnd(int numberEnd) const
{
    const QRegularExpressionMatch m =
        d.krAddressTailRe.match(window(numberEnd, 64), 0, QRegularExpression::NormalMatch,
                                QRegularExpression::AnchorAtOffsetMatchOption);
    return m.hasMatch() ? numberEnd + int(m.capturedEnd()) : numberEnd;
}

bool ScanJob::krAddressSplit(int p, int numberEnd)
{
    int pos[32];
    int count = 0;
    pos[count++] = p - 1;
    for (int c = p - 1; count < 30 && at(c - 1) == u' ' && isHangul(at(c - 2)) && !isHangul(at(c - 3));
         c -= 2)
        pos[count++] = c - 2;
    std::reverse(pos, pos + count);
    char16_t buf[32];
    for (int k = 0; k < count; ++k)
        buf[k] = s[pos[k]];
    auto tail = [](char16_t c) {
        return c == u'시' || c == u'도' || c == u'구' || c == u'군' || c == u'읍' || c == u'면';
    };
    int road = count - 1;
    while (road > 0 && !tail(buf[road - 1]))
        --road;
    if (road == 0 || count - road < 2)
        return false;
    static const char16_t* const provinces[] = {u"서울", u"부산", u"대구", u"인천", u"광주", u"대전",
                                                u"울산", u"세종", u"경기", u"강원", u"충북", u"충남",
                                                u"전북", u"전남", u"경북", u"경남", u"제주"};
    int start = road;
    int admin = 0;
    while (admin < 4 && start > 0 && tail(buf[start - 1])) {
        const int e = start;
        int b = e - 1;
        while (b > 0 && e - b < 4 && !tail(buf[b - 1]))
            --b;
        // A province name starts the area (서울특별시, 세종특별자치시, and 경기도 after "배송지").
        for (int k = std::max(0, e - 7); k + 1 < e - 1; ++k) {
            bool province = false;
            for (const char16_t* pr : provinces)
                province = province || (buf[k] == pr[0] && buf[k + 1] == pr[1]);
            bool tailBetween = false;
            for (int t = k; t < e - 1; ++t)
                tailBetween = tailBetween || tail(buf[t]);
            if (province && !tailBetween) {
                b = k;
                break;
            }
        }
        if (e - b < 2)
            break;
        start = b;
        ++admin;
    }
    if (admin == 0)
        return false;
    const int end = krAddressEnd(numberEnd);
    report(RAddressKr, pos[start], end, 0.65);
    return true;
}

void ScanJob::enAddress(int runStart)
{
    if (isAlnum(at(runStart - 1)))
        return;
    const QRegularExpressionMatch m =
        d.enAddressRe.match(window(runStart, 200), 0, QRegularExpression::NormalMatch,
                            QRegularExpression::AnchorAtOffsetMatchOption);
    if (m.hasMatch())
        report(RAddressEn, runStart, runStart + int(m.capturedEnd()), 0.85);
}

void ScanJob::email(int atPos)
{
    auto localChar = [](char16_t c) {
        return isAlnum(c) || c == u'.' || c == u'_' || c == u'%' || c == u'+' || c == u'-';
    };
    int b = atPos;
    while (b > 0 && localChar(s[b - 1]) && atPos - b < 64)
        --b;
    while (b < atPos && (s[b] == u'.' || s[b] == u'-'))
        ++b;
    if (b == atPos)
        return;
    int e = atPos + 1;
    int lastDot = -1;
    while (e < n && (isAlnum(s[e]) || s[e] == u'-' || (s[e] == u'.' && isAlnum(at(e + 1))))) {
        if (s[e] == u'.')
            lastDot = e;
        ++e;
    }
    if (lastDot < 0 || e - lastDot - 1 < 2)
        return;
    for (int k = lastDot + 1; k < e; ++k)
        if (!isAsciiLetter(s[k]))
            return;
    report(REmail, b, e, hasContext(CtxEmail, b) ? 1.0 : 0.95);
}

void ScanJob::url(int colon)
{
    // colon is the ':' of "://".
    int b = colon;
    while (b > 0 && (isAsciiLetter(s[b - 1]) || s[b - 1] == u'+' || s[b - 1] == u'.' || s[b - 1] == u'-'))
        --b;
    if (b == colon)
        return;
    int e = colon + 3;
    while (e < n && s[e] > u' ' && s[e] < 0x80 && s[e] != u'"' && s[e] != u'\'' && s[e] != u'<' &&
           s[e] != u'>')
        ++e;
    while (e > colon + 3 && (s[e - 1] == u'.' || s[e - 1] == u',' || s[e - 1] == u')' || s[e - 1] == u';'))
        --e;
    const QStringView u(s + b, e - b);
    const int authStart = colon + 3 - b;
    qsizetype authEnd = u.indexOf(u'/', authStart);
    if (authEnd < 0)
        authEnd = u.size();
    const QStringView authority = u.mid(authStart, authEnd - authStart);
    const qsizetype atSign = authority.lastIndexOf(u'@');
    if (atSign > 0 && authority.left(atSign).contains(u':')) {
        report(RUrl, b, e, 0.95); // user:password@host
        return;
    }
    const QStringView rest = u.mid(authEnd);
    static const QStringList secrets = {
        QStringLiteral("token="),  QStringLiteral("password="),     QStringLiteral("passwd="),
        QStringLiteral("pwd="),    QStringLiteral("apikey="),       QStringLiteral("api_key="),
        QStringLiteral("secret="), QStringLiteral("access_token="), QStringLiteral("sig=")};
    for (const QString& k : secrets)
        if (rest.contains(k, Qt::CaseInsensitive)) {
            report(RUrl, b, e, 0.85);
            return;
        }
    if (atSign > 0 || rest.contains(QLatin1String("/~")) || rest.startsWith(QLatin1String("/home/")) ||
        rest.startsWith(QLatin1String("/Users/")) || rest.startsWith(QLatin1String("/users/")))
        report(RUrl, b, e, 0.8);
}

void ScanJob::mac(int sepPos)
{
    const char16_t sep = s[sepPos];
    const int b = sepPos - 2;
    if (b < 0 || !isHex(s[b]) || !isHex(s[b + 1]) || isAlnum(at(b - 1)) || at(b - 1) == sep)
        return;
    if (b + 17 > n)
        return;
    for (int k = 0; k < 17; ++k) {
        const char16_t c = s[b + k];
        if (k % 3 == 2 ? c != sep : !isHex(c))
            return;
    }
    if (isAlnum(at(b + 17)) || (at(b + 17) == sep && isHex(at(b + 18))))
        return;
    report(RMac, b, b + 17, 0.9);
}

int ScanJob::ipv6(int colon)
{
    int b = colon;
    while (b > 0 && (isHex(s[b - 1]) || s[b - 1] == u':'))
        --b;
    int e = colon;
    while (e < n && (isHex(s[e]) || s[e] == u':'))
        ++e;
    if (isAlnum(at(b - 1)) || isAlnum(at(e)) || at(e) == u'.' || e - b < 3)
        return e;
    while (e > b && s[e - 1] == u':' && !(e - 2 >= b && s[e - 2] == u':'))
        --e;
    const QStringView v(s + b, e - b);
    const qsizetype dbl = v.indexOf(QLatin1String("::"));
    if (dbl >= 0 && v.indexOf(QLatin1String("::"), dbl + 1) >= 0)
        return e;
    int groups = 0, nonEmpty = 0;
    bool ok = true;
    for (QStringView part : v.split(u':')) {
        ++groups;
        if (part.isEmpty())
            continue;
        ++nonEmpty;
        ok = ok && part.size() <= 4;
    }
    if (!ok)
        return e;
    if (dbl < 0 ? (groups == 8) : (nonEmpty >= 2 && nonEmpty <= 7 && v.size() >= 6))
        report(RIpv6, b, e, hasContext(CtxIp, b) ? 0.95 : 0.85);
    return e;
}

void ScanJob::iban(int i)
{
    // i: first of two capital letters followed by two digits.
    QString compact;
    std::vector<int> endAt; // text position after each compact char
    int p = i;
    while (p < n && compact.size() < 34) {
        const char16_t c = s[p];
        if (isUpper(c) || isDigit(c)) {
            compact += QChar(c);
            endAt.push_back(p + 1);
            ++p;
        } else if (c == u' ' && p + 1 < n && (isUpper(s[p + 1]) || isDigit(s[p + 1])) && !compact.isEmpty()) {
            ++p;
        } else {
            break;
        }
    }
    for (qsizetype len = compact.size(); len >= 15; --len) {
        const int e = endAt[size_t(len - 1)];
        if (isAlnum(at(e)))
            continue;
        if (Validators::ibanValid(QStringView(compact).left(len))) {
            report(RIban, i, e, 0.95);
            return;
        }
    }
}

void ScanJob::termPass()
{
    if (d.terms.isEmpty())
        return;
    d.terms.scan(QStringView(s, n), [&](qsizetype ks, qsizetype ke, int id) {
        const int a = int(ks), b = int(ke);
        // Latin terms must be whole words; Hangul terms may carry particles.
        if (isAsciiLetter(s[a]) && isAlnum(at(a - 1)))
            return;
        if (isAlnum(s[b - 1]) && isAlnum(at(b)))
            return;
        const auto& list = d.termLists[size_t(d.termOwner[size_t(id)])];
        out.push_back(
            {a, b, RuleCount + int(d.regexes.size()) + d.termOwner[size_t(id)], &list.type, list.score});
    });
}

void ScanJob::regexPass()
{
    for (size_t r = 0; r < d.regexes.size(); ++r) {
        const auto& rx = d.regexes[r];
        auto it = rx.re.globalMatch(m_norm);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() > 0)
                out.push_back(
                    {int(m.capturedStart()), int(m.capturedEnd()), RuleCount + int(r), &rx.type, rx.score});
        }
    }
}

void ScanJob::stepKeyword(int i, char16_t c)
{
    const KeywordMatcher& km = d.keywords;
    m_kstate = km.step(m_kstate, c);
    if (m_kstate != 0 && km.hasOutput(m_kstate))
        km.outputs(m_kstate, s, i + 1,
                   [this](qsizetype a, qsizetype b, int id) { onKeyword(int(a), int(b), id); });
}

std::vector<Cand> ScanJob::run()
{
    // One pass: the keyword automaton (context words, honorifics) and the candidate triggers
    // share the character loop. Context is only ever looked for before a candidate, so every
    // keyword that can matter has been seen when a candidate is classified.
    const KeywordMatcher& km = d.keywords;
    int runEnd = 0;
    int ipv6Done = 0;
    const bool wantIp6 = d.on[RIpv6], wantMac = d.on[RMac], wantEmail = d.on[REmail], wantUrl = d.on[RUrl],
               wantIban = d.on[RIban];
    const bool fast = d.fastPaths;
    const quint8* flags = d.skipFlags.data();
    using P = Scanner::Private;
    for (int i = 0; i < n; ++i) {
        if (fast && m_kstate == 0) {
            // At the root, skip to the next character that can start a keyword or a candidate.
            // Keywords that begin with an ASCII letter only count at the start of a word (every
            // role checks that), so a letter after a letter cannot start one; digits only start
            // a candidate after a non-digit. Staying at the root over a character that could not
            // start a reported keyword leaves every keyword that can be reported to be found.
            unsigned prev = flags[at(i - 1)];
            while (i < n) {
                const unsigned v = flags[s[i]];
                if ((v & P::SkipAlways) | (v & P::SkipRunStart & ~(prev << 1)))
                    break;
                if ((v & P::SkipPair) && !(v & prev & P::SkipLetter) &&
                    d.startPairs.mayContain(s[i], KeywordMatcher::nextChar(s, i, n)))
                    break;
                prev = v;
                ++i;
            }
            if (i >= n)
                break;
        }
        const char16_t c = s[i];
        if (m_kstate != 0) {
            // A stray space inside a keyword that has begun ("과 장") is stepped over.
            if (!(c == u' ' && i > 0 && i + 1 < n && KeywordMatcher::strayAt(s, i)))
                stepKeyword(i, c);
        } else if (fast) {
            // From the root a step only matters if c, or c and the next character, begin a
            // keyword (otherwise the state after the next character is the same either way).
            if (km.startsHere(c, KeywordMatcher::nextChar(s, i, n)) &&
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
        switch (c) {
        case u'@':
            if (wantEmail)
                email(i);
            break;
        case u':':
            if (wantUrl && at(i + 1) == u'/' && at(i + 2) == u'/') {
                url(i);
                break;
            }
            if (wantMac)
                mac(i);
            if (wantIp6 && i >= ipv6Done)
                ipv6Done = ipv6(i);
            break;
        case u'-':
            if (wantMac)
                mac(i);
            break;
        default:
            if (wantIban && isUpper(c) && isUpper(at(i + 1)) && isDigit(at(i + 2)) && isDigit(at(i + 3)) &&
                !isAlnum(at(i - 1)))
                iban(i);
            break;
        }
    }
    termPass();
    regexPass();
    if (d.on[RPersonEn] || d.on[RPersonKr])
        namePass();
    return std::move(out);
}

// --- Issue 16: bank-account layouts and foreign phones ------------------------------------------

int ScanJob::intlPhone(int plusPos, int runEnd)
{
    PhoneFinder::Hit hit;
    if (!PhoneFinder::findAt(QStringView(s, n), plusPos, runEnd, &hit))
        return 0;
    report(RIntlPhone, hit.start, hit.end, hasContext(CtxPhone, plusPos) ? 0.97 : 0.9);
    return hit.end;
}

void ScanJob::namePass()
{
    std::vector<NameFinder::Hit> hits;
    NameFinder::find(QStringView(s, n), hits);
    for (const NameFinder::Hit& h : hits)
        report(h.korean ? RPersonKr : RPersonEn, h.start, h.end, h.score);
}

void ScanJob::recallRun(const Groups& groups, const Seps& seps, bool plus, bool paren, size_t outBefore)
{
    const int start = groups.front().first;
    const int end = groups.back().second;
    const int count = int(groups.size());
    if (isAsciiLetter(at(start - 1)) || isAsciiLetter(at(end)) || at(end) == u'-')
        return;
    double best = 0.0;
    for (size_t k = outBefore; k < out.size(); ++k) {
        best = std::max(best, out[k].score);
        // "(02) 3623 6283": the area code's bracket belongs to the number.
        if (paren && out[k].rule == RPhone && out[k].start == start)
            out[k].start = start - 1;
    }

    int lens[8] = {};
    int total = 0;
    bool hyphens = true;
    char16_t digitBuf[32];
    for (int k = 0; k < count; ++k) {
        lens[k] = groups[size_t(k)].second - groups[size_t(k)].first;
        for (int c = groups[size_t(k)].first; c < groups[size_t(k)].second && total < 32; ++c)
            digitBuf[total++] = s[c];
        if (k + 1 < count)
            hyphens = hyphens && seps[size_t(k)] == u'-';
    }
    const QStringView digits(digitBuf, total);

    // Accounts: a bank's printed layout is an account, next to its context words (bank names
    // among them) almost surely, without them still worth a review; with the context words any
    // hyphenated 10-14 digits are, and the plain digits too.
    // Cards: a Luhn-valid number in an issuer's range and length next to a card word, whatever
    // other shape its digits also fit (a 13-digit Visa passes the corporate-number checksum).
    if (d.on[RCard] && total >= 13 && total <= 19 && CardIssuers::known(digits) && Validators::luhn(digits) &&
        hasContext(CtxCard, start))
        report(RCard, start, end, 0.95);

    // Looked up only when it decides something (most runs never need it).
    auto codeLabel = [&] {
        return at(start - 1) == u'-' || at(start - 1) == u'/' ||
               AccountLayouts::codeLabelBefore(QStringView(s, n).left(start));
    };
    bool layout = false;
    if (d.on[RAccount] && total >= 10 && total <= 14 && (count == 1 || hyphens) &&
        !(count == 2 && lens[0] == 6 && lens[1] == 7)) {
        layout = count >= 2 && AccountLayouts::matches(lens, count, digits);
        const bool ctx = (layout || count <= 5) && hasContext(CtxAccount, start, 64);
        if (layout) {
            if (ctx)
                report(RAccount, start, end, 0.95);
            else if (!codeLabel())
                report(RAccount, start, end, 0.6);
        } else if (ctx && count <= 5) {
            if (count > 1)
                report(RAccount, start, end, 0.85);
            else if (!hasContext(CtxRrn | CtxArn | CtxCrn | CtxHealth | CtxCard | CtxPhone, start))
                report(RAccount, start, end, 0.9);
        }
    }

    // Foreign numbers written without a country code, unless the run is already taken for sure, is
    // a bank's account layout (hyphenated Korean accounts are often valid British numbers) or a code.
    // The shapes PhoneFinder can accept: ten North American digits (eleven with the 1), or a trunk
    // '0' and 8-13 digits.
    const bool phoneShape = (total == 10 && digits.at(0) >= u'2') || (total == 11 && digits.at(0) == u'1') ||
                            (digits.at(0) == u'0' && total >= 8);
    if (d.on[RIntlPhone] && !plus && !layout && best < 0.85 && total >= 7 && total <= 12 &&
        (count >= 2 || paren) && phoneShape && !codeLabel()) {
        PhoneFinder::Hit hit;
        // Next to another identifier's context word ("사업자등록번호 072-39-44970" with a misread
        // check digit) the number is that identifier, flagged by its own rule for review.
        if (PhoneFinder::findAt(QStringView(s, n), paren ? start - 1 : start, end, &hit)) {
            if (hasContext(CtxPhone, start))
                report(RIntlPhone, hit.start, hit.end, 0.95);
            else if (!hasContext(CtxRrn | CtxArn | CtxBrn | CtxCrn | CtxHealth | CtxCard | CtxPassport |
                                     CtxDriver | CtxSsn,
                                 start))
                report(RIntlPhone, hit.start, hit.end, 0.85);
        }
    }
}

} // namespace

Scanner::Scanner(const RuleSet& rules) : d(std::make_unique<Private>())
{
    const auto& builtins = RuleSet::builtins();
    for (int r = 0; r < RuleCount; ++r) {
        d->ruleName[size_t(r)] = QString::fromLatin1(builtins.at(r).name);
        d->ruleType[size_t(r)] = QString::fromLatin1(builtins.at(r).type);
        d->on[size_t(r)] = rules.isEnabled(d->ruleName[size_t(r)]);
    }

    using R = Role;
    d->addKeywords(
        {u"주민등록번호", u"주민번호", u"주민등록", u"주민 번호", u"resident registration", u"rrn"},
        {R::Context, CtxRrn});
    d->addKeywords({u"외국인등록번호", u"외국인등록", u"외국인 등록", u"외국인번호", u"alien registration"},
                   {R::Context, CtxArn});
    d->addKeywords({u"사업자등록번호", u"사업자번호", u"사업자", u"business registration", u"brn"},
                   {R::Context, CtxBrn});
    d->addKeywords({u"법인등록번호", u"법인번호", u"법인", u"corporate registration", u"corporation no"},
                   {R::Context, CtxCrn});
    d->addKeywords({u"여권", u"passport"}, {R::Context, CtxPassport});
    d->addKeywords({u"운전면허", u"면허번호", u"면허증", u"driver", u"licence", u"license"},
                   {R::Context, CtxDriver});
    d->addKeywords({u"전화", u"연락처", u"휴대폰", u"핸드폰", u"휴대전화", u"팩스", u"tel", u"phone",
                    u"mobile", u"cell", u"fax", u"contact", u"call"},
                   {R::Context, CtxPhone});
    d->addKeywords({u"계좌",       u"예금주", u"입금",       u"송금",     u"이체",     u"은행",
                    u"농협",       u"신한",   u"카카오뱅크", u"토스뱅크", u"케이뱅크", u"우체국",
                    u"새마을금고", u"신협",   u"수협",       u"씨티",     u"sc제일",   u"account",
                    u"bank",       u"acct",   u"deposit",    u"wire to"},
                   {R::Context, CtxAccount});
    d->addKeywords({u"건강보험", u"보험증", u"피보험자", u"health insurance", u"insurance no", u"보험번호"},
                   {R::Context, CtxHealth});
    d->addKeywords({u"카드", u"card", u"visa", u"mastercard", u"amex", u"credit"}, {R::Context, CtxCard});
    d->addKeywords({u"ssn", u"social security"}, {R::Context, CtxSsn});
    d->addKeywords({u"생년월일", u"생일", u"출생", u"dob", u"d.o.b", u"date of birth", u"birth date",
                    u"birthday", u"born on", u"born", u"birth"},
                   {R::Context, CtxDob});
    d->addKeywords({u"메일", u"email", u"e-mail"}, {R::Context, CtxEmail});
    d->addKeywords({u"ip", u"아이피", u"접속", u"server", u"host"}, {R::Context, CtxIp});

    d->addKeywords({u"님", u"씨"}, {R::Honorific, 0, false});
    d->addKeywords({u"환자",   u"과장",   u"대리",   u"부장", u"차장",   u"사원",   u"주임",     u"팀장",
                    u"실장",   u"본부장", u"이사",   u"상무", u"전무",   u"사장",   u"회장",     u"대표",
                    u"선생님", u"선생",   u"교수",   u"박사", u"원장",   u"간호사", u"기사님",   u"고객님",
                    u"변호사", u"세무사", u"회계사", u"의원", u"위원",   u"주무관", u"계장",     u"소장",
                    u"매니저", u"책임",   u"선임",   u"수석", u"연구원", u"군의관", u"간호사님", u"보호자"},
                   {R::Honorific, 0, true});
    d->addKeywords({u"성명",     u"이름",   u"환자명", u"환자",    u"고객명",    u"담당자", u"작성자",
                    u"보호자",   u"예금주", u"수신자", u"발신자",  u"신청인",    u"신청자", u"대표자",
                    u"피보험자", u"성함",   u"수취인", u"받는 분", u"보내는 분", u"직원명", u"사원명",
                    u"담당",     u"의뢰인", u"참석자", u"방문자"},
                   {R::LabelKr});
    d->addKeywords({u"dr.", u"dr ", u"mr.", u"mr ", u"mrs.", u"mrs ", u"ms.", u"ms ", u"miss ", u"prof.",
                    u"professor ", u"mx. "},
                   {R::TitleEn});
    d->addKeywords({u"name:", u"name ", u"patient:", u"patient ", u"employee:", u"contact:", u"attn:",
                    u"dear ", u"customer:", u"signed by ", u"prepared by ", u"full name:", u"applicant:",
                    u"account holder:", u"holder:", u"approved by ", u"cc:"},
                   {R::LabelEn});
    d->addKeywords({u"/home/", u"/users/", u"\\users\\", u"\\documents and settings\\"}, {R::Path});
    d->keywords.build();
    d->contextWords.build();
    // Every keyword of `keywords` that begins with an ASCII letter is a context, title or label
    // word, and each of those is dropped when it starts inside a word: run() relies on that.
    d->skipFlags.assign(65536, 0);
    for (int c = 0; c < 65536; ++c) {
        const char16_t ch = char16_t(c);
        quint8 f = 0;
        if (isDigit(ch))
            f = Private::SkipDigit | Private::SkipRunStart;
        else if (isAsciiLetter(ch))
            f = Private::SkipLetter;
        if ((ch == u'@' && d->on[REmail]) || (ch == u':' && (d->on[RUrl] || d->on[RMac] || d->on[RIpv6])) ||
            (ch == u'-' && d->on[RMac]))
            f |= Private::SkipAlways;
        else if (d->keywords.startsKeyword(ch))
            f |= d->keywords.startsHere(ch, u'\0') ? Private::SkipAlways
                                                   : Private::SkipPair; // a one-character keyword
        d->skipFlags[size_t(c)] = f;
    }
    d->startPairs = d->keywords.startPairs(); // built with the automaton
    if (d->on[RIban]) {
        for (char16_t a = u'A'; a <= u'Z'; ++a) {
            d->skipFlags[a] |= Private::SkipPair;
            for (char16_t b = u'A'; b <= u'Z'; ++b)
                d->startPairs.add(a, b);
        }
    }

    for (const char16_t* p = kSurnames1; *p; ++p)
        d->surnames.insert(*p);
    for (const char* s2 : {"남궁", "황보", "제갈", "사공", "선우", "서문", "독고", "동방"})
        d->surnames2.insert(Private::pack(QString::fromUtf8(s2)));
    for (const char* w :
         {"고객", "선생", "여러분", "환자", "담당자", "보호자", "학생",   "회원", "사용자", "관리자", "직원",
          "부모", "어머", "아버",   "할머", "할아버", "사모",   "형",     "누",   "언니",   "오빠",   "주인",
          "기사", "과장", "부장",   "대리", "차장",   "사장",   "팀장",   "실장", "원장",   "교수",   "이사",
          "대표", "회장", "간호사", "의사", "박사",   "하느",   "하나",   "임금", "부처",   "아드",   "따",
          "스승", "선배", "후배",   "동료", "상무",   "전무",   "위원",   "의원", "본부장", "소장",   "계장",
          "주임", "사원", "연구원", "책임", "선임",   "수석",   "매니저", "신부", "수녀",   "목사",   "스님",
          "도련", "아가", "아저",   "날",   "글",     "솜",     "말",     "맵",   "마음",   "불",     "모든",
          "각",   "해당", "이분",   "그분", "저분",   "모두",   "다른",   "우리", "귀하",   "본인",   "당신",
          "상대", "귀사", "문의",   "신청", "담당",   "관계자", "가족",   "부인", "남편",   "아내",   "자녀",
          "아들", "딸",   "이모",   "고모", "삼촌",   "조카",   "손자",   "손녀", "친구",   "이웃",   "국민",
          "시민", "주민", "입원",   "외래", "진료",   "검사",   "수술",   "이번", "지난",   "다음",   "오늘",
          "내일", "어제", "제가",   "저희", "이상",   "정도",   "정상",   "성함", "이름",   "성명",   "작성",
          "확인", "참석", "방문",   "전화", "연락",   "요청",   "처리",   "기타", "비고",   "없음",   "미상",
          "은행", "계좌", "주소",   "번호", "여권",   "면허",   "보험"})
        d->stopWords.insert(Private::pack(QString::fromUtf8(w)));
    for (const char* pch :
         {"은", "는", "이", "가", "을",   "를",   "의",   "에", "께", "와", "과", "도", "로",
          "한", "랑", "님", "씨", "께서", "에게", "으로", "입", "이", "였", "인", "만"})
        d->particles.insert(QString::fromUtf8(pch).at(0).unicode());

    d->dobRe = QRegularExpression(
        QStringLiteral("(?:(?:19|20)\\d{2}\\s*[-./년]\\s*\\d{1,2}\\s*[-./월]\\s*\\d{1,2}(?:\\s*일)?)"
                       "|(?:\\d{1,2}[-./]\\d{1,2}[-./](?:19|20)\\d{2})"
                       "|(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|"
                       "nd|rd|th)?,?\\s+(?:19|20)\\d{2})"
                       "|(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)["
                       "a-z]*\\.?,?\\s+(?:19|20)\\d{2})"
                       "|(?:(?<!\\d)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])(?![\\d-]))"),
        QRegularExpression::CaseInsensitiveOption);
    d->enAddressRe = QRegularExpression(QStringLiteral(
        "\\d{1,5}\\s+(?:[A-Z][a-zA-Z]+\\.?\\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|"
        "Drive|Dr|"
        "Court|Ct|Way|Place|Pl|Terrace|Parkway|Pkwy|Highway|Hwy|Square|Sq)\\b\\.?"
        "(?:,?\\s+(?:Apt|Apartment|Suite|Ste|Unit|Floor|Fl|#)\\.?\\s*#?[0-9A-Za-z-]+)?"
        "(?:,\\s*[A-Z][a-zA-Z]+(?:\\s[A-Z][a-zA-Z]+){0,2}(?:,\\s*[A-Z]{2}(?:\\s+\\d{5}(?:-\\d{4})?)?)?)?"));
    d->krAddressTailRe =
        QRegularExpression(QStringLiteral("(?:번지)?(?:(?:\\s*,)?\\s*(?:\\d+동\\s*)?\\d+호)?(?:\\s*\\d+층)?(?"
                                          ":\\s*\\([가-힣0-9,\\s]{1,20}\\))?"));
    for (QRegularExpression* re : {&d->dobRe, &d->enAddressRe, &d->krAddressTailRe})
        re->optimize();

    for (const RedactionRule& r : rules.rules()) {
        if (!r.enabled)
            continue;
        if (r.kind == RedactionRule::Kind::Regex) {
            QRegularExpression re(r.pattern, r.ignoreCase ? QRegularExpression::CaseInsensitiveOption
                                                          : QRegularExpression::NoPatternOption);
            if (!re.isValid())
                continue; // RuleSet already reported it
            re.optimize();
            d->regexes.push_back({r.name, r.type, r.score, re});
        }
    }
    for (const RedactionRule& r : rules.rules()) {
        if (!r.enabled)
            continue;
        if (r.kind == RedactionRule::Kind::Terms) {
            const int list = int(d->termLists.size());
            d->termLists.push_back({r.name, r.type, r.score});
            for (const QString& t : r.terms) {
                const QString norm = normalized(t).trimmed();
                if (norm.size() < 2)
                    continue;
                const int id = int(d->termOwner.size());
                d->termOwner.push_back(list);
                d->terms.add(norm, id);
            }
        } else if (r.kind == RedactionRule::Kind::Allow) {
            for (const QString& t : r.terms)
                d->allow.insert(Private::allowKey(t));
        }
    }
    d->terms.build();
}

Scanner::~Scanner() = default;

void Scanner::setFastPaths(bool on)
{
    d->fastPaths = on;
}

QString Scanner::normalized(const QString& text)
{
    QString out(text.size(), Qt::Uninitialized);
    const char16_t* src = reinterpret_cast<const char16_t*>(text.utf16());
    char16_t* dst = reinterpret_cast<char16_t*>(out.data());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i)
        dst[i] = normChar(src[i]);
    return out;
}

QList<Detection> Scanner::scan(const QString& text) const
{
    return scanText(text,
                    textHints(reinterpret_cast<const char16_t*>(text.utf16()), text.size()) & HintMayFold);
}

QList<Detection> Scanner::scanUtf8(const QByteArrayView* pieces, qsizetype count, QString& text) const
{
    // Decoded with scanStream's decoder, which also tells whether anything might fold (so the
    // second pass of scan() is saved), piece after piece into one buffer; text it does not take
    // goes through QString::fromUtf8.
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < count; ++i)
        bytes += pieces[i].size();
    text.resize(bytes + 16);
    auto* out = reinterpret_cast<char16_t*>(text.data());
    size_t produced = 0;
    unsigned hints = 0;
    bool whole = d->fastPaths;
    for (qsizetype i = 0; i < count && whole; ++i) {
        size_t n = 0;
        const auto* src = reinterpret_cast<const uchar*>(pieces[i].data());
        whole =
            decodeUtf8(src, size_t(pieces[i].size()), out + produced, n, hints) == size_t(pieces[i].size());
        produced += n;
    }
    if (!whole) {
        QByteArray joined;
        for (qsizetype i = 0; i < count; ++i)
            joined += pieces[i];
        return scan(QString::fromUtf8(joined));
    }
    text.resize(qsizetype(produced));
    return scanText(text, hints & HintMayFold);
}

QList<Detection> Scanner::scanText(const QString& text, bool mayFold) const
{
    // Most text needs no folding; then the original is scanned as it is. Only if some character
    // might fold at all (textHints), the exact check.
    const char16_t* src = reinterpret_cast<const char16_t*>(text.utf16());
    const qsizetype len = text.size();
    bool fold = false;
    for (qsizetype i = 0; mayFold && i < len && !fold; ++i)
        fold = src[i] >= 0xA0 && normChar(src[i]) != src[i];
    const QString norm = fold ? normalized(text) : text;
    ScanJob job(*d, norm);
    std::vector<Cand> cands = job.run();

    // Overlaps: the best score wins, then the longer span, then the earlier one, then the one
    // reported first (so that equal candidates always resolve the same way).
    auto better = [](const Cand& a, const Cand& b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.end - a.start != b.end - b.start)
            return a.end - a.start > b.end - b.start;
        return a.start < b.start;
    };
    auto allowed = [&](const Cand& c) {
        return !d->allow.isEmpty() &&
               d->allow.contains(Private::allowKey(QStringView(norm).mid(c.start, c.end - c.start)));
    };
    std::vector<const Cand*> kept;
    if (d->fastPaths) {
        // Only candidates that overlap can compete: the greedy choice by score is made within each
        // group of chained overlaps (most candidates stand alone), which gives the same result as
        // making it over all candidates at once.
        std::vector<int> order;
        order.reserve(cands.size());
        for (size_t k = 0; k < cands.size(); ++k)
            if (cands[k].score >= ReportThreshold)
                order.push_back(int(k));
        // Candidates are reported in nearly text order.
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            return cands[size_t(a)].start != cands[size_t(b)].start
                       ? cands[size_t(a)].start < cands[size_t(b)].start
                       : a < b;
        });
        std::vector<int> group;
        kept.reserve(order.size());
        for (size_t k = 0; k < order.size();) {
            size_t e = k + 1;
            int groupEnd = cands[size_t(order[k])].end;
            while (e < order.size() && cands[size_t(order[e])].start < groupEnd) {
                groupEnd = std::max(groupEnd, cands[size_t(order[e])].end);
                ++e;
            }
            if (e == k + 1) {
                if (!allowed(cands[size_t(order[k])]))
                    kept.push_back(&cands[size_t(order[k])]);
            } else {
                group.assign(order.begin() + qsizetype(k), order.begin() + qsizetype(e));
                std::sort(group.begin(), group.end(), [&](int a, int b) {
                    const Cand& x = cands[size_t(a)];
                    const Cand& y = cands[size_t(b)];
                    if (better(x, y))
                        return true;
                    if (better(y, x))
                        return false;
                    return a < b;
                });
                const size_t first = kept.size();
                for (int g : group) {
                    const Cand& c = cands[size_t(g)];
                    bool free = true;
                    for (size_t t = first; t < kept.size() && free; ++t)
                        free = kept[t]->end <= c.start || c.end <= kept[t]->start;
                    if (free && !allowed(c))
                        kept.push_back(&c);
                }
                std::sort(kept.begin() + qsizetype(first), kept.end(),
                          [](const Cand* a, const Cand* b) { return a->start < b->start; });
            }
            k = e;
        }
    } else {
        std::stable_sort(cands.begin(), cands.end(), better);
        std::map<int, int> taken; // start -> end
        for (const Cand& c : cands) {
            if (c.score < ReportThreshold)
                continue;
            auto it = taken.lower_bound(c.start);
            if (it != taken.end() && it->first < c.end)
                continue;
            if (it != taken.begin() && std::prev(it)->second > c.start)
                continue;
            if (allowed(c))
                continue;
            taken.emplace(c.start, c.end);
            kept.push_back(&c);
        }
        std::sort(kept.begin(), kept.end(), [](const Cand* a, const Cand* b) { return a->start < b->start; });
    }
    QList<Detection> result;
    result.reserve(qsizetype(kept.size()));
    for (const Cand* c : kept) {
        Detection det;
        det.start = c->start;
        det.end = c->end;
        det.type = *c->type;
        if (c->rule < RuleCount)
            det.rule = d->ruleName[size_t(c->rule)];
        else if (size_t(c->rule - RuleCount) < d->regexes.size())
            det.rule = d->regexes[size_t(c->rule - RuleCount)].name;
        else
            det.rule = d->termLists[size_t(c->rule - RuleCount - int(d->regexes.size()))].name;
        det.score = c->score;
        det.text = text.mid(c->start, c->end - c->start);
        result << det;
    }
    return result;
}

QList<Detection> Scanner::uncertainOcrWords(const QString& text, const QList<OcrWord>& words,
                                            const QList<Detection>& found) const
{
    QList<Detection> out;
    if (!d->on[ROcrUncertain])
        return out;
    static const std::pair<quint32, const char*> kTypes[] = {
        {CtxRrn, "RRN"},     {CtxArn, "ALIEN_REG"},     {CtxBrn, "BRN"},
        {CtxCrn, "CRN"},     {CtxPassport, "PASSPORT"}, {CtxDriver, "DRIVER_LICENSE"},
        {CtxPhone, "PHONE"}, {CtxAccount, "ACCOUNT"},   {CtxHealth, "HEALTH_INSURANCE"},
        {CtxCard, "CARD"},   {CtxSsn, "SSN"},           {CtxDob, "DATE_OF_BIRTH"},
        {CtxIp, "IP"}};
    const QString norm = normalized(text);
    const char16_t* s = reinterpret_cast<const char16_t*>(norm.utf16());
    const int n = int(norm.size());
    for (const OcrWord& w : words) {
        if (w.confidence >= LowOcrConfidence || w.start < 0 || w.end > n || w.end <= w.start)
            continue;
        bool digit = false, at = false;
        for (int i = w.start; i < w.end; ++i) {
            digit = digit || isDigit(s[i]);
            at = at || s[i] == u'@';
        }
        if (!digit && !at)
            continue;
        bool covered = false;
        for (const Detection& f : found)
            covered = covered || (f.start < w.end && w.start < f.end);
        for (const Detection& f : out)
            covered = covered || (f.start < w.end && w.start < f.end);
        if (covered)
            continue;
        // The nearest context word in the window before the word names the type (an e-mail
        // context word names nothing for a word without '@').
        constexpr int kWindow = 48;
        const int from = std::max(0, w.start - kWindow);
        quint32 mask = 0;
        int nearest = -1;
        d->contextWords.scan(QStringView(s + from, w.start - from), [&](qsizetype a, qsizetype b, int id) {
            const int ka = from + int(a);
            if (isAsciiLetter(s[ka]) && ka > 0 && isAsciiLetter(s[ka - 1]))
                return; // ASCII context words start a word
            if (from + int(b) > nearest) {
                nearest = from + int(b);
                mask = d->keywordInfo[size_t(id)].mask;
            }
        });
        const char* type = nullptr;
        if (at)
            type = "EMAIL";
        else
            for (const auto& [bit, name] : kTypes)
                if (mask & bit) {
                    type = name;
                    break;
                }
        if (!type)
            continue;
        int end = w.end;
        if (at) {
            // A garbled address often falls apart into several uncertain words
            // ("001054.1110(@26×317 ㅁ 016.00.10[)"): the ones that follow it directly join it.
            for (const OcrWord& v : words)
                if (v.start > end && v.start - end <= 1 && v.start < v.end && v.end <= n &&
                    v.confidence < LowOcrConfidence && !isSpaceChar(s[v.start]))
                    end = v.end;
        }
        Detection det;
        det.start = w.start;
        det.end = end;
        det.type = QString::fromLatin1(type);
        det.rule = d->ruleName[ROcrUncertain];
        det.score = 0.55;
        det.text = text.mid(det.start, det.end - det.start);
        out << det;
    }
    return out;
}

bool Scanner::scanStream(QIODevice& in, const std::function<void(const StreamHit&)>& sink,
                         qint64 windowChars) const
{
    constexpr int kOverlap = 1024; // longer than any detection
    constexpr int kLead = 128;     // context kept before the window
    QString window;
    qint64 windowBase = 0;   // UTF-16 offset of window[0] in the stream
    qint64 windowCpBase = 0; // code point offset of window[0]
    int emitFrom = 0;        // window offsets below this were reported by the previous window
    bool ok = true;
    bool eof = false;
    // One read buffer and one window buffer for the whole stream: fresh allocations of this size
    // per block cost page faults than the scanning itself.
    constexpr qint64 kBlock = 1 << 20;
    QByteArray bytes(kBlock + 8, Qt::Uninitialized);
    window.reserve(windowChars + kOverlap + kBlock + 32);
    // decodeUtf8() while the input is well-formed; QStringDecoder from the first byte it does not
    // take (then to the end: it keeps its own state across blocks).
    std::optional<QStringDecoder> decoder;
    if (!d->fastPaths)
        decoder.emplace(QStringDecoder::Utf8);
    qsizetype carry = 0; // bytes of a sequence cut at the end of the previous block, at bytes[0]
    unsigned hints = 0;  // textHints() of the window
    bool atStart = true;
    while (!eof) {
        const qint64 got = in.read(bytes.data() + carry, kBlock);
        eof = got <= 0;
        if (!eof) {
            const qsizetype avail = carry + qsizetype(got);
            carry = 0;
            const qsizetype old = window.size();
            window.resize(old + avail + 16); // UTF-8 never needs more UTF-16 units than bytes
            char16_t* dst = reinterpret_cast<char16_t*>(window.data()) + old;
            const uchar* src = reinterpret_cast<const uchar*>(bytes.constData());
            qsizetype from = 0;
            if (!decoder && atStart) {
                // QStringDecoder drops a byte order mark at the start of the stream.
                if (avail >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF)
                    from = 3;
                else if (avail < 3 && src[0] == 0xEF)
                    decoder.emplace(QStringDecoder::Utf8);
            }
            if (!decoder) {
                size_t produced = 0;
                from += qsizetype(decodeUtf8(src + from, size_t(avail - from), dst, produced, hints));
                dst += produced;
                if (from < avail && avail - from < 4 && pendingUtf8(src + from, size_t(avail - from))) {
                    carry = avail - from;
                    std::memmove(bytes.data(), bytes.constData() + from, size_t(carry));
                    from = avail;
                } else if (from < avail) {
                    // Past the start of the stream, a byte order mark is a character.
                    if (atStart && from == 0)
                        decoder.emplace(QStringDecoder::Utf8);
                    else
                        decoder.emplace(QStringDecoder::Utf8, QStringConverter::Flag::ConvertInitialBom);
                }
            }
            if (decoder && from < avail) {
                char16_t* const begin = dst;
                dst = reinterpret_cast<char16_t*>(decoder->appendToBuffer(
                    reinterpret_cast<QChar*>(dst), QByteArrayView(bytes.constData() + from, avail - from)));
                hints |= textHints(begin, dst - begin);
            }
            window.resize(reinterpret_cast<QChar*>(dst) - window.constData());
            atStart = false;
        }
        if (decoder && decoder->hasError())
            ok = false;
        if (!eof && window.size() < windowChars + kOverlap)
            continue;
        int cut = eof ? int(window.size()) : int(window.size()) - kOverlap;
        if (cut > 0 && cut < window.size() && window.at(cut - 1).isHighSurrogate())
            --cut;
        QList<Detection> found = scanText(window, hints & HintMayFold);
        // Code points = UTF-16 units minus the low halves of surrogate pairs (most text has none:
        // then code points are UTF-16 units).
        const char16_t* w16 = reinterpret_cast<const char16_t*>(window.utf16());
        const bool surrogates = hints & HintSurrogates;
        auto lows = [w16, surrogates](int from, int to) {
            qint64 k = 0;
            if (!surrogates)
                return k;
            for (int i = from; i < to; ++i)
                k += (w16[i] & 0xFC00) == 0xDC00 ? 1 : 0;
            return k;
        };
        qint64 cp = windowCpBase;
        int cpPos = 0;
        auto cpAt = [&](int pos) {
            cp += (pos - cpPos) - lows(cpPos, pos);
            cpPos = pos;
            return cp;
        };
        for (Detection& det : found) {
            if (det.start < emitFrom || det.start >= cut)
                continue;
            StreamHit hit;
            hit.start = windowBase + det.start;
            hit.end = windowBase + det.end;
            hit.cpStart = cpAt(det.start);
            // The end may lie past later starts; count separately without moving the cursor.
            hit.cpEnd = hit.cpStart + (det.end - det.start) - lows(det.start, det.end);
            hit.detection = std::move(det); // not read again: saves three reference counts per hit
            sink(hit);
        }
        if (eof)
            break;
        // Slide: keep kLead characters before the cut as context and everything after it.
        int keepFrom = std::max(0, cut - kLead);
        if (keepFrom > 0 && window.at(keepFrom).isLowSurrogate())
            --keepFrom;
        windowCpBase = windowCpBase + keepFrom - lows(0, keepFrom);
        windowBase += keepFrom;
        // Moved by hand: QString::remove(0, k) only advances the start, so the next append would
        // reallocate (and copy) the whole window.
        const qsizetype kept = window.size() - keepFrom;
        QChar* wd = window.data();
        std::memmove(wd, wd + keepFrom, size_t(kept) * sizeof(QChar));
        window.truncate(kept);
        hints = textHints(reinterpret_cast<const char16_t*>(window.utf16()), kept);
        emitFrom = cut - keepFrom;
    }
    return ok;
}

} // namespace quarry
