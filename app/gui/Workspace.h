#pragma once

#include <QSplitter>

class QTabWidget;
class QUndoStack;

namespace quarry {
class ProjectStore;
}

namespace quarry::gui {

class DocumentListView;
class DocumentView;
class DraftingPanel;
class DuplicatesView;
class PairEditor;
class PairListView;
class ProjectSession;
class RedactionPanel;
class ReviewWidget;
class StatisticsView;

// The areas of an open project side by side: the document list, the document view and the side
// tabs (pairs, review, redactions, statistics, duplicates), and how they follow one another
// (a decision in one refreshes the others). MainWindow hands it the session's project.
class Workspace : public QSplitter
{
    Q_OBJECT
public:
    explicit Workspace(ProjectSession* session, QWidget* parent = nullptr);

    DocumentListView* documentList() const { return m_documentList; }
    DocumentView* documentView() const { return m_documentView; }
    PairListView* pairList() const { return m_pairList; }
    PairEditor* pairEditor() const { return m_pairEditor; }
    ReviewWidget* review() const { return m_review; }
    RedactionPanel* redactionPanel() const { return m_redactionPanel; }
    StatisticsView* statistics() const { return m_statistics; }
    DuplicatesView* duplicates() const { return m_duplicates; }
    DraftingPanel* drafting() const { return m_drafting; }

    // Every area shows `store`; release() first lets them go of the previous one.
    void showProject(ProjectStore* store, QUndoStack* undoStack);
    void release();

    // Brings a side tab forward (and refreshes what it shows).
    void openPair(qint64 id);
    void showReview();
    void showRedactions();
    void showDuplicates();
    void showStatistics();
    // Pairs ▸ Draft from Passages…: the drafting tab, with its dialog open.
    void showDrafting();
    // After new detections (a scan): the panel, the page and the figures.
    void detectionsChanged();

    // A draft pair from text selected in the redacted document text (see SelectionPair), added
    // through the undo stack and opened in the editor; its id, 0 on failure (errorOccurred() says why).
    qint64 addPairFromSelection(qint64 documentId, int pageNo, const QString& text, const QString& author);
    // Shows the source of the pair in the editor, highlighted in the document view.
    bool showSourceOfCurrentPair();

signals:
    void errorOccurred(const QString& message);
    void statusMessage(const QString& message, int timeoutMs);
    void newPairFromSelection(qint64 documentId, int pageNo, const QString& text);

private:
    ProjectSession* m_session;
    DocumentListView* m_documentList;
    DocumentView* m_documentView;
    QTabWidget* m_side;
    PairListView* m_pairList;
    PairEditor* m_pairEditor;
    ReviewWidget* m_review;
    RedactionPanel* m_redactionPanel;
    StatisticsView* m_statistics;
    DuplicatesView* m_duplicates;
    DraftingPanel* m_drafting;
};

} // namespace quarry::gui
