#include "MainWindow.h"

#include "AboutDialog.h"
#include "ActionSet.h"
#include "ApiKeyStore.h"
#include "AppSettings.h"
#include "DocumentListView.h"
#include "DocumentView.h"
#include "EndpointSettings.h"
#include "IngestController.h"
#include "PageTextView.h"
#include "ProjectSession.h"
#include "ScanController.h"
#include "SettingsDialog.h"
#include "SourceLocator.h"
#include "Theme.h"
#include "WelcomeWidget.h"
#include "curation/AddPairCommand.h"
#include "curation/DuplicatesView.h"
#include "curation/PairEditor.h"
#include "curation/PairListModel.h"
#include "curation/PairListView.h"
#include "curation/PairRepository.h"
#include "curation/ReviewWidget.h"
#include "curation/SelectionPair.h"
#include "demo/DemoProject.h"
#include "drafting/DraftingPanel.h"
#include "export/ExportDialog.h"
#include "ingest/IsolatedPageRenderer.h"
#include "redaction/RedactionPanel.h"
#include "stats/StatisticsView.h"
#include "store/ProjectStore.h"
#include "tasks/TaskProgressWidget.h"
#include "tasks/TaskRunner.h"
#include "util/Error.h"

#include <QAction>
#include <QCloseEvent>
#include <QDialog>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>

namespace quarry::gui {

namespace {
const QString kProjectFilter = QStringLiteral("*.quarry");
}

MainWindow::MainWindow(AppSettings& settings, QWidget* parent)
    : QMainWindow(parent), m_settings(settings), m_stack(new QStackedWidget(this)),
      m_welcome(new WelcomeWidget(this)), m_workspace(new QSplitter(Qt::Horizontal, this)),
      m_documentList(new DocumentListView(this)), m_documentView(new DocumentView(this)),
      m_side(new QTabWidget(this)), m_pairList(new PairListView(this)), m_pairEditor(new PairEditor(this)),
      m_review(new ReviewWidget(this)), m_redactionPanel(new RedactionPanel(this)),
      m_session(new ProjectSession(this)), m_task(new TaskProgressWidget(this)),
      m_ingest(new IngestController(this)), m_scan(new ScanController(this)), m_demo(new TaskRunner(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    connect(m_session, &ProjectSession::aboutToClose, this, &MainWindow::releaseProject);
    connect(m_session, &ProjectSession::changed, this, &MainWindow::showProject);
    setWindowIcon(QIcon(QStringLiteral(":/icons/quarry.svg")));
    setAcceptDrops(true);

    auto* pairs = new QSplitter(Qt::Vertical, this);
    pairs->addWidget(m_pairList);
    pairs->addWidget(m_pairEditor);
    pairs->setSizes({300, 500});
    m_side->addTab(pairs, tr("Pairs"));
    m_side->addTab(m_review, tr("Review"));
    m_side->addTab(m_redactionPanel, tr("Redactions"));
    m_statistics = new StatisticsView(this);
    m_side->addTab(m_statistics, tr("Statistics"));
    m_duplicates = new DuplicatesView(this);
    m_side->addTab(m_duplicates, tr("Duplicates"));
    m_drafting = new DraftingPanel(this);
    m_side->addTab(m_drafting, tr("Drafting"));
    // Settings > Drafting and the key in the keychain: with no server set, nothing is ever sent.
    m_drafting->setEndpointProvider([](QString* why) -> std::optional<EndpointConfig> {
        const EndpointSettings endpoint;
        if (!endpoint.isConfigured())
            return std::nullopt;
        try {
            EndpointConfig config = endpoint.config();
            config.apiKey = ApiKeyStore().read(config.baseUrl.toString()).value_or(QString());
            return config;
        } catch (const Error& e) {
            *why = e.message();
            return std::nullopt;
        }
    });
    connect(m_drafting, &DraftingPanel::drafted, this, [this] { m_pairList->model()->refresh(); });
    m_side->setObjectName(QStringLiteral("sideTabs"));
    m_workspace->addWidget(m_documentList);
    m_workspace->addWidget(m_documentView);
    m_workspace->addWidget(m_side);
    m_workspace->setStretchFactor(0, 1);
    m_workspace->setStretchFactor(1, 3);
    m_workspace->setStretchFactor(2, 2);
    m_workspace->setSizes({230, 560, 490});
    m_workspace->setObjectName(QStringLiteral("workspace"));

    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_workspace);
    setCentralWidget(m_stack);

    connect(m_documentList, &DocumentListView::documentSelected, m_documentView, &DocumentView::showDocument);
    connect(m_documentView, &DocumentView::detectionsChanged, m_redactionPanel, &RedactionPanel::refresh);
    connect(m_documentView, &DocumentView::errorOccurred, this, &MainWindow::showError);
    connect(m_documentView, &DocumentView::newPairFromSelection, this, &MainWindow::newPairFromSelection);
    connect(m_redactionPanel, &RedactionPanel::decisionsChanged, m_documentView, &DocumentView::reloadPage);
    // The statistics follow every change: counted again after a quiet second, only while shown.
    connect(m_session->undoStack(), &QUndoStack::indexChanged, m_statistics,
            &StatisticsView::scheduleRefresh);
    connect(m_pairEditor, &PairEditor::saved, m_statistics, &StatisticsView::scheduleRefresh);
    connect(m_redactionPanel, &RedactionPanel::decisionsChanged, m_statistics,
            &StatisticsView::scheduleRefresh);
    connect(m_documentView, &DocumentView::detectionsChanged, m_statistics, &StatisticsView::scheduleRefresh);
    connect(m_ingest, &IngestController::fileFinished, m_statistics, &StatisticsView::scheduleRefresh);
    connect(m_redactionPanel, &RedactionPanel::detectionActivated, this,
            [this](qint64 documentId, int pageNo, int start, int end) {
                m_documentView->showSpan(documentId, pageNo, start, end, false);
            });
    connect(m_pairList, &PairListView::pairActivated, m_pairEditor, &PairEditor::loadPair);
    connect(m_pairList, &PairListView::pairActivated, m_drafting, &DraftingPanel::showPair);
    connect(m_pairEditor, &PairEditor::saveFailed, this, &MainWindow::showError);
    connect(m_duplicates, &DuplicatesView::pairRequested, this, [this](qint64 id) {
        m_side->setCurrentIndex(0);
        m_pairEditor->loadPair(id);
    });
    connect(m_review, &ReviewWidget::editRequested, this, [this](qint64 id) {
        m_side->setCurrentIndex(0);
        m_pairEditor->loadPair(id);
    });
    connect(m_welcome, &WelcomeWidget::newProjectRequested, this, &MainWindow::onNewProject);
    connect(m_welcome, &WelcomeWidget::openProjectRequested, this, &MainWindow::onOpenProject);
    connect(m_welcome, &WelcomeWidget::openDemoRequested, this, &MainWindow::onOpenDemo);
    connect(m_welcome, &WelcomeWidget::recentProjectRequested, this, &MainWindow::openProject);

    // Page images are drawn from the stored original at screen resolution in a quarry-worker
    // process, so a PDF that crashes Poppler's renderer cannot take Quarry down. The bytes are read
    // here on the GUI thread (cached per document); the drawing runs on DocumentView's render thread.
    m_documentView->setPageRenderer([this, renderer = std::make_shared<IsolatedPageRenderer>()](
                                        qint64 documentId, int pageNo, int dpi) -> DocumentView::RenderJob {
        if (!m_session->store())
            return {};
        const IsolatedPageRenderer::Document doc = renderer->load(m_session->store()->db(), documentId);
        return [renderer, doc, pageNo, dpi](const std::atomic<bool>& cancelled) {
            return renderer->render(doc, pageNo, dpi, &cancelled);
        };
    });

    statusBar()->addPermanentWidget(m_task);
    // Every long job shows itself in the one strip; whatever fails is shown to the user.
    for (TaskRunner* runner : {m_ingest->runner(), m_scan->runner(), m_demo, m_drafting->runner()}) {
        runner->setProgressWidget(m_task);
        connect(runner, &TaskRunner::failed, this, &MainWindow::showError);
    }
    // After the strip shows the outcome: open the demo, or say it could not be built (failed() said why).
    connect(m_demo, &TaskRunner::finished, this, [this](TaskRunner::Outcome outcome) {
        emit demoReady(outcome == TaskRunner::Outcome::Succeeded && openProject(DemoProject::defaultPath()));
    });
    connect(m_ingest, &IngestController::fileFinished, this, [this] { m_documentList->reload(); });
    connect(m_ingest->runner(), &TaskRunner::failed, this, [this] { m_documentList->reload(); });
    connect(m_ingest, &IngestController::finished, this,
            [this](const IngestSummary& summary, const QStringList& needPassword) {
                onIngestFinished(needPassword);
                // New text is looked through for personal data at once (unless a password retry
                // is adding more: its own end starts the scan).
                if (!summary.cancelled && summary.ok + summary.ocr + summary.warnings > 0 &&
                    !m_ingest->isRunning())
                    findPersonalData();
            });
    connect(m_scan, &ScanController::finished, this,
            [this](const ScanSummary&, bool cancelled, const QString& error) {
                if (m_session->store()) {
                    m_redactionPanel->refresh();
                    m_documentView->reloadPage();
                    m_statistics->scheduleRefresh();
                }
                emit personalDataScanned(error.isEmpty() && !cancelled);
            });

    createActions();
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
    m_pairList->restoreHeaderState(m_settings.pairListHeaderState());
    updateRecentMenu();
    updateActions();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The areas (children, destroyed after the members) must let go of the project first.
    m_ingest->cancel();
    m_ingest->waitForFinished();
    m_scan->cancel();
    m_scan->waitForFinished();
    if (m_session->store())
        setProject(nullptr);
}

void MainWindow::createActions()
{
    m_actions = std::make_unique<ActionSet>(this, m_session->undoStack());

    connect(m_actions->newAction, &QAction::triggered, this, &MainWindow::onNewProject);
    connect(m_actions->openAction, &QAction::triggered, this, &MainWindow::onOpenProject);
    connect(m_actions->demoAction, &QAction::triggered, this, &MainWindow::onOpenDemo);
    connect(m_actions->closeAction, &QAction::triggered, this, &MainWindow::closeProject);
    connect(m_actions->addDocumentsAction, &QAction::triggered, this, &MainWindow::onAddDocuments);
    connect(m_actions->addFolderAction, &QAction::triggered, this, &MainWindow::onAddFolder);
    connect(m_actions->exportAction, &QAction::triggered, this, &MainWindow::onExport);
    connect(m_actions->newPairAction, &QAction::triggered, this,
            [this] { newPairFromSelection(0, 0, QString()); });
    connect(m_actions->pairFromSelectionAction, &QAction::triggered, this, [this] {
        const QString text = m_documentView->textView()->textCursor().selectedText().replace(
            QChar::ParagraphSeparator, QLatin1Char('\n'));
        if (!m_documentView->showsRedacted() || text.isEmpty()) {
            showError(tr(
                "Select some of the redacted document text first (switch the document view to Redacted)."));
            return;
        }
        newPairFromSelection(m_documentView->documentId(), m_documentView->pageNo(), text);
    });
    connect(m_actions->showSourceAction, &QAction::triggered, this, &MainWindow::showSourceOfCurrentPair);
    connect(m_actions->reviewAction, &QAction::triggered, this, [this] {
        m_review->reload();
        m_side->setCurrentWidget(m_review);
        m_review->setFocus();
    });
    connect(m_actions->findPersonalDataAction, &QAction::triggered, this, &MainWindow::findPersonalData);
    connect(m_actions->redactionsAction, &QAction::triggered, this, [this] {
        m_redactionPanel->refresh();
        m_side->setCurrentWidget(m_redactionPanel);
    });
    connect(m_actions->duplicatesAction, &QAction::triggered, this, [this] {
        m_side->setCurrentWidget(m_duplicates);
        if (m_duplicates->model()->rowCount() == 0)
            m_duplicates->find();
    });
    connect(m_actions->draftAction, &QAction::triggered, this, [this] {
        m_side->setCurrentWidget(m_drafting);
        m_drafting->draftFromPassages();
    });
    connect(m_actions->statisticsAction, &QAction::triggered, this,
            [this] { m_side->setCurrentWidget(m_statistics); });
    connect(m_actions->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->settingsAction, &QAction::triggered, this, &MainWindow::onSettings);
    connect(m_actions->shortcutsAction, &QAction::triggered, this,
            [this] { m_actions->showShortcuts(this); });
    connect(m_actions->aboutAction, &QAction::triggered, this, &MainWindow::onAbout);
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
    if (store)
        store->setActor(m_settings.userName());
    m_session->setStore(std::move(store));
}

void MainWindow::releaseProject()
{
    // Background work on the old project stops first, then the areas drop their pointers.
    m_ingest->cancel();
    m_ingest->waitForFinished();
    m_scan->cancel();
    m_scan->waitForFinished();
    m_pairEditor->setProject(nullptr, nullptr); // saves a pending edit into the old project
    m_pairList->setProject(nullptr, nullptr);
    m_review->setProject(nullptr, nullptr);
    m_redactionPanel->setProject(nullptr);
    m_statistics->setProject(nullptr);
    m_duplicates->setProject(nullptr, nullptr); // stops a search of the old project
    m_drafting->setProject(nullptr);            // stops a drafting run (resumable)
    m_documentList->setProject(nullptr);
    m_documentView->setProject(nullptr);
}

void MainWindow::showProject(ProjectStore* store)
{
    QUndoStack* undo = m_session->undoStack();
    if (store) {
        m_documentView->setProject(store);
        m_documentList->setProject(store);
        m_pairList->setProject(store, undo);
        m_pairEditor->setProject(store, undo);
        m_review->setProject(store, undo);
        m_redactionPanel->setProject(store);
        m_statistics->setProject(store);
        m_duplicates->setProject(store, undo);
        m_drafting->setProject(store);
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

bool MainWindow::openProject(const QString& path)
{
    try {
        setProject(ProjectStore::open(path));
        statusBar()->showMessage(tr("Opened %1").arg(path), 5000);
        return true;
    } catch (const Error& e) {
        if (e.kind() != Error::Kind::InUse && e.kind() != Error::Kind::ReadOnly) {
            if (e.kind() == Error::Kind::NotFound)
                m_settings.removeRecentProject(path);
            updateRecentMenu();
            showError(e.message());
            return false;
        }
        if (m_interactive && QMessageBox::question(
                                 this, tr("Project in use"),
                                 tr("%1\n\nOpen it read-only? You can look at everything but change nothing.")
                                     .arg(e.message()),
                                 QMessageBox::Open | QMessageBox::Cancel) != QMessageBox::Open)
            return false;
    }
    try {
        setProject(ProjectStore::open(path, ProjectStore::OpenMode::ReadOnly));
        statusBar()->showMessage(tr("Opened %1 read-only").arg(path), 5000);
        return true;
    } catch (const Error& e) {
        showError(e.message());
        return false;
    }
}

bool MainWindow::newProject(const QString& path)
{
    try {
        std::unique_ptr<ProjectStore> store = ProjectStore::create(path);
        // A new project starts with the user's OCR and redaction defaults; from then on they are the
        // project's own settings (audited under the user's name).
        store->setActor(m_settings.userName());
        m_settings.applyProjectDefaults(*store);
        setProject(std::move(store));
        return true;
    } catch (const Error& e) {
        showError(e.message());
        return false;
    }
}

void MainWindow::closeProject()
{
    setProject(nullptr);
}

qint64 MainWindow::newPairFromSelection(qint64 documentId, int pageNo, const QString& text)
{
    if (!m_session->store() || m_session->store()->isReadOnly())
        return 0;
    try {
        Pair pair = SelectionPair::build(m_session->store()->db(), documentId, pageNo, text);
        pair.author = m_settings.userName();
        auto* command = new AddPairCommand(*m_session->pairs(), pair);
        m_session->undoStack()->push(command); // runs redo(): the pair is in the project now
        const qint64 id = command->pairId();
        m_side->setCurrentIndex(0);
        m_pairEditor->loadPair(id);
        if (QPlainTextEdit* first = m_pairEditor->turnEdit(0))
            first->setFocus();
        statusBar()->showMessage(tr("New pair %1 created").arg(id), 5000);
        return id;
    } catch (const Error& e) {
        showError(e.message());
        return 0;
    }
}

bool MainWindow::showSourceOfCurrentPair()
{
    if (!m_session->store() || !m_pairEditor->pairId())
        return false;
    const Pair pair = m_pairEditor->currentPair();
    if (pair.sources.isEmpty()) {
        statusBar()->showMessage(tr("This pair has no source."), 5000);
        return false;
    }
    const auto location = SourceLocator(*m_session->store()).locate(pair.sources.first());
    if (!location) {
        statusBar()->showMessage(tr("The source of this pair is no longer in the project."), 5000);
        return false;
    }
    m_documentView->showSpan(location->documentId, location->pageNo, location->start, location->end, true);
    return true;
}

void MainWindow::findPersonalData()
{
    if (!m_session->store() || m_session->store()->isReadOnly() || m_scan->isRunning())
        return;
    if (m_ingest->isRunning()) {
        showError(tr("Documents are still being added; their text is looked through when they are in."));
        return;
    }
    try {
        m_scan->start(*m_session->store());
    } catch (const Error& e) {
        showError(e.message());
    }
}

void MainWindow::addDocuments(const QStringList& paths, const QString& password)
{
    if (!m_session->store() || m_session->store()->isReadOnly() || paths.isEmpty())
        return;
    if (m_ingest->isRunning()) {
        showError(tr("Documents are still being added; wait for that to finish or cancel it first."));
        return;
    }
    IngestPipeline::Options options;
    options.password = password;
    m_ingest->start(*m_session->store(), paths, options);
}

void MainWindow::onAddDocuments()
{
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Add Documents"), QString(),
                                      tr("Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt *.md *.csv "
                                         "*.docx *.html *.htm *.hwp *.hwpx);;All files (*)"));
    addDocuments(files);
}

void MainWindow::onAddFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Add Folder"));
    if (!dir.isEmpty())
        addDocuments({dir});
}

void MainWindow::onIngestFinished(const QStringList& passwordProtected)
{
    m_documentList->reload();
    if (!m_interactive)
        return;
    for (const QString& path : passwordProtected) {
        bool ok = false;
        const QString password =
            QInputDialog::getText(this, tr("Password Needed"),
                                  tr("%1 is protected by a password. Enter it to add the document:")
                                      .arg(QFileInfo(path).fileName()),
                                  QLineEdit::Password, QString(), &ok);
        if (ok && !password.isEmpty()) {
            // One file at a time: the next prompt comes when this attempt has finished.
            addDocuments({path}, password);
            return;
        }
    }
}

void MainWindow::onNewProject()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Project"), QString(),
                                                tr("Quarry projects (%1)").arg(kProjectFilter));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".quarry")))
        path += QLatin1String(".quarry");
    if (QFileInfo::exists(path)) {
        // The save dialog already confirmed the overwrite; never overwrite a project silently anyway.
        showError(tr("%1 already exists. Choose another name.").arg(path));
        return;
    }
    newProject(path);
}

void MainWindow::onOpenProject()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Project"), QString(), tr("Quarry projects (%1);;All files (*)").arg(kProjectFilter));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::onOpenDemo()
{
    openDemo(false);
}

void MainWindow::openDemo(bool rebuild)
{
    const QString path = DemoProject::defaultPath();
    if (m_session->store() && m_session->store()->path() == path) {
        if (!rebuild) {
            emit demoReady(true);
            return;
        }
        closeProject();
    }
    if (QFileInfo::exists(path) && !rebuild) {
        emit demoReady(openProject(path));
        return;
    }
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);

    TaskRunner::Texts texts;
    texts.title = tr("Building the demo project");
    texts.failed = tr("The demo project could not be built");
    // A step at a time: the strip shows the step's name.
    texts.detail = [](qint64, qint64, const QString& step) { return step; };
    if (!m_demo->start(
            texts, nullptr,
            [path](ProjectStore*, const TaskContext& task) {
                DemoProject::build(path, DemoProject::findSamples(), task);
            },
            [] { return tr("The demo project is ready"); }))
        return;
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
            if (auto last = ExportDialog::lastUsedOptions(*m_session->store()))
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
    if (m_ingest->isRunning() && m_interactive &&
        QMessageBox::question(
            this, tr("Quarry"),
            tr("Documents are still being added. Stop and quit? Documents already added are kept.")) !=
            QMessageBox::Yes) {
        event->ignore();
        return;
    }
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setPairListHeaderState(m_pairList->saveHeaderState());
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
        addDocuments(documents);
        event->acceptProposedAction();
    }
}

} // namespace quarry::gui
