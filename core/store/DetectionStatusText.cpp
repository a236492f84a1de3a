#include "store/DetectionStatusText.h"

namespace quarry {

QString DetectionStatusText::name(DetectionStatus status)
{
    switch (status) {
    case DetectionStatus::Pending:
        return tr("Pending");
    case DetectionStatus::Accepted:
        return tr("Accepted");
    case DetectionStatus::Rejected:
        return tr("Rejected");
    case DetectionStatus::Manual:
        return tr("Marked by hand");
    }
    return {};
}

QString DetectionStatusText::name(const QString& key)
{
    const std::optional<DetectionStatus> status = detectionStatusFromString(key);
    return status ? name(*status) : key;
}

} // namespace quarry
