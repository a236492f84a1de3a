#pragma once

#include "curation/PairFilter.h"
#include "curation/PairRow.h"

#include <QObject>
#include <atomic>
#include <memory>

namespace quarry {

class Database;

// Runs the pair list's queries on its own read connection, called on a SerialWorker thread of
// PairListModel's, so the GUI thread never waits for SQLite; its results reach the model as
// queued signals.
class PairListWorker : public QObject
{
    Q_OBJECT
public:
    explicit PairListWorker(std::unique_ptr<Database> db);
    static constexpr int FirstBatch = 500;
    ~PairListWorker() override;

    // Thread-safe: aborts the running statement (the model is going away or the filter changed).
    void interrupt();

public:
    void loadIds(int generation, const quarry::PairFilter& filter);
    void fetchRows(int generation, int block, const QList<qint64>& ids);

signals:
    // First the ids of the first screen (complete = false), then all of them.
    void idsReady(int generation, const QList<qint64>& ids, bool complete);
    void rowsReady(int generation, int block, const QList<quarry::PairRow>& rows);
    void failed(int generation, const QString& message);

private:
    std::unique_ptr<Database> m_db;
};

} // namespace quarry
