#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace quarry::gui {

// Shown when no project is open: the ways in (new, open, recent, demo).
class WelcomeWidget : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomeWidget(QWidget* parent = nullptr);
    void setRecentProjects(const QStringList& paths);

signals:
    void newProjectRequested();
    void openProjectRequested();
    void openDemoRequested();
    void recentProjectRequested(const QString& path);

private:
    QLabel* m_recentLabel;
    QListWidget* m_recent;
};

} // namespace quarry::gui
