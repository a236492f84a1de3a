#include "store/DocumentStatus.h"

#include <array>
#include <utility>

namespace quarry {

namespace {

constexpr std::array<std::pair<DocumentStatus, const char*>, 6> kNames = {{
    {DocumentStatus::Pending, "pending"},
    {DocumentStatus::Ok, "ok"},
    {DocumentStatus::Ocr, "ocr"},
    {DocumentStatus::Warnings, "warnings"},
    {DocumentStatus::Failed, "failed"},
    {DocumentStatus::Unsupported, "unsupported"},
}};

} // namespace

QString toString(DocumentStatus value)
{
    for (const auto& [v, text] : kNames)
        if (v == value)
            return QString::fromLatin1(text);
    return {};
}

std::optional<DocumentStatus> documentStatusFromString(QStringView text)
{
    for (const auto& [v, word] : kNames)
        if (text == QLatin1String(word))
            return v;
    return std::nullopt;
}

} // namespace quarry
