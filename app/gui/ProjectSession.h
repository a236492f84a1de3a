#pragma once

#include <QObject>
#include <memory>

class QUndoStack;

namespace quarry {
class PairRepository;
class ProjectStore;
} // namespace quarry

namespace quarry::gui {

// The open project of the window: its store, the pair repository the undo commands keep a
// reference to, and the undo stack, which all live exactly as long as the project. Replacing the
// project announces it twice: aboutToClose() while the old one is still open (background work
// stops, views let go and save), changed() once the new one (or none) is in place.
class ProjectSession : public QObject
{
    Q_OBJECT
public:
    explicit ProjectSession(QObject* parent = nullptr);
    ~ProjectSession() override;

    ProjectStore* store() const { return m_store.get(); }
    // Null while no project is open.
    PairRepository* pairs() const { return m_pairs.get(); }
    QUndoStack* undoStack() const { return m_undo; }

    // Null closes the project.
    void setStore(std::unique_ptr<ProjectStore> store);

signals:
    void aboutToClose();
    void changed(quarry::ProjectStore* store);

private:
    std::unique_ptr<ProjectStore> m_store;
    // Undo commands keep a reference to the repository: it lives as long as the project.
    std::unique_ptr<PairRepository> m_pairs;
    QUndoStack* m_undo;
};

} // namespace quarry::gui
