#include "curation/DuplicatesModel.h"

#include <QFont>

namespace quarry::gui {

DuplicatesModel::DuplicatesModel(QObject* parent) : QAbstractTableModel(parent) {}

void DuplicatesModel::setCandidates(QList<Candidate> candidates)
{
    beginResetModel();
    m_rows = std::move(candidates);
    endResetModel();
}

const DuplicatesModel::Candidate* DuplicatesModel::candidate(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void DuplicatesModel::setDismissed(int row, bool dismissed)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].dismissed == dismissed)
        return;
    m_rows[row].dismissed = dismissed;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void DuplicatesModel::removeCandidate(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void DuplicatesModel::removePair(qint64 pairId)
{
    for (int row = int(m_rows.size()) - 1; row >= 0; --row)
        if (m_rows[row].a == pairId || m_rows[row].b == pairId)
            removeCandidate(row);
}

int DuplicatesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DuplicatesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DuplicatesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Candidate& c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SimilarityColumn:
            return QStringLiteral("%1 %").arg(qRound(c.similarity * 100));
        case PairAColumn:
            return c.a;
        case FirstLineAColumn:
            return c.firstLineA;
        case PairBColumn:
            return c.b;
        case FirstLineBColumn:
            return c.firstLineB;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == FirstLineAColumn)
            return c.firstLineA;
        if (index.column() == FirstLineBColumn)
            return c.firstLineB;
        if (c.dismissed)
            return tr("Marked as not a duplicate");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SimilarityColumn || index.column() == PairAColumn ||
            index.column() == PairBColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (c.dismissed) {
            QFont f;
            f.setItalic(true);
            f.setStrikeOut(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

QVariant DuplicatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SimilarityColumn:
        return tr("Similarity");
    case PairAColumn:
        return tr("Pair A");
    case FirstLineAColumn:
        return tr("A begins");
    case PairBColumn:
        return tr("Pair B");
    case FirstLineBColumn:
        return tr("B begins");
    default:
        return {};
    }
}

} // namespace quarry::gui
