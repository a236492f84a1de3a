#pragma once

#include <QStringView>

namespace quarry {

// The number layouts of Korean bank accounts: every bank, the post office, the mutual banks and the
// securities firms, as they print them on passbooks, transfer slips and 입금 notices (group lengths,
// and the fixed leading digits some of them use). Korean account numbers carry no public checksum,
// so the layout is the only thing that tells an account from any other number when no context word
// ("계좌", "입금", a bank's name) stands next to it. The table and its sources are in
// AccountLayouts.cpp and resources/rules/kr-bank-accounts.md.
class AccountLayouts
{
public:
    // True when the groups (lengths of the digit groups, in order; `digits` the digits without
    // separators) are the printed layout of some bank.
    static bool matches(const int* lens, int count, QStringView digits);
    // True when the text right before a number names it as something else (order, lot, serial,
    // part, invoice, 주문, 로트, 품번 …): a layout match there is a code, not an account.
    static bool codeLabelBefore(QStringView before);
};

} // namespace quarry
