#include "curation/SetStatusCommand.h"

#include <QCoreApplication>

namespace quarry {

SetStatusCommand::SetStatusCommand(PairRepository& repo, QList<qint64> ids, Pair::Status status,
                                   QUndoCommand* parent)
    : QUndoCommand(parent), m_repo(repo), m_ids(std::move(ids)), m_status(status)
{
    if (status == Pair::Status::Approved && m_ids.size() > 1) {
        m_heldBack = m_repo.flaggedDrafts(m_ids);
        for (qint64 id : std::as_const(m_heldBack))
            m_ids.removeOne(id);
    }
    setText(QCoreApplication::translate("quarry::SetStatusCommand", "Set status of %n pair(s) to %1", nullptr,
                                        int(m_ids.size()))
                .arg(toString(status)));
}

void SetStatusCommand::redo()
{
    m_before = m_repo.statuses(m_ids);
    m_repo.setStatus(m_ids, m_status);
}

void SetStatusCommand::undo()
{
    m_repo.setStatuses(m_before);
}

} // namespace quarry
