#pragma once

#include <QWidget>

class QVBoxLayout;

namespace quarry {
class ProjectStore;
}

namespace quarry::gui {

// Right-bottom area of the main window: the selected pair, editable. Hosts the curation editor.
class PairEditorPane : public QWidget
{
    Q_OBJECT
public:
    explicit PairEditorPane(QWidget* parent = nullptr);
    void setProject(ProjectStore* store);

private:
    QVBoxLayout* m_layout;
};

} // namespace quarry::gui
