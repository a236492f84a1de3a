#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace quarry {

// detections.status: the user's decision on a detection. The words are the ones the schema's CHECK constraint
// allows; these two functions are the only place they are spelled, so code compares enum values, never
// strings.
enum class DetectionStatus
{
    Pending,
    Accepted,
    Rejected,
    Manual,
};

QString toString(DetectionStatus value);
// nullopt for a word the schema does not allow.
std::optional<DetectionStatus> detectionStatusFromString(QStringView text);

} // namespace quarry
