#include "SettingsDialog.h"

#include "ApiKeyStore.h"
#include "AppSettings.h"
#include "EndpointSettings.h"
#include "TaskRunner.h"
#include "Translations.h"
#include "curation/PairStatusText.h"
#include "export/RecordFormats.h"
#include "llm/ConnectionTest.h"
#include "llm/Endpoint.h"
#include "llm/LlmError.h"
#include "llm/OpenAiClient.h"
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
#include <QPushButton>
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
    m_tabs->addTab(createDraftingTab(), tr("Drafting"));

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
    for (const Pair::Status status :
         {Pair::Status::Draft, Pair::Status::Review, Pair::Status::Approved, Pair::Status::Rejected}) {
        auto* box = new QCheckBox(PairStatusText::name(status), page);
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

QWidget* SettingsDialog::createDraftingTab()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("draftingPage"));
    const EndpointSettings endpoint;
    m_llmUrl = new QLineEdit(endpoint.baseUrl(), page);
    m_llmUrl->setObjectName(QStringLiteral("llmUrl"));
    m_llmUrl->setPlaceholderText(QStringLiteral("http://127.0.0.1:8080/v1"));
    m_llmUrl->setAccessibleName(tr("Model server address"));
    m_llmModel = new QComboBox(page);
    m_llmModel->setObjectName(QStringLiteral("llmModel"));
    m_llmModel->setEditable(true);
    m_llmModel->setEditText(endpoint.model());
    m_llmModel->setAccessibleName(tr("Model"));
    m_llmModel->setToolTip(tr("Test connection lists the models the server offers"));
    m_llmSite = new QCheckBox(tr("Allow the site's &network"), page);
    m_llmSite->setToolTip(
        tr("Private addresses (10.x, 172.16-31.x, 192.168.x, fc00::/7) besides this computer; "
           "public addresses are always refused"));
    m_llmSite->setObjectName(QStringLiteral("llmAllowSite"));
    m_llmSite->setChecked(endpoint.allowSiteNetwork());
    m_llmConnect = new QSpinBox(page);
    m_llmConnect->setRange(1, 600);
    m_llmConnect->setSuffix(tr(" s"));
    m_llmConnect->setValue(endpoint.connectTimeoutSeconds());
    m_llmConnect->setAccessibleName(tr("Connect timeout"));
    m_llmInactivity = new QSpinBox(page);
    m_llmInactivity->setRange(10, 3600);
    m_llmInactivity->setSuffix(tr(" s"));
    m_llmInactivity->setValue(endpoint.inactivityTimeoutSeconds());
    m_llmInactivity->setAccessibleName(tr("Inactivity timeout"));
    m_llmKey = new QLineEdit(page);
    m_llmKey->setObjectName(QStringLiteral("llmKey"));
    m_llmKey->setEchoMode(QLineEdit::Password);
    m_llmKey->setPlaceholderText(tr("Empty: keep the stored key, if any"));
    m_llmKey->setAccessibleName(tr("API key"));
    m_llmForgetKey = new QCheckBox(tr("&Forget the stored key"), page);
    m_llmTest = new QPushButton(tr("&Test Connection"), page);
    m_llmTest->setObjectName(QStringLiteral("testConnection"));
    m_llmResult = new QLabel(page);
    m_llmResult->setObjectName(QStringLiteral("connectionResult"));
    m_llmResult->setWordWrap(true);
    m_llmResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_llmRunner = new TaskRunner(this);
    connect(m_llmTest, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_llmRunner, &TaskRunner::failed, this, [this](const QString& message) {
        m_llmResult->setText(message);
        m_llmTest->setEnabled(true);
    });
    connect(m_llmRunner, &TaskRunner::cancelled, this, [this] { m_llmTest->setEnabled(true); });

    auto* form = newForm(page);
    form->addRow(
        note(tr("Quarry can draft pairs with a model server of your own (llama-server, Ollama, vLLM, "
                "LM Studio) through its OpenAI-compatible API. Only redacted passages are sent, "
                "and only to this address. Leave it empty and Quarry opens no network connection."),
             page));
    form->addRow(tr("Server &address:"), m_llmUrl);
    form->addRow(tr("&Model:"), m_llmModel);
    form->addRow(QString(), m_llmSite);
    form->addRow(tr("&Connect timeout:"), m_llmConnect);
    form->addRow(tr("&Inactivity timeout:"), m_llmInactivity);
    form->addRow(note(tr("Servers on a CPU may think for minutes: only silence longer than the inactivity "
                         "timeout ends a request, never its total time."),
                      page));
    form->addRow(tr("API &key:"), m_llmKey);
    form->addRow(QString(), m_llmForgetKey);
    form->addRow(
        note(tr("The key is kept in the system keychain, never in the project or the settings file."), page));
    form->addRow(QString(), m_llmTest);
    form->addRow(m_llmResult);
    return page;
}

void SettingsDialog::testConnection()
{
    EndpointConfig config;
    try {
        config.baseUrl = Endpoint::normalise(m_llmUrl->text());
    } catch (const Error& e) {
        m_llmResult->setText(e.message());
        return;
    }
    config.model = m_llmModel->currentText().trimmed();
    config.allowSiteNetwork = m_llmSite->isChecked();
    config.connectTimeoutMs = m_llmConnect->value() * 1000;
    config.inactivityTimeoutMs = m_llmInactivity->value() * 1000;
    config.apiKey = m_llmKey->text().trimmed();
    if (config.apiKey.isEmpty() && !m_llmForgetKey->isChecked())
        config.apiKey = ApiKeyStore().read(config.baseUrl.toString()).value_or(QString());
    m_llmTest->setEnabled(false);
    m_llmResult->setText(tr("Testing %1...").arg(config.baseUrl.toString()));
    m_llmRunner->start(
        TaskRunner::Texts{tr("Testing the model server"), {}, {}, {}}, nullptr,
        [config](ProjectStore*, const TaskContext& task) {
            OpenAiClient client(config);
            client.setRetryPolicy(1, 1000);
            return ConnectionTest::run(client, task);
        },
        [this](const ConnectionTest::Report& r) {
            const QString typed = m_llmModel->currentText();
            m_llmModel->clear();
            m_llmModel->addItems(r.models);
            m_llmModel->setEditText(typed.isEmpty() ? r.model : typed);
            m_llmResult->setText(
                tr("Connected. Models: %1. Speed: %2 tokens/s. Structured output: %3.")
                    .arg(r.models.isEmpty() ? tr("none listed") : r.models.join(QStringLiteral(", ")))
                    .arg(r.tokensPerSecond, 0, 'f', 1)
                    .arg(OpenAiClient::modeName(r.mode)));
            m_llmTest->setEnabled(true);
            return m_llmResult->text();
        });
}

bool SettingsDialog::acceptDrafting()
{
    const QString url = m_llmUrl->text().trimmed();
    QString endpoint;
    if (!url.isEmpty()) {
        try {
            endpoint = Endpoint::normalise(url).toString();
        } catch (const Error& e) {
            m_llmResult->setText(e.message());
            return false;
        }
    }
    const QString key = m_llmKey->text().trimmed();
    if (!endpoint.isEmpty() && (!key.isEmpty() || m_llmForgetKey->isChecked())) {
        QString error;
        const ApiKeyStore keys;
        if (!(key.isEmpty() ? keys.remove(endpoint, &error) : keys.write(endpoint, key, &error))) {
            m_llmResult->setText(error);
            return false;
        }
    }
    EndpointSettings settings;
    settings.setBaseUrl(url);
    settings.setModel(m_llmModel->currentText());
    settings.setAllowSiteNetwork(m_llmSite->isChecked());
    settings.setConnectTimeoutSeconds(m_llmConnect->value());
    settings.setInactivityTimeoutSeconds(m_llmInactivity->value());
    return true;
}

void SettingsDialog::accept()
{
    if (!acceptDrafting()) {
        m_tabs->setCurrentWidget(m_llmUrl->parentWidget());
        return;
    }
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
