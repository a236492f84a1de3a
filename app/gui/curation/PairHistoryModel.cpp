#include "curation/PairHistoryModel.h"

#include <QDateTime>

namespace quarry::gui {

namespace {
// One change on one line, in words rather than diff markup: “old” → “new”.
QString summary(const PairChange& c)
{
    if (!c.isText)
        return c.toPlainText();
    const QString quoted = QStringLiteral("“%1”");
    if (c.removed.isEmpty())
        return PairHistoryModel::tr("%1: added %2").arg(c.field, quoted.arg(c.added));
    if (c.added.isEmpty())
        return PairHistoryModel::tr("%1: removed %2").arg(c.field, quoted.arg(c.removed));
    return QStringLiteral("%1: %2 → %3").arg(c.field, quoted.arg(c.removed), quoted.arg(c.added));
}
} // namespace

PairHistoryModel::PairHistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

void PairHistoryModel::setEntries(QList<PairHistoryEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const PairHistoryEntry* PairHistoryModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

QString PairHistoryModel::displayTime(const QString& isoUtc)
{
    QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!t.isValid())
        return isoUtc;
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

int PairHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int PairHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PairHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PairHistoryEntry& e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return displayTime(e.at);
        case UserColumn:
            return e.actor;
        case ActionColumn:
            return e.actionText;
        case ChangesColumn: {
            if (e.changes.isEmpty())
                return QString();
            QString first = summary(e.changes.first());
            if (e.changes.size() > 1)
                first += tr(" (+%n more)", nullptr, int(e.changes.size() - 1));
            return first;
        }
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        QStringList lines;
        for (const PairChange& c : e.changes)
            lines << summary(c);
        return lines.join(QLatin1Char('\n'));
    }
    return {};
}

QVariant PairHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case ChangesColumn:
        return tr("Change");
    default:
        return {};
    }
}

} // namespace quarry::gui
