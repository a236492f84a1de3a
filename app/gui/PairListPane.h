#pragma once

#include <QWidget>

class QVBoxLayout;

namespace quarry {
class ProjectStore;
}

namespace quarry::gui {

// Right-top area of the main window: the project's pairs. Hosts the curation list widget.
class PairListPane : public QWidget
{
    Q_OBJECT
public:
    explicit PairListPane(QWidget* parent = nullptr);
    void setProject(ProjectStore* store);

private:
    QVBoxLayout* m_layout;
};

} // namespace quarry::gui
