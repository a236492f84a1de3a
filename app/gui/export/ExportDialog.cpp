#include "export/ExportDialog.h"

#include "curation/PairStatusText.h"
#include "export/Exporter.h"
#include "export/PendingPiiGuard.h"
#include "export/RecordFormats.h"
#include "store/ProjectStore.h"
#include "store/Statement.h"
#include "tasks/TaskRunner.h"
#include "util/Error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <limits>
#include <memory>

namespace quarry::gui {

namespace {
constexpr int kPreviewRecords = 5;
}

ExportDialog::ExportDialog(ProjectStore* store, QWidget* parent)
    : QDialog(parent), m_store(store), m_runner(new TaskRunner(this))
{
    connect(m_runner, &TaskRunner::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(done * 100 / total) : 100);
    });
    // Any failure, ours or not, and a cancel end in the dialog's report, never in a crash.
    connect(m_runner, &TaskRunner::failed, this,
            [this](const QString& message) { finish(false, message, *m_failureDetails); });
    connect(m_runner, &TaskRunner::cancelled, this,
            [this](const QString& message) { finish(false, message, QString()); });
    setWindowTitle(tr("Export dataset"));

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    for (const RecordFormat* f : RecordFormats::all())
        m_format->addItem(f->displayName(), f->name());

    m_statusDraft = new QCheckBox(PairStatusText::name(Pair::Status::Draft), this);
    m_statusReview = new QCheckBox(PairStatusText::name(Pair::Status::Review), this);
    m_statusApproved = new QCheckBox(PairStatusText::name(Pair::Status::Approved), this);
    m_statusRejected = new QCheckBox(PairStatusText::name(Pair::Status::Rejected), this);
    m_statusApproved->setChecked(true);
    auto* statuses = new QHBoxLayout;
    for (QCheckBox* c : {m_statusDraft, m_statusReview, m_statusApproved, m_statusRejected})
        statuses->addWidget(c);
    m_tags = new QLineEdit(this);
    m_tags->setPlaceholderText(tr("all of these tags, comma-separated"));
    m_minRating = new QSpinBox(this);
    m_minRating->setRange(0, 5);
    m_minRating->setSpecialValueText(tr("any"));

    m_systemPerPair = new QRadioButton(tr("Per pair (project default when empty)"), this);
    m_systemProject = new QRadioButton(tr("One for all:"), this);
    m_systemNone = new QRadioButton(tr("None"), this);
    m_systemPerPair->setChecked(true);
    m_systemText = new QLineEdit(this);
    m_systemText->setPlaceholderText(tr("project default"));
    m_systemText->setAccessibleName(tr("System prompt for every pair"));
    auto* system = new QHBoxLayout;
    system->addWidget(m_systemPerPair);
    system->addWidget(m_systemProject);
    system->addWidget(m_systemText, 1);
    system->addWidget(m_systemNone);

    const auto ratio = [this](double v, const QString& name) {
        auto* s = new QDoubleSpinBox(this);
        s->setObjectName(name);
        s->setRange(0, 1);
        s->setSingleStep(0.05);
        s->setDecimals(2);
        s->setValue(v);
        return s;
    };
    m_train = ratio(0.9, QStringLiteral("train"));
    m_validation = ratio(0.1, QStringLiteral("validation"));
    m_test = ratio(0, QStringLiteral("test"));
    m_seed = new QSpinBox(this);
    m_seed->setObjectName(QStringLiteral("seed"));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(42);
    auto* splits = new QHBoxLayout;
    splits->addWidget(new QLabel(tr("Train"), this));
    splits->addWidget(m_train);
    splits->addWidget(new QLabel(tr("Validation"), this));
    splits->addWidget(m_validation);
    splits->addWidget(new QLabel(tr("Test"), this));
    splits->addWidget(m_test);
    splits->addWidget(new QLabel(tr("Seed"), this));
    splits->addWidget(m_seed);
    m_group = new QCheckBox(tr("Keep each source document in one split"), this);
    m_group->setChecked(true);
    m_stratify = new QCheckBox(tr("Balance tags across splits"), this);

    m_exact = new QCheckBox(tr("Drop exact duplicates"), this);
    m_exact->setObjectName(QStringLiteral("dedupExact"));
    m_exact->setChecked(true);
    m_near = new QCheckBox(tr("Drop near duplicates at similarity"), this);
    m_nearThreshold = new QDoubleSpinBox(this);
    m_nearThreshold->setRange(0.5, 1);
    m_nearThreshold->setSingleStep(0.05);
    m_nearThreshold->setValue(0.9);
    m_nearThreshold->setAccessibleName(tr("Near-duplicate similarity"));
    auto* dedup = new QHBoxLayout;
    dedup->addWidget(m_exact);
    dedup->addWidget(m_near);
    dedup->addWidget(m_nearThreshold);
    dedup->addStretch();

    m_metaTags = new QCheckBox(tr("Tags"), this);
    m_metaStatus = new QCheckBox(tr("Status"), this);
    m_metaSource = new QCheckBox(tr("Source document and page"), this);
    m_metaId = new QCheckBox(tr("Pair id"), this);
    auto* meta = new QHBoxLayout;
    for (QCheckBox* c : {m_metaTags, m_metaStatus, m_metaSource, m_metaId})
        meta->addWidget(c);

    m_allowPending =
        new QCheckBox(tr("Export although pending detections touch exported pairs (recorded)"), this);
    m_allowPending->setObjectName(QStringLiteral("allowPending"));

    m_outDir = new QLineEdit(this);
    m_outDir->setObjectName(QStringLiteral("outDir"));
    m_outDir->setAccessibleName(tr("Output folder"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Output folder"), m_outDir->text());
        if (!dir.isEmpty())
            m_outDir->setText(dir);
    });
    auto* out = new QHBoxLayout;
    out->addWidget(m_outDir, 1);
    out->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("Format"), m_format);
    form->addRow(tr("Status"), statuses);
    form->addRow(tr("Tags"), m_tags);
    form->addRow(tr("Minimum rating"), m_minRating);
    form->addRow(tr("System prompt"), system);
    form->addRow(tr("Splits"), splits);
    form->addRow(QString(), m_group);
    form->addRow(QString(), m_stratify);
    form->addRow(tr("Duplicates"), dedup);
    form->addRow(tr("Extra fields"), meta);
    form->addRow(QString(), m_allowPending);
    form->addRow(tr("Output folder"), out);

    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("report"));
    m_report->setReadOnly(true);
    m_report->setMaximumBlockCount(500);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("export"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (isRunning())
            cancelExport();
        else
            reject();
    });

    auto* previewBox = new QGroupBox(tr("Preview (first records)"), this);
    (new QVBoxLayout(previewBox))->addWidget(m_preview);
    auto* reportBox = new QGroupBox(tr("Validation"), this);
    (new QVBoxLayout(reportBox))->addWidget(m_report);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(previewBox, 2);
    layout->addWidget(reportBox, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    // Any option change refreshes the preview, a little later so typing stays smooth.
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::refreshPreview);
    for (QCheckBox* c : findChildren<QCheckBox*>())
        connect(c, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);
    for (QRadioButton* r : findChildren<QRadioButton*>())
        connect(r, &QRadioButton::toggled, this, &ExportDialog::schedulePreview);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);
    connect(m_tags, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);
    connect(m_systemText, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);
    connect(m_minRating, &QSpinBox::valueChanged, this, &ExportDialog::schedulePreview);
    refreshPreview();
}

ExportDialog::~ExportDialog()
{
    m_runner->cancel();
    m_runner->waitForFinished();
}

bool ExportDialog::isRunning() const
{
    return m_runner->isRunning();
}

void ExportDialog::schedulePreview()
{
    if (!isRunning())
        m_previewTimer->start();
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.format = m_format->currentData().toString();
    o.outDir = m_outDir->text().trimmed();
    o.statuses.clear();
    if (m_statusDraft->isChecked())
        o.statuses << Pair::Status::Draft;
    if (m_statusReview->isChecked())
        o.statuses << Pair::Status::Review;
    if (m_statusApproved->isChecked())
        o.statuses << Pair::Status::Approved;
    if (m_statusRejected->isChecked())
        o.statuses << Pair::Status::Rejected;
    for (const QString& t : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!t.trimmed().isEmpty())
            o.tags << t.trimmed();
    if (m_minRating->value() > 0)
        o.minRating = m_minRating->value();
    if (m_systemProject->isChecked()) {
        o.systemPromptMode = ExportOptions::SystemPrompt::ProjectDefault;
        o.systemPrompt = m_systemText->text();
    } else if (m_systemNone->isChecked()) {
        o.systemPromptMode = ExportOptions::SystemPrompt::None;
    }
    o.splitRatios = {m_train->value(), m_validation->value()};
    if (m_test->value() > 0)
        o.splitRatios << m_test->value();
    o.seed = quint64(m_seed->value());
    o.groupByDocument = m_group->isChecked();
    o.stratifyByTag = m_stratify->isChecked();
    o.dedupExact = m_exact->isChecked();
    if (m_near->isChecked())
        o.nearDuplicateThreshold = m_nearThreshold->value();
    o.record.includeTags = m_metaTags->isChecked();
    o.record.includeStatus = m_metaStatus->isChecked();
    o.record.includeSources = m_metaSource->isChecked();
    o.record.includePairId = m_metaId->isChecked();
    o.allowPendingPii = m_allowPending->isChecked();
    return o;
}

void ExportDialog::setOptions(const ExportOptions& o)
{
    m_format->setCurrentIndex(qMax(0, m_format->findData(o.format)));
    m_statusDraft->setChecked(o.statuses.contains(Pair::Status::Draft));
    m_statusReview->setChecked(o.statuses.contains(Pair::Status::Review));
    m_statusApproved->setChecked(o.statuses.contains(Pair::Status::Approved));
    m_statusRejected->setChecked(o.statuses.contains(Pair::Status::Rejected));
    m_tags->setText(o.tags.join(QStringLiteral(", ")));
    m_minRating->setValue(o.minRating.value_or(0));
    m_systemPerPair->setChecked(o.systemPromptMode == ExportOptions::SystemPrompt::PerPair);
    m_systemProject->setChecked(o.systemPromptMode == ExportOptions::SystemPrompt::ProjectDefault);
    m_systemNone->setChecked(o.systemPromptMode == ExportOptions::SystemPrompt::None);
    m_systemText->setText(o.systemPrompt);
    m_train->setValue(o.splitRatios.value(0, 0.9));
    m_validation->setValue(o.splitRatios.value(1, 0.1));
    m_test->setValue(o.splitRatios.value(2, 0.0));
    m_seed->setValue(int(std::min<quint64>(o.seed, quint64(std::numeric_limits<int>::max()))));
    m_group->setChecked(o.groupByDocument);
    m_stratify->setChecked(o.stratifyByTag);
    m_exact->setChecked(o.dedupExact);
    m_near->setChecked(o.nearDuplicateThreshold.has_value());
    m_nearThreshold->setValue(o.nearDuplicateThreshold.value_or(0.9));
    m_metaTags->setChecked(o.record.includeTags);
    m_metaStatus->setChecked(o.record.includeStatus);
    m_metaSource->setChecked(o.record.includeSources);
    m_metaId->setChecked(o.record.includePairId);
    // Exporting despite pending personal data is a decision for one export, never carried over.
    m_allowPending->setChecked(false);
    if (!o.outDir.isEmpty())
        m_outDir->setText(o.outDir);
    schedulePreview();
}

void ExportDialog::setOutputDir(const QString& dir)
{
    m_outDir->setText(dir);
}

QString ExportDialog::previewText() const
{
    return m_preview->toPlainText();
}

QString ExportDialog::validationText() const
{
    return m_report->toPlainText();
}

void ExportDialog::refreshPreview()
{
    if (isRunning() || !m_store)
        return;
    const ExportOptions o = options();
    QStringList report;
    try {
        const Exporter::Preview p = Exporter::preview(*m_store, o, kPreviewRecords);
        QString text;
        for (const QByteArray& r : p.records)
            text += QString::fromUtf8(r);
        m_preview->setPlainText(text);
        report << (p.matchingCapped ? tr("More than %1 pairs match the filters.").arg(p.matching)
                                    : tr("%n pair(s) match the filters.", nullptr, int(p.matching)));
        for (const auto& d : p.invalid)
            report << tr("Pair %1 will not be written: %2").arg(d.pairId).arg(d.reason);
        const QHash<qint64, int> pending = PendingPiiGuard::pendingByPair(m_store->db());
        if (!pending.isEmpty())
            report << tr("%n pair(s) in the project have pending redaction detections; the export refuses "
                         "them unless the override is ticked.",
                         nullptr, int(pending.size()));
    } catch (const Error& e) {
        m_preview->clear();
        report << e.message();
    }
    m_report->setPlainText(report.join(QLatin1Char('\n')));
}

void ExportDialog::setRunning(bool running)
{
    for (QWidget* w : findChildren<QWidget*>())
        if (w != m_cancel && w != m_progress && w != m_status && w != m_report && w != m_preview &&
            !qobject_cast<QGroupBox*>(w) && !qobject_cast<QDialogButtonBox*>(w) && w->parent() == this)
            w->setEnabled(!running);
    m_export->setEnabled(!running);
    m_cancel->setText(running ? tr("Stop") : tr("Close"));
}

void ExportDialog::startExport()
{
    if (isRunning() || !m_store)
        return;
    const ExportOptions o = options();
    if (o.outDir.isEmpty()) {
        m_status->setText(tr("Choose an output folder first."));
        return;
    }
    m_progress->setValue(0);
    m_status->setText(tr("Exporting…"));
    setRunning(true);
    auto failureDetails = std::make_shared<QString>();
    m_failureDetails = failureDetails;
    TaskRunner::Texts texts;
    texts.title = tr("Exporting…");
    // The worker has its own connection to the project, so the main window may go on using its own.
    m_runner->start(
        texts, m_store,
        [o, failureDetails](ProjectStore* store, const TaskContext& task) {
            Exporter exporter(*store, o);
            try {
                return exporter.run(task);
            } catch (const Error&) {
                // What the final scan found explains the refusal: kept for the report.
                QStringList lines;
                for (const auto& h : exporter.report().finalScanHits)
                    lines << tr("Pair %1: %2 \"%3\" (rule %4)").arg(h.pairId).arg(h.type, h.text, h.rule);
                *failureDetails = lines.join(QLatin1Char('\n'));
                throw;
            }
        },
        [this](const ExportReport& r) {
            const QString message =
                tr("Exported %1 of %2 pairs to %3.").arg(r.written).arg(r.selected).arg(r.outDir);
            finish(true, message, reportDetails(r));
            return message;
        });
}

QString ExportDialog::reportDetails(const ExportReport& r)
{
    QStringList lines;
    for (qsizetype i = 0; i < r.splitNames.size(); ++i)
        lines << QStringLiteral("%1: %2").arg(r.splitNames[i]).arg(r.splitCounts[i]);
    for (const auto& d : r.duplicates)
        lines << tr("Pair %1 dropped: %2 of pair %3").arg(d.pairId).arg(d.reason).arg(d.duplicateOf);
    for (const auto& d : r.invalid)
        lines << tr("Pair %1 not written: %2").arg(d.pairId).arg(d.reason);
    return lines.join(QLatin1Char('\n'));
}

void ExportDialog::finish(bool ok, const QString& message, const QString& details)
{
    setRunning(false);
    if (ok)
        m_progress->setValue(100);
    m_status->setText(message);
    if (!details.isEmpty())
        m_report->setPlainText(details);
    emit exportFinished(ok, message);
}

void ExportDialog::cancelExport()
{
    m_runner->cancel();
    m_status->setText(tr("Stopping…"));
}

void ExportDialog::reject()
{
    // Closing while an export runs cancels it; the dialog closes once the worker has stopped.
    if (isRunning()) {
        cancelExport();
        return;
    }
    QDialog::reject();
}

} // namespace quarry::gui
