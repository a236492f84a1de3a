#include "store/DetectionStatus.h"

#include <array>
#include <utility>

namespace quarry {

namespace {

constexpr std::array<std::pair<DetectionStatus, const char*>, 4> kNames = {{
    {DetectionStatus::Pending, "pending"},
    {DetectionStatus::Accepted, "accepted"},
    {DetectionStatus::Rejected, "rejected"},
    {DetectionStatus::Manual, "manual"},
}};

} // namespace

QString toString(DetectionStatus value)
{
    for (const auto& [v, text] : kNames)
        if (v == value)
            return QString::fromLatin1(text);
    return {};
}

std::optional<DetectionStatus> detectionStatusFromString(QStringView text)
{
    for (const auto& [v, word] : kNames)
        if (text == QLatin1String(word))
            return v;
    return std::nullopt;
}

} // namespace quarry
