#pragma once

#include "curation/PairFilter.h"
#include "curation/PairRow.h"
#include "util/SerialWorker.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace quarry {

class PairListWorker;
class ProjectStore;

// The pair list: one row per pair matching a PairFilter, in the filter's order. Built for a
// million pairs: the ordered id list and the row contents are read on a worker thread (its own
// read connection from ProjectStore::openConnection); rows not yet read show placeholders and are
// fetched in blocks on demand, so neither opening nor scrolling waits for the database. A bounded
// cache of blocks keeps memory flat.
class PairListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn,
        StatusColumn,
        FirstTurnColumn,
        TagsColumn,
        RatingColumn,
        AuthorColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role
    {
        PairIdRole = Qt::UserRole + 1, // qint64
        LoadedRole,                    // false while the row shows a placeholder
        WarningsRole,                  // bool
        DraftFlagsRole,                // QStringList: a model draft's flags (empty: none or not drafted)
    };
    static constexpr int BlockSize = 100;
    static constexpr int MaxCachedBlocks = 300;

    explicit PairListModel(QObject* parent = nullptr);
    ~PairListModel() override;

    // Starts loading; null clears the model. The store must outlive the model or the next call.
    void setProject(ProjectStore* store);
    void setFilter(const PairFilter& filter);
    const PairFilter& filter() const { return m_filter; }
    // Re-reads the id list (after adds/deletes) / the given rows (after edits).
    void refresh();
    void refreshRows(const QList<qint64>& ids);

    qint64 pairId(int row) const;
    int rowOf(qint64 id) const;
    // True until the whole id list is in (the first screen shows before that).
    bool isLoading() const { return m_loading; }
    // Whether a row's contents are in the cache (not a placeholder).
    bool isRowLoaded(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void loaded(); // the id list is in (rowCount is final)
    void rowsLoaded(int first, int last);
    void loadFailed(const QString& message);

private:
    void onIdsReady(int generation, const QList<qint64>& ids, bool complete);
    void onRowsReady(int generation, int block, const QList<quarry::PairRow>& rows);
    void requestBlock(int block) const;
    void stopWorker();

    ProjectStore* m_store = nullptr;
    // Two workers, each with its own connection run on its own SerialWorker thread: reading a
    // million ids must not hold up the rows of the first screen. The workers live in the model's
    // thread, so what they emit from theirs arrives queued.
    std::unique_ptr<PairListWorker> m_worker;
    std::unique_ptr<PairListWorker> m_rowWorker;
    std::unique_ptr<SerialWorker> m_thread;
    std::unique_ptr<SerialWorker> m_rowThread;
    PairFilter m_filter;
    int m_generation = 0;
    bool m_loading = false;
    bool m_partial = false; // m_ids holds only the first screen of the current generation
    QList<qint64> m_ids;

    // Mutable: data() is const but fetching on demand is its job.
    mutable QHash<int, QList<PairRow>> m_blocks;
    mutable QList<int> m_blockOrder; // least recently filled first
    mutable QSet<int> m_pending;
};

} // namespace quarry
