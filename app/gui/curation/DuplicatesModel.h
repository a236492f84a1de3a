#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace quarry::gui {

// Possible duplicates as a table: similarity, pair A and its first line, pair B and its first line.
// Dismissed candidates ("not a duplicate") stay in the table in italics when they are shown at all.
class DuplicatesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SimilarityColumn,
        PairAColumn,
        FirstLineAColumn,
        PairBColumn,
        FirstLineBColumn,
        ColumnCount
    };
    struct Candidate
    {
        qint64 a = 0;
        qint64 b = 0;
        double similarity = 0;
        QString firstLineA;
        QString firstLineB;
        bool dismissed = false;
    };

    explicit DuplicatesModel(QObject* parent = nullptr);

    void setCandidates(QList<Candidate> candidates);
    const QList<Candidate>& candidates() const { return m_rows; }
    const Candidate* candidate(int row) const;
    void setDismissed(int row, bool dismissed);
    // Drops every candidate that names the pair (deleted, or rejected and so out of the question).
    void removePair(qint64 pairId);
    void removeCandidate(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Candidate> m_rows;
};

} // namespace quarry::gui
