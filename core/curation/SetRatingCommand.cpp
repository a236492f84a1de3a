#include "curation/SetRatingCommand.h"

#include <QCoreApplication>

namespace quarry {

SetRatingCommand::SetRatingCommand(PairRepository& repo, QList<qint64> ids, std::optional<int> rating,
                                   QUndoCommand* parent)
    : QUndoCommand(parent), m_repo(repo), m_ids(std::move(ids)), m_rating(rating)
{
    setText(QCoreApplication::translate("quarry::SetRatingCommand", "Set rating"));
}

void SetRatingCommand::redo()
{
    m_before = m_repo.ratings(m_ids);
    m_repo.setRating(m_ids, m_rating);
}

void SetRatingCommand::undo()
{
    m_repo.setRatings(m_before);
}

} // namespace quarry
