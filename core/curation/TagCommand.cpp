#include "curation/TagCommand.h"

#include <QCoreApplication>

namespace quarry {

TagCommand::TagCommand(PairRepository& repo, QList<qint64> ids, QString tag, Action action,
                       QUndoCommand* parent)
    : QUndoCommand(parent), m_repo(repo), m_ids(std::move(ids)), m_tag(std::move(tag)), m_action(action)
{
    setText(action == Action::Add
                ? QCoreApplication::translate("quarry::TagCommand", "Add tag %1").arg(m_tag)
                : QCoreApplication::translate("quarry::TagCommand", "Remove tag %1").arg(m_tag));
}

void TagCommand::redo()
{
    m_changed = m_action == Action::Add ? m_repo.addTag(m_ids, m_tag) : m_repo.removeTag(m_ids, m_tag);
}

void TagCommand::undo()
{
    if (m_changed.isEmpty())
        return;
    if (m_action == Action::Add)
        m_repo.removeTag(m_changed, m_tag);
    else
        m_repo.addTag(m_changed, m_tag);
}

} // namespace quarry
