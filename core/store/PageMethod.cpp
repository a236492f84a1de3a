#include "store/PageMethod.h"

#include <array>
#include <utility>

namespace quarry {

namespace {

constexpr std::array<std::pair<PageMethod, const char*>, 3> kNames = {{
    {PageMethod::Text, "text"},
    {PageMethod::Ocr, "ocr"},
    {PageMethod::None, "none"},
}};

} // namespace

QString toString(PageMethod value)
{
    for (const auto& [v, text] : kNames)
        if (v == value)
            return QString::fromLatin1(text);
    return {};
}

std::optional<PageMethod> pageMethodFromString(QStringView text)
{
    for (const auto& [v, word] : kNames)
        if (text == QLatin1String(word))
            return v;
    return std::nullopt;
}

} // namespace quarry
