#pragma once

#include "curation/DuplicatesModel.h"
#include "tasks/TaskRunner.h"

#include <QList>
#include <QSet>
#include <QWidget>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QUndoStack;

namespace quarry {
class PairRepository;
class ProjectStore;
} // namespace quarry

namespace quarry::gui {

// "Possible duplicates": pairs whose turns are nearly the same (DuplicateFinder: MinHash over
// character shingles), found on a worker thread with its own read-only connection, with progress
// and cancel. A very large project is compared a part at a time (the newest N pairs of a status),
// which the view says. Each candidate can be opened (pairRequested), either pair rejected or
// deleted (undoable commands on the main window's stack), or dismissed as "not a duplicate"
// (remembered in the project, audited).
class DuplicatesView : public QWidget
{
    Q_OBJECT
public:
    enum class Side
    {
        A,
        B
    };
    // Compared by default: on a million pairs the newest 50 000 take seconds, not minutes.
    static constexpr int DefaultMaxPairs = 50000;

    explicit DuplicatesView(QWidget* parent = nullptr);
    ~DuplicatesView() override;

    // The store and stack must outlive this view (or the next call). Stops a running search.
    void setProject(ProjectStore* store, QUndoStack* undoStack);

    // Starts looking (in the background); finished() follows.
    void find();
    void cancel();
    bool isRunning() const;

    void setThreshold(double threshold);
    void setMaxPairs(int maxPairs);
    DuplicatesModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString summary() const;

    // Actions on the current candidate (also behind the buttons and the context menu).
    void open(Side side);
    void reject(Side side);
    void remove(Side side);
    void toggleDismissed();

signals:
    void pairRequested(qint64 id);
    void finished(bool ok);

private:
    struct Outcome;
    void onFinished(TaskRunner::Outcome outcome, const QString& message);
    void showOutcome(const Outcome& out);
    void updateActions();
    int currentRow() const;
    qint64 currentPair(Side side) const;
    void stopAndWait();
    void showCandidates();
    void setDismissedPair(qint64 a, qint64 b, bool dismissed);

    ProjectStore* m_store = nullptr;
    QUndoStack* m_undo = nullptr;
    std::unique_ptr<PairRepository> m_repo;
    DuplicatesModel* m_model;
    QDoubleSpinBox* m_threshold;
    QComboBox* m_scope;
    QSpinBox* m_maxPairs;
    QPushButton* m_find;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QCheckBox* m_showDismissed;
    QLabel* m_status;
    QTableView* m_table;
    QPushButton* m_openA;
    QPushButton* m_openB;
    QPushButton* m_rejectButton;
    QPushButton* m_deleteButton;
    QPushButton* m_dismiss;
    QMenu* m_contextMenu;
    QList<QAction*> m_writeActions; // reject and delete: not on a read-only project
    // Runs the search on a connection of its own, closed as soon as the search is waited for.
    TaskRunner* m_runner;
    // Dismissed in this session when the project is read-only (nothing can be stored).
    QSet<QPair<qint64, qint64>> m_sessionDismissed;
    QList<DuplicatesModel::Candidate> m_all; // the last search, dismissed ones too
    QString m_summary;
};

} // namespace quarry::gui
