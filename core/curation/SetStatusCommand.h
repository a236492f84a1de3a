#pragma once

#include "curation/Pair.h"
#include "curation/PairRepository.h"

#include <QHash>
#include <QList>
#include <QUndoCommand>
#include <optional>

namespace quarry {

// See AddPairCommand.h for how the pair commands behave (applied on push, errors propagate).
// Sets the status of one or many pairs; undo restores each pair's own previous status. Approving
// several pairs at once skips model drafts with flags (they need a look of their own): heldBack().
class SetStatusCommand : public QUndoCommand
{
public:
    SetStatusCommand(PairRepository& repo, QList<qint64> ids, Pair::Status status,
                     QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    const QList<qint64>& heldBack() const { return m_heldBack; }

private:
    PairRepository& m_repo;
    QList<qint64> m_ids;
    QList<qint64> m_heldBack;
    Pair::Status m_status;
    QHash<qint64, Pair::Status> m_before;
};

} // namespace quarry
