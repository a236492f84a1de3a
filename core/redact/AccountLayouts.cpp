#include "redact/AccountLayouts.h"

#include <QString>
#include <algorithm>
#include <array>
#include <string_view>

namespace quarry {

namespace {

struct Layout
{
    const char* bank;          // for people reading the table
    std::array<int, 5> groups; // group lengths, 0 ends the list
    const char* prefix;        // leading digits the bank always uses, or ""
};

// Sources: the banks' own customer guidance on account numbers (passbook and transfer-slip
// layouts, 계좌번호 자릿수 안내) and the 금융결제원 bank-code list for which institutions take
// transfers; summarised with the old layouts still in use in resources/rules/kr-bank-accounts.md.
// Several banks share a layout; the bank column is for review only.
constexpr Layout kLayouts[] = {
    {"KB국민은행", {6, 2, 6}, ""},
    {"KB국민은행 (구)", {3, 2, 4, 3}, ""},
    {"KB국민은행 (주택)", {4, 2, 4, 4}, ""},
    {"신한은행", {3, 3, 6}, ""},
    {"신한은행 (구 조흥/신한)", {3, 2, 6}, ""},
    {"우리은행", {4, 3, 6}, ""},
    {"우리은행 (구)", {3, 6, 2, 3}, ""},
    {"하나은행", {3, 6, 5}, ""},
    {"하나은행 (구 외환)", {3, 6, 3}, ""},
    {"NH농협은행", {3, 4, 4, 2}, ""},
    {"NH농협 (지역농축협)", {6, 2, 6}, ""},
    {"IBK기업은행", {3, 6, 2, 3}, ""},
    {"SC제일은행", {3, 2, 6}, ""},
    {"한국씨티은행", {3, 5, 3, 2}, ""},
    {"한국씨티은행 (구)", {3, 6, 3}, ""},
    {"KDB산업은행", {3, 4, 4, 3}, ""},
    {"수협은행", {3, 2, 6}, ""},
    {"수협은행 (신)", {4, 4, 4}, ""},
    {"iM뱅크 (대구은행)", {3, 2, 6, 1}, ""},
    {"부산은행", {3, 4, 4, 2}, ""},
    {"경남은행", {3, 2, 7}, ""},
    {"광주은행", {3, 3, 6}, ""},
    {"전북은행", {3, 2, 7}, ""},
    {"제주은행", {2, 2, 6}, ""},
    {"카카오뱅크", {4, 2, 7}, "3333"},
    {"케이뱅크", {3, 3, 6}, "100"},
    {"토스뱅크", {4, 4, 4}, "1000"},
    {"우체국", {6, 2, 6}, ""},
    {"새마을금고", {4, 4, 4, 1}, "9"},
    {"새마을금고 (구)", {4, 2, 6, 1}, ""},
    {"신협", {3, 3, 6}, ""},
    {"신협 (신)", {5, 2, 6}, "1"},
    {"산림조합", {3, 4, 4, 2}, ""},
    {"저축은행 (공통)", {3, 2, 2, 6}, ""},
    {"미래에셋증권", {3, 2, 6}, ""},
    {"NH투자증권", {3, 2, 6}, ""},
    {"신한투자증권", {3, 2, 6}, ""},
    {"KB증권", {3, 2, 6, 1}, ""},
    {"한국투자증권", {8, 2}, ""},
    {"삼성증권", {9, 2}, ""},
    {"키움증권", {4, 4, 2}, ""},
    {"대신증권", {3, 2, 6}, ""},
};

// The group count and lengths of a layout in one integer (four bits a group; no layout has a group
// of more than 15 digits), so that a run is compared with each layout in one step.
constexpr quint32 shapeKey(const int* lens, int count)
{
    quint32 k = quint32(count);
    for (int g = 0; g < count; ++g)
        k |= quint32(lens[g]) << (4 * (g + 1));
    return k;
}

constexpr int groupCount(const Layout& l)
{
    int k = 0;
    while (k < 5 && l.groups[size_t(k)] != 0)
        ++k;
    return k;
}

// The layouts' keys in order with the index of their layout, for a binary search: every hyphenated
// run of 10-14 digits is looked up, and most are no layout.
struct KeyedLayout
{
    quint32 key;
    quint32 layout;
};
constexpr auto kSortedKeys = [] {
    std::array<KeyedLayout, std::size(kLayouts)> keys{};
    for (size_t k = 0; k < std::size(kLayouts); ++k)
        keys[k] = {shapeKey(kLayouts[k].groups.data(), groupCount(kLayouts[k])), quint32(k)};
    std::sort(keys.begin(), keys.end(), [](const KeyedLayout& a, const KeyedLayout& b) {
        return a.key < b.key || (a.key == b.key && a.layout < b.layout);
    });
    return keys;
}();

} // namespace

bool AccountLayouts::matches(const int* lens, int count, QStringView digits)
{
    if (count < 1 || count > 5)
        return false;
    for (int g = 0; g < count; ++g)
        if (lens[g] < 1 || lens[g] > 15)
            return false;
    const quint32 key = shapeKey(lens, count);
    const auto* it = std::lower_bound(kSortedKeys.begin(), kSortedKeys.end(), key,
                                      [](const KeyedLayout& l, quint32 k) { return l.key < k; });
    for (; it != kSortedKeys.end() && it->key == key; ++it) {
        // The prefix compared by hand: QLatin1String's strlen and startsWith() cost more than the rest.
        const char* prefix = kLayouts[it->layout].prefix;
        qsizetype j = 0;
        while (prefix[j] != 0 && j < digits.size() && digits.at(j) == QLatin1Char(prefix[j]))
            ++j;
        if (prefix[j] == 0)
            return true;
    }
    return false;
}

bool AccountLayouts::codeLabelBefore(QStringView before)
{
    static const char16_t* const kLabels[] = {
        u"order", u"lot",  u"serial", u"s/n",    u"p/n",    u"part",     u"invoice", u"inv",
        u"po",    u"sku",  u"batch",  u"ticket", u"case",   u"tracking", u"ref",     u"no.",
        u"#",     u"주문", u"로트",   u"품번",   u"송장",   u"도면",     u"배치",    u"작업지시",
        u"견적",  u"설비", u"부품",   u"제품",   u"시리얼", u"일련번호", u"모델"};
    // One lower-cased copy of the tail, then plain searches.
    const QStringView tail = before.right(24);
    char16_t buf[24];
    for (qsizetype i = 0; i < tail.size(); ++i) {
        const char16_t c = tail.at(i).unicode();
        buf[i] = c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
    }
    const std::u16string_view low(buf, size_t(tail.size()));
    for (const char16_t* label : kLabels)
        if (low.find(label) != std::u16string_view::npos)
            return true;
    return false;
}

} // namespace quarry
