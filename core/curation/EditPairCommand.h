#pragma once

#include "curation/Pair.h"
#include "curation/PairRepository.h"

#include <QHash>
#include <QList>
#include <QUndoCommand>
#include <optional>

namespace quarry {

// See AddPairCommand.h for how the pair commands behave (applied on push, errors propagate).
// Replaces a pair's content. Consecutive edits of the same pair merge (autosave while typing makes
// one undo step per pair, not one per keystroke).
class EditPairCommand : public QUndoCommand
{
public:
    EditPairCommand(PairRepository& repo, Pair before, Pair after, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return 0x51A1; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    PairRepository& m_repo;
    Pair m_before;
    Pair m_after;
};

} // namespace quarry
