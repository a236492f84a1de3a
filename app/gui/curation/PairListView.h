#pragma once

#include "curation/PairFilter.h"

#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QTimer;
class QUndoStack;

namespace quarry {
class PairListModel;
class PairRepository;
class ProjectStore;
} // namespace quarry

namespace quarry::gui {

// The pair list: a table over PairListModel with a filter bar (status, tag, minimum rating,
// warnings), a search box (full-text, substring, Korean too) and bulk actions on the selection
// (set status, add/remove tag, delete), each an undoable command on the given stack.
class PairListView : public QWidget
{
    Q_OBJECT
public:
    explicit PairListView(QWidget* parent = nullptr);
    ~PairListView() override;

    // The store and stack must outlive this view (or the next call); clear the stack when the
    // project changes, its commands refer to this view's repository.
    void setProject(ProjectStore* store, QUndoStack* undoStack);

    PairListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QList<qint64> selectedIds() const;
    PairFilter currentFilter() const;

    // Bulk actions on the selection (also behind the buttons).
    void setStatusOfSelection(int status); // Pair::Status as int
    void addTagToSelection(const QString& tag);
    void removeTagFromSelection(const QString& tag);
    void deleteSelection();
    void setSearchText(const QString& text); // applies at once (no debounce)
    // The pair's history (audit log) in its own window (also in the row's context menu).
    void showHistory(qint64 id);

    // Column widths and order (QHeaderView::saveState), kept in the user's settings by the owner.
    // Restoring an empty or unusable state keeps the initial widths.
    QByteArray saveHeaderState() const;
    bool restoreHeaderState(const QByteArray& state);

signals:
    void pairActivated(qint64 id);
    void selectionChanged(const QList<qint64>& ids);

private:
    void applyFilter();
    void setInitialColumnWidths();
    void afterChange(bool rowsChanged, const QList<qint64>& ids);

    ProjectStore* m_store = nullptr;
    QUndoStack* m_undo = nullptr;
    std::unique_ptr<PairRepository> m_repo;
    PairListModel* m_model;
    QTableView* m_table;
    QComboBox* m_status;
    QLineEdit* m_tag;
    QSpinBox* m_minRating;
    QCheckBox* m_warnings;
    QLineEdit* m_search;
    QTimer* m_searchDelay;
    QLabel* m_count;
    bool m_pushing = false;
};

} // namespace quarry::gui
