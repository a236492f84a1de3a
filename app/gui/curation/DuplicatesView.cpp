#include "curation/DuplicatesView.h"

#include "curation/DeletePairsCommand.h"
#include "curation/DuplicateFinder.h"
#include "curation/PairRepository.h"
#include "curation/PairStatusText.h"
#include "curation/SetStatusCommand.h"
#include "store/Database.h"
#include "store/ProjectStore.h"
#include "util/Error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace quarry::gui {

struct DuplicatesView::Outcome
{
    DuplicateFinder::Result result;
    QList<DuplicatesModel::Candidate> candidates;
    qint64 totalMs = 0;
};

namespace {

enum Scope
{
    NotRejected,
    AllPairs,
    DraftOnly,
    ReviewOnly,
    ApprovedOnly
};

} // namespace

DuplicatesView::DuplicatesView(QWidget* parent)
    : QWidget(parent), m_model(new DuplicatesModel(this)), m_threshold(new QDoubleSpinBox(this)),
      m_scope(new QComboBox(this)), m_maxPairs(new QSpinBox(this)), m_find(new QPushButton(tr("Find"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_progress(new QProgressBar(this)),
      m_showDismissed(new QCheckBox(tr("Show dismissed"), this)), m_status(new QLabel(this)),
      m_table(new QTableView(this)), m_openA(new QPushButton(tr("Open A"), this)),
      m_openB(new QPushButton(tr("Open B"), this)), m_rejectButton(new QPushButton(tr("Reject"), this)),
      m_deleteButton(new QPushButton(tr("Delete"), this)),
      m_dismiss(new QPushButton(tr("Not a Duplicate"), this)), m_contextMenu(new QMenu(this)),
      m_runner(new TaskRunner(this))
{
    setObjectName(QStringLiteral("DuplicatesView"));
    m_threshold->setRange(0.5, 1.0);
    m_threshold->setSingleStep(0.05);
    m_threshold->setDecimals(2);
    m_threshold->setValue(0.8);
    m_threshold->setAccessibleName(tr("Similarity at least"));
    m_threshold->setToolTip(
        tr("How alike two pairs must be (share of their three-character pieces) to be listed"));
    m_scope->addItem(tr("Pairs not rejected"), NotRejected);
    m_scope->addItem(tr("All pairs"), AllPairs);
    m_scope->addItem(PairStatusText::name(Pair::Status::Draft), DraftOnly);
    m_scope->addItem(PairStatusText::name(Pair::Status::Review), ReviewOnly);
    m_scope->addItem(PairStatusText::name(Pair::Status::Approved), ApprovedOnly);
    m_scope->setAccessibleName(tr("Which pairs to compare"));
    m_maxPairs->setRange(0, 100000000);
    m_maxPairs->setSingleStep(10000);
    m_maxPairs->setGroupSeparatorShown(true);
    m_maxPairs->setSpecialValueText(tr("all"));
    m_maxPairs->setValue(DefaultMaxPairs);
    m_maxPairs->setToolTip(
        tr("Only the newest pairs are compared. More take longer and more memory: a million "
           "pairs take about a minute of processor time and 1 GB of memory."));
    m_progress->setRange(0, 100);
    m_progress->setAccessibleName(tr("Progress of the search for duplicates"));
    m_progress->hide();
    m_cancel->hide();
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setText(tr("Find pairs whose turns are nearly the same, beyond the exact duplicates flagged on "
                         "save."));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAccessibleName(tr("Possible duplicates"));
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DuplicatesModel::FirstLineAColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DuplicatesModel::FirstLineBColumn, QHeaderView::Stretch);

    auto* rejectMenu = new QMenu(m_rejectButton);
    rejectMenu->addAction(tr("Reject Pair A"), this, [this] { reject(Side::A); });
    rejectMenu->addAction(tr("Reject Pair B"), this, [this] { reject(Side::B); });
    m_rejectButton->setMenu(rejectMenu);
    auto* deleteMenu = new QMenu(m_deleteButton);
    deleteMenu->addAction(tr("Delete Pair A"), this, [this] { remove(Side::A); });
    deleteMenu->addAction(tr("Delete Pair B"), this, [this] { remove(Side::B); });
    m_deleteButton->setMenu(deleteMenu);
    m_contextMenu->addAction(tr("Open Pair A"), this, [this] { open(Side::A); });
    m_contextMenu->addAction(tr("Open Pair B"), this, [this] { open(Side::B); });
    m_contextMenu->addSeparator();
    m_contextMenu->addActions(rejectMenu->actions());
    m_contextMenu->addActions(deleteMenu->actions());
    m_writeActions = rejectMenu->actions() + deleteMenu->actions();
    m_contextMenu->addSeparator();
    QAction* dismissAction =
        m_contextMenu->addAction(tr("Not a Duplicate"), this, &DuplicatesView::toggleDismissed);

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Similarity at least"), this));
    controls->addWidget(m_threshold);
    controls->addWidget(m_scope);
    auto* newest = new QLabel(tr("newest"), this);
    newest->setBuddy(m_maxPairs);
    controls->addWidget(newest);
    controls->addWidget(m_maxPairs);
    controls->addStretch(1);
    controls->addWidget(m_find);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_openA);
    actions->addWidget(m_openB);
    actions->addWidget(m_rejectButton);
    actions->addWidget(m_deleteButton);
    actions->addWidget(m_dismiss);
    actions->addStretch(1);
    actions->addWidget(m_showDismissed);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    connect(m_find, &QPushButton::clicked, this, &DuplicatesView::find);
    connect(m_cancel, &QPushButton::clicked, this, &DuplicatesView::cancel);
    connect(m_openA, &QPushButton::clicked, this, [this] { open(Side::A); });
    connect(m_openB, &QPushButton::clicked, this, [this] { open(Side::B); });
    connect(m_dismiss, &QPushButton::clicked, this, &DuplicatesView::toggleDismissed);
    connect(m_showDismissed, &QCheckBox::toggled, this, &DuplicatesView::showCandidates);
    connect(m_runner, &TaskRunner::progress, m_progress,
            [this](qint64 done) { m_progress->setValue(int(done)); });
    connect(m_runner, &TaskRunner::failed, this,
            [this](const QString& message) { onFinished(TaskRunner::Outcome::Failed, message); });
    connect(m_runner, &TaskRunner::cancelled, this,
            [this](const QString& message) { onFinished(TaskRunner::Outcome::Cancelled, message); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DuplicatesView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DuplicatesView::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DuplicatesView::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DuplicatesView::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const bool b = index.column() == DuplicatesModel::PairBColumn ||
                       index.column() == DuplicatesModel::FirstLineBColumn;
        open(b ? Side::B : Side::A);
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, [this, dismissAction](const QPoint& pos) {
        const QModelIndex index = m_table->indexAt(pos);
        if (!index.isValid())
            return;
        m_table->setCurrentIndex(index);
        dismissAction->setText(m_dismiss->text());
        m_contextMenu->popup(m_table->viewport()->mapToGlobal(pos));
    });
    updateActions();
}

DuplicatesView::~DuplicatesView()
{
    stopAndWait();
}

void DuplicatesView::stopAndWait()
{
    m_runner->cancel();
    m_runner->waitForFinished();
}

void DuplicatesView::setProject(ProjectStore* store, QUndoStack* undoStack)
{
    stopAndWait();
    m_store = store;
    m_undo = undoStack;
    m_repo = store ? std::make_unique<PairRepository>(*store) : nullptr;
    m_all.clear();
    m_sessionDismissed.clear();
    m_summary.clear();
    m_model->setCandidates({});
    m_status->setText(tr("Find pairs whose turns are nearly the same, beyond the exact duplicates flagged on "
                         "save."));
    m_find->setEnabled(store != nullptr);
    updateActions();
}

bool DuplicatesView::isRunning() const
{
    return m_runner->isRunning();
}

void DuplicatesView::setThreshold(double threshold)
{
    m_threshold->setValue(threshold);
}

void DuplicatesView::setMaxPairs(int maxPairs)
{
    m_maxPairs->setValue(maxPairs);
}

QString DuplicatesView::summary() const
{
    return m_status->text();
}

void DuplicatesView::find()
{
    if (!m_store || isRunning())
        return;
    DuplicateFinder::Options o;
    o.threshold = m_threshold->value();
    o.maxPairs = m_maxPairs->value();
    o.includeDismissed = true; // marked in the list, hidden unless "Show dismissed"
    switch (m_scope->currentData().toInt()) {
    case NotRejected:
        o.filter.statuses = {Pair::Status::Draft, Pair::Status::Review, Pair::Status::Approved};
        break;
    case DraftOnly:
        o.filter.statuses = {Pair::Status::Draft};
        break;
    case ReviewOnly:
        o.filter.statuses = {Pair::Status::Review};
        break;
    case ApprovedOnly:
        o.filter.statuses = {Pair::Status::Approved};
        break;
    default:
        break;
    }
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_find->setEnabled(false);
    m_status->setText(tr("Looking for possible duplicates…"));
    TaskRunner::Texts texts;
    texts.title = tr("Looking for possible duplicates…");
    // The search reads through its own connection: the GUI goes on using the main one meanwhile.
    m_runner->start(
        texts, m_store,
        [o](ProjectStore* project, const TaskContext& task) {
            Database& db = project->db();
            Outcome out;
            QElapsedTimer timer;
            timer.start();
            out.result = DuplicateFinder::find(db, o, task);
            const QSet<QPair<qint64, qint64>> dismissed = DuplicateFinder::dismissed(db);
            // The first line of each pair shown.
            QList<qint64> shown;
            for (const MinHash::Candidate& c : std::as_const(out.result.candidates))
                shown << c.a << c.b;
            const QHash<qint64, QString> turns = PairRepository(db, project->actor()).firstTurns(shown);
            auto firstLine = [&turns](qint64 id) {
                return turns.value(id).section(QLatin1Char('\n'), 0, 0).simplified().left(200);
            };
            for (const MinHash::Candidate& c : std::as_const(out.result.candidates)) {
                task.throwIfCancelled();
                out.candidates.append(
                    {c.a, c.b, c.similarity, firstLine(c.a), firstLine(c.b), dismissed.contains({c.a, c.b})});
            }
            out.totalMs = timer.elapsed();
            return out;
        },
        [this](const Outcome& out) {
            showOutcome(out);
            return QString();
        });
}

void DuplicatesView::cancel()
{
    m_runner->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Stopping…"));
}

void DuplicatesView::onFinished(TaskRunner::Outcome outcome, const QString& message)
{
    m_progress->hide();
    m_cancel->hide();
    m_find->setEnabled(m_store != nullptr);
    if (outcome == TaskRunner::Outcome::Cancelled) {
        m_status->setText(tr("Stopped; the list shows the previous search."));
        emit finished(false);
    } else if (outcome == TaskRunner::Outcome::Failed) {
        m_status->setText(tr("Could not look for duplicates: %1").arg(message));
        emit finished(false);
    }
}

void DuplicatesView::showOutcome(const Outcome& out)
{
    m_progress->hide();
    m_cancel->hide();
    m_find->setEnabled(m_store != nullptr);
    m_all = out.candidates;
    for (DuplicatesModel::Candidate& c : m_all)
        if (m_sessionDismissed.contains({c.a, c.b}))
            c.dismissed = true;
    const DuplicateFinder::Result& r = out.result;
    const QString seconds = QLocale().toString(double(out.totalMs) / 1000.0, 'f', 1);
    if (r.pairsCompared < r.pairsInScope)
        m_summary =
            tr("Compared the newest %1 of %2 pairs in %3 s.")
                .arg(QLocale().toString(r.pairsCompared), QLocale().toString(r.pairsInScope), seconds) +
            QLatin1Char(' ') +
            tr("Older pairs were not compared: raise “newest” (or choose “all”) to include them; it "
               "takes longer.");
    else
        m_summary = tr("Compared %n pair(s) in %1 s.", nullptr, int(r.pairsCompared)).arg(seconds);
    if (r.candidatesCut)
        m_summary +=
            QLatin1Char(' ') + tr("Only the %1 most similar candidates are listed; raise the similarity "
                                  "to see fewer at a time.")
                                   .arg(QLocale().toString(qint64(out.candidates.size())));
    showCandidates();
    emit finished(true);
}

void DuplicatesView::showCandidates()
{
    QList<DuplicatesModel::Candidate> shown;
    int hidden = 0;
    for (const DuplicatesModel::Candidate& c : std::as_const(m_all)) {
        if (c.dismissed && !m_showDismissed->isChecked())
            ++hidden;
        else
            shown << c;
    }
    m_model->setCandidates(shown);
    QString text = m_summary;
    if (!text.isEmpty()) {
        text += QLatin1Char(' ') + tr("%n possible duplicate(s).", nullptr, int(shown.size()));
        if (hidden > 0)
            text += QLatin1Char(' ') + tr("%n marked as not a duplicate (hidden).", nullptr, hidden);
        m_status->setText(text);
    }
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

int DuplicatesView::currentRow() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.row() : -1;
}

qint64 DuplicatesView::currentPair(Side side) const
{
    const DuplicatesModel::Candidate* c = m_model->candidate(currentRow());
    if (!c)
        return 0;
    return side == Side::A ? c->a : c->b;
}

void DuplicatesView::updateActions()
{
    const DuplicatesModel::Candidate* c = m_model->candidate(currentRow());
    const bool writable = c && m_store && m_undo && !m_store->isReadOnly();
    m_openA->setEnabled(c != nullptr);
    m_openB->setEnabled(c != nullptr);
    m_rejectButton->setEnabled(writable);
    m_deleteButton->setEnabled(writable);
    m_dismiss->setEnabled(c != nullptr);
    m_dismiss->setText(c && c->dismissed ? tr("Is a Duplicate") : tr("Not a Duplicate"));
    for (QAction* a : std::as_const(m_writeActions))
        a->setEnabled(writable);
}

void DuplicatesView::open(Side side)
{
    if (const qint64 id = currentPair(side))
        emit pairRequested(id);
}

void DuplicatesView::reject(Side side)
{
    const qint64 id = currentPair(side);
    if (!id || !m_repo || !m_undo)
        return;
    try {
        m_undo->push(new SetStatusCommand(*m_repo, {id}, Pair::Status::Rejected));
    } catch (const Error& e) {
        m_status->setText(e.message());
        return;
    }
    // Decided: the candidate leaves the list (undo puts the pair back, a new search the candidate).
    m_model->removeCandidate(currentRow());
    m_all.removeIf([&](const DuplicatesModel::Candidate& c) { return c.a == id || c.b == id; });
    m_status->setText(tr("Pair %1 rejected (Undo brings it back).").arg(id));
}

void DuplicatesView::remove(Side side)
{
    const qint64 id = currentPair(side);
    if (!id || !m_repo || !m_undo)
        return;
    try {
        m_undo->push(new DeletePairsCommand(*m_repo, {id}));
    } catch (const Error& e) {
        m_status->setText(e.message());
        return;
    }
    m_model->removePair(id);
    m_all.removeIf([&](const DuplicatesModel::Candidate& c) { return c.a == id || c.b == id; });
    m_status->setText(tr("Pair %1 deleted (Undo brings it back).").arg(id));
}

void DuplicatesView::setDismissedPair(qint64 a, qint64 b, bool dismissed)
{
    for (DuplicatesModel::Candidate& c : m_all)
        if (c.a == a && c.b == b)
            c.dismissed = dismissed;
}

void DuplicatesView::toggleDismissed()
{
    const int row = currentRow();
    const DuplicatesModel::Candidate* c = m_model->candidate(row);
    if (!c || !m_store)
        return;
    const qint64 a = c->a;
    const qint64 b = c->b;
    const bool dismiss = !c->dismissed;
    try {
        if (m_store->isReadOnly()) {
            // Nothing can be stored: remembered for this session only.
            if (dismiss)
                m_sessionDismissed.insert({a, b});
            else
                m_sessionDismissed.remove({a, b});
        } else if (dismiss) {
            DuplicateFinder::dismiss(*m_store, a, b);
        } else {
            m_sessionDismissed.remove({a, b});
            DuplicateFinder::undismiss(*m_store, a, b);
        }
    } catch (const Error& e) {
        m_status->setText(e.message());
        return;
    }
    setDismissedPair(a, b, dismiss);
    if (dismiss && !m_showDismissed->isChecked())
        m_model->removeCandidate(row);
    else
        m_model->setDismissed(row, dismiss);
}

} // namespace quarry::gui
