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
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(DocumentListModel::Name, QHeaderView::Stretch);
    m_view->setSortingEnabled(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setAccessibleName(tr("Documents"));
    m_view->hideColumn(DocumentListModel::Kind);
    // The problem text is long; it shows as the row's tooltip instead.
    m_view->hideColumn(DocumentListModel::Error);

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
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

void DocumentListView::reload()
{
    const QModelIndex current = m_view->currentIndex();
    const qint64 currentId =
        current.isValid() ? current.data(DocumentListModel::DocumentIdRole).toLongLong() : 0;
    m_model->reload();
    // Keep the reader where they were; on a fresh project show the first document.
    int row = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->index(r, 0).data(DocumentListModel::DocumentIdRole).toLongLong() == currentId)
            row = r;
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void DocumentListView::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
}

} // namespace quarry::gui
