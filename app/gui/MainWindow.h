#pragma once

#include <QMainWindow>
#include <memory>

class QAction;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace quarry {
class ProjectStore;
}

namespace quarry::gui {

class AppSettings;
class IngestController;
class TaskProgressWidget;
class DocumentListView;
class DocumentView;
class PairEditorPane;
class PairListPane;
class WelcomeWidget;

// The main window: menus, the welcome page and the workspace. It owns the open project and hands
// it to each area; the areas do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Without interaction (tests, scripted screenshots) no modal dialog is shown: errors are only
    // emitted, and a project in use elsewhere is opened read-only.
    void setInteractive(bool interactive) { m_interactive = interactive; }

    bool openProject(const QString& path);
    // Adds files and folders to the open project in the background.
    void addDocuments(const QStringList& paths, const QString& password = {});
    IngestController* ingest() const { return m_ingest; }
    bool newProject(const QString& path);
    // Opens the demo project, building it first from the bundled samples when it does not exist
    // (or when `rebuild` is set). The build runs in the background; demoReady() follows.
    void openDemo(bool rebuild = false);
    void closeProject();
    ProjectStore* project() const { return m_store.get(); }

    DocumentListView* documentList() const { return m_documentList; }
    DocumentView* documentView() const { return m_documentView; }

signals:
    void projectChanged();
    void demoReady(bool ok);
    void errorOccurred(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void updateTitle();
    void updateActions();
    void updateRecentMenu();
    void showError(const QString& message);
    void setProject(std::unique_ptr<ProjectStore> store);

    void onAddDocuments();
    void onAddFolder();
    void onIngestFinished(const QStringList& passwordProtected);
    void onNewProject();
    void onOpenProject();
    void onOpenDemo();
    void onExport();
    void onSettings();
    void onShortcuts();
    void onAbout();

    AppSettings& m_settings;
    bool m_interactive = true;
    std::unique_ptr<ProjectStore> m_store;

    QStackedWidget* m_stack;
    WelcomeWidget* m_welcome;
    QSplitter* m_workspace;
    DocumentListView* m_documentList;
    DocumentView* m_documentView;
    PairListPane* m_pairList;
    PairEditorPane* m_pairEditor;
    TaskProgressWidget* m_task;
    IngestController* m_ingest;

    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_demoAction = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_addDocumentsAction = nullptr;
    QAction* m_addFolderAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_shortcutsAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QMenu* m_recentMenu = nullptr;
};

} // namespace quarry::gui
