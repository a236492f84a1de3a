#include "redact/recognizers/KrAddressRecognizer.h"

#include "redact/ScanJob.h"
#include "redact/ScanTables.h"

#include <QStringList>
#include <algorithm>

namespace quarry {

using namespace scan;

namespace {

// How much of s[from, to) the expression `tail` (KrAddressRecognizer()) matches at `from`, read by
// hand: every address found runs it, and a match costs thousands of instructions in QRegularExpression.
// Each of its parts is optional and nothing after it is required, so the expression takes each part
// where it matches, and no later part can make an earlier one give back what it took.
// \s and \d are ASCII (no Unicode properties).
int tailLength(const char16_t* s, int from, int to)
{
    auto space = [](char16_t c) { return c == u' ' || (c >= u'\t' && c <= u'\r'); };
    auto digit = [](char16_t c) { return c >= u'0' && c <= u'9'; };
    auto spaces = [&](int p) {
        while (p < to && space(s[p]))
            ++p;
        return p;
    };
    auto digits = [&](int p) {
        while (p < to && digit(s[p]))
            ++p;
        return p;
    };
    int p = from;
    if (p + 1 < to && s[p] == u'번' && s[p + 1] == u'지') // (?:번지)?
        p += 2;
    {
        // (?:(?:\s*,)?\s*(?:\d+동\s*)?\d+호)?
        int q = spaces(p);
        if (q < to && s[q] == u',')
            q = spaces(q + 1);
        int d = digits(q);
        if (d > q && d < to && s[d] == u'동') {
            q = spaces(d + 1);
            d = digits(q);
        }
        if (d > q && d < to && s[d] == u'호')
            p = d + 1;
    }
    {
        // (?:\s*\d+층)?
        const int q = spaces(p);
        const int d = digits(q);
        if (d > q && d < to && s[d] == u'층')
            p = d + 1;
    }
    {
        // (?:\s*\([가-힣0-9,\s]{1,20}\))?
        const int q = spaces(p);
        if (q < to && s[q] == u'(') {
            int r = q + 1;
            while (r < to && r - (q + 1) < 20 &&
                   (isHangul(s[r]) || digit(s[r]) || s[r] == u',' || space(s[r])))
                ++r;
            if (r > q + 1 && r < to && s[r] == u')')
                p = r + 1;
        }
    }
    return p - from;
}

// Where a Korean address found up to its number ends: after the tail that may follow the number
// (building, unit, floor), which both the plain and the OCR-split address share.
int addressEnd(const ScanJob& job, const QRegularExpression& tail, int numberEnd)
{
    const QStringView w = job.window(numberEnd, 64);
    if (job.tables().fastPaths)
        return numberEnd + tailLength(job.text(), numberEnd, numberEnd + int(w.size()));
    const QRegularExpressionMatch m =
        tail.match(w, 0, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    return m.hasMatch() ? numberEnd + int(m.capturedEnd()) : numberEnd;
}

// An address as OCR splits it, every syllable apart ("서 울 특 별 시 강 남 구 테 헤 란 로 123"): the
// single syllables before the road suffix at p - 1 are joined, the road name runs back to the last
// administrative tail (시, 도, 구, 군, 읍, 면), and at least one administrative area must precede
// it. Reported for review.
bool splitAddress(ScanJob& job, const QRegularExpression& tailRe, int p, int numberEnd)
{
    const char16_t* s = job.text();
    auto at = [&](int i) { return job.at(i); };
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
    const int end = addressEnd(job, tailRe, numberEnd);
    job.report(RAddressKr, pos[start], end, 0.65);
    return true;
}

} // namespace

KrAddressRecognizer::KrAddressRecognizer()
    : m_tail(QStringLiteral("(?:번지)?(?:(?:\\s*,)?\\s*(?:\\d+동\\s*)?\\d+호)?(?:\\s*\\d+층)?(?"
                            ":\\s*\\([가-힣0-9,\\s]{1,20}\\))?"))
{
    m_tail.optimize();
}

void KrAddressRecognizer::attach(ScanTables& tables) const
{
    if (tables.on[RAddressKr])
        tables.onRunStart(this);
}

int KrAddressRecognizer::runStart(ScanJob& job, const DigitRun& run) const
{
    const Groups& groups = *run.groups;
    const Seps& seps = *run.seps;
    int numberEnd = groups[0].second;
    if (groups.size() > 1 && seps[0] == u'-')
        numberEnd = groups[1].second;

    const char16_t* s = job.text();
    auto at = [&](int i) { return job.at(i); };
    int p = run.start;
    if (at(p - 1) == u' ')
        --p;
    const char16_t last = at(p - 1);
    const bool road = last == u'로' || last == u'길';
    const bool lot = last == u'동' || last == u'리' || last == u'가';
    if (!road && !lot)
        return -1;
    // The road or village name: Hangul and digits (판교역로, 테헤란로, 중앙로12번길).
    int q = p - 1;
    while (q > 0 && (isHangul(s[q - 1]) || isDigit(s[q - 1])))
        --q;
    if (p - q < 2)
        return road && p - q == 1 && at(q - 1) == u' ' && isHangul(at(q - 2)) && !isHangul(at(q - 3)) &&
                       splitAddress(job, m_tail, p, numberEnd)
                   ? numberEnd
                   : -1;
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
    if (admin == 0 && (p - q < 3 || lot))
        return -1;
    const int end = addressEnd(job, m_tail, numberEnd);
    job.report(RAddressKr, start, end, admin > 0 ? 0.85 : 0.55);
    return numberEnd;
}

} // namespace quarry
