#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace quarry::gui {

class AppSettings;

// The user's own settings: name (recorded as author/reviewer and in the audit log), interface
// language, default OCR languages for new projects.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(AppSettings& settings, QWidget* parent = nullptr);

    void accept() override;
    bool languageChanged() const { return m_languageChanged; }

private:
    AppSettings& m_settings;
    QLineEdit* m_name;
    QComboBox* m_language;
    QLineEdit* m_ocrLanguages;
    bool m_languageChanged = false;
};

} // namespace quarry::gui
