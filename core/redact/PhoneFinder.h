#pragma once

#include <QStringView>

namespace quarry {

// Foreign and international phone numbers found and validated with libphonenumber (Google's
// metadata of every numbering plan, the library Presidio relies on too), so that "+46 (0)8 928 571
// 38", "07700 900 123" or "905-674-3793 ext. 12" count without a context word while random digit
// groups do not. Korean numbers stay with the Scanner's own rules, which know 010/02/031… better.
class PhoneFinder
{
public:
    struct Hit
    {
        int start = 0; // UTF-16 offsets into the text given
        int end = 0;
        bool international = false; // written with +country code
    };
    // Looks for a valid number that begins at `from` (the '+', '(' or first digit) and covers at
    // least up to `minEnd`. `text` is the Scanner's normalised copy (ASCII digits and separators).
    static bool findAt(QStringView text, int from, int minEnd, Hit* hit);
    // True when the writing of a number goes on after `end` in a way the Scanner's own digit runs
    // stop at: a bracket ("+44 (0)20 …") or an extension ("ext. 12", "x12", "#12"). A '+' number
    // that does neither is left to the Scanner's intl_phone rule, which costs nothing to ask.
    static bool continuesAfter(QStringView text, int end);
};

} // namespace quarry
