#pragma once

#include "llm/DraftOptions.h"
#include "llm/PromptTemplate.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace quarry {
class ProjectStore;
}

namespace quarry::gui {

// Pairs > Draft from Passages...: which passages (those whose findings wait for review cannot be
// chosen, and say why), how many questions, one call or two steps, how many requests at a time,
// and the prompt templates, which a user may edit and save as a new version in the project.
class DraftDialog : public QDialog
{
    Q_OBJECT
public:
    // `preselected`: passages checked at the start (empty: every passage that may be sent).
    DraftDialog(ProjectStore& store, QWidget* parent = nullptr, const QList<qint64>& preselected = {});

    QList<qint64> passageIds() const;
    DraftOptions options() const;
    // For tests and keyboard users: check exactly these passages.
    void setChecked(const QList<qint64>& ids);
    QTableWidget* passageTable() const { return m_passages; }
    QSpinBox* questionsBox() const { return m_questions; }
    QComboBox* modeBox() const { return m_mode; }
    QSpinBox* concurrencyBox() const { return m_concurrency; }
    QPlainTextEdit* templateUserEdit() const { return m_user; }
    // Stores the edited template as the next version; returns false (with a message shown) if refused.
    bool saveTemplate();

private:
    void loadPassages(const QList<qint64>& preselected);
    void showTemplate();
    void updateSummary();

    ProjectStore& m_store;
    QTableWidget* m_passages;
    QComboBox* m_mode;
    QSpinBox* m_questions;
    QSpinBox* m_charsPerQuestion;
    QSpinBox* m_concurrency;
    QComboBox* m_templateName;
    QComboBox* m_templateLanguage;
    QLabel* m_templateVersion;
    QPlainTextEdit* m_system;
    QPlainTextEdit* m_user;
    QLabel* m_summary;
};

} // namespace quarry::gui
