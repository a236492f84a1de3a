#pragma once

#include "curation/PairHistory.h"

#include <QAbstractTableModel>
#include <QList>

namespace quarry::gui {

// A pair's history as a table: time, user, action, what changed (first change; all in the tooltip).
class PairHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        UserColumn,
        ActionColumn,
        ChangesColumn,
        ColumnCount
    };

    explicit PairHistoryModel(QObject* parent = nullptr);

    void setEntries(QList<PairHistoryEntry> entries);
    const QList<PairHistoryEntry>& entries() const { return m_entries; }
    const PairHistoryEntry* entry(int row) const;

    // Stored UTC time shown in local time, to the second.
    static QString displayTime(const QString& isoUtc);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PairHistoryEntry> m_entries;
};

} // namespace quarry::gui
