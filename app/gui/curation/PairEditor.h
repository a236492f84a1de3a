#pragma once

#include "curation/Pair.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;
class QUndoStack;
class QVBoxLayout;

namespace quarry {
class PairRepository;
class ProjectStore;
} // namespace quarry

namespace quarry::gui {

// Edits one pair: system prompt, context, turns, tags, rating, notes, status. Every change is
// saved automatically (after a short pause in typing) as an EditPairCommand on the undo stack, so
// it is in the database at once and undoable; consecutive edits of one pair merge into one step.
class PairEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PairEditor(QWidget* parent = nullptr);
    ~PairEditor() override;

    void setProject(ProjectStore* store, QUndoStack* undoStack);
    // Shows the pair (saving pending edits of the previous one first). 0 clears the editor.
    void loadPair(qint64 id);
    qint64 pairId() const { return m_pair.id; }
    // The pair as the widgets show it.
    Pair currentPair() const;
    // Saves pending edits now (otherwise done after the autosave delay).
    void saveNow();

    // For tests and the review mode.
    QPlainTextEdit* turnEdit(int index) const;
    QPlainTextEdit* systemPromptEdit() const { return m_system; }
    QLineEdit* tagsEdit() const { return m_tags; }
    QComboBox* statusBox() const { return m_status; }
    QSpinBox* ratingBox() const { return m_rating; }
    void addTurn(Turn::Role role, const QString& text = {});
    static constexpr int AutosaveMs = 600;
    // The warnings shown above the pair (changed source, exact duplicate), as plain text.
    QString warningText() const;
    QPushButton* historyButton() const { return m_history; }
    // Opens the pair's history (audit log) beside the editor.
    void showHistory();

signals:
    void saved(qint64 id);
    void piiChanged(qint64 id, int pending);
    void saveFailed(const QString& message);

private:
    void showPair(const Pair& pair);
    // PII guard: scans the pair's turns with the project's rules and lists what is pending.
    void refreshPii();
    // Changed source and exact duplicate (same normalised turns as an older pair, found on save).
    void refreshWarnings();
    void dismissPii();
    void changed();
    void reloadFromDatabase();

    ProjectStore* m_store = nullptr;
    QUndoStack* m_undo = nullptr;
    std::unique_ptr<PairRepository> m_repo;
    Pair m_pair; // as last saved
    bool m_loading = false;
    bool m_saving = false;

    QLabel* m_title;
    QComboBox* m_status;
    QPlainTextEdit* m_system;
    QPlainTextEdit* m_context;
    QVBoxLayout* m_turnsLayout;
    QList<QPair<QComboBox*, QPlainTextEdit*>> m_turns;
    QLineEdit* m_tags;
    QSpinBox* m_rating;
    QPlainTextEdit* m_notes;
    QLabel* m_warning;
    QPushButton* m_history;
    QLabel* m_pii;
    QPushButton* m_piiDismiss;
    QTimer* m_autosave;
    QList<qint64> m_pendingPii;
};

} // namespace quarry::gui
