#include "DocumentListView.h"

#include "DocumentListModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace quarry::gui {

DocumentListView::DocumentListView(QWidget* parent)
    : QWidget(parent), m_model(new DocumentListModel(this)), m_view(new QTableView(this)),
      m_empty(new QLabel(this))
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSortingEnabled(false);
    m_view->setAccessibleName(tr("Documents"));
    m_view->hideColumn(DocumentListModel::Kind);

    m_empty->setText(tr("No documents yet.\nDrop files or folders here, or use Project ▸ Add Documents."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("<b>Documents</b>"), this);
    layout->addWidget(title);
    layout->addWidget(m_view);
    layout->addWidget(m_empty);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    emit documentSelected(current.data(DocumentListModel::DocumentIdRole).toLongLong());
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &DocumentListView::updateEmptyState);
    updateEmptyState();
}

void DocumentListView::setProject(ProjectStore* store)
{
    m_model->setProject(store);
}

void DocumentListView::reload()
{
    m_model->reload();
}

void DocumentListView::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
}

} // namespace quarry::gui
