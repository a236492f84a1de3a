#include "curation/DeletePairsCommand.h"

#include <QCoreApplication>

namespace quarry {

DeletePairsCommand::DeletePairsCommand(PairRepository& repo, QList<qint64> ids, QUndoCommand* parent)
    : QUndoCommand(parent), m_repo(repo), m_ids(std::move(ids))
{
    setText(QCoreApplication::translate("quarry::DeletePairsCommand", "Delete %n pair(s)", nullptr,
                                        int(m_ids.size())));
}

void DeletePairsCommand::redo()
{
    m_pairs.clear();
    for (qint64 id : std::as_const(m_ids))
        if (auto p = m_repo.get(id))
            m_pairs << *p;
    m_repo.remove(m_ids);
}

void DeletePairsCommand::undo()
{
    for (const Pair& p : std::as_const(m_pairs))
        m_repo.restore(p);
}

} // namespace quarry
