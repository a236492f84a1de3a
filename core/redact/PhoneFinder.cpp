#include "redact/PhoneFinder.h"

#include <algorithm>
#include <phonenumbers/phonenumbermatch.h>
#include <phonenumbers/phonenumbermatcher.h>
#include <phonenumbers/phonenumberutil.h>
#include <string>

namespace quarry {

namespace {

using i18n::phonenumbers::PhoneNumberMatch;
using i18n::phonenumbers::PhoneNumberMatcher;
using i18n::phonenumbers::PhoneNumberUtil;

// Regions tried for numbers written without a country code, in order: the countries whose numbers
// turn up most in the correspondence of Korean plants and offices. A number must be valid in one of
// them; a trunk '0' is required outside North America so that order numbers and dates do not pass.
constexpr const char* kNanpRegions[] = {"US", "CA"};
constexpr const char* kTrunkRegions[] = {"GB", "DE", "FR", "JP", "AU", "NL",
                                         "IT", "CN", "SE", "CH", "AT", "BE"};

// The window handed to libphonenumber: one byte per UTF-16 unit (everything outside ASCII becomes a
// space, which is what a Hangul particle glued to a number is to it), so its byte offsets are our
// UTF-16 offsets.
std::string asciiWindow(QStringView text)
{
    std::string w;
    w.resize(size_t(text.size()));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        w[size_t(i)] = c < 0x80 ? char(c) : ' ';
    }
    return w;
}

bool matchIn(const std::string& window, const char* region, int minEnd, int* end)
{
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    PhoneNumberMatcher matcher(util, window, region, PhoneNumberMatcher::VALID, 2);
    PhoneNumberMatch match;
    while (matcher.HasNext()) {
        if (!matcher.Next(&match))
            break;
        // The number must start where the candidate starts ('(' and '+' included or not).
        if (match.start() > 1)
            return false;
        if (match.end() < minEnd)
            return false;
        *end = match.end();
        return true;
    }
    return false;
}

} // namespace

bool PhoneFinder::findAt(QStringView text, int from, int minEnd, Hit* hit)
{
    if (from < 0 || from >= text.size())
        return false;
    // The run that triggered us may be only the country code ("+1 (415) …"): room for the rest of
    // the number and an extension ("ext. 1234").
    const int to = int(std::min<qsizetype>(text.size(), std::max(minEnd, from + 24) + 14));
    const std::string window = asciiWindow(text.mid(from, to - from));
    const int need = minEnd - from;
    int end = 0;
    if (window[0] == '+') {
        if (!matchIn(window, "ZZ", need, &end))
            return false;
        *hit = {from, from + end, true};
        return true;
    }
    const char first = window[0] == '(' ? (window.size() > 1 ? window[1] : ' ') : window[0];
    if (first == '0') {
        for (const char* region : kTrunkRegions)
            if (matchIn(window, region, need, &end)) {
                *hit = {from, from + end, false};
                return true;
            }
        return false;
    }
    if (first >= '2' && first <= '9') {
        for (const char* region : kNanpRegions)
            if (matchIn(window, region, need, &end)) {
                *hit = {from, from + end, false};
                return true;
            }
    }
    return false;
}

} // namespace quarry
