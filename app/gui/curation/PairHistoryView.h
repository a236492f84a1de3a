#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QTableView;
class QTextBrowser;
class QUndoStack;

namespace quarry {
class ProjectStore;
} // namespace quarry

namespace quarry::gui {

class PairHistoryModel;

// The history of one pair (audit log, newest first): who did what when, and for the selected entry
// every change, text changes shown as the changed words with a little context. Not modal, so the
// pair can be edited beside it; it follows undo/redo and edits while open.
class PairHistoryView : public QDialog
{
    Q_OBJECT
public:
    PairHistoryView(ProjectStore* store, qint64 pairId, QWidget* parent = nullptr);

    // Opens (or raises) the history of a pair as a window of `parent` that deletes itself on close.
    static PairHistoryView* showFor(QWidget* parent, ProjectStore* store, QUndoStack* undoStack,
                                    qint64 pairId);

    void setUndoStack(QUndoStack* stack);
    void reload();
    qint64 pairId() const { return m_pairId; }
    PairHistoryModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // The selected entry's changes as shown (HTML).
    QString detailsHtml() const;

private:
    void showDetails();

    ProjectStore* m_store;
    qint64 m_pairId;
    QPointer<QUndoStack> m_undo;
    PairHistoryModel* m_model;
    QLabel* m_header;
    QTableView* m_table;
    QTextBrowser* m_details;
};

} // namespace quarry::gui
