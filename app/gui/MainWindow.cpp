#include "MainWindow.h"

#include "AboutDialog.h"
#include "ActionSet.h"
#include "AppSettings.h"
#include "DocumentJobs.h"
#include "DocumentListView.h"
#include "DocumentView.h"
#include "IngestController.h"
#include "PageTextView.h"
#include "ProjectFiles.h"
#include "ProjectSession.h"
#include "ScanController.h"
#include "SettingsDialog.h"
#include "Theme.h"
#include "WelcomeWidget.h"
#include "Workspace.h"
#include "curation/DuplicatesView.h"
#include "curation/PairEditor.h"
#include "curation/PairListView.h"
#include "curation/ReviewWidget.h"
#include "drafting/DraftingPanel.h"
#include "export/ExportDialog.h"
#include "export/Exporter.h"
#include "redaction/RedactionPanel.h"
#include "stats/StatisticsView.h"
#include "store/ProjectStore.h"
#include "tasks/TaskProgressWidget.h"
#include "tasks/TaskRunner.h"
#include "util/Error.h"

#include <QAction>
#include <QCloseEvent>
#include <QDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>

namespace quarry::gui {

MainWindow::MainWindow(AppSettings& settings, QWidget* parent)
    : QMainWindow(parent), m_settings(settings), m_stack(new QStackedWidget(this)),
      m_welcome(new WelcomeWidget(this)), m_session(new ProjectSession(this)),
      m_workspace(new Workspace(m_session, this)), m_task(new TaskProgressWidget(this)),
      m_jobs(new DocumentJobs(
          this->m_session, this, [this] { return m_interactive; }, m_task)),
      m_files(new ProjectFiles(
          settings, m_session, this, [this] { return m_interactive; }, m_task))
{
    setObjectName(QStringLiteral("MainWindow"));
    connect(m_session, &ProjectSession::aboutToClose, this, &MainWindow::releaseProject);
    connect(m_session, &ProjectSession::changed, this, &MainWindow::showProject);
    setWindowIcon(QIcon(QStringLiteral(":/icons/quarry.svg")));
    setAcceptDrops(true);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_workspace);
    setCentralWidget(m_stack);

    connect(m_workspace, &Workspace::errorOccurred, this, &MainWindow::showError);
    connect(m_workspace, &Workspace::newPairFromSelection, this, &MainWindow::newPairFromSelection);
    connect(m_welcome, &WelcomeWidget::newProjectRequested, m_files, &ProjectFiles::chooseNew);
    connect(m_welcome, &WelcomeWidget::openProjectRequested, m_files, &ProjectFiles::chooseOpen);
    connect(m_welcome, &WelcomeWidget::openDemoRequested, this, [this] { openDemo(false); });
    connect(m_welcome, &WelcomeWidget::recentProjectRequested, this, &MainWindow::openProject);

    statusBar()->addPermanentWidget(m_task);
    drafting()->runner()->setProgressWidget(m_task);
    connect(drafting()->runner(), &TaskRunner::failed, this, &MainWindow::showError);
    // Every long job shows itself in the one strip; whatever fails is shown to the user.
    connect(m_jobs, &DocumentJobs::errorOccurred, this, &MainWindow::showError);
    connect(m_files, &ProjectFiles::errorOccurred, this, &MainWindow::showError);
    connect(m_files, &ProjectFiles::demoReady, this, &MainWindow::demoReady);
    connect(m_files, &ProjectFiles::recentChanged, this, &MainWindow::updateRecentMenu);
    connect(m_files, &ProjectFiles::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_workspace, &Workspace::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_jobs, &DocumentJobs::documentsChanged, documentList(), &DocumentListView::reload);
    connect(m_jobs->ingest(), &IngestController::fileFinished, statistics(),
            &StatisticsView::scheduleRefresh);
    connect(m_jobs, &DocumentJobs::personalDataScanned, this, [this](bool ok) {
        if (m_session->store())
            m_workspace->detectionsChanged();
        emit personalDataScanned(ok);
    });

    connectActions();
    m_actions->addMenus(menuBar());
    m_actions->addToolBar(this);
    statusBar()->showMessage(tr("Ready"));

    if (!restoreGeometry(m_settings.windowGeometry())) {
        // First run: most of the screen, so that document names, the page and the pair editor
        // all have room (the side panel alone needs about 620 pixels).
        const QRect screenArea = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(std::clamp(screenArea.width() * 9 / 10, std::min(1280, screenArea.width()), 1680),
               std::clamp(screenArea.height() * 9 / 10, std::min(800, screenArea.height()), 1050));
    }
    restoreState(m_settings.windowState());
    pairList()->restoreHeaderState(m_settings.pairListHeaderState());
    updateRecentMenu();
    updateActions();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The areas (children, destroyed after the members) must let go of the project first.
    m_jobs->stop();
    if (m_session->store())
        setProject(nullptr);
}

void MainWindow::connectActions()
{
    m_actions = std::make_unique<ActionSet>(this, m_session->undoStack());
    const ActionSet& a = *m_actions;
    connect(a.newAction, &QAction::triggered, m_files, &ProjectFiles::chooseNew);
    connect(a.openAction, &QAction::triggered, m_files, &ProjectFiles::chooseOpen);
    connect(a.demoAction, &QAction::triggered, this, [this] { openDemo(false); });
    connect(a.closeAction, &QAction::triggered, this, &MainWindow::closeProject);
    connect(a.addDocumentsAction, &QAction::triggered, m_jobs, &DocumentJobs::chooseDocuments);
    connect(a.addFolderAction, &QAction::triggered, m_jobs, &DocumentJobs::chooseFolder);
    connect(a.exportAction, &QAction::triggered, this, &MainWindow::onExport);
    connect(a.newPairAction, &QAction::triggered, this, [this] { newPairFromSelection(0, 0, QString()); });
    connect(a.pairFromSelectionAction, &QAction::triggered, this, [this] {
        DocumentView* view = documentView();
        const QString text = view->textView()->textCursor().selectedText().replace(QChar::ParagraphSeparator,
                                                                                   QLatin1Char('\n'));
        if (!view->showsRedacted() || text.isEmpty()) {
            showError(tr(
                "Select some of the redacted document text first (switch the document view to Redacted)."));
            return;
        }
        newPairFromSelection(view->documentId(), view->pageNo(), text);
    });
    connect(a.showSourceAction, &QAction::triggered, this, &MainWindow::showSourceOfCurrentPair);
    connect(a.reviewAction, &QAction::triggered, m_workspace, &Workspace::showReview);
    connect(a.findPersonalDataAction, &QAction::triggered, this, &MainWindow::findPersonalData);
    connect(a.redactionsAction, &QAction::triggered, m_workspace, &Workspace::showRedactions);
    connect(a.duplicatesAction, &QAction::triggered, m_workspace, &Workspace::showDuplicates);
    connect(a.statisticsAction, &QAction::triggered, m_workspace, &Workspace::showStatistics);
    connect(a.draftAction, &QAction::triggered, m_workspace, &Workspace::showDrafting);
    connect(a.quitAction, &QAction::triggered, this, &QWidget::close);
    connect(a.settingsAction, &QAction::triggered, this, &MainWindow::onSettings);
    connect(a.shortcutsAction, &QAction::triggered, this, [this] { m_actions->showShortcuts(this); });
    connect(a.aboutAction, &QAction::triggered, this, &MainWindow::onAbout);
}

void MainWindow::updateRecentMenu()
{
    m_actions->recentMenu->clear();
    const QStringList recent = m_settings.recentProjects();
    for (const QString& path : recent) {
        QAction* a = m_actions->recentMenu->addAction(QFileInfo(path).fileName());
        a->setToolTip(path);
        a->setStatusTip(path);
        connect(a, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    if (!recent.isEmpty()) {
        m_actions->recentMenu->addSeparator();
        m_actions->recentMenu->addAction(tr("Clear List"), this, [this] {
            m_settings.clearRecentProjects();
            updateRecentMenu();
        });
    }
    m_actions->recentMenu->setEnabled(!recent.isEmpty());
    m_welcome->setRecentProjects(recent);
}

void MainWindow::updateActions()
{
    m_actions->setProjectState(m_session->store() != nullptr,
                               m_session->store() && !m_session->store()->isReadOnly());
}

void MainWindow::updateTitle()
{
    if (!m_session->store()) {
        setWindowTitle(tr("Quarry"));
        return;
    }
    QString title = QFileInfo(m_session->store()->path()).fileName();
    if (m_session->store()->isReadOnly())
        title += QLatin1Char(' ') + tr("[read-only]");
    setWindowTitle(tr("%1 — Quarry").arg(title));
    setWindowFilePath(m_session->store()->path());
}

void MainWindow::showError(const QString& message)
{
    statusBar()->showMessage(message, 10000);
    emit errorOccurred(message);
    if (m_interactive)
        QMessageBox::critical(this, tr("Quarry"), message);
}

ProjectStore* MainWindow::project() const
{
    return m_session->store();
}

QUndoStack* MainWindow::undoStack() const
{
    return m_session->undoStack();
}

void MainWindow::setProject(std::unique_ptr<ProjectStore> store)
{
    m_files->setProject(std::move(store));
}

void MainWindow::releaseProject()
{
    // Background work on the old project stops first, then the areas drop their pointers.
    m_jobs->stop();
    m_workspace->release();
}

void MainWindow::showProject(ProjectStore* store)
{
    if (store) {
        m_workspace->showProject(store, m_session->undoStack());
        m_settings.addRecentProject(store->path());
        m_stack->setCurrentWidget(m_workspace);
    } else {
        m_stack->setCurrentWidget(m_welcome);
    }
    updateRecentMenu();
    updateActions();
    updateTitle();
    emit projectChanged();
}

void MainWindow::closeProject()
{
    setProject(nullptr);
}

bool MainWindow::openProject(const QString& path)
{
    return m_files->openProject(path);
}

bool MainWindow::newProject(const QString& path)
{
    return m_files->newProject(path);
}

void MainWindow::openDemo(bool rebuild)
{
    m_files->openDemo(rebuild);
}

qint64 MainWindow::newPairFromSelection(qint64 documentId, int pageNo, const QString& text)
{
    if (!m_session->store() || m_session->store()->isReadOnly())
        return 0;
    return m_workspace->addPairFromSelection(documentId, pageNo, text, m_settings.userName());
}

bool MainWindow::showSourceOfCurrentPair()
{
    return m_workspace->showSourceOfCurrentPair();
}

void MainWindow::findPersonalData()
{
    m_jobs->findPersonalData();
}

void MainWindow::addDocuments(const QStringList& paths, const QString& password)
{
    m_jobs->addDocuments(paths, password);
}

void MainWindow::onExport()
{
    if (!m_session->store())
        return;
    ExportDialog dialog(m_session->store(), this);
    dialog.setOptions(initialExportOptions());
    connect(&dialog, &ExportDialog::exportFinished, this,
            [this](bool ok, const QString& message) { statusBar()->showMessage(message, ok ? 10000 : 0); });
    dialog.exec();
}

ExportOptions MainWindow::initialExportOptions() const
{
    // Where the user left off in this project, else the user's defaults.
    if (m_session->store()) {
        try {
            if (auto last = Exporter::lastUsedOptions(m_session->store()->db()))
                return *last;
        } catch (const Error&) {
            // An unreadable exports table is no reason to refuse exporting: use the defaults.
        }
    }
    return m_settings.exportDefaults();
}

void MainWindow::onSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_session->store())
        m_session->store()->setActor(m_settings.userName());
    if (dialog.themeChanged())
        Theme::apply(m_settings.theme());
    if (dialog.languageChanged())
        QMessageBox::information(this, tr("Settings"),
                                 tr("The new language is used when Quarry starts again."));
}

void MainWindow::onAbout()
{
    AboutDialog(this).exec();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (ingest()->isRunning() && m_interactive &&
        QMessageBox::question(
            this, tr("Quarry"),
            tr("Documents are still being added. Stop and quit? Documents already added are kept.")) !=
            QMessageBox::Yes) {
        event->ignore();
        return;
    }
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setPairListHeaderState(pairList()->saveHeaderState());
    setProject(nullptr);
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    QStringList documents;
    for (const QUrl& url : urls) {
        const QString path = url.toLocalFile();
        if (path.isEmpty())
            continue;
        if (path.endsWith(QLatin1String(".quarry"), Qt::CaseInsensitive)) {
            openProject(path);
            event->acceptProposedAction();
            return;
        }
        documents << path;
    }
    if (!documents.isEmpty() && m_session->store()) {
        m_jobs->addDocuments(documents);
        event->acceptProposedAction();
    }
}

} // namespace quarry::gui
