#include "SettingsDialog.h"

#include "AppSettings.h"
#include "Translations.h"
#include "export/RecordFormats.h"
#include "redact/RuleSet.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <limits>

namespace quarry::gui {

namespace {

// Forms whose labels may be long (Korean runs longer than English): long rows put the field under
// its label instead of squeezing it.
QFormLayout* newForm(QWidget* page)
{
    auto* form = new QFormLayout(page);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    return form;
}

QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Settings"));
    m_tabs->setAccessibleName(tr("Settings pages"));
    m_tabs->addTab(createGeneralTab(), tr("General"));
    m_tabs->addTab(createOcrTab(), tr("OCR"));
    m_tabs->addTab(createRedactionTab(), tr("Redaction"));
    m_tabs->addTab(createExportTab(), tr("Export"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(sizeHint().expandedTo(QSize(560, 480)));
}

QWidget* SettingsDialog::createGeneralTab()
{
    auto* page = new QWidget(this);
    m_name = new QLineEdit(m_settings.userName(), page);
    m_name->setAccessibleName(tr("Your name"));
    m_language = new QComboBox(page);
    m_language->addItem(tr("System language"), QString());
    for (const auto& [code, nativeName] : Translations::available())
        m_language->addItem(nativeName, code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings.uiLanguage())));
    m_language->setAccessibleName(tr("Interface language"));
    m_theme = new QComboBox(page);
    m_theme->addItem(tr("Follow the system"), AppSettings::themeName(AppSettings::Theme::System));
    m_theme->addItem(tr("Light"), AppSettings::themeName(AppSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), AppSettings::themeName(AppSettings::Theme::Dark));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(AppSettings::themeName(m_settings.theme()))));
    m_theme->setAccessibleName(tr("Theme"));

    auto* form = newForm(page);
    form->addRow(tr("Your &name (author and reviewer):"), m_name);
    form->addRow(tr("Interface &language:"), m_language);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(note(tr("The new language is used when Quarry starts again."), page));
    return page;
}

QWidget* SettingsDialog::createOcrTab()
{
    auto* page = new QWidget(this);
    m_ocrLanguages = new QLineEdit(m_settings.defaultOcrLanguages(), page);
    m_ocrLanguages->setAccessibleName(tr("OCR languages"));
    m_ocrLanguages->setToolTip(tr("Tesseract languages joined with '+', for example kor+eng"));
    auto* form = newForm(page);
    form->addRow(tr("Default &OCR languages:"), m_ocrLanguages);
    form->addRow(
        note(tr("New projects read scanned pages in these languages (Tesseract names joined with '+', "
                "for example kor+eng); a project keeps its own choice."),
             page));
    return page;
}

QWidget* SettingsDialog::createRedactionTab()
{
    auto* page = new QWidget(this);
    const std::optional<double> threshold = m_settings.defaultAutoAcceptThreshold();
    m_autoAccept = new QCheckBox(tr("&Accept detections automatically from score:"), page);
    m_autoAccept->setChecked(threshold.has_value());
    m_autoAcceptScore = new QDoubleSpinBox(page);
    m_autoAcceptScore->setRange(0.5, 1.0);
    m_autoAcceptScore->setDecimals(2);
    m_autoAcceptScore->setSingleStep(0.01);
    m_autoAcceptScore->setValue(threshold.value_or(0.95));
    m_autoAcceptScore->setEnabled(threshold.has_value());
    m_autoAcceptScore->setAccessibleName(tr("Auto-accept score"));
    connect(m_autoAccept, &QCheckBox::toggled, m_autoAcceptScore, &QWidget::setEnabled);
    auto* accept = new QHBoxLayout;
    accept->addWidget(m_autoAccept);
    accept->addWidget(m_autoAcceptScore);
    accept->addStretch();

    QStringList types;
    for (const RuleSet::BuiltinInfo& b : RuleSet::builtins())
        types << QString::fromLatin1(b.type);
    types.removeDuplicates();
    types.sort();
    m_operators = new QTableWidget(int(types.size()), 2, page);
    m_operators->setAccessibleName(tr("Replacement per type"));
    m_operators->setHorizontalHeaderLabels({tr("Type"), tr("Replace with")});
    m_operators->verticalHeader()->hide();
    m_operators->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_operators->setSelectionMode(QAbstractItemView::NoSelection);
    m_operators->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_operators->horizontalHeader()->setStretchLastSection(true);
    const QList<std::pair<Redactor::Operator, QString>> operators{
        {Redactor::Operator::Placeholder, tr("Placeholder: [PHONE]")},
        {Redactor::Operator::Pseudonym, tr("Pseudonym: [PERSON_3], the same value the same number")},
        {Redactor::Operator::Mask, tr("Mask: 010-****-5678")},
        {Redactor::Operator::Surrogate, tr("Surrogate: a fake value of the same kind")},
    };
    for (int row = 0; row < types.size(); ++row) {
        auto* item = new QTableWidgetItem(types[row]);
        m_operators->setItem(row, 0, item);
        auto* combo = new QComboBox(m_operators);
        // The examples show this row's own type.
        for (const auto& [op, label] : operators)
            combo->addItem(QString(label)
                               .replace(QLatin1String("PHONE"), types[row])
                               .replace(QLatin1String("PERSON"), types[row]),
                           Redactor::operatorName(op));
        combo->setCurrentIndex(
            combo->findData(Redactor::operatorName(m_settings.defaultOperator(types[row]))));
        combo->setAccessibleName(tr("Replacement for %1").arg(types[row]));
        m_operators->setCellWidget(row, 1, combo);
    }

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(note(tr("New projects start with these settings. A project keeps its own copy, "
                              "so changing them here does not change existing projects."),
                           page));
    layout->addLayout(accept);
    layout->addWidget(new QLabel(tr("Replacement in the redacted text, per type:"), page));
    layout->addWidget(m_operators, 1);
    return page;
}

QWidget* SettingsDialog::createExportTab()
{
    auto* page = new QWidget(this);
    const ExportOptions o = m_settings.exportDefaults();

    m_format = new QComboBox(page);
    for (const RecordFormat* f : RecordFormats::all())
        m_format->addItem(f->displayName(), f->name());
    m_format->setCurrentIndex(qMax(0, m_format->findData(o.format)));
    m_format->setAccessibleName(tr("Export format"));

    auto* statuses = new QHBoxLayout;
    const QList<std::pair<Pair::Status, QString>> statusNames{{Pair::Status::Draft, tr("Draft")},
                                                              {Pair::Status::Review, tr("Review")},
                                                              {Pair::Status::Approved, tr("Approved")},
                                                              {Pair::Status::Rejected, tr("Rejected")}};
    for (const auto& [status, label] : statusNames) {
        auto* box = new QCheckBox(label, page);
        box->setProperty("status", int(status));
        box->setChecked(o.statuses.contains(status));
        statuses->addWidget(box);
        m_statuses << box;
    }
    statuses->addStretch();

    const auto ratio = [page](double value, const QString& name) {
        auto* s = new QDoubleSpinBox(page);
        s->setRange(0, 1);
        s->setSingleStep(0.05);
        s->setDecimals(2);
        s->setValue(value);
        s->setAccessibleName(name);
        return s;
    };
    m_train = ratio(o.splitRatios.value(0, 0.9), tr("Train share"));
    m_validation = ratio(o.splitRatios.value(1, 0.1), tr("Validation share"));
    m_test = ratio(o.splitRatios.value(2, 0.0), tr("Test share"));
    auto* splits = new QHBoxLayout;
    for (const auto& [label, box] :
         {std::pair{tr("Train"), m_train}, std::pair{tr("Validation"), m_validation},
          std::pair{tr("Test"), m_test}}) {
        auto* l = new QLabel(label, page);
        l->setBuddy(box);
        splits->addWidget(l);
        splits->addWidget(box);
    }
    splits->addStretch();
    m_seed = new QSpinBox(page);
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(int(std::min<quint64>(o.seed, quint64(std::numeric_limits<int>::max()))));
    m_seed->setAccessibleName(tr("Seed"));
    m_group = new QCheckBox(tr("Keep each source document in one split"), page);
    m_group->setChecked(o.groupByDocument);
    m_dedupExact = new QCheckBox(tr("Drop exact duplicates"), page);
    m_dedupExact->setChecked(o.dedupExact);
    m_near = new QCheckBox(tr("Drop near duplicates at similarity"), page);
    m_near->setChecked(o.nearDuplicateThreshold.has_value());
    m_nearThreshold = new QDoubleSpinBox(page);
    m_nearThreshold->setRange(0.5, 1);
    m_nearThreshold->setSingleStep(0.05);
    m_nearThreshold->setValue(o.nearDuplicateThreshold.value_or(0.9));
    m_nearThreshold->setEnabled(m_near->isChecked());
    m_nearThreshold->setAccessibleName(tr("Near-duplicate similarity"));
    connect(m_near, &QCheckBox::toggled, m_nearThreshold, &QWidget::setEnabled);
    auto* near = new QHBoxLayout;
    near->addWidget(m_near);
    near->addWidget(m_nearThreshold);
    near->addStretch();
    m_systemMode = new QComboBox(page);
    m_systemMode->addItem(tr("Per pair (project default when empty)"),
                          int(ExportOptions::SystemPrompt::PerPair));
    m_systemMode->addItem(tr("The project default for every pair"),
                          int(ExportOptions::SystemPrompt::ProjectDefault));
    m_systemMode->addItem(tr("None"), int(ExportOptions::SystemPrompt::None));
    m_systemMode->setCurrentIndex(qMax(0, m_systemMode->findData(int(o.systemPromptMode))));
    m_systemMode->setAccessibleName(tr("System prompt"));

    auto* form = newForm(page);
    form->addRow(note(tr("The export dialog starts from these options for a project that was never "
                         "exported; after that, from the project's last export."),
                      page));
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("Pairs with status:"), statuses);
    form->addRow(tr("Splits:"), splits);
    form->addRow(tr("&Seed:"), m_seed);
    form->addRow(QString(), m_group);
    form->addRow(tr("Duplicates:"), m_dedupExact);
    form->addRow(QString(), near);
    form->addRow(tr("S&ystem prompt:"), m_systemMode);
    return page;
}

void SettingsDialog::accept()
{
    m_settings.setUserName(m_name->text());
    const QString language = m_language->currentData().toString();
    m_languageChanged = language != m_settings.uiLanguage();
    m_settings.setUiLanguage(language);
    const auto theme =
        AppSettings::themeFromName(m_theme->currentData().toString()).value_or(AppSettings::Theme::System);
    m_themeChanged = theme != m_settings.theme();
    m_settings.setTheme(theme);
    m_settings.setDefaultOcrLanguages(m_ocrLanguages->text().trimmed());

    m_settings.setDefaultAutoAcceptThreshold(
        m_autoAccept->isChecked() ? std::optional(m_autoAcceptScore->value()) : std::nullopt);
    for (int row = 0; row < m_operators->rowCount(); ++row) {
        const auto* combo = qobject_cast<QComboBox*>(m_operators->cellWidget(row, 1));
        if (const auto op = Redactor::operatorFromName(combo->currentData().toString()))
            m_settings.setDefaultOperator(m_operators->item(row, 0)->text(), *op);
    }

    ExportOptions o = m_settings.exportDefaults();
    o.format = m_format->currentData().toString();
    o.statuses.clear();
    for (const QCheckBox* box : std::as_const(m_statuses))
        if (box->isChecked())
            o.statuses << Pair::Status(box->property("status").toInt());
    o.splitRatios = {m_train->value(), m_validation->value()};
    if (m_test->value() > 0)
        o.splitRatios << m_test->value();
    o.seed = quint64(m_seed->value());
    o.groupByDocument = m_group->isChecked();
    o.dedupExact = m_dedupExact->isChecked();
    o.nearDuplicateThreshold = m_near->isChecked() ? std::optional(m_nearThreshold->value()) : std::nullopt;
    o.systemPromptMode = ExportOptions::SystemPrompt(m_systemMode->currentData().toInt());
    m_settings.setExportDefaults(o);
    QDialog::accept();
}

} // namespace quarry::gui
