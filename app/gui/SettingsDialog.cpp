#include "SettingsDialog.h"

#include "AppSettings.h"
#include "Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace quarry::gui {

SettingsDialog::SettingsDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_name(new QLineEdit(this)), m_language(new QComboBox(this)),
      m_ocrLanguages(new QLineEdit(this))
{
    setWindowTitle(tr("Settings"));
    m_name->setText(settings.userName());
    m_name->setAccessibleName(tr("Your name"));
    m_language->addItem(tr("System language"), QString());
    for (const auto& [code, nativeName] : Translations::available())
        m_language->addItem(nativeName, code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.uiLanguage())));
    m_language->setAccessibleName(tr("Interface language"));
    m_ocrLanguages->setText(settings.defaultOcrLanguages());
    m_ocrLanguages->setAccessibleName(tr("OCR languages"));
    m_ocrLanguages->setToolTip(tr("Tesseract languages joined with '+', for example kor+eng"));

    auto* form = new QFormLayout;
    form->addRow(tr("Your &name (author and reviewer):"), m_name);
    form->addRow(tr("Interface &language:"), m_language);
    form->addRow(tr("Default &OCR languages:"), m_ocrLanguages);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    m_settings.setUserName(m_name->text());
    const QString language = m_language->currentData().toString();
    m_languageChanged = language != m_settings.uiLanguage();
    m_settings.setUiLanguage(language);
    m_settings.setDefaultOcrLanguages(m_ocrLanguages->text().trimmed());
    QDialog::accept();
}

} // namespace quarry::gui
