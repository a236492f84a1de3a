#include "redact/Scanner.h"

#include "redact/RecognizerRegistry.h"
#include "redact/ScanJob.h"
#include "redact/ScanTables.h"
#include "redact/Utf8Decoder.h"

#include <QIODevice>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSet>
#include <QStringDecoder>
#include <QThreadPool>
#include <algorithm>
#include <array>
#include <cstring>
#include <deque>
#include <exception>
#include <limits>
#include <map>
#include <optional>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace quarry {

using namespace scan;

namespace {

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

// Low halves of surrogate pairs in w16[from, to) (code points = UTF-16 units minus these).
qint64 lowSurrogates(const char16_t* w16, bool surrogates, int from, int to)
{
    qint64 k = 0;
    if (!surrogates)
        return k;
    for (int i = from; i < to; ++i)
        k += (w16[i] & 0xFC00) == 0xDC00 ? 1 : 0;
    return k;
}

// Scanner::normalized() into memory of the caller (n units at dst).
void normalizeInto(const char16_t* src, qsizetype n, char16_t* dst)
{
    qsizetype i = 0;
#if defined(__SSE2__)
    // Eight units at a time while none of them can fold (below U+00A0, or Hangul syllables and the
    // rest up to U+FE00, as textHints() tells): most text is copied as it is.
    const __m128i bias = _mm_set1_epi16(short(0x8000));
    const __m128i below = _mm_set1_epi16(short(0xA0 - 0x8000));
    const __m128i hangulLo = _mm_set1_epi16(short(0xAC00 - 0x8000 - 1));
    const __m128i hangulHi = _mm_set1_epi16(short(0xFE00 - 0x8000));
    for (; i + 8 <= n; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + i));
        const __m128i b = _mm_xor_si128(v, bias); // unsigned order in signed compares
        const __m128i keep =
            _mm_or_si128(_mm_cmplt_epi16(b, below),
                         _mm_and_si128(_mm_cmpgt_epi16(b, hangulLo), _mm_cmplt_epi16(b, hangulHi)));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + i), v);
        if (_mm_movemask_epi8(keep) != 0xFFFF)
            for (qsizetype k = i; k < i + 8; ++k)
                dst[k] = normChar(src[k]);
    }
#endif
    for (; i < n; ++i)
        dst[i] = normChar(src[i]);
}

} // namespace

Scanner::Scanner(const RuleSet& rules) : d(std::make_unique<ScanTables>())
{
    const auto& builtins = RuleSet::builtins();
    for (int r = 0; r < RuleCount; ++r) {
        d->ruleName[size_t(r)] = QString::fromLatin1(builtins.at(r).name);
        d->ruleType[size_t(r)] = QString::fromLatin1(builtins.at(r).type);
        d->on[size_t(r)] = rules.isEnabled(d->ruleName[size_t(r)]);
    }

    // The vocabulary every recognizer shares: context words (their categories raise scores),
    // titles, honorifics and labels (names follow or precede them), personal paths.
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
    // word, and each of those is dropped when it starts inside a word: ScanJob::run() relies on that.
    d->skipFlags.assign(65536, 0);
    for (int c = 0; c < 65536; ++c) {
        const char16_t ch = char16_t(c);
        quint8 f = 0;
        if (isDigit(ch))
            f = ScanTables::SkipDigit | ScanTables::SkipRunStart;
        else if (isAsciiLetter(ch))
            f = ScanTables::SkipLetter;
        if (d->keywords.startsKeyword(ch))
            f |= d->keywords.startsHere(ch, u'\0') ? ScanTables::SkipAlways
                                                   : ScanTables::SkipPair; // a one-character keyword
        d->skipFlags[size_t(c)] = f;
    }
    d->startPairs = d->keywords.startPairs(); // built with the automaton
    // The recognizers attach to the hooks of the rules that are on (trigger characters mark the
    // skip table).
    d->recognizers = RecognizerRegistry::create();
    for (const auto& r : d->recognizers)
        r->attach(*d);

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
                d->allow.insert(ScanTables::allowKey(t));
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
    normalizeInto(reinterpret_cast<const char16_t*>(text.utf16()), text.size(),
                  reinterpret_cast<char16_t*>(out.data()));
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

// Working memory of resolve(). A stream keeps one across its windows: fresh multi-megabyte
// buffers per window (the normalised copy, the candidates) cost more in page faults than the work
// done in them.
struct Scanner::Buffers
{
    QString norm; // the normalised copy, when something folds
    std::vector<ScanJob::Cand> cands;
    std::vector<quint64> keys;
    std::vector<int> order;
    std::vector<int> group;
    std::vector<const ScanJob::Cand*> kept; // the result: into cands, in order of their start
};

const QString& Scanner::ruleName(int rule) const
{
    if (rule < RuleCount)
        return d->ruleName[size_t(rule)];
    if (size_t(rule - RuleCount) < d->regexes.size())
        return d->regexes[size_t(rule - RuleCount)].name;
    return d->termLists[size_t(rule - RuleCount - int(d->regexes.size()))].name;
}

void Scanner::resolve(const QString& text, bool mayFold, Buffers& buf) const
{
    // Most text needs no folding; then the original is scanned as it is. Only if some character
    // might fold at all (textHints), the exact check.
    const char16_t* src = reinterpret_cast<const char16_t*>(text.utf16());
    const qsizetype len = text.size();
    bool fold = false;
    for (qsizetype i = 0; mayFold && i < len && !fold; ++i)
        fold = src[i] >= 0xA0 && normChar(src[i]) != src[i];
    if (fold) {
        buf.norm.resize(len); // keeps its capacity from an earlier window
        normalizeInto(src, len, reinterpret_cast<char16_t*>(buf.norm.data()));
    }
    const QString& norm = fold ? buf.norm : text;
    ScanJob job(*d, norm);
    // ScanJob::run() hands back the vector it reported into; given the one of the previous
    // window, it reports into memory that is already there.
    buf.cands.clear();
    job.candidates().swap(buf.cands);
    buf.cands = job.run();
    std::vector<ScanJob::Cand>& cands = buf.cands;

    // Overlaps: the best score wins, then the longer span, then the earlier one, then the one
    // reported first (so that equal candidates always resolve the same way).
    auto better = [](const ScanJob::Cand& a, const ScanJob::Cand& b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.end - a.start != b.end - b.start)
            return a.end - a.start > b.end - b.start;
        return a.start < b.start;
    };
    auto allowed = [&](const ScanJob::Cand& c) {
        return !d->allow.isEmpty() &&
               d->allow.contains(ScanTables::allowKey(QStringView(norm).mid(c.start, c.end - c.start)));
    };
    std::vector<const ScanJob::Cand*>& kept = buf.kept;
    kept.clear();
    if (d->fastPaths) {
        // Only candidates that overlap can compete: the greedy choice by score is made within each
        // group of chained overlaps (most candidates stand alone), which gives the same result as
        // making it over all candidates at once.
        // Candidates are reported in nearly text order. Sorted as (start, report order) packed in
        // one integer: comparing through the candidates cost more than the rest of the resolution.
        std::vector<quint64>& keys = buf.keys;
        keys.clear();
        keys.reserve(cands.size());
        for (size_t k = 0; k < cands.size(); ++k)
            if (cands[k].score >= ReportThreshold)
                keys.push_back((quint64(quint32(cands[k].start)) << 32) | quint64(k));
        std::sort(keys.begin(), keys.end());
        std::vector<int>& order = buf.order;
        order.resize(keys.size());
        for (size_t k = 0; k < keys.size(); ++k)
            order[k] = int(keys[k] & 0xffffffffu);
        std::vector<int>& group = buf.group;
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
                    const ScanJob::Cand& x = cands[size_t(a)];
                    const ScanJob::Cand& y = cands[size_t(b)];
                    if (better(x, y))
                        return true;
                    if (better(y, x))
                        return false;
                    return a < b;
                });
                const size_t first = kept.size();
                for (int g : group) {
                    const ScanJob::Cand& c = cands[size_t(g)];
                    bool free = true;
                    for (size_t t = first; t < kept.size() && free; ++t)
                        free = kept[t]->end <= c.start || c.end <= kept[t]->start;
                    if (free && !allowed(c))
                        kept.push_back(&c);
                }
                std::sort(kept.begin() + qsizetype(first), kept.end(),
                          [](const ScanJob::Cand* a, const ScanJob::Cand* b) { return a->start < b->start; });
            }
            k = e;
        }
    } else {
        std::stable_sort(cands.begin(), cands.end(), better);
        std::map<int, int> taken; // start -> end
        for (const ScanJob::Cand& c : cands) {
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
        std::sort(kept.begin(), kept.end(),
                  [](const ScanJob::Cand* a, const ScanJob::Cand* b) { return a->start < b->start; });
    }
}

QList<Detection> Scanner::scanText(const QString& text, bool mayFold) const
{
    Buffers b;
    resolve(text, mayFold, b);
    QList<Detection> result;
    result.reserve(qsizetype(b.kept.size()));
    for (const ScanJob::Cand* c : b.kept) {
        Detection det;
        det.start = c->start;
        det.end = c->end;
        det.type = *c->type;
        det.rule = ruleName(c->rule);
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

bool Scanner::scanStream(QIODevice& in, const std::function<void(const StreamHit&)>& sink, qint64 windowChars,
                         int threads) const
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
    // The working memory of the scan: one for every window with one thread. With more, a slot per
    // window in flight (the window's text and the scan's buffers), handed on to later windows once
    // its hits are out: the window's buffer moves into the slot and the slot's old buffer becomes
    // the next window, so nothing is copied but the overlap and nothing is allocated again (fresh
    // pages per window cost more than the scan's own work). The pool's threads live as long as
    // the stream, not one thread per window.
    Buffers buffers;
    struct Slot
    {
        QString text;
        Buffers buffers;
        QSemaphore done;
        std::exception_ptr error;
    };
    std::vector<std::unique_ptr<Slot>> spare;
    struct Pending
    {
        std::unique_ptr<Slot> slot;
        qint64 base;
        qint64 cpBase;
        int emitFrom;
        int cut;
        bool surrogates;
    };
    std::deque<Pending> pending;
    std::optional<QThreadPool> pool;
    if (threads > 1) {
        pool.emplace();
        pool->setMaxThreadCount(threads);
    }
    auto emitHits = [this, &sink](const QString& text, qint64 base, qint64 cpBase, int from, int cut,
                                  bool surrogates, const Buffers& found) {
        const char16_t* w16 = reinterpret_cast<const char16_t*>(text.utf16());
        qint64 cp = cpBase;
        int cpPos = 0;
        auto cpAt = [&](int pos) {
            cp += (pos - cpPos) - lowSurrogates(w16, surrogates, cpPos, pos);
            cpPos = pos;
            return cp;
        };
        StreamHit hit;
        for (const ScanJob::Cand* c : found.kept) {
            if (c->start < from || c->start >= cut)
                continue;
            hit.text = QStringView(w16 + c->start, c->end - c->start);
            hit.rule = ruleName(c->rule);
            hit.type = *c->type;
            hit.score = c->score;
            hit.start = base + c->start;
            hit.end = base + c->end;
            hit.cpStart = cpAt(c->start);
            // The end may lie past later starts; count separately without moving the cursor.
            hit.cpEnd = hit.cpStart + (c->end - c->start) - lowSurrogates(w16, surrogates, c->start, c->end);
            sink(hit);
        }
    };
    auto drain = [&](size_t keep) {
        while (pending.size() > keep) {
            Pending& p = pending.front();
            p.slot->done.acquire();
            if (p.slot->error)
                std::rethrow_exception(std::exchange(p.slot->error, nullptr));
            emitHits(p.slot->text, p.base, p.cpBase, p.emitFrom, p.cut, p.surrogates, p.slot->buffers);
            spare.push_back(std::move(p.slot));
            pending.pop_front();
        }
    };
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
        const bool surrogates = hints & HintSurrogates;
        // Code points = UTF-16 units minus the low halves of surrogate pairs (most text has none:
        // then code points are UTF-16 units).
        const char16_t* w16 = reinterpret_cast<const char16_t*>(window.utf16());
        auto lows = [w16, surrogates](int from, int to) { return lowSurrogates(w16, surrogates, from, to); };
        // Where the next window begins: kLead characters before the cut as context, and
        // everything after it.
        int keepFrom = 0;
        if (!eof) {
            keepFrom = std::max(0, cut - kLead);
            if (keepFrom > 0 && window.at(keepFrom).isLowSurrogate())
                --keepFrom;
        }
        const qint64 nextCpBase = windowCpBase + keepFrom - lows(0, keepFrom);
        const qsizetype kept = window.size() - keepFrom;
        if (threads <= 1) {
            resolve(window, hints & HintMayFold, buffers);
            emitHits(window, windowBase, windowCpBase, emitFrom, cut, surrogates, buffers);
            if (eof)
                break;
            // Moved by hand: QString::remove(0, k) only advances the start, so the next append
            // would reallocate (and copy) the whole window.
            QChar* wd = window.data();
            std::memmove(wd, wd + keepFrom, size_t(kept) * sizeof(QChar));
            window.truncate(kept);
        } else {
            // The window is scanned on a thread of the pool while the next one is read; hits go
            // out in order.
            Pending p{nullptr, windowBase, windowCpBase, emitFrom, cut, surrogates};
            if (spare.empty()) {
                p.slot = std::make_unique<Slot>();
                p.slot->text.reserve(window.capacity());
            } else {
                p.slot = std::move(spare.back());
                spare.pop_back();
            }
            p.slot->text.swap(window);
            window.resize(kept);
            std::memcpy(window.data(), p.slot->text.constData() + keepFrom, size_t(kept) * sizeof(QChar));
            pool->start([this, slot = p.slot.get(), fold = bool(hints & HintMayFold)] {
                try {
                    resolve(slot->text, fold, slot->buffers);
                } catch (...) {
                    slot->error = std::current_exception();
                }
                slot->done.release();
            });
            pending.push_back(std::move(p));
            drain(size_t(threads));
            if (eof)
                break;
        }
        windowCpBase = nextCpBase;
        windowBase += keepFrom;
        hints = textHints(reinterpret_cast<const char16_t*>(window.utf16()), kept);
        emitFrom = cut - keepFrom;
    }
    drain(0);
    return ok;
}

} // namespace quarry