#include "redact/PhoneFinder.h"

#include <QString>
#include <algorithm>
#include <array>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <string>

namespace quarry {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

// Regions tried for numbers written with a trunk '0' and no country code, in order: the countries
// whose numbers turn up most in the correspondence of Korean plants and offices. North American
// numbers (ten digits, no trunk prefix) are tried as country code 1.
constexpr const char* kTrunkRegions[] = {"GB", "DE", "FR", "JP", "AU", "NL",
                                         "IT", "CN", "SE", "CH", "AT", "BE"};

struct Group
{
    int start, end; // UTF-16 offsets of the digits
    bool trunkZero; // "(0)" after the country code: written, not dialled
};

inline bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

// The digit groups of a phone-like run from `from`: digits with at most two separators (space,
// '.', '-', '/', brackets) between groups, 17 digits at most.
int groupsFrom(QStringView t, int from, std::array<Group, 12>& groups)
{
    const int n = int(t.size());
    int count = 0, digits = 0;
    int p = from;
    while (p < n && count < 12) {
        int seps = 0;
        bool openParen = false;
        while (p < n && !isDigit(t.at(p).unicode())) {
            const char16_t c = t.at(p).unicode();
            if (c != u' ' && c != u'.' && c != u'-' && c != u'/' && c != u'(' && c != u')')
                return count;
            if (c == u'(')
                openParen = true;
            if (++seps > 3 || (count == 0 && p > from + 2))
                return count;
            ++p;
        }
        // Groups are separated, except right after "(0)": "+46 (0)8 …".
        if (p >= n || (count > 0 && seps == 0 && !groups[size_t(count - 1)].trunkZero))
            break;
        const int gs = p;
        while (p < n && isDigit(t.at(p).unicode()))
            ++p;
        digits += p - gs;
        if (digits > 17)
            break;
        const bool zero = openParen && p - gs == 1 && t.at(gs) == u'0' && p < n && t.at(p) == u')';
        groups[size_t(count++)] = {gs, p, zero};
        if (zero)
            ++p; // the ')'
    }
    return count;
}

// An extension after the number ("ext. 12", " x204", " #12"): the end of it, or `end`.
int extensionAfter(QStringView t, int end)
{
    const int n = int(t.size());
    int p = end;
    while (p < n && t.at(p) == u' ')
        ++p;
    const QStringView rest = t.mid(p, std::min(n - p, 12));
    int skip = 0;
    if (rest.startsWith(QLatin1String("ext."), Qt::CaseInsensitive))
        skip = 4;
    else if (rest.startsWith(QLatin1String("ext"), Qt::CaseInsensitive))
        skip = 3;
    else if (rest.startsWith(QLatin1Char('x')) || rest.startsWith(QLatin1Char('#')))
        skip = 1;
    if (skip == 0 || p == end)
        return end;
    p += skip;
    while (p < n && t.at(p) == u' ')
        ++p;
    const int ds = p;
    while (p < n && p - ds < 7 && isDigit(t.at(p).unicode()))
        ++p;
    if (p == ds || (p < n && (isDigit(t.at(p).unicode()) || t.at(p).isLetter())))
        return end;
    return p;
}

enum class Check
{
    Valid,
    Invalid,
    TooLong,
    TooShort
};

// The length test (metadata only) before the validity test (the metadata's patterns, matched by
// regular expressions): most candidates fail the first.
Check check(int countryCode, const std::string& nsn, const char* region)
{
    if (nsn.empty())
        return Check::TooShort;
    if (nsn.size() > 17)
        return Check::TooLong;
    PhoneNumber pn;
    pn.set_country_code(countryCode);
    pn.set_national_number(std::stoull(nsn));
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    switch (util.IsPossibleNumberWithReason(pn)) {
    case PhoneNumberUtil::IS_POSSIBLE:
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        break;
    case PhoneNumberUtil::TOO_LONG:
        return Check::TooLong;
    case PhoneNumberUtil::TOO_SHORT:
        return Check::TooShort;
    default:
        return Check::Invalid;
    }
    return (region ? util.IsValidNumberForRegion(pn, region) : util.IsValidNumber(pn)) ? Check::Valid
                                                                                       : Check::Invalid;
}

} // namespace

bool PhoneFinder::continuesAfter(QStringView text, int end)
{
    int p = end;
    while (p < text.size() && text.at(p) == u' ')
        ++p;
    if (p < text.size() && (text.at(p) == u'(' || text.at(p) == u')'))
        return true;
    return extensionAfter(text, end) > end;
}

bool PhoneFinder::findAt(QStringView text, int from, int minEnd, Hit* hit)
{
    const int n = int(text.size());
    if (from < 0 || from >= n)
        return false;
    const bool intl = text.at(from) == u'+';
    std::array<Group, 12> groups;
    const int count = groupsFrom(text, intl ? from + 1 : from, groups);
    if (count == 0)
        return false;
    // Dates are not phone numbers: 03/14/2025, 14.03.2025, 2025-03-14.
    if (count >= 3 && !groups[1].trunkZero) {
        auto len = [&](int k) { return groups[size_t(k)].end - groups[size_t(k)].start; };
        if ((len(0) <= 2 && len(1) <= 2 && len(2) == 4) || (len(0) == 4 && len(1) <= 2 && len(2) <= 2))
            return false;
    }
    std::string all;               // the digits, "(0)" left out
    std::array<size_t, 12> upTo{}; // digits in `all` after group k
    for (int k = 0; k < count; ++k) {
        if (!groups[size_t(k)].trunkZero)
            for (int i = groups[size_t(k)].start; i < groups[size_t(k)].end; ++i)
                all += char(text.at(i).unicode());
        upTo[size_t(k)] = all.size();
    }
    // The longest valid number that ends with a group and covers the run that triggered us.
    auto accept = [&](int k) {
        const int end = extensionAfter(text, groups[size_t(k)].end);
        *hit = {from, end, intl};
        return true;
    };
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    if (intl) {
        // Country codes are prefix-free: the first one to name a region is the one.
        int cc = 0;
        size_t ccLen = 0;
        for (size_t len = 1; len <= 3 && len < all.size(); ++len) {
            std::string region;
            util.GetRegionCodeForCountryCode(std::stoi(all.substr(0, len)), &region);
            if (region != "ZZ") {
                cc = std::stoi(all.substr(0, len));
                ccLen = len;
                break;
            }
        }
        if (cc == 0)
            return false;
        for (int k = count - 1; k >= 0 && groups[size_t(k)].end >= minEnd; --k) {
            if (upTo[size_t(k)] <= ccLen + 3)
                break;
            std::string nsn = all.substr(ccLen, upTo[size_t(k)] - ccLen);
            // "+44 020 …": the trunk '0' written after the country code (only Italian numbers keep it).
            if (nsn[0] == '0' && cc != 39)
                nsn.erase(0, 1);
            const Check c = check(cc, nsn, nullptr);
            if (c == Check::Valid)
                return accept(k);
            // Fewer groups only help when these were too many (a number followed by other digits).
            if (c != Check::TooLong)
                break;
        }
        return false;
    }
    if (all[0] == '0') {
        for (int k = count - 1; k >= 0 && groups[size_t(k)].end >= minEnd; --k) {
            if (upTo[size_t(k)] < 8 || upTo[size_t(k)] > 13)
                continue;
            const std::string nsn = all.substr(1, upTo[size_t(k)] - 1);
            // Country codes of the regions, looked up once (a map look-up by string each time).
            static const std::array<int, std::size(kTrunkRegions)> codes = [&util] {
                std::array<int, std::size(kTrunkRegions)> c{};
                for (size_t r = 0; r < c.size(); ++r)
                    c[r] = util.GetCountryCodeForRegion(kTrunkRegions[r]);
                return c;
            }();
            for (size_t r = 0; r < codes.size(); ++r)
                if (check(codes[r], nsn, kTrunkRegions[r]) == Check::Valid)
                    return accept(k);
        }
        return false;
    }
    // North America: ten digits, or eleven with the leading 1, grouped 3-3-4 (or not at all), so
    // that dates and times ("2024-11-30 14", "03/14/2025") are not read as numbers.
    for (int k = count - 1; k >= 0 && groups[size_t(k)].end >= minEnd; --k) {
        std::string nsn = all.substr(0, upTo[size_t(k)]);
        const size_t lead = nsn.size() == 11 && nsn[0] == '1' ? 1 : 0;
        nsn.erase(0, lead);
        bool grouped = true;
        for (int g = 0; g < k; ++g) {
            const size_t at = upTo[size_t(g)] - lead;
            grouped = grouped && (at == 0 || at == 3 || at == 6);
        }
        if (nsn.size() == 10 && nsn[0] >= '2' && grouped)
            return check(1, nsn, nullptr) == Check::Valid && accept(k);
    }
    return false;
}

} // namespace quarry
