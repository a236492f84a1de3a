#pragma once

#include <QWidget>

class QTableView;
class QLabel;

namespace quarry {
class ProjectStore;
}

namespace quarry::gui {

class DocumentListModel;

// Left pane: the project's documents and their ingest status.
class DocumentListView : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentListView(QWidget* parent = nullptr);

    void setProject(ProjectStore* store);
    void reload();
    DocumentListModel* model() const { return m_model; }

signals:
    void documentSelected(qint64 documentId);

private:
    void updateEmptyState();

    DocumentListModel* m_model;
    QTableView* m_view;
    QLabel* m_empty;
};

} // namespace quarry::gui
