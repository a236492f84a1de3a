#pragma once

#include "curation/Pair.h"
#include "curation/PairRepository.h"

#include <QHash>
#include <QList>
#include <QUndoCommand>
#include <optional>

namespace quarry {

// Undoable changes to pairs, for a QUndoStack. Each command writes to the database when it is
// pushed (QUndoStack::push calls redo()) and on every undo/redo, through PairRepository, so every
// step is its own audited transaction. Database errors propagate as quarry::Error out of
// push()/undo()/redo(); the caller (GUI) shows them.
//
// The repository must outlive the stack.

// Adds a pair; undo deletes it, redo puts it back with the same id.
class AddPairCommand : public QUndoCommand
{
public:
    AddPairCommand(PairRepository& repo, Pair pair, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    qint64 pairId() const { return m_pair.id; }

private:
    PairRepository& m_repo;
    Pair m_pair;
    bool m_added = false;
};

} // namespace quarry
