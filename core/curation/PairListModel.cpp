#include "curation/PairListModel.h"

#include "curation/PairHistory.h"
#include "curation/PairListWorker.h"
#include "store/ProjectStore.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <algorithm>

namespace quarry {

PairListModel::PairListModel(QObject* parent) : QAbstractTableModel(parent)
{
    qRegisterMetaType<quarry::PairRow>();
    qRegisterMetaType<QList<quarry::PairRow>>();
    qRegisterMetaType<quarry::PairFilter>();
}

PairListModel::~PairListModel()
{
    stopWorker();
}

void PairListModel::stopWorker()
{
    if (m_worker) {
        // Queued requests are dropped, the running query aborted; then the threads are joined
        // before the workers (and their connections) go.
        m_thread->discardPending();
        m_rowThread->discardPending();
        m_worker->interrupt();
        m_rowWorker->interrupt();
        m_thread.reset();
        m_rowThread.reset();
        m_worker.reset();
        m_rowWorker.reset();
    }
}

void PairListModel::setProject(ProjectStore* store)
{
    beginResetModel();
    stopWorker();
    m_store = store;
    ++m_generation;
    m_ids.clear();
    m_blocks.clear();
    m_blockOrder.clear();
    m_pending.clear();
    m_loading = false;
    endResetModel();
    if (!m_store)
        return;
    std::unique_ptr<Database> idsDb;
    std::unique_ptr<Database> rowsDb;
    try {
        idsDb = m_store->openConnection(Database::Mode::ReadOnly);
        rowsDb = m_store->openConnection(Database::Mode::ReadOnly);
    } catch (const Error& e) {
        emit loadFailed(e.message());
        return;
    }
    m_worker = std::make_unique<PairListWorker>(std::move(idsDb));
    m_rowWorker = std::make_unique<PairListWorker>(std::move(rowsDb));
    // Queued explicitly: the workers live in this thread but emit from their SerialWorker's.
    connect(m_worker.get(), &PairListWorker::idsReady, this, &PairListModel::onIdsReady,
            Qt::QueuedConnection);
    connect(m_rowWorker.get(), &PairListWorker::rowsReady, this, &PairListModel::onRowsReady,
            Qt::QueuedConnection);
    for (PairListWorker* w : {m_worker.get(), m_rowWorker.get()})
        connect(
            w, &PairListWorker::failed, this,
            [this](int generation, const QString& message) {
                if (generation != m_generation)
                    return;
                m_loading = false;
                emit loadFailed(message);
            },
            Qt::QueuedConnection);
    m_thread = std::make_unique<SerialWorker>();
    m_rowThread = std::make_unique<SerialWorker>();
    refresh();
}

void PairListModel::setFilter(const PairFilter& filter)
{
    m_filter = filter;
    refresh();
}

void PairListModel::refresh()
{
    if (!m_worker)
        return;
    const int generation = ++m_generation;
    m_loading = true;
    m_partial = false;
    m_pending.clear();
    m_thread->post([w = m_worker.get(), generation, f = m_filter] { w->loadIds(generation, f); });
}

void PairListModel::refreshRows(const QList<qint64>& ids)
{
    QSet<int> blocks;
    for (qint64 id : ids) {
        const int row = rowOf(id);
        if (row >= 0)
            blocks.insert(row / BlockSize);
    }
    for (int b : std::as_const(blocks)) {
        if (m_blocks.contains(b)) {
            m_pending.remove(b);
            requestBlock(b);
        }
    }
}

void PairListModel::onIdsReady(int generation, const QList<qint64>& ids, bool complete)
{
    if (generation != m_generation)
        return;
    if (m_partial && complete && ids.size() >= m_ids.size() &&
        std::equal(m_ids.cbegin(), m_ids.cend(), ids.cbegin())) {
        // The rest of the list: append, keeping the rows (and cache) of the first screen.
        m_partial = false;
        m_loading = false;
        if (ids.size() > m_ids.size()) {
            beginInsertRows({}, int(m_ids.size()), int(ids.size()) - 1);
            m_ids = ids;
            endInsertRows();
        }
        emit loaded();
        return;
    }
    beginResetModel();
    m_ids = ids;
    m_blocks.clear();
    m_blockOrder.clear();
    m_pending.clear();
    m_partial = !complete;
    m_loading = !complete;
    endResetModel();
    if (complete)
        emit loaded();
}

void PairListModel::onRowsReady(int generation, int block, const QList<PairRow>& rows)
{
    if (generation != m_generation)
        return;
    m_pending.remove(block);
    const int first = block * BlockSize;
    if (first >= m_ids.size())
        return;
    if (!m_blocks.contains(block)) {
        m_blockOrder.append(block);
        while (m_blockOrder.size() > MaxCachedBlocks)
            m_blocks.remove(m_blockOrder.takeFirst());
    }
    m_blocks.insert(block, rows);
    const int last = std::min(int(m_ids.size()), first + int(rows.size())) - 1;
    emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    emit rowsLoaded(first, last);
}

void PairListModel::requestBlock(int block) const
{
    if (!m_worker || m_pending.contains(block))
        return;
    const int first = block * BlockSize;
    if (first >= m_ids.size())
        return;
    m_pending.insert(block);
    const QList<qint64> ids = m_ids.mid(first, BlockSize);
    m_rowThread->post([w = m_rowWorker.get(), g = m_generation, block, ids] { w->fetchRows(g, block, ids); });
}

qint64 PairListModel::pairId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int PairListModel::rowOf(qint64 id) const
{
    return int(m_ids.indexOf(id));
}

bool PairListModel::isRowLoaded(int row) const
{
    return m_blocks.contains(row / BlockSize);
}

int PairListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int PairListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PairListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size() || index.column() >= ColumnCount)
        return {};
    const int row = index.row();
    const qint64 id = m_ids.at(row);
    if (role == PairIdRole)
        return id;
    const int block = row / BlockSize;
    const auto it = m_blocks.constFind(block);
    if (role == LoadedRole)
        return it != m_blocks.constEnd();
    if (it == m_blocks.constEnd()) {
        requestBlock(block);
        if (role == Qt::DisplayRole)
            return index.column() == IdColumn ? QVariant(id) : QVariant(QStringLiteral("…"));
        return {};
    }
    const PairRow& r = it->at(row % BlockSize);
    if (role == WarningsRole)
        return r.warnings;
    if (role == DraftFlagsRole)
        return r.draftFlags;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (r.missing)
        return index.column() == IdColumn
                   ? QVariant(id)
                   : QVariant(QCoreApplication::translate("quarry::PairListModel", "(deleted)"));
    switch (index.column()) {
    case IdColumn:
        return r.id;
    case StatusColumn:
        // A flagged model draft says so where the status is read, and is not approved in bulk.
        if (!r.draftFlags.isEmpty())
            return QCoreApplication::translate("quarry::PairListModel", "%1 ⚑ %2")
                .arg(PairHistory::statusName(r.status), r.draftFlags.join(QStringLiteral(", ")));
        return PairHistory::statusName(r.status); // the stored word, in the user's language
    case FirstTurnColumn:
        return r.firstUserTurn;
    case TagsColumn:
        return r.tags;
    case RatingColumn:
        return r.rating ? QVariant(*r.rating) : QVariant();
    case AuthorColumn:
        return r.author;
    case UpdatedColumn:
        return r.updatedAt;
    default:
        return {};
    }
}

QVariant PairListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return QCoreApplication::translate("quarry::PairListModel", "ID");
    case StatusColumn:
        return QCoreApplication::translate("quarry::PairListModel", "Status");
    case FirstTurnColumn:
        return QCoreApplication::translate("quarry::PairListModel", "Instruction");
    case TagsColumn:
        return QCoreApplication::translate("quarry::PairListModel", "Tags");
    case RatingColumn:
        return QCoreApplication::translate("quarry::PairListModel", "Rating");
    case AuthorColumn:
        return QCoreApplication::translate("quarry::PairListModel", "Author");
    case UpdatedColumn:
        return QCoreApplication::translate("quarry::PairListModel", "Updated");
    default:
        return {};
    }
}

void PairListModel::sort(int column, Qt::SortOrder order)
{
    static const PairFilter::Sort byColumn[ColumnCount] = {
        PairFilter::Sort::Id,     PairFilter::Sort::Status, PairFilter::Sort::FirstUserTurn,
        PairFilter::Sort::Id,     PairFilter::Sort::Rating, PairFilter::Sort::Author,
        PairFilter::Sort::Updated};
    if (column < 0 || column >= ColumnCount)
        return;
    PairFilter f = m_filter;
    f.sort = byColumn[column];
    f.descending = order == Qt::DescendingOrder;
    if (f == m_filter)
        return;
    setFilter(f);
}

} // namespace quarry
