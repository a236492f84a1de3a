#pragma once

#include <QStringView>

namespace quarry {

// Payment card issuer ranges (IIN prefixes) and the lengths each network issues, 13 to 19 digits:
// a Luhn-valid number in a known range next to a card word is a card even where its digits also
// fit another shape (a 13-digit Visa is also a valid corporate registration number).
class CardIssuers
{
public:
    // True when `digits` (digits only) start with a known issuer prefix and have one of its lengths.
    static bool known(QStringView digits);
};

} // namespace quarry
