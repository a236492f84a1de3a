#include "ProjectSession.h"

#include "curation/PairRepository.h"
#include "store/ProjectStore.h"

#include <QUndoStack>

namespace quarry::gui {

ProjectSession::ProjectSession(QObject* parent) : QObject(parent), m_undo(new QUndoStack(this)) {}

ProjectSession::~ProjectSession() = default;

void ProjectSession::setStore(std::unique_ptr<ProjectStore> store)
{
    if (m_store)
        emit aboutToClose();
    // Undo commands refer to the old project's data.
    m_undo->clear();
    m_pairs.reset();
    m_store = std::move(store);
    if (m_store)
        m_pairs = std::make_unique<PairRepository>(*m_store);
    emit changed(m_store.get());
}

} // namespace quarry::gui
