#pragma once

#include "curation/Pair.h"
#include "curation/PairRepository.h"

#include <QHash>
#include <QList>
#include <QUndoCommand>
#include <optional>

namespace quarry {

// See AddPairCommand.h for how the pair commands behave (applied on push, errors propagate).
// Sets the status of one or many pairs; undo restores each pair's own previous status.
class SetStatusCommand : public QUndoCommand
{
public:
    SetStatusCommand(PairRepository& repo, QList<qint64> ids, Pair::Status status,
                     QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    PairRepository& m_repo;
    QList<qint64> m_ids;
    Pair::Status m_status;
    QHash<qint64, Pair::Status> m_before;
};

} // namespace quarry
