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
    if (m_store)
        m_rows = DocumentRepository(m_store->db()).list(DocumentRepository::Order::ByName);
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

QString DocumentListModel::statusLabel(DocumentStatus status)
{
    switch (status) {
    case DocumentStatus::Ok:
        return tr("OK");
    case DocumentStatus::Ocr:
        return tr("OCR'd");
    case DocumentStatus::Warnings:
        return tr("Warnings");
    case DocumentStatus::Failed:
        return tr("Failed");
    case DocumentStatus::Unsupported:
        return tr("Unsupported");
    case DocumentStatus::Pending:
        break;
    }
    return tr("Pending");
}

QVariant DocumentListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DocumentRow& r = m_rows.at(index.row());
    if (role == DocumentIdRole)
        return r.id;
    if (role == StatusRole)
        return toString(r.status);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return r.name;
        case Kind:
            return toString(r.kind);
        case Pages:
            // Estimated page counts (HWP, HWPX store no pages) are marked as such.
            return r.pagesEstimated ? QVariant(QStringLiteral("~%1").arg(r.pageCount))
                                    : QVariant(r.pageCount);
        case Status:
            return statusLabel(r.status);
        case Error:
            return r.error;
        }
    }
    if (role == Qt::ToolTipRole)
        return r.error.isEmpty() ? r.name : QStringLiteral("%1\n%2").arg(r.name, r.error);
    if (role == Qt::ForegroundRole && index.column() == Status &&
        (r.status == DocumentStatus::Failed || r.status == DocumentStatus::Unsupported))
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
