#pragma once

// What the scanner core (ScanJob, ScanTables) and the recognizers (core/redact/recognizers) share:
// character classes of the normalised text, context categories, keyword roles, built-in rule
// indexes and the fixed-size group lists of a digit run. Internal to quarry_redact.

#include <QStringView>
#include <QtGlobal>
#include <array>
#include <cstddef>
#include <limits>
#include <utility>

namespace quarry::scan {

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
constexpr int RoleCount = 6;

struct Keyword
{
    Role role;
    quint32 mask = 0;
    bool strong = false; // a multi-syllable title rather than 님/씨
};

// Built-in rule indexes (order of RecognizerRegistry::rules(), which RuleSet::builtins() lists).
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

} // namespace quarry::scan
