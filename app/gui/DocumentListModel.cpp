#include "DocumentListModel.h"

#include "store/ProjectStore.h"

#include <QColor>

namespace quarry::gui {

DocumentListModel::DocumentListModel(QObject* parent) : QAbstractTableModel(parent) {}

void DocumentListModel::setProject(ProjectStore* store)
{
    m_store = store;
    reload();
}

void DocumentListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_store) {
        Statement st =
            m_store->db().prepare(QStringLiteral("SELECT id, name, kind, page_count, status, coalesce(error, "
                                                 "''), pages_estimated FROM documents ORDER BY name, id"));
        while (st.step())
            m_rows.append(
                {st.int64(0), st.text(1), st.text(2), st.int32(3), st.text(4), st.text(5), st.int32(6) != 0});
    }
    endResetModel();
}

int DocumentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DocumentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DocumentListModel::statusLabel(const QString& status)
{
    if (status == QLatin1String("ok"))
        return tr("OK");
    if (status == QLatin1String("ocr"))
        return tr("OCR'd");
    if (status == QLatin1String("warnings"))
        return tr("Warnings");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    if (status == QLatin1String("unsupported"))
        return tr("Unsupported");
    if (status == QLatin1String("pending"))
        return tr("Pending");
    return status;
}

QVariant DocumentListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows.at(index.row());
    if (role == DocumentIdRole)
        return r.id;
    if (role == StatusRole)
        return r.status;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return r.name;
        case Kind:
            return r.kind;
        case Pages:
            // Estimated page counts (HWP, HWPX store no pages) are marked as such.
            return r.pagesEstimated ? QVariant(QStringLiteral("~%1").arg(r.pages)) : QVariant(r.pages);
        case Status:
            return statusLabel(r.status);
        case Error:
            return r.error;
        }
    }
    if (role == Qt::ToolTipRole)
        return r.error.isEmpty() ? r.name : QStringLiteral("%1\n%2").arg(r.name, r.error);
    if (role == Qt::ForegroundRole && index.column() == Status &&
        (r.status == QLatin1String("failed") || r.status == QLatin1String("unsupported")))
        return QColor(Qt::red);
    return {};
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Document");
    case Kind:
        return tr("Kind");
    case Pages:
        return tr("Pages");
    case Status:
        return tr("Status");
    case Error:
        return tr("Problem");
    }
    return {};
}

} // namespace quarry::gui
