#include "curation/AddPairCommand.h"

#include <QCoreApplication>

namespace quarry {

AddPairCommand::AddPairCommand(PairRepository& repo, Pair pair, QUndoCommand* parent)
    : QUndoCommand(parent), m_repo(repo), m_pair(std::move(pair))
{
    setText(QCoreApplication::translate("quarry::AddPairCommand", "Add pair"));
}

void AddPairCommand::redo()
{
    if (!m_added) {
        m_repo.add(m_pair);
        m_added = true;
    } else {
        m_repo.restore(m_pair);
    }
}

void AddPairCommand::undo()
{
    // Keep what is stored (ids of sources, times) so that redo restores exactly this pair.
    if (auto p = m_repo.get(m_pair.id))
        m_pair = *p;
    m_repo.remove(m_pair.id);
}

} // namespace quarry
