#include "curation/PairHistoryView.h"

#include "curation/PairHistory.h"
#include "curation/PairHistoryModel.h"
#include "store/ProjectStore.h"
#include "util/Error.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>

namespace quarry::gui {

PairHistoryView::PairHistoryView(ProjectStore* store, qint64 pairId, QWidget* parent)
    : QDialog(parent), m_store(store), m_pairId(pairId), m_model(new PairHistoryModel(this)),
      m_header(new QLabel(this)), m_table(new QTableView(this)), m_details(new QTextBrowser(this))
{
    setWindowTitle(tr("History of Pair %1").arg(pairId));
    setObjectName(QStringLiteral("PairHistoryView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(PairHistoryModel::ChangesColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Changes to this pair, newest first"));
    m_details->setAccessibleName(tr("What changed"));
    m_details->setOpenLinks(false);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* refresh = buttons->addButton(tr("Refresh"), QDialogButtonBox::ActionRole);
    connect(refresh, &QPushButton::clicked, this, &PairHistoryView::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PairHistoryView::showDetails);
    resize(760, 520);
    reload();
}

PairHistoryView* PairHistoryView::showFor(QWidget* parent, ProjectStore* store, QUndoStack* undoStack,
                                          qint64 pairId)
{
    if (!store || pairId <= 0)
        return nullptr;
    // One window per pair: a second request raises the first.
    QWidget* window = parent ? parent->window() : nullptr;
    if (window)
        for (PairHistoryView* open : window->findChildren<PairHistoryView*>())
            if (open->pairId() == pairId) {
                open->reload();
                open->raise();
                open->activateWindow();
                return open;
            }
    auto* view = new PairHistoryView(store, pairId, window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->setUndoStack(undoStack);
    view->show();
    return view;
}

void PairHistoryView::setUndoStack(QUndoStack* stack)
{
    if (m_undo)
        disconnect(m_undo, nullptr, this, nullptr);
    m_undo = stack;
    // Undo, redo and every saved edit go through the stack: the history follows them. A cleared
    // stack means the project is being closed (the main window clears it then): this window goes
    // too, before the store it reads from.
    if (m_undo)
        connect(m_undo, &QUndoStack::indexChanged, this, [this] {
            if (m_undo->count() == 0) {
                m_store = nullptr;
                close();
                return;
            }
            reload();
        });
}

void PairHistoryView::reload()
{
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : 0;
    const qsizetype before = m_model->entries().size();
    QList<PairHistoryEntry> entries;
    try {
        if (m_store)
            entries = PairHistory::forPair(m_store->db(), m_pairId);
        m_header->setText(
            entries.isEmpty()
                ? tr("Nothing is recorded for pair %1.").arg(m_pairId)
                : tr("%n change(s) to pair %1, newest first.", nullptr, int(entries.size())).arg(m_pairId));
    } catch (const Error& e) {
        m_header->setText(tr("Could not read the history: %1").arg(e.message()));
    }
    m_model->setEntries(entries);
    m_table->resizeColumnToContents(PairHistoryModel::TimeColumn);
    m_table->resizeColumnToContents(PairHistoryModel::UserColumn);
    m_table->resizeColumnToContents(PairHistoryModel::ActionColumn);
    if (m_model->rowCount() > 0) {
        // New entries come first: keep the selection on the same entry, or the newest one.
        const int added = int(m_model->entries().size() - before);
        const int keep = before == 0 ? 0 : std::clamp(row + std::max(0, added), 0, m_model->rowCount() - 1);
        m_table->setCurrentIndex(m_model->index(keep, 0));
    }
    showDetails();
}

QString PairHistoryView::detailsHtml() const
{
    return m_details->toHtml();
}

void PairHistoryView::showDetails()
{
    const PairHistoryEntry* e = m_model->entry(m_table->currentIndex().row());
    if (!e) {
        m_details->clear();
        return;
    }
    // Removed text struck through, added text underlined and bold: readable without colour, and
    // the palette's own text colour on light and dark themes.
    QString html = QStringLiteral("<p><b>%1</b> — %2, %3</p>")
                       .arg(e->actionText.toHtmlEscaped(), e->actor.toHtmlEscaped(),
                            PairHistoryModel::displayTime(e->at).toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='4'>");
    for (const PairChange& c : e->changes) {
        QString value;
        if (c.isText) {
            value = c.prefix.toHtmlEscaped();
            if (!c.removed.isEmpty())
                value += QStringLiteral("<s>%1</s>").arg(c.removed.toHtmlEscaped());
            if (!c.removed.isEmpty() && !c.added.isEmpty())
                value += QStringLiteral(" → ");
            if (!c.added.isEmpty())
                value += QStringLiteral("<u><b>%1</b></u>").arg(c.added.toHtmlEscaped());
            value += c.suffix.toHtmlEscaped();
        } else if (c.before.isEmpty()) {
            value = c.after.toHtmlEscaped();
        } else if (c.after.isEmpty()) {
            value = QStringLiteral("<s>%1</s>").arg(c.before.toHtmlEscaped());
        } else {
            value = QStringLiteral("%1 → <b>%2</b>").arg(c.before.toHtmlEscaped(), c.after.toHtmlEscaped());
        }
        html += QStringLiteral("<tr><td valign='top'>%1</td><td>%2</td></tr>")
                    .arg(c.field.toHtmlEscaped(), value);
    }
    html += QStringLiteral("</table>");
    if (e->changes.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("No details recorded.").toHtmlEscaped());
    m_details->setHtml(html);
}

} // namespace quarry::gui
