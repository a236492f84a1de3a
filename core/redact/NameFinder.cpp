#include "redact/NameFinder.h"

#include "redact/KoreanCommonWords.h"

#include <QString>
#include <QStringList>
#include <algorithm>
#include <array>
#include <immintrin.h>
#include <string>
#include <string_view>

namespace quarry {

namespace namelists {
// Generated from resources/names/*.txt by core/redact/CMakeLists.txt.
extern const char* const enGiven;
extern const char* const enSurnames;
extern const char* const koGivenSyllables;
extern const char* const koSurnames;
} // namespace namelists

namespace {

inline bool isHangul(char16_t c)
{
    return c >= 0xAC00 && c <= 0xD7A3;
}

// Words looked up without allocating: a view of a stack buffer finds a stored word.
struct WordSet
{
    std::vector<std::u16string> storage;
    // Open addressing, a power of two at least four times the words: a look-up is a short hash and
    // one or two probes (std::unordered_set's hash and prime modulo cost more than the rest of a
    // name candidate).
    std::vector<std::u16string_view> table;
    size_t mask = 0;

    static size_t hash(std::u16string_view w)
    {
        quint32 h = 2166136261u;
        for (char16_t c : w)
            h = (h ^ c) * 16777619u;
        return h ^ (h >> 15);
    }
    void insert(const QString& w) { storage.push_back(w.toStdU16String()); }
    // After the last insert (the table points into storage).
    void seal()
    {
        size_t size = 16;
        while (size < storage.size() * 4)
            size *= 2;
        table.assign(size, std::u16string_view());
        mask = size - 1;
        for (const std::u16string& w : storage) {
            size_t k = hash(w) & mask;
            while (!table[k].empty() && table[k] != w)
                k = (k + 1) & mask;
            table[k] = w;
        }
    }
    bool find(std::u16string_view w) const
    {
        if (table.empty() || w.empty())
            return false;
        for (size_t k = hash(w) & mask;; k = (k + 1) & mask) {
            if (table[k].empty())
                return false;
            if (table[k] == w)
                return true;
        }
    }
    bool contains(QStringView w) const
    {
        return find(std::u16string_view(reinterpret_cast<const char16_t*>(w.utf16()), size_t(w.size())));
    }
    // `w` a capitalised word of ASCII letters and `h` the FNV-1a hash of it in lower case (as
    // asciiCapitalised() gives them): no copy to lower-case, no second pass over the word.
    bool containsCapitalisedAscii(const char16_t* w, size_t len, quint32 h) const
    {
        if (table.empty())
            return false;
        for (size_t k = (h ^ (h >> 15)) & mask;; k = (k + 1) & mask) {
            const std::u16string_view s = table[k];
            if (s.empty())
                return false;
            if (s.size() == len && s[0] == char16_t(w[0] + 32)) {
                // Words are short: a loop, not a call to memcmp.
                size_t j = 1;
                while (j < len && s[j] == w[j])
                    ++j;
                if (j == len)
                    return true;
            }
        }
    }
    // Lower-cases `w` on the way (the English lists are stored in lower case).
    bool containsLower(QStringView w) const
    {
        char16_t buf[48];
        if (w.size() > 48)
            return false;
        for (qsizetype i = 0; i < w.size(); ++i) {
            const char16_t c = w.at(i).unicode();
            buf[i] = c < 0x80 ? char16_t(c >= u'A' && c <= u'Z' ? c + 32 : c) : char16_t(QChar::toLower(c));
        }
        return find(std::u16string_view(buf, size_t(w.size())));
    }
};

// Hangul syllables (U+AC00..U+D7A3) as a table.
using SyllableSet = std::array<bool, 0xD7A4 - 0xAC00>;
inline bool inSet(const SyllableSet& set, char16_t c)
{
    return isHangul(c) && set[size_t(c - 0xAC00)];
}

struct Lists
{
    WordSet given;    // lower case
    WordSet surnames; // lower case
    WordSet stop;     // capitalised words that are not names, lower case
    SyllableSet koSurname1{};
    WordSet koSurname2; // two-syllable surnames (남궁, 황보 …)
    SyllableSet koSurname2First{};
    SyllableSet koGiven{};
    WordSet koStop; // common words shaped like surname + given name
    WordSet particles;
    SyllableSet particleFirst{};               // the first syllables of the particles
    int particleMax = 0;                       // the longest particle
    WordSet contextLastWords;                  // the last word of each context phrase, lower case
    std::vector<std::u16string> contextBefore; // lower case: the text right before a name ends with one

    static QStringList lines(const char* text)
    {
        QStringList out;
        for (const QString& l : QString::fromUtf8(text).split(QLatin1Char('\n'))) {
            const QString t = l.trimmed();
            if (!t.isEmpty() && !t.startsWith(QLatin1Char('#')))
                out << t;
        }
        return out;
    }

    Lists()
    {
        for (const QString& l : lines(namelists::enGiven))
            given.insert(l.toLower());
        for (const QString& l : lines(namelists::enSurnames))
            surnames.insert(l.toLower());
        for (const QString& l : lines(namelists::koGivenSyllables))
            for (QChar c : l)
                if (isHangul(c.unicode()))
                    koGiven[size_t(c.unicode() - 0xAC00)] = true;
        for (const QString& l : lines(namelists::koSurnames))
            for (const QString& w : l.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                if (w.size() == 2) {
                    koSurname2.insert(w);
                    if (isHangul(w.at(0).unicode()))
                        koSurname2First[size_t(w.at(0).unicode() - 0xAC00)] = true;
                } else
                    for (QChar c : w)
                        if (isHangul(c.unicode()))
                            koSurname1[size_t(c.unicode() - 0xAC00)] = true;
            }
        // Words that start sentences, headings and place names in the documents Quarry sees; a
        // capitalised one of them is never taken for a name.
        for (const char* w :
             {"the",       "this",       "that",     "these",       "our",         "your",
              "my",        "his",        "her",      "their",       "please",      "thanks",
              "thank",     "dear",       "hi",       "hello",       "regards",     "best",
              "sincerely", "attendees",  "minutes",  "approved",    "prepared",    "signed",
              "patient",   "order",      "lot",      "invoice",     "part",        "serial",
              "batch",     "version",    "room",     "building",    "floor",       "meeting",
              "safety",    "quality",    "manual",   "section",     "standard",    "operating",
              "procedure", "monday",     "tuesday",  "wednesday",   "thursday",    "friday",
              "saturday",  "sunday",     "january",  "february",    "march",       "april",
              "may",       "june",       "july",     "august",      "september",   "october",
              "november",  "december",   "plant",    "maintenance", "procurement", "office",
              "left",      "call",       "reach",    "spoke",       "forwarding",  "cc",
              "re",        "fw",         "fwd",      "i",           "we",          "you",
              "he",        "she",        "it",       "they",        "if",          "when",
              "after",     "before",     "on",       "in",          "at",          "for",
              "from",      "to",         "and",      "or",          "but",         "not",
              "no",        "yes",        "ok",       "qa",          "qc",          "er",
              "icu",       "ward",       "dept",     "department",  "team",        "company",
              "inc",       "ltd",        "corp",     "street",      "road",        "avenue",
              "north",     "south",      "east",     "west",        "revenue",     "tested",
              "drawing",   "case",       "ticket",   "tracking",    "weight",      "catalogue",
              "purchase",  "work",       "sku",      "rev",         "production",  "deployed",
              "released",  "shipped",    "failed",   "total",       "stable",      "condition",
              "admitted",  "discharged", "will",     "mr",          "mrs",         "ms",
              "dr",        "prof",       "miss",     "mx",          "rev",         "st",
              "jr",        "sr",         "customer", "customers",   "sir",         "madam",
              "all",       "colleagues", "valued",   "member",      "members",     "user",
              "visa",      "mastercard", "amex",     "card",        "bank",        "iban",
              "corporate", "refund",     "paid",     "charge",      "best"})
            stop.insert(QString::fromLatin1(w));
        // Heads of place and organisation names ("Victoria Station", "Harbor View Hospital"): a
        // given name before one of them names a place.
        for (const char* w :
             {"station",   "hospital", "clinic",    "university", "college", "school",    "airport",
              "centre",    "center",   "hotel",     "tower",      "bridge",  "square",    "plaza",
              "valley",    "lake",     "river",     "harbor",     "harbour", "institute", "foundation",
              "logistics", "systems",  "solutions", "services",   "county"})
            stop.insert(QString::fromLatin1(w));
        for (const char16_t* w :
             {u"한국인", u"원자재", u"조정안", u"이사회", u"정상화", u"이번주", u"지난주", u"다음주",
              u"주간지", u"문서화", u"성수기", u"고객사", u"신제품", u"안전화", u"정기적", u"전문가",
              u"공급사", u"하도급", u"유지보수", u"진행중", u"이상이", u"이하의", u"예금주", u"소재지",
              u"배송지", u"거주지", u"주소지", u"목적지", u"배우자", u"하나님", u"수신자", u"발신자",
              u"보호자", u"담당자",
              // People named by their role, not by name: "부상자의 주민등록번호" (the demo's notice).
              u"부상자", u"사용자", u"관리자", u"작업자", u"운전자", u"책임자", u"근로자", u"관계자",
              u"대상자", u"신청자", u"참석자", u"방문자", u"피해자", u"가입자", u"소유자", u"이용자",
              u"감독자", u"운영자", u"입원자", u"퇴원자", u"희망자", u"합격자", u"지원자", u"응시자"})
            koStop.insert(QString::fromUtf16(w));
        for (const char16_t* p :
             {u"입니다", u"에게서", u"님께서", u"씨에게", u"님에게", u"이에게", u"에게", u"께서",
              u"님의",   u"님이",   u"님은",   u"님과",   u"님께",   u"님도",   u"씨가", u"씨는",
              u"씨의",   u"씨와",   u"씨도",   u"이가",   u"이는",   u"이를",   u"이의", u"이랑",
              u"한테",   u"님",     u"씨",     u"은",     u"는",     u"이",     u"가",   u"의",
              u"께",     u"과",     u"와",     u"을",     u"를",     u"도"}) {
            const QString w = QString::fromUtf16(p);
            particles.insert(w);
            particleFirst[size_t(w.at(0).unicode() - 0xAC00)] = true;
            particleMax = std::max(particleMax, int(w.size()));
        }
        for (const char* c :
             {"name is ",      "name's ",      "i am ",       "i'm ",        "dear ",          "signed by ",
              "signed by: ",   "signed: ",     "patient ",    "patient: ",   "patient name: ", "hi ",
              "hello ",        "regards,\n",   "regards, ",   "thanks,\n",   "thanks, ",       "thank you,\n",
              "sincerely,\n",  "best,\n",      "cc: ",        "attendees: ", "taken by ",      "prepared by ",
              "approved by ",  "reviewed by ", "written by ", "sent by ",    "behalf of ",     "spoke with ",
              "met with ",     "call with ",   "contact ",    "contact: ",   "attn: ",         "attn ",
              "from: ",        "to: ",         "approved — ", "approved - ", "signature: ",    "employee ",
              "requested by ", "checked by "}) {
            // UTF-8: "approved — " read as Latin-1 was three other characters and never matched.
            const QString phrase = QString::fromUtf8(c);
            contextBefore.push_back(phrase.toStdU16String());
            // Its last word, which englishAt() looks up before it compares whole phrases.
            auto separator = [](QChar ch) {
                return ch.isSpace() || ch == u':' || ch == u',' || ch == u'-' || ch == QChar(0x2014);
            };
            qsizetype we = phrase.size();
            while (we > 0 && separator(phrase.at(we - 1)))
                --we;
            qsizetype ws = we;
            while (ws > 0 && !separator(phrase.at(ws - 1)))
                --ws;
            contextLastWords.insert(phrase.mid(ws, we - ws));
        }
        particles.seal();
        koSurname2.seal();
        contextLastWords.seal();
        given.seal();
        surnames.seal();
        stop.seal();
        koStop.seal();
    }
};

const Lists& lists()
{
    static const Lists l;
    return l;
}

inline bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('\'') || c == QChar(0x2019);
}

// capitalised() for the common case, a capital and lower-case letters of ASCII ("Please",
// "Carter") followed by no letter, digit, apostrophe or hyphen: its end, and the hash of the word
// in lower case for the lists (WordSet::hash). -1 where capitalised() has to decide (other
// letters, McLeod, O'Connor, Jean-Luc): no Unicode tables for plain English words.
inline int asciiCapitalised(const char16_t* p, int from, int n, quint32& hash)
{
    const char16_t c = p[from];
    if (char16_t(c - u'A') >= 26)
        return -1;
    quint32 h = (2166136261u ^ char16_t(c + 32)) * 16777619u;
    int i = from + 1;
    while (i < n && char16_t(p[i] - u'a') < 26) {
        h = (h ^ p[i]) * 16777619u;
        ++i;
    }
    if (i == from + 1)
        return -1;
    if (i < n) {
        const char16_t d = p[i];
        if (d >= 0x80 || char16_t((d | 0x20) - u'a') < 26 || char16_t(d - u'0') < 10 || d == u'\'' ||
            d == u'-')
            return -1;
    }
    hash = h;
    return i;
}

// A capitalised word: one upper-case letter, then lower-case letters (apostrophes and hyphens
// inside: O'Connor, Jean-Luc, McLeod). Returns its end, or `from` if there is none.
int capitalised(QStringView t, int from)
{
    const int n = int(t.size());
    if (from >= n || !t.at(from).isUpper() || t.at(from).unicode() >= 0x3000)
        return from;
    int i = from + 1;
    int lower = 0;
    while (i < n) {
        const QChar c = t.at(i);
        if (c.isLower()) {
            ++lower;
            ++i;
        } else if (c.isUpper() && lower > 0 && i - from <= 3) { // McLeod, MacLeod, O'Connor
            ++i;
        } else if ((c == QLatin1Char('\'') || c == QChar(0x2019) || c == QLatin1Char('-')) && i + 1 < n &&
                   t.at(i + 1).isLetter()) {
            ++i;
        } else {
            break;
        }
    }
    if (lower == 0 || (i < n && (t.at(i).isLetterOrNumber())))
        return from;
    return i;
}

bool particleWord(QStringView w)
{
    static const char* const p[] = {"van", "der", "den", "de", "von", "da",
                                    "di",  "del", "la",  "le", "dos", "du"};
    if (w.size() < 2 || w.size() > 3) // all of them (most words after a name are longer)
        return false;
    // All of them begin with d, l or v: most short words after a capitalised one ("the", "is")
    // are told apart without the twelve comparisons.
    const char16_t first = w.at(0).unicode();
    if (first != u'd' && first != u'l' && first != u'v')
        return false;
    for (const char* x : p)
        if (w == QLatin1String(x))
            return true;
    return false;
}

// A name starting with the capital at i (preceded by no letter); returns where to go on.
int englishAt(QStringView t, int i, std::vector<NameFinder::Hit>& out, int& lastEnd)
{
    const Lists& l = lists();
    const char16_t* const pt = reinterpret_cast<const char16_t*>(t.utf16());
    const int n = int(t.size());
    {
        // Tokens: capitalised words or initials ("J."), single spaces between, name particles.
        // Plain ones (asciiCapitalised()) carry their hash to the list look-ups.
        struct Tok
        {
            int s, e;
            bool initial;
            bool plain;
            quint32 hash;
        };
        Tok toks[4];
        int k = 0;
        int p = i;
        while (k < 4 && p < n) {
            quint32 hash = 0;
            int e = asciiCapitalised(pt, p, n, hash);
            const bool plain = e >= 0;
            if (!plain)
                e = capitalised(t, p);
            bool initial = false;
            if (e == p && t.at(p).isUpper() && p + 1 < n && t.at(p + 1) == QLatin1Char('.') &&
                (p + 2 >= n || t.at(p + 2) == QLatin1Char(' ')) && (p == 0 || !t.at(p - 1).isLetter())) {
                e = p + 2;
                initial = true;
            }
            if (e == p)
                break;
            if (!initial && (plain ? l.stop.containsCapitalisedAscii(pt + p, size_t(e - p), hash)
                                   : l.stop.containsLower(t.sliced(p, e - p)))) {
                // A plain stop word first: what follows it is no word character, and the loop
                // below would step to its end.
                if (k == 0 && plain)
                    return e;
                break;
            }
            toks[k++] = {p, e, initial, plain, hash};
            if (e + 1 < n && t.at(e) == QLatin1Char(' ')) {
                int q = e + 1;
                // van der Berg, de la Cruz. All the particles begin with d, l or v
                // (particleWord()): most words after a capitalised one are not read further.
                while (q < n && (pt[q] == u'd' || pt[q] == u'l' || pt[q] == u'v')) {
                    int we = q;
                    while (we < n && t.at(we).isLower())
                        ++we;
                    if (we > q && we < n && t.at(we) == QLatin1Char(' ') && particleWord(t.sliced(q, we - q)))
                        q = we + 1;
                    else
                        break;
                }
                p = q;
                if (p < n && t.at(p).isUpper())
                    continue;
            }
            break;
        }
        if (k == 0) {
            // Skip the rest of a stop word.
            while (i + 1 < n && isWordChar(t.at(i + 1)))
                ++i;
            return i + 1;
        }
        // Initials only stand before a surname.
        if (toks[k - 1].initial)
            --k;
        if (k == 0)
            return i + 1;
        const int start = toks[0].s;
        const int end = toks[k - 1].e;
        auto inList = [&](const WordSet& list, const Tok& w) {
            return w.plain ? list.containsCapitalisedAscii(pt + w.s, size_t(w.e - w.s), w.hash)
                           : list.containsLower(t.sliced(w.s, w.e - w.s));
        };
        const bool given = !toks[0].initial && inList(l.given, toks[0]);
        const bool surname = k >= 2 && inList(l.surnames, toks[k - 1]);
        const bool initialFirst = toks[0].initial;
        // Context: the words before, or a list of names ("A, B and C").
        // The word before first (one hash look-up), the phrases only when it ends one.
        int we = start;
        while (we > 0 && (t.at(we - 1) == QLatin1Char(' ') || t.at(we - 1) == QLatin1Char(':') ||
                          t.at(we - 1) == QLatin1Char(',') || t.at(we - 1) == QLatin1Char('\n') ||
                          t.at(we - 1) == QLatin1Char('-') || t.at(we - 1) == QChar(0x2014)))
            --we;
        int ws = we;
        while (ws > 0 && we - ws < 16 && (t.at(ws - 1).isLetter() || t.at(ws - 1) == QLatin1Char('\'')))
            --ws;
        bool ctx = false;
        if (we > ws && l.contextLastWords.containsLower(t.sliced(ws, we - ws))) {
            // The lower-cased text before, only when its last word ends a phrase.
            char16_t before[24];
            const int from = std::max(0, start - 24);
            const int blen = start - from;
            for (int j = 0; j < blen; ++j) {
                const char16_t b = t.at(from + j).unicode();
                before[j] = b >= u'A' && b <= u'Z' ? char16_t(b + 32) : b;
            }
            const std::u16string_view beforeView(before, size_t(blen));
            for (const std::u16string& w : l.contextBefore)
                if (beforeView.size() >= w.size() && beforeView.substr(beforeView.size() - w.size()) == w) {
                    ctx = true;
                    break;
                }
        }
        if (lastEnd >= 0) {
            const QStringView gap = t.sliced(lastEnd, std::max(0, start - lastEnd));
            if ((gap.size() == 2 || gap.size() == 5) &&
                (gap == QLatin1String(", ") || gap == QLatin1String(" and ") || gap == QLatin1String("; ")))
                ctx = true;
        }
        auto nonAscii = [&] {
            for (int j = start; j < end; ++j)
                if (t.at(j).unicode() >= 0x80)
                    return true;
            return false;
        };

        double score = 0.0;
        if (ctx)
            score = (given || surname || k >= 2) ? 0.85 : 0.75;
        else if (k >= 2 && given && surname)
            score = 0.75;
        else if (k >= 2 && initialFirst && surname)
            score = 0.7;
        else if (k >= 2 && (given || surname))
            score = 0.6;
        else if (k >= 2 && nonAscii())
            score = 0.55; // Szöllösy, Hadžić: diacritics are a hint in English text
        if (score > 0.0) {
            out.push_back({start, end, score, false});
            lastEnd = end;
        }
        return end;
    }
}

// Whether a name can start at the Hangul syllable at i: a surname syllable, and right after the
// surname (one syllable, or two from the two-syllable list) a syllable given names begin with.
// Most words that start with a surname syllable (주문번호, 이번, 전년) fail the second test.
inline bool nameCanStart(const Lists& l, const char16_t* p, int i, int n)
{
    const size_t c = size_t(p[i] - 0xAC00);
    return (l.koSurname1[c] && i + 1 < n && inSet(l.koGiven, p[i + 1])) ||
           (l.koSurname2First[c] && i + 2 < n && inSet(l.koGiven, p[i + 2]));
}

// A name in the Hangul word that starts at i; returns the end of the word.
int koreanAt(QStringView t, int i, std::vector<NameFinder::Hit>& out)
{
    const Lists& l = lists();
    const int n = int(t.size());
    // Most words do not start with a surname: leave before reading them to their end (the next
    // word start is found without stepping through the rest of this one).
    const char16_t* const p = reinterpret_cast<const char16_t*>(t.utf16());
    if (!nameCanStart(l, p, i, n))
        return i + 1;
    int e = i;
    while (e < n && e - i < 8 && isHangul(p[e]))
        ++e;
    if (e - i >= 8)
        return i + 1;
    {
        const QStringView w = t.sliced(i, e - i);
        if (w.size() < 2 || w.size() > 7)
            return e;
        int sl = 0;
        if (w.size() >= 3 && inSet(l.koSurname2First, w.at(0).unicode()) && l.koSurname2.contains(w.left(2)))
            sl = 2;
        else if (inSet(l.koSurname1, w.at(0).unicode()))
            sl = 1;
        if (sl == 0)
            return e;
        for (int gl = 2; gl >= 1; --gl) {
            if (sl + gl > w.size())
                continue;
            bool ok = true;
            for (int j = sl; j < sl + gl; ++j)
                ok = ok && inSet(l.koGiven, w.at(j).unicode());
            if (!ok)
                continue;
            const QStringView rest = w.sliced(sl + gl);
            if (!rest.isEmpty()) {
                // A one-syllable given name only stands before 님 or 씨 (below); and most words go
                // on with something that starts no particle (the hash look-up last).
                const char16_t r = rest.at(0).unicode();
                if (gl == 1 && r != u'님' && r != u'씨')
                    continue;
                if (rest.size() > l.particleMax || !inSet(l.particleFirst, r) || !l.particles.contains(rest))
                    continue;
            }
            const QStringView particle = rest;
            // 님 and 씨 also stand apart ("최수아 님").
            const bool apart =
                rest.isEmpty() && e + 1 < n && t.at(e) == QLatin1Char(' ') &&
                (t.at(e + 1) == QChar(u'님') || t.at(e + 1) == QChar(u'씨')) &&
                (e + 2 >= n || !isHangul(t.at(e + 2).unicode()) || t.at(e + 2) == QChar(u'께') ||
                 t.at(e + 2) == QChar(u'이') || t.at(e + 2) == QChar(u'은') || t.at(e + 2) == QChar(u'의'));
            const bool honorific =
                apart || particle.startsWith(QChar(u'님')) || particle.startsWith(QChar(u'씨'));
            // One-syllable given names (김봄) are words too often: only before 님/씨.
            if (gl == 1 && !honorific)
                continue;
            if (l.koStop.contains(w.left(sl + gl)))
                continue;
            // Without 님/씨 nothing tells an ordinary word of the same shape from a name: "모든
            // 구성원에게", "품질 관리 기준서", "경보가 울린다".
            if (!honorific && (KoreanCommonWords::contains(w.left(sl + gl)) ||
                               KoreanCommonWords::containsWithSuffix(w.left(sl + gl))))
                continue;
            double score = 0.0;
            if (honorific)
                score = 0.85;
            else if (!particle.isEmpty())
                score = 0.65;
            else
                score = 0.6;
            out.push_back({i, i + sl + gl, score, true});
            break;
        }
    }
    return e;
}

// Where find() does something: an upper-case letter (ASCII, or Latin and others below U+3000) that
// no ASCII word character precedes, or the first syllable of a Hangul word of two or more where
// nameCanStart() (koreanAt() and find() step over the others one character on, so leaving them out
// here changes nothing but the cost). A Hangul word of one syllable holds no
// name: OCR text, with a space between every two syllables, has hardly any word start left.
inline bool interesting(const Lists& l, const char16_t* p, int i, int n)
{
    const char16_t c = p[i];
    if (char16_t(c - u'A') < 26) {
        if (i == 0)
            return true;
        const char16_t b = p[i - 1];
        return !(char16_t(b - u'0') < 10 || char16_t((b | 0x20) - u'a') < 26 || b == u'\'');
    }
    if (c >= 0xC0 && c < 0x3000)
        return true;
    return isHangul(c) && (i == 0 || !isHangul(p[i - 1])) && i + 1 < n && isHangul(p[i + 1]) &&
           nameCanStart(l, p, i, n);
}

int nextInterestingScalar(const Lists& l, const char16_t* p, int i, int n)
{
    for (; i < n; ++i)
        if (interesting(l, p, i, n))
            return i;
    return n;
}

// What interesting() decides about a unit the vector test found: a Hangul syllable there already
// starts a word of two or more, so only the name tables are left to ask.
inline bool confirm(const Lists& l, const char16_t* p, int i, int n)
{
    const char16_t c = p[i];
    return isHangul(c) ? nameCanStart(l, p, i, n) : interesting(l, p, i, n);
}

// The next position that is interesting(), eight UTF-16 units at a time: names are rare, and
// stepping through every character of every text was most of this class's cost. The vector test
// is the coarse one (capitals, Hangul word starts); interesting() sorts its hits.
int nextInterestingSse2(const Lists& l, const char16_t* p, int i, int n)
{
    if (i == 0 && n > 0 && interesting(l, p, 0, n))
        return 0;
    i = std::max(i, 1);
    // (v - lo) < span unsigned is (v ^ 0x8000) - lo < span - 0x8000 signed: SSE2 compares signed
    // only, and flipping the top bit once per vector leaves one subtraction and one compare a range.
    const __m128i bias = _mm_set1_epi16(short(0x8000));
    auto inRange = [](__m128i flipped, char16_t lo, int span) {
        return _mm_cmplt_epi16(_mm_sub_epi16(flipped, _mm_set1_epi16(short(lo))),
                               _mm_set1_epi16(short(span - 0x8000)));
    };
    for (; i + 9 <= n; i += 8) {
        const __m128i v = _mm_xor_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i)), bias);
        const __m128i prev =
            _mm_xor_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i - 1)), bias);
        const __m128i next =
            _mm_xor_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + 1)), bias);
        const __m128i upper = _mm_or_si128(inRange(v, u'A', 26), inRange(v, 0xC0, 0x3000 - 0xC0));
        const __m128i hangulStart = _mm_and_si128(
            _mm_andnot_si128(inRange(prev, 0xAC00, 0xD7A4 - 0xAC00), inRange(v, 0xAC00, 0xD7A4 - 0xAC00)),
            inRange(next, 0xAC00, 0xD7A4 - 0xAC00));
        // One bit a unit (the low one of its two bytes).
        unsigned bits = unsigned(_mm_movemask_epi8(_mm_or_si128(upper, hangulStart))) & 0x5555u;
        for (; bits; bits &= bits - 1) {
            const int k = __builtin_ctz(bits) >> 1;
            if (confirm(l, p, i + k, n))
                return i + k;
        }
    }
    return nextInterestingScalar(l, p, i, n);
}

// nextInterestingSse2()'s range test (a lambda would not take the function's target).
__attribute__((target("avx2"), always_inline)) inline __m256i inRange256(__m256i flipped, char16_t lo,
                                                                         int span)
{
    return _mm256_cmpgt_epi16(_mm256_set1_epi16(short(span - 0x8000)),
                              _mm256_sub_epi16(flipped, _mm256_set1_epi16(short(lo))));
}

// The same sixteen units at a time, where the CPU has AVX2: the vector test is most of the cost
// of Korean text, whose word starts it cannot tell from surnames.
__attribute__((target("avx2,bmi"))) int nextInterestingAvx2(const Lists& l, const char16_t* p, int i, int n)
{
    if (i == 0 && n > 0 && interesting(l, p, 0, n))
        return 0;
    i = std::max(i, 1);
    const __m256i bias = _mm256_set1_epi16(short(0x8000));
    for (; i + 17 <= n; i += 16) {
        const __m256i v = _mm256_xor_si256(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + i)), bias);
        const __m256i prev =
            _mm256_xor_si256(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + i - 1)), bias);
        const __m256i next =
            _mm256_xor_si256(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + i + 1)), bias);
        const __m256i upper = _mm256_or_si256(inRange256(v, u'A', 26), inRange256(v, 0xC0, 0x3000 - 0xC0));
        const __m256i hangulStart =
            _mm256_and_si256(_mm256_andnot_si256(inRange256(prev, 0xAC00, 0xD7A4 - 0xAC00),
                                                 inRange256(v, 0xAC00, 0xD7A4 - 0xAC00)),
                             inRange256(next, 0xAC00, 0xD7A4 - 0xAC00));
        unsigned bits = unsigned(_mm256_movemask_epi8(_mm256_or_si256(upper, hangulStart))) & 0x55555555u;
        for (; bits; bits &= bits - 1) {
            const int k = __builtin_ctz(bits) >> 1;
            if (confirm(l, p, i + k, n))
                return i + k;
        }
    }
    return nextInterestingSse2(l, p, i, n);
}

bool cpuHasAvx2()
{
    static const bool has = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi");
    return has;
}

NameFinder::Scan available(NameFinder::Scan scan)
{
    if (scan == NameFinder::Scan::Avx2 && !cpuHasAvx2())
        return NameFinder::Scan::Sse2;
    return scan;
}

} // namespace

bool NameFinder::isGivenNameSyllable(char16_t c)
{
    return inSet(lists().koGiven, c);
}

bool NameFinder::isSurname(char16_t c)
{
    return inSet(lists().koSurname1, c);
}

bool NameFinder::isSurname2(QStringView w)
{
    const Lists& l = lists();
    return w.size() == 2 && inSet(l.koSurname2First, w.at(0).unicode()) && l.koSurname2.contains(w);
}

NameFinder::Scan NameFinder::bestScan()
{
    return available(Scan::Avx2);
}

int NameFinder::nextCandidate(QStringView text, int from, Scan scan)
{
    const char16_t* p = reinterpret_cast<const char16_t*>(text.utf16());
    const int n = int(text.size());
    const Lists& l = lists();
    switch (available(scan)) {
    case Scan::Scalar:
        return nextInterestingScalar(l, p, from, n);
    case Scan::Sse2:
        return nextInterestingSse2(l, p, from, n);
    case Scan::Avx2:
        return nextInterestingAvx2(l, p, from, n);
    }
    return n;
}

void NameFinder::find(QStringView text, std::vector<Hit>& out)
{
    find(text, out, bestScan());
}

void NameFinder::find(QStringView text, std::vector<Hit>& out, Scan scan)
{
    const char16_t* p = reinterpret_cast<const char16_t*>(text.utf16());
    const int n = int(text.size());
    int lastEnd = -10;
    const Lists& l = lists();
    scan = available(scan);
    auto next = [&](int from) {
        return scan == Scan::Avx2   ? nextInterestingAvx2(l, p, from, n)
               : scan == Scan::Sse2 ? nextInterestingSse2(l, p, from, n)
                                    : nextInterestingScalar(l, p, from, n);
    };
    for (int i = next(0); i < n; i = next(i)) {
        const char16_t c = p[i];
        if (isHangul(c)) {
            i = koreanAt(text, i, out);
        } else if ((c < 0x80 || QChar::isUpper(c)) && !(i > 0 && isWordChar(QChar(p[i - 1])))) {
            i = englishAt(text, i, out, lastEnd);
        } else {
            ++i;
        }
    }
}

} // namespace quarry
