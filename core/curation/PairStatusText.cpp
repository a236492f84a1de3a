#include "curation/PairStatusText.h"

namespace quarry {

QString PairStatusText::name(Pair::Status status)
{
    switch (status) {
    case Pair::Status::Draft:
        return tr("Draft");
    case Pair::Status::Review:
        return tr("Needs review");
    case Pair::Status::Approved:
        return tr("Approved");
    case Pair::Status::Rejected:
        return tr("Rejected");
    }
    return {};
}

QString PairStatusText::name(const QString& key)
{
    const std::optional<Pair::Status> status = pairStatusFromString(key);
    return status ? name(*status) : key;
}

} // namespace quarry
