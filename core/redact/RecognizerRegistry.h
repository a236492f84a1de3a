#pragma once

#include "redact/Recognizer.h"
#include "redact/RuleSet.h"

#include <QList>
#include <memory>
#include <vector>

namespace quarry {

// The one place where the scanner's built-in rules and the recognizers that report them are
// listed. A new recognizer is one file in core/redact/recognizers, a line in create() and, if it
// reports a new rule, a line in rules() (and its index in scan::Rule).
class RecognizerRegistry
{
public:
    // The built-in rules in the order of scan::Rule: name, type, languages and the description the
    // rule-pack UI shows. RuleSet::builtins() is this list.
    static const QList<RuleSet::BuiltinInfo>& rules();

    // A fresh set of recognizers, in the order the scanner consults them: numbers are offered to
    // the recognizers of numbers in this order until one takes them, and a character or keyword
    // several recognizers attached to reaches them in this order.
    static std::vector<std::unique_ptr<Recognizer>> create();
};

} // namespace quarry
