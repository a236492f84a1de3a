#pragma once

#include "curation/Pair.h"
#include "curation/PairRepository.h"

#include <QHash>
#include <QList>
#include <QUndoCommand>
#include <optional>

namespace quarry {

// See AddPairCommand.h for how the pair commands behave (applied on push, errors propagate).
// Sets (or clears) the rating of one or many pairs; undo restores each pair's own rating.
class SetRatingCommand : public QUndoCommand
{
public:
    SetRatingCommand(PairRepository& repo, QList<qint64> ids, std::optional<int> rating,
                     QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    PairRepository& m_repo;
    QList<qint64> m_ids;
    std::optional<int> m_rating;
    QHash<qint64, std::optional<int>> m_before;
};

} // namespace quarry
