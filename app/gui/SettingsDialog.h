#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace quarry::gui {

class AppSettings;
class TaskRunner;

// The user's own settings, in tabs: General (name recorded as author/reviewer and in the audit log,
// interface language, theme), OCR (languages for new projects), Redaction (defaults given to new
// projects: auto-accept threshold, replacement per type) and Export (the options the export dialog
// starts from for a project never exported before) and Drafting (the site's model server: base URL,
// model, egress, timeouts, the API key in the system keychain, and a connection test).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(AppSettings& settings, QWidget* parent = nullptr);

    void accept() override;
    bool languageChanged() const { return m_languageChanged; }
    bool themeChanged() const { return m_themeChanged; }

    QTabWidget* tabs() const { return m_tabs; }

private:
    QWidget* createGeneralTab();
    QWidget* createOcrTab();
    QWidget* createRedactionTab();
    QWidget* createExportTab();
    QWidget* createDraftingTab();
    void testConnection();
    // Saves the endpoint and the key; false (with the reason shown on the page) when it cannot.
    bool acceptDrafting();

    AppSettings& m_settings;
    QTabWidget* m_tabs;
    QLineEdit* m_name = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_theme = nullptr;
    QLineEdit* m_ocrLanguages = nullptr;
    QCheckBox* m_autoAccept = nullptr;
    QDoubleSpinBox* m_autoAcceptScore = nullptr;
    QTableWidget* m_operators = nullptr;
    QComboBox* m_format = nullptr;
    QList<QCheckBox*> m_statuses;
    QDoubleSpinBox* m_train = nullptr;
    QDoubleSpinBox* m_validation = nullptr;
    QDoubleSpinBox* m_test = nullptr;
    QSpinBox* m_seed = nullptr;
    QCheckBox* m_group = nullptr;
    QCheckBox* m_dedupExact = nullptr;
    QCheckBox* m_near = nullptr;
    QDoubleSpinBox* m_nearThreshold = nullptr;
    QComboBox* m_systemMode = nullptr;
    QLineEdit* m_llmUrl = nullptr;
    QComboBox* m_llmModel = nullptr;
    QCheckBox* m_llmSite = nullptr;
    QSpinBox* m_llmConnect = nullptr;
    QSpinBox* m_llmInactivity = nullptr;
    QLineEdit* m_llmKey = nullptr;
    QCheckBox* m_llmForgetKey = nullptr;
    QPushButton* m_llmTest = nullptr;
    QLabel* m_llmResult = nullptr;
    TaskRunner* m_llmRunner = nullptr;
    bool m_languageChanged = false;
    bool m_themeChanged = false;
};

} // namespace quarry::gui
