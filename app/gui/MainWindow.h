#pragma once

#include "DocumentJobs.h"
#include "Workspace.h"
#include "export/ExportOptions.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QStackedWidget;
class QUndoStack;

namespace quarry {
class PairRepository;
class ProjectStore;
} // namespace quarry

namespace quarry::gui {

class ActionSet;
class AppSettings;
class DocumentJobs;
class IngestController;
class ProjectFiles;
class ProjectSession;
class ScanController;
class TaskProgressWidget;
class TaskRunner;
class DocumentListView;
class DocumentView;
class PairEditor;
class PairListView;
class RedactionPanel;
class ReviewWidget;
class StatisticsView;
class DuplicatesView;
class DraftingPanel;
class WelcomeWidget;
class Workspace;

// The main window: menus, the welcome page and the workspace, and the project's life cycle (open,
// new, close, the demo). The areas (Workspace) and the background jobs (DocumentJobs) do the work.
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
    IngestController* ingest() const { return m_jobs->ingest(); }
    // Scans every page for personal data in the background with the project's rules and
    // auto-accept threshold (also started when documents were added); personalDataScanned() follows.
    void findPersonalData();
    ScanController* scan() const { return m_jobs->scan(); }
    bool newProject(const QString& path);
    // Opens the demo project, building it first from the bundled samples when it does not exist
    // (or when `rebuild` is set). The build runs in the background; demoReady() follows.
    void openDemo(bool rebuild = false);
    void closeProject();
    ProjectStore* project() const;

    // The areas of the workspace.
    DocumentListView* documentList() const { return m_workspace->documentList(); }
    DocumentView* documentView() const { return m_workspace->documentView(); }
    PairListView* pairList() const { return m_workspace->pairList(); }
    PairEditor* pairEditor() const { return m_workspace->pairEditor(); }
    ReviewWidget* review() const { return m_workspace->review(); }
    RedactionPanel* redactionPanel() const { return m_workspace->redactionPanel(); }
    StatisticsView* statistics() const { return m_workspace->statistics(); }
    DuplicatesView* duplicates() const { return m_workspace->duplicates(); }
    DraftingPanel* drafting() const { return m_workspace->drafting(); }
    QUndoStack* undoStack() const;

    // Creates a draft pair from text selected in the redacted document text, linked to the passage
    // it came from, and opens it in the editor. Returns the new pair's id (0 on failure).
    qint64 newPairFromSelection(qint64 documentId, int pageNo, const QString& text);
    // Shows the source of the pair in the editor, highlighted in the document view.
    bool showSourceOfCurrentPair();
    // The options the export dialog starts from: the project's last export, else the user's
    // export defaults.
    ExportOptions initialExportOptions() const;

signals:
    void projectChanged();
    void demoReady(bool ok);
    void personalDataScanned(bool ok);
    void errorOccurred(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void connectActions();
    void updateTitle();
    void updateActions();
    void updateRecentMenu();
    void showError(const QString& message);
    void setProject(std::unique_ptr<ProjectStore> store);
    // The session's announcements: the areas let go of the old project, then show the new one.
    void releaseProject();
    void showProject(ProjectStore* store);

    void onExport();
    void onSettings();
    void onAbout();

    AppSettings& m_settings;
    bool m_interactive = true;

    QStackedWidget* m_stack;
    WelcomeWidget* m_welcome;
    ProjectSession* m_session; // the open project, its pairs and its undo stack
    Workspace* m_workspace;
    TaskProgressWidget* m_task;
    DocumentJobs* m_jobs;  // ingest and the personal-data scan
    ProjectFiles* m_files; // open, new, close, the demo

    std::unique_ptr<ActionSet> m_actions;
};

} // namespace quarry::gui
