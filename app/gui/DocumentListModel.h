#pragma once

#include "store/DocumentRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace quarry {
class ProjectStore;
}

namespace quarry::gui {

// The documents of a project with their ingest status, for the document list. Document counts are
// small (thousands), so the model loads all rows; reload() after an ingest.
class DocumentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Kind,
        Pages,
        Status,
        Error,
        ColumnCount
    };
    enum Role
    {
        DocumentIdRole = Qt::UserRole + 1,
        StatusRole
    };

    explicit DocumentListModel(QObject* parent = nullptr);

    void setProject(ProjectStore* store);
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusLabel(DocumentStatus status);

private:
    ProjectStore* m_store = nullptr;
    QList<DocumentRow> m_rows;
};

} // namespace quarry::gui
