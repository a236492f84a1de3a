#include "drafting/DraftingPanel.h"

#include "drafting/DraftDialog.h"
#include "llm/DraftRunner.h"
#include "llm/DraftStore.h"
#include "llm/OpenAiClient.h"
#include "store/ProjectStore.h"
#include "tasks/TaskRunner.h"
#include "util/Error.h"

#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace quarry::gui {

DraftingPanel::DraftingPanel(QWidget* parent)
    : QWidget(parent), m_runner(new TaskRunner(this)), m_title(new QLabel(this)), m_flags(new QLabel(this)),
      m_requests(new QListWidget(this)), m_request(new QPlainTextEdit(this)),
      m_reply(new QPlainTextEdit(this)), m_draftButton(new QPushButton(tr("Draft from Passages…"), this)),
      m_resumeButton(new QPushButton(tr("Resume Unfinished Run"), this))
{
    m_requests->setAccessibleName(tr("Requests of the draft"));
    m_request->setAccessibleName(tr("Request body as sent"));
    m_reply->setAccessibleName(tr("Reply of the model"));
    m_flags->setWordWrap(true);
    m_flags->setTextFormat(Qt::RichText);
    m_request->setReadOnly(true);
    m_reply->setReadOnly(true);
    m_request->setPlaceholderText(tr("The request body exactly as it was sent"));
    m_reply->setPlaceholderText(tr("The model's reply"));
    connect(m_requests, &QListWidget::currentRowChanged, this, &DraftingPanel::showRequest);
    connect(m_draftButton, &QPushButton::clicked, this, [this] { draftFromPassages(); });
    connect(m_resumeButton, &QPushButton::clicked, this, [this] { resume(); });
    // Pairs may have been added however the run ended.
    connect(m_runner, &TaskRunner::finished, this, [this] {
        m_draftButton->setEnabled(m_store && !m_store->isReadOnly());
        emit drafted();
        if (m_shownPair)
            showPair(m_shownPair);
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_draftButton);
    buttons->addWidget(m_resumeButton);
    buttons->addStretch();
    auto* texts = new QSplitter(Qt::Vertical, this);
    texts->addWidget(m_requests);
    texts->addWidget(m_request);
    texts->addWidget(m_reply);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_title);
    layout->addWidget(m_flags);
    layout->addWidget(texts, 1);
    setProject(nullptr);
}

DraftingPanel::~DraftingPanel()
{
    m_runner->waitForFinished();
}

void DraftingPanel::setProject(ProjectStore* store)
{
    // A run of the old project stops (resumable) before its connection closes.
    m_runner->cancel();
    m_runner->waitForFinished();
    m_store = store;
    const bool writable = store && !store->isReadOnly();
    m_draftButton->setEnabled(writable);
    m_resumeButton->setEnabled(writable);
    m_shownPair = 0;
    m_title->setText(store ? tr("Select a pair a model drafted to see its requests.") : QString());
    m_flags->clear();
    m_requests->clear();
    m_request->clear();
    m_reply->clear();
}

void DraftingPanel::setProgressWidget(TaskProgressWidget* strip)
{
    m_runner->setProgressWidget(strip);
}

void DraftingPanel::draftFromPassages(const QList<qint64>& preselected)
{
    if (!m_store || m_store->isReadOnly() || m_runner->isRunning())
        return;
    DraftDialog dialog(*m_store, this, preselected);
    if (dialog.exec() != QDialog::Accepted)
        return;
    start(dialog.passageIds(), dialog.options());
}

bool DraftingPanel::start(const QList<qint64>& passageIds, const DraftOptions& options)
{
    if (passageIds.isEmpty())
        return false;
    return startRun(0, passageIds, options);
}

bool DraftingPanel::resume()
{
    if (!m_store)
        return false;
    const qint64 run = DraftStore(m_store->db(), m_store->actor()).latestUnfinishedRun();
    if (!run) {
        if (isVisible())
            QMessageBox::information(this, tr("Drafting"),
                                     tr("Every drafting run of this project is finished."));
        return false;
    }
    return startRun(run, {}, {});
}

bool DraftingPanel::startRun(qint64 runId, const QList<qint64>& passageIds, const DraftOptions& options)
{
    if (!m_store || m_store->isReadOnly() || m_runner->isRunning())
        return false;
    QString why;
    const std::optional<EndpointConfig> config = m_endpoint ? m_endpoint(&why) : std::nullopt;
    if (!config) {
        m_lastSummary = why.isEmpty() ? tr("No model server is set: Settings > Drafting.") : why;
        if (isVisible())
            QMessageBox::warning(this, tr("Drafting"), m_lastSummary);
        return false;
    }
    TaskRunner::Texts texts;
    texts.title = tr("Drafting pairs");
    texts.detail = [](qint64 done, qint64 total, const QString& detail) {
        return tr("%1 of %2 passages · %3").arg(done).arg(total).arg(detail);
    };
    m_draftButton->setEnabled(false);
    const bool started = m_runner->start(
        texts, m_store,
        [config = *config, runId, passageIds, options](ProjectStore* store, const TaskContext& task) {
            OpenAiClient client(config);
            DraftOptions o = options;
            QString model = config.model;
            if (!runId) {
                // Probed once per endpoint and remembered in the project, like the command line does.
                const QString key = DraftOptions::modeSettingKey(client.baseUrl());
                const QString recorded = store->setting(key).toString();
                if (!recorded.isEmpty()) {
                    o.structured = DraftOptions::structuredFromName(recorded);
                } else {
                    o.structured = client.probeStructuredMode(task, model);
                    store->setSetting(key, DraftOptions::structuredName(o.structured));
                }
            }
            if (model.isEmpty()) {
                const QStringList models = client.listModels(task);
                if (models.isEmpty())
                    throw Error(tr("the model server lists no models: name one in Settings > Drafting"));
                model = models.first();
            }
            DraftRunner runner(*store, client, model);
            return runner.run(runId ? runId : runner.createRun(passageIds, o), task);
        },
        [this](const DraftReport& r) {
            m_lastSummary = tr("%n pair(s) drafted (%1 flagged) from %2 passage(s); %3 failed, %4 refused",
                               nullptr, r.pairs)
                                .arg(r.flagged)
                                .arg(r.done)
                                .arg(r.failed)
                                .arg(r.refused);
            if (!r.problems.isEmpty())
                m_lastSummary += QStringLiteral(" — ") + r.problems.first();
            return m_lastSummary;
        });
    if (!started)
        m_draftButton->setEnabled(true);
    return started;
}

void DraftingPanel::showPair(qint64 id)
{
    m_shownPair = id;
    m_requests->clear();
    m_request->clear();
    m_reply->clear();
    m_flags->clear();
    if (!m_store || !id)
        return;
    std::optional<DraftStore::PairDraft> d;
    try {
        d = DraftStore(m_store->db(), m_store->actor()).pairDraft(id);
    } catch (const Error&) {
        // A project from before drafting, opened read-only without migrating.
    }
    if (!d) {
        m_title->setText(tr("Pair %1 was not drafted by a model.").arg(id));
        return;
    }
    m_title->setText(tr("Pair %1, drafted in run %2; %3% of the answer found in its passage")
                         .arg(id)
                         .arg(d->runId)
                         .arg(d->support ? qRound(*d->support * 100) : 0));
    QString flags;
    for (const DraftChecker::Flag& f : d->flags)
        flags += QStringLiteral("<p style=\"color:#b35c00\">&#9873; <b>%1</b> %2</p>")
                     .arg(f.flag.toHtmlEscaped(), f.detail.toHtmlEscaped());
    m_flags->setText(flags.isEmpty() ? tr("No flags.") : flags);
    DraftStore ds(m_store->db(), m_store->actor());
    for (qint64 requestId : {d->questionRequest, d->answerRequest}) {
        if (!requestId || (m_requests->count() &&
                           m_requests->item(m_requests->count() - 1)->data(Qt::UserRole) == requestId))
            continue;
        const auto r = ds.request(requestId);
        if (!r)
            continue;
        auto* item = new QListWidgetItem(tr("%1 · %2 v%3 · %4 · %5 · %6 ms")
                                             .arg(r->step, r->templateName)
                                             .arg(r->templateVersion)
                                             .arg(r->model, r->outcome)
                                             .arg(r->msTotal),
                                         m_requests);
        item->setData(Qt::UserRole, requestId);
    }
    if (m_requests->count())
        m_requests->setCurrentRow(m_requests->count() - 1);
}

void DraftingPanel::showRequest(int row)
{
    if (!m_store || row < 0 || row >= m_requests->count())
        return;
    const auto r = DraftStore(m_store->db(), m_store->actor())
                       .request(m_requests->item(row)->data(Qt::UserRole).toLongLong());
    if (!r)
        return;
    m_request->setPlainText(QString::fromUtf8(r->requestBody));
    QString reply = r->content;
    if (!r->reasoning.isEmpty())
        reply += QStringLiteral("\n\n") + tr("(Reasoning, not part of the draft:)") + QStringLiteral("\n") +
                 r->reasoning;
    if (!r->error.isEmpty())
        reply += QStringLiteral("\n\n") + r->error;
    m_reply->setPlainText(reply);
}

} // namespace quarry::gui
