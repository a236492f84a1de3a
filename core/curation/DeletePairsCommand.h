#pragma once

#include "curation/Pair.h"
#include "curation/PairRepository.h"

#include <QHash>
#include <QList>
#include <QUndoCommand>
#include <optional>

namespace quarry {

// See AddPairCommand.h for how the pair commands behave (applied on push, errors propagate).
// Deletes pairs; the full pairs are kept so that undo restores them (same ids) within the session.
class DeletePairsCommand : public QUndoCommand
{
public:
    DeletePairsCommand(PairRepository& repo, QList<qint64> ids, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    PairRepository& m_repo;
    QList<qint64> m_ids;
    QList<Pair> m_pairs;
};

} // namespace quarry
