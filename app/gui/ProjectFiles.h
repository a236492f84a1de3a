#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <memory>

class QWidget;

namespace quarry {
class ProjectStore;
}

namespace quarry::gui {

class AppSettings;
class ProjectSession;
class TaskProgressWidget;
class TaskRunner;

// The project's life cycle as the user drives it: open (read-only when another Quarry holds it
// and the user agrees), create with the user's defaults, close, and the demo project (built in the
// background the first time). The session announces the change; this only chooses and opens.
class ProjectFiles : public QObject
{
    Q_OBJECT
public:
    ProjectFiles(AppSettings& settings, ProjectSession* session, QWidget* dialogParent,
                 std::function<bool()> interactive, TaskProgressWidget* strip);

    bool openProject(const QString& path);
    bool newProject(const QString& path);
    // Null closes the project.
    void setProject(std::unique_ptr<ProjectStore> store);
    // Ask for a file, then create / open it.
    void chooseNew();
    void chooseOpen();
    // demoReady() follows.
    void openDemo(bool rebuild);

signals:
    void errorOccurred(const QString& message);
    void statusMessage(const QString& message, int timeoutMs);
    void demoReady(bool ok);
    // The recent projects list changed (a missing project was dropped from it).
    void recentChanged();

private:
    AppSettings& m_settings;
    ProjectSession* m_session;
    QWidget* m_dialogParent;
    std::function<bool()> m_interactive;
    TaskRunner* m_demo;
};

} // namespace quarry::gui
