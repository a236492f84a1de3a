#include "redact/CardIssuers.h"

#include <algorithm>

namespace quarry {

namespace {

struct Range
{
    int lo, hi; // prefix range, inclusive, compared on the first `digits` digits
    int digits; // prefix length
    int minLen, maxLen;
};

// From the networks' published IIN ranges (ISO/IEC 7812 issuer identification numbers): Visa,
// Mastercard (51-55 and 2221-2720), American Express, Diners Club, Discover, JCB, UnionPay, Maestro,
// Mir, and the Korean BC card ranges (94xx) that domestic-only cards use.
constexpr Range kRanges[] = {
    {4, 4, 1, 13, 19},       // Visa (13, 16, 19 in use)
    {51, 55, 2, 16, 16},     // Mastercard
    {2221, 2720, 4, 16, 16}, // Mastercard 2-series
    {34, 34, 2, 15, 15},     // American Express
    {37, 37, 2, 15, 15},     // American Express
    {300, 305, 3, 14, 19},   // Diners Club International
    {36, 36, 2, 14, 19},     // Diners Club International
    {38, 39, 2, 14, 19},     // Diners Club
    {6011, 6011, 4, 16, 19}, // Discover
    {644, 649, 3, 16, 19},   // Discover
    {65, 65, 2, 16, 19},     // Discover
    {3528, 3589, 4, 16, 19}, // JCB
    {62, 62, 2, 16, 19},     // UnionPay
    {50, 50, 2, 12, 19},     // Maestro
    {56, 69, 2, 12, 19},     // Maestro and others in 6
    {2200, 2204, 4, 16, 19}, // Mir
    {94, 94, 2, 16, 16},     // BC card (domestic)
};

constexpr int kMaxPrefix = [] {
    int m = 0;
    for (const Range& r : kRanges)
        m = std::max(m, r.digits);
    return m;
}();
static_assert(kMaxPrefix <= 13, "a prefix is read from the shortest card number");

} // namespace

bool CardIssuers::known(QStringView digits)
{
    const int len = int(digits.size());
    if (len < 13 || len > 19)
        return false;
    // The prefixes of every length once, not once per range: numbers of 13-19 digits that are no
    // card (order numbers, codes) go through all the ranges.
    int prefix[kMaxPrefix + 1] = {};
    for (int i = 0; i < kMaxPrefix; ++i)
        prefix[i + 1] = prefix[i] * 10 + (digits.at(i).unicode() - u'0');
    for (const Range& r : kRanges)
        if (len >= r.minLen && len <= r.maxLen && prefix[r.digits] >= r.lo && prefix[r.digits] <= r.hi)
            return true;
    return false;
}

} // namespace quarry
