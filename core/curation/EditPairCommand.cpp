#include "curation/EditPairCommand.h"

#include <QCoreApplication>

namespace quarry {

EditPairCommand::EditPairCommand(PairRepository& repo, Pair before, Pair after, QUndoCommand* parent)
    : QUndoCommand(parent), m_repo(repo), m_before(std::move(before)), m_after(std::move(after))
{
    setText(QCoreApplication::translate("quarry::EditPairCommand", "Edit pair %1").arg(m_after.id));
}

void EditPairCommand::redo()
{
    m_repo.update(m_after);
}

void EditPairCommand::undo()
{
    m_repo.update(m_before);
}

bool EditPairCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = static_cast<const EditPairCommand*>(other);
    if (o->m_after.id != m_after.id)
        return false;
    m_after = o->m_after;
    return true;
}

} // namespace quarry
