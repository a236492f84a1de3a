#pragma once

#include "curation/Pair.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace quarry {

// Which pairs to list, and in which order. Empty members do not filter. Conditions combine with AND;
// the values inside one list combine with OR (any of these statuses), except tags, which must all
// be present.
struct PairFilter
{
    enum class Sort
    {
        Id,
        Status,
        FirstUserTurn,
        Rating,
        Author,
        Updated
    };

    QList<Pair::Status> statuses;
    QStringList tags;
    std::optional<int> minRating;
    QString author;
    QList<qint64> documentIds;       // pairs with a source in one of these documents
    std::optional<bool> hasWarnings; // source changed, exact duplicate or pending PII detections
    QString text;                    // substring over system prompt, context and all turns

    Sort sort = Sort::Id;
    bool descending = false;

    bool operator==(const PairFilter&) const = default;
};

} // namespace quarry
