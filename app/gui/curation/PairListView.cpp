#include "curation/PairListView.h"

#include "curation/DeletePairsCommand.h"
#include "curation/PairHistoryView.h"
#include "curation/PairListModel.h"
#include "curation/PairRepository.h"
#include "curation/PairStatusText.h"
#include "curation/SetStatusCommand.h"
#include "curation/TagCommand.h"
#include "store/ProjectStore.h"
#include "util/Error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace quarry::gui {

PairListView::PairListView(QWidget* parent)
    : QWidget(parent), m_model(new PairListModel(this)), m_table(new QTableView(this)),
      m_status(new QComboBox(this)), m_tag(new QLineEdit(this)), m_minRating(new QSpinBox(this)),
      m_warnings(new QCheckBox(tr("Warnings"), this)), m_search(new QLineEdit(this)),
      m_searchDelay(new QTimer(this)), m_count(new QLabel(this))
{
    m_status->addItem(tr("All statuses"), -1);
    m_status->addItem(PairStatusText::name(Pair::Status::Draft), int(Pair::Status::Draft));
    m_status->addItem(PairStatusText::name(Pair::Status::Review), int(Pair::Status::Review));
    m_status->addItem(PairStatusText::name(Pair::Status::Approved), int(Pair::Status::Approved));
    m_status->addItem(PairStatusText::name(Pair::Status::Rejected), int(Pair::Status::Rejected));
    m_tag->setPlaceholderText(tr("Tag"));
    m_minRating->setRange(0, 5);
    m_minRating->setSpecialValueText(tr("Any rating"));
    m_minRating->setPrefix(tr("≥ "));
    m_search->setPlaceholderText(tr("Search in pairs…"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/actions/edit-find.svg")), QLineEdit::LeadingPosition);
    // Fields known by their placeholder only still need a name for screen readers.
    m_search->setAccessibleName(tr("Search in pairs"));
    m_tag->setAccessibleName(tr("Tag filter"));
    m_table->setAccessibleName(tr("Pairs"));
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);

    auto* statusButton = new QToolButton(this);
    statusButton->setText(tr("Set status"));
    statusButton->setPopupMode(QToolButton::InstantPopup);
    auto* statusMenu = new QMenu(statusButton);
    for (int i = 1; i < m_status->count(); ++i) {
        const int st = m_status->itemData(i).toInt();
        statusMenu->addAction(m_status->itemText(i), this, [this, st] { setStatusOfSelection(st); });
    }
    statusButton->setMenu(statusMenu);
    auto* addTag = new QPushButton(tr("Add tag…"), this);
    auto* removeTag = new QPushButton(tr("Remove tag…"), this);
    auto* del = new QPushButton(tr("Delete"), this);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_status);
    filters->addWidget(m_tag);
    filters->addWidget(m_minRating);
    filters->addWidget(m_warnings);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_count, 1);
    actions->addWidget(statusButton);
    actions->addWidget(addTag);
    actions->addWidget(removeTag);
    actions->addWidget(del);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PairListModel::IdColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    // Uniform rows: the view never asks a million rows for their height.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    setInitialColumnWidths();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &PairListView::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &PairListView::applyFilter);
    connect(m_tag, &QLineEdit::editingFinished, this, &PairListView::applyFilter);
    connect(m_minRating, &QSpinBox::valueChanged, this, &PairListView::applyFilter);
    connect(m_warnings, &QCheckBox::toggled, this, &PairListView::applyFilter);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& i) { emit pairActivated(m_model->pairId(i.row())); });
    // The row's context menu: open it, or see its history (audit log).
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex index = m_table->indexAt(pos);
        const qint64 id = index.isValid() ? m_model->pairId(index.row()) : 0;
        if (id <= 0)
            return;
        auto* menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addAction(tr("Open"), this, [this, id] { emit pairActivated(id); });
        menu->addAction(tr("History…"), this, [this, id] { showHistory(id); });
        menu->popup(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { emit selectionChanged(selectedIds()); });
    connect(m_model, &PairListModel::loaded, this,
            [this] { m_count->setText(tr("%n pair(s)", nullptr, m_model->rowCount())); });
    connect(m_model, &PairListModel::loadFailed, this, [this](const QString& message) {
        m_count->setText(tr("Could not list the pairs: %1").arg(message));
    });
    connect(addTag, &QPushButton::clicked, this, [this] {
        const QString tag = QInputDialog::getText(this, tr("Add tag"), tr("Tag for the selected pairs:"));
        if (!tag.trimmed().isEmpty())
            addTagToSelection(tag.trimmed());
    });
    connect(removeTag, &QPushButton::clicked, this, [this] {
        const QString tag =
            QInputDialog::getText(this, tr("Remove tag"), tr("Tag to remove from the selected pairs:"));
        if (!tag.trimmed().isEmpty())
            removeTagFromSelection(tag.trimmed());
    });
    connect(del, &QPushButton::clicked, this, &PairListView::deleteSelection);
}

PairListView::~PairListView() = default;

void PairListView::showHistory(qint64 id)
{
    PairHistoryView::showFor(this, m_store, m_undo, id);
}

void PairListView::setInitialColumnWidths()
{
    // Narrow columns sized for their content in the user's language (Korean headers differ in
    // width), and the instruction taking whatever is left.
    QHeaderView* header = m_table->horizontalHeader();
    const QFontMetrics fm(m_table->font());
    const int padding = 2 * fm.averageCharWidth() + 12; // cell margins and the sort arrow
    const auto fit = [&](int column, QStringList samples) {
        samples << m_model->headerData(column, Qt::Horizontal).toString();
        int width = 0;
        for (const QString& s : std::as_const(samples))
            width = std::max(width, fm.horizontalAdvance(s));
        header->resizeSection(column, width + padding);
    };
    header->setMinimumSectionSize(fm.averageCharWidth() * 3);
    header->setSectionResizeMode(QHeaderView::Interactive);
    fit(PairListModel::IdColumn, {QStringLiteral("00000")});
    QStringList statuses;
    for (int i = 1; i < m_status->count(); ++i)
        statuses << m_status->itemText(i);
    fit(PairListModel::StatusColumn, statuses);
    fit(PairListModel::TagsColumn, {QStringLiteral("hydraulics, safety")});
    fit(PairListModel::RatingColumn, {QStringLiteral("5")});
    fit(PairListModel::AuthorColumn, {QStringLiteral("reviewer")});
    fit(PairListModel::UpdatedColumn, {QStringLiteral("2026-11-27")}); // the date; the time is elided
    header->setSectionResizeMode(PairListModel::FirstTurnColumn, QHeaderView::Stretch);
    // The side panel is narrow: author and time of change start hidden so the instruction has
    // room; the header's context menu shows any column again (and the choice is saved).
    header->setSectionHidden(PairListModel::AuthorColumn, true);
    header->setSectionHidden(PairListModel::UpdatedColumn, true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint& pos) {
        QMenu menu(this);
        for (int c = 0; c < PairListModel::ColumnCount; ++c) {
            if (c == PairListModel::FirstTurnColumn)
                continue; // the instruction always stays
            QAction* a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(c));
            connect(a, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
        }
        menu.exec(header->mapToGlobal(pos));
    });
}

QByteArray PairListView::saveHeaderState() const
{
    return m_table->horizontalHeader()->saveState();
}

bool PairListView::restoreHeaderState(const QByteArray& state)
{
    QHeaderView* header = m_table->horizontalHeader();
    if (state.isEmpty() || !header->restoreState(state))
        return false;
    // The saved sort indicator, applied to the rows too.
    m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    return true;
}

void PairListView::setProject(ProjectStore* store, QUndoStack* undoStack)
{
    if (m_undo)
        disconnect(m_undo, nullptr, this, nullptr);
    m_store = store;
    m_undo = undoStack;
    // Undo/redo from anywhere (Ctrl+Z, the editor) changes pairs: re-read the list. Our own pushes
    // refresh more gently (only the touched rows) in afterChange.
    if (m_undo)
        connect(m_undo, &QUndoStack::indexChanged, this, [this] {
            if (!m_pushing)
                m_model->refresh();
        });
    m_repo = store ? std::make_unique<PairRepository>(*store) : nullptr;
    m_model->setProject(store);
}

PairFilter PairListView::currentFilter() const
{
    PairFilter f = m_model->filter();
    f.statuses.clear();
    const int st = m_status->currentData().toInt();
    if (st >= 0)
        f.statuses << Pair::Status(st);
    f.tags.clear();
    if (!m_tag->text().trimmed().isEmpty())
        f.tags << m_tag->text().trimmed();
    f.minRating = m_minRating->value() > 0 ? std::optional<int>(m_minRating->value()) : std::nullopt;
    f.hasWarnings = m_warnings->isChecked() ? std::optional<bool>(true) : std::nullopt;
    f.text = m_search->text().trimmed();
    return f;
}

void PairListView::applyFilter()
{
    const PairFilter f = currentFilter();
    if (!(f == m_model->filter()))
        m_model->setFilter(f);
}

void PairListView::setSearchText(const QString& text)
{
    m_search->setText(text);
    m_searchDelay->stop();
    applyFilter();
}

QList<qint64> PairListView::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        ids << m_model->pairId(i.row());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void PairListView::afterChange(bool rowsChanged, const QList<qint64>& ids)
{
    if (rowsChanged)
        m_model->refresh();
    else
        m_model->refreshRows(ids);
}

void PairListView::setStatusOfSelection(int status)
{
    const QList<qint64> ids = selectedIds();
    if (!m_repo || ids.isEmpty())
        return;
    try {
        const QScopedValueRollback guard(m_pushing, true);
        auto* command = new SetStatusCommand(*m_repo, ids, Pair::Status(status));
        const QList<qint64> heldBack = command->heldBack();
        m_undo->push(command);
        if (!heldBack.isEmpty() && isVisible())
            QMessageBox::information(
                this, tr("Set status"),
                tr("%n drafted pair(s) with flags were not approved: approve them one at a "
                   "time after a look.",
                   nullptr, int(heldBack.size())));
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Set status"), e.message());
    }
    // A status filter may drop the rows now.
    afterChange(!m_model->filter().statuses.isEmpty(), ids);
}

void PairListView::addTagToSelection(const QString& tag)
{
    const QList<qint64> ids = selectedIds();
    if (!m_repo || ids.isEmpty())
        return;
    try {
        const QScopedValueRollback guard(m_pushing, true);
        m_undo->push(new TagCommand(*m_repo, ids, tag, TagCommand::Action::Add));
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Add tag"), e.message());
    }
    afterChange(!m_model->filter().tags.isEmpty(), ids);
}

void PairListView::removeTagFromSelection(const QString& tag)
{
    const QList<qint64> ids = selectedIds();
    if (!m_repo || ids.isEmpty())
        return;
    try {
        const QScopedValueRollback guard(m_pushing, true);
        m_undo->push(new TagCommand(*m_repo, ids, tag, TagCommand::Action::Remove));
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Remove tag"), e.message());
    }
    afterChange(!m_model->filter().tags.isEmpty(), ids);
}

void PairListView::deleteSelection()
{
    const QList<qint64> ids = selectedIds();
    if (!m_repo || ids.isEmpty())
        return;
    try {
        const QScopedValueRollback guard(m_pushing, true);
        m_undo->push(new DeletePairsCommand(*m_repo, ids));
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Delete"), e.message());
    }
    afterChange(true, ids);
}

} // namespace quarry::gui
