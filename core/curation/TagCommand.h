#pragma once

#include "curation/Pair.h"
#include "curation/PairRepository.h"

#include <QHash>
#include <QList>
#include <QUndoCommand>
#include <optional>

namespace quarry {

// See AddPairCommand.h for how the pair commands behave (applied on push, errors propagate).
// Adds or removes a tag on one or many pairs; undo touches only the pairs that changed.
class TagCommand : public QUndoCommand
{
public:
    enum class Action
    {
        Add,
        Remove
    };
    TagCommand(PairRepository& repo, QList<qint64> ids, QString tag, Action action,
               QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    PairRepository& m_repo;
    QList<qint64> m_ids;
    QString m_tag;
    Action m_action;
    QList<qint64> m_changed;
};

} // namespace quarry
