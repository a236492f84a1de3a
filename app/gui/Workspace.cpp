#include "Workspace.h"

#include "ApiKeyStore.h"
#include "DocumentListView.h"
#include "DocumentView.h"
#include "EndpointSettings.h"
#include "ProjectSession.h"
#include "SourceLocator.h"
#include "curation/AddPairCommand.h"
#include "curation/DuplicatesView.h"
#include "curation/PairEditor.h"
#include "curation/PairListModel.h"
#include "curation/PairListView.h"
#include "curation/ReviewWidget.h"
#include "curation/SelectionPair.h"
#include "drafting/DraftingPanel.h"
#include "ingest/IsolatedPageRenderer.h"
#include "redaction/RedactionPanel.h"
#include "stats/StatisticsView.h"
#include "store/ProjectStore.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QUndoStack>

namespace quarry::gui {

Workspace::Workspace(ProjectSession* session, QWidget* parent)
    : QSplitter(Qt::Horizontal, parent), m_session(session), m_documentList(new DocumentListView(this)),
      m_documentView(new DocumentView(this)), m_side(new QTabWidget(this)),
      m_pairList(new PairListView(this)), m_pairEditor(new PairEditor(this)),
      m_review(new ReviewWidget(this)), m_redactionPanel(new RedactionPanel(this)),
      m_statistics(new StatisticsView(this)), m_duplicates(new DuplicatesView(this)),
      m_drafting(new DraftingPanel(this))
{
    setObjectName(QStringLiteral("workspace"));
    // The tab names were the main window's strings: they keep its translation context.
    auto* pairs = new QSplitter(Qt::Vertical, this);
    pairs->addWidget(m_pairList);
    pairs->addWidget(m_pairEditor);
    pairs->setSizes({300, 500});
    m_side->addTab(pairs, QCoreApplication::translate("quarry::gui::MainWindow", "Pairs"));
    m_side->addTab(m_review, QCoreApplication::translate("quarry::gui::MainWindow", "Review"));
    m_side->addTab(m_redactionPanel, QCoreApplication::translate("quarry::gui::MainWindow", "Redactions"));
    m_side->addTab(m_statistics, QCoreApplication::translate("quarry::gui::MainWindow", "Statistics"));
    m_side->addTab(m_duplicates, QCoreApplication::translate("quarry::gui::MainWindow", "Duplicates"));
    m_side->addTab(m_drafting, QCoreApplication::translate("quarry::gui::MainWindow", "Drafting"));
    m_side->setObjectName(QStringLiteral("sideTabs"));
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
    connect(m_pairList, &PairListView::pairActivated, m_drafting, &DraftingPanel::showPair);
    addWidget(m_documentList);
    addWidget(m_documentView);
    addWidget(m_side);
    setStretchFactor(0, 1);
    setStretchFactor(1, 3);
    setStretchFactor(2, 2);
    setSizes({230, 560, 490});

    connect(m_documentList, &DocumentListView::documentSelected, m_documentView, &DocumentView::showDocument);
    connect(m_documentView, &DocumentView::detectionsChanged, m_redactionPanel, &RedactionPanel::refresh);
    connect(m_documentView, &DocumentView::errorOccurred, this, &Workspace::errorOccurred);
    connect(m_documentView, &DocumentView::newPairFromSelection, this, &Workspace::newPairFromSelection);
    connect(m_redactionPanel, &RedactionPanel::decisionsChanged, m_documentView, &DocumentView::reloadPage);
    // The statistics follow every change: counted again after a quiet second, only while shown.
    connect(m_session->undoStack(), &QUndoStack::indexChanged, m_statistics,
            &StatisticsView::scheduleRefresh);
    connect(m_pairEditor, &PairEditor::saved, m_statistics, &StatisticsView::scheduleRefresh);
    connect(m_redactionPanel, &RedactionPanel::decisionsChanged, m_statistics,
            &StatisticsView::scheduleRefresh);
    connect(m_documentView, &DocumentView::detectionsChanged, m_statistics, &StatisticsView::scheduleRefresh);
    connect(m_redactionPanel, &RedactionPanel::detectionActivated, this,
            [this](qint64 documentId, int pageNo, int start, int end) {
                m_documentView->showSpan(documentId, pageNo, start, end, false);
            });
    connect(m_pairList, &PairListView::pairActivated, m_pairEditor, &PairEditor::loadPair);
    connect(m_pairEditor, &PairEditor::saveFailed, this, &Workspace::errorOccurred);
    connect(m_duplicates, &DuplicatesView::pairRequested, this, &Workspace::openPair);
    connect(m_review, &ReviewWidget::editRequested, this, &Workspace::openPair);

    // Page images are drawn from the stored original at screen resolution in a quarry-worker
    // process, so a PDF that crashes Poppler's renderer cannot take Quarry down. The bytes are read
    // here on the GUI thread (cached per document); the drawing runs as the document view's task.
    m_documentView->setPageRenderer([this, renderer = std::make_shared<IsolatedPageRenderer>()](
                                        qint64 documentId, int pageNo, int dpi) -> DocumentView::RenderJob {
        if (!m_session->store())
            return {};
        const IsolatedPageRenderer::Document doc = renderer->load(m_session->store()->db(), documentId);
        return [renderer, doc, pageNo, dpi](const std::atomic<bool>& cancelled) {
            return renderer->render(doc, pageNo, dpi, &cancelled);
        };
    });
}

void Workspace::showProject(ProjectStore* store, QUndoStack* undoStack)
{
    m_documentView->setProject(store);
    m_documentList->setProject(store);
    m_pairList->setProject(store, undoStack);
    m_pairEditor->setProject(store, undoStack);
    m_review->setProject(store, undoStack);
    m_redactionPanel->setProject(store);
    m_statistics->setProject(store);
    m_duplicates->setProject(store, undoStack);
    m_drafting->setProject(store);
}

void Workspace::release()
{
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

void Workspace::openPair(qint64 id)
{
    m_side->setCurrentIndex(0);
    m_pairEditor->loadPair(id);
}

void Workspace::showReview()
{
    m_review->reload();
    m_side->setCurrentWidget(m_review);
    m_review->setFocus();
}

void Workspace::showRedactions()
{
    m_redactionPanel->refresh();
    m_side->setCurrentWidget(m_redactionPanel);
}

void Workspace::showDuplicates()
{
    m_side->setCurrentWidget(m_duplicates);
    if (m_duplicates->model()->rowCount() == 0)
        m_duplicates->find();
}

void Workspace::showDrafting()
{
    m_side->setCurrentWidget(m_drafting);
    m_drafting->draftFromPassages();
}

void Workspace::showStatistics()
{
    m_side->setCurrentWidget(m_statistics);
}

void Workspace::detectionsChanged()
{
    m_redactionPanel->refresh();
    m_documentView->reloadPage();
    m_statistics->scheduleRefresh();
}

qint64 Workspace::addPairFromSelection(qint64 documentId, int pageNo, const QString& text,
                                       const QString& author)
{
    if (!m_session->store() || m_session->store()->isReadOnly())
        return 0;
    try {
        Pair pair = SelectionPair::build(m_session->store()->db(), documentId, pageNo, text);
        pair.author = author;
        auto* command = new AddPairCommand(*m_session->pairs(), pair);
        m_session->undoStack()->push(command); // runs redo(): the pair is in the project now
        const qint64 id = command->pairId();
        openPair(id);
        if (QPlainTextEdit* first = m_pairEditor->turnEdit(0))
            first->setFocus();
        emit statusMessage(
            QCoreApplication::translate("quarry::gui::MainWindow", "New pair %1 created").arg(id), 5000);
        return id;
    } catch (const Error& e) {
        emit errorOccurred(e.message());
        return 0;
    }
}

bool Workspace::showSourceOfCurrentPair()
{
    if (!m_session->store() || !m_pairEditor->pairId())
        return false;
    const Pair pair = m_pairEditor->currentPair();
    if (pair.sources.isEmpty()) {
        emit statusMessage(QCoreApplication::translate("quarry::gui::MainWindow", "This pair has no source."),
                           5000);
        return false;
    }
    const auto location = SourceLocator(*m_session->store()).locate(pair.sources.first());
    if (!location) {
        emit statusMessage(
            QCoreApplication::translate("quarry::gui::MainWindow",
                                        "The source of this pair is no longer in the project."),
            5000);
        return false;
    }
    m_documentView->showSpan(location->documentId, location->pageNo, location->start, location->end, true);
    return true;
}

} // namespace quarry::gui
