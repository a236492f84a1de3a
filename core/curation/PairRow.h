#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace quarry {

// What the pair list shows of one pair (a light summary, not the whole pair).
struct PairRow
{
    qint64 id = 0;
    QString status;
    QString firstUserTurn; // cut to a few hundred characters
    QString tags;          // comma-separated
    std::optional<int> rating;
    QString author;
    QString updatedAt;
    bool warnings = false;  // source changed or exact duplicate
    QStringList draftFlags; // a model draft's check flags (pair_drafts, core/llm): language, duplicate...
    bool missing = false;   // deleted since the list was loaded
};

} // namespace quarry

Q_DECLARE_METATYPE(quarry::PairRow)
