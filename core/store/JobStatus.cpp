#include "store/JobStatus.h"

#include <array>
#include <utility>

namespace quarry {

namespace {

constexpr std::array<std::pair<JobStatus, const char*>, 5> kNames = {{
    {JobStatus::Queued, "queued"},
    {JobStatus::Running, "running"},
    {JobStatus::Done, "done"},
    {JobStatus::Failed, "failed"},
    {JobStatus::Skipped, "skipped"},
}};

} // namespace

QString toString(JobStatus value)
{
    for (const auto& [v, text] : kNames)
        if (v == value)
            return QString::fromLatin1(text);
    return {};
}

std::optional<JobStatus> jobStatusFromString(QStringView text)
{
    for (const auto& [v, word] : kNames)
        if (text == QLatin1String(word))
            return v;
    return std::nullopt;
}

} // namespace quarry
