#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace quarry {

// ingest_jobs.status: where one file of an ingest run stands. The words are the ones the schema's CHECK
// constraint allows; these two functions are the only place they are spelled, so code compares enum values,
// never strings.
enum class JobStatus
{
    Queued,
    Running,
    Done,
    Failed,
    Skipped,
};

QString toString(JobStatus value);
// nullopt for a word the schema does not allow.
std::optional<JobStatus> jobStatusFromString(QStringView text);

} // namespace quarry
