#include "redaction/RedactionPanel.h"

#include "redact/DetectionStore.h"
#include "store/DocumentRepository.h"
#include "store/ProjectStore.h"
#include "store/Statement.h"
#include "util/Error.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace quarry::gui {

namespace {

enum Column
{
    ColDocument,
    ColPage,
    ColType,
    ColText,
    ColScore,
    ColStatus,
    ColRule,
    ColumnCount
};
constexpr int IdRole = Qt::UserRole + 1;
constexpr int DocRole = Qt::UserRole + 2;
constexpr int SpanRole = Qt::UserRole + 3;

} // namespace

RedactionPanel::RedactionPanel(QWidget* parent) : QWidget(parent)
{
    m_type = new QComboBox(this);
    m_status = new QComboBox(this);
    m_rule = new QComboBox(this);
    m_minScore = new QDoubleSpinBox(this);
    m_minScore->setRange(0.0, 1.0);
    m_minScore->setSingleStep(0.05);
    m_minScore->setDecimals(2);
    m_minScore->setPrefix(tr("score ≥ "));
    m_status->addItem(tr("All statuses"), QString());
    for (const QString& s : {QStringLiteral("pending"), QStringLiteral("accepted"),
                             QStringLiteral("rejected"), QStringLiteral("manual")})
        m_status->addItem(s, s);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels(
        {tr("Document"), tr("Page"), tr("Type"), tr("Text"), tr("Score"), tr("Status"), tr("Rule")});
    m_table->setAccessibleName(tr("Detections"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ColText, QHeaderView::Stretch);
    m_table->setSortingEnabled(false);

    m_count = new QLabel(this);
    m_accept = new QPushButton(tr("Accept"), this);
    m_reject = new QPushButton(tr("Reject"), this);
    m_acceptType = new QPushButton(tr("Accept all of this type in the document"), this);
    m_rejectValue = new QPushButton(tr("Reject this value everywhere"), this);
    m_accept->setIcon(QIcon(QStringLiteral(":/icons/actions/detection-accept.svg")));
    m_reject->setIcon(QIcon(QStringLiteral(":/icons/actions/detection-reject.svg")));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_type);
    filters->addWidget(m_status);
    filters->addWidget(m_rule);
    filters->addWidget(m_minScore);
    filters->addStretch();
    filters->addWidget(m_count);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_accept);
    actions->addWidget(m_reject);
    actions->addStretch();
    actions->addWidget(m_acceptType);
    actions->addWidget(m_rejectValue);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table);
    layout->addLayout(actions);

    for (QComboBox* c : {m_type, m_status, m_rule})
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_loading)
                refresh();
        });
    connect(m_minScore, &QDoubleSpinBox::valueChanged, this, [this] {
        if (!m_loading)
            refresh();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RedactionPanel::updateButtons);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        const QTableWidgetItem* doc = m_table->item(row, ColDocument);
        const QTableWidgetItem* text = m_table->item(row, ColText);
        if (!doc || !text)
            return;
        const QPoint span = text->data(SpanRole).toPoint();
        emit detectionActivated(doc->data(DocRole).toLongLong(), m_table->item(row, ColPage)->text().toInt(),
                                span.x(), span.y());
    });
    connect(m_accept, &QPushButton::clicked, this, &RedactionPanel::acceptSelected);
    connect(m_reject, &QPushButton::clicked, this, &RedactionPanel::rejectSelected);
    connect(m_acceptType, &QPushButton::clicked, this, &RedactionPanel::acceptTypeInDocument);
    connect(m_rejectValue, &QPushButton::clicked, this, &RedactionPanel::rejectValueEverywhere);
    setProject(nullptr);
}

void RedactionPanel::setProject(quarry::ProjectStore* store)
{
    m_store = store;
    reloadFilters();
    refresh();
}

void RedactionPanel::reloadFilters()
{
    m_loading = true;
    auto fill = [this](QComboBox* combo, const QString& all, DetectionStore::Column column) {
        const QString current = combo->currentData().toString();
        combo->clear();
        combo->addItem(all, QString());
        if (m_store)
            for (const QString& value : DetectionStore(*m_store).distinctValues(column))
                combo->addItem(value, value);
        const int at = combo->findData(current);
        combo->setCurrentIndex(at >= 0 ? at : 0);
    };
    fill(m_type, tr("All types"), DetectionStore::Column::EntityType);
    fill(m_rule, tr("All rules"), DetectionStore::Column::Rule);
    m_loading = false;
}

void RedactionPanel::refresh()
{
    m_table->setRowCount(0);
    if (!m_store) {
        m_count->setText(tr("No project"));
        updateButtons();
        setEnabled(false);
        return;
    }
    setEnabled(true);
    DetectionFilter f;
    f.type = m_type->currentData().toString();
    f.rule = m_rule->currentData().toString();
    if (!m_status->currentData().toString().isEmpty())
        f.statuses = {m_status->currentData().toString()};
    if (m_minScore->value() > 0.0)
        f.minScore = m_minScore->value();
    QList<StoredDetection> rows;
    QHash<qint64, QString> names;
    QSet<qint64> estimated; // documents whose page numbers are estimates (HWP, HWPX)
    try {
        rows = DetectionStore(*m_store).list(f);
        for (const DocumentRow& doc : DocumentRepository(m_store->db()).list()) {
            names.insert(doc.id, doc.name);
            if (doc.pagesEstimated)
                estimated.insert(doc.id);
        }
    } catch (const Error& e) {
        showError(e.message());
        return;
    }
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const StoredDetection& d = rows.at(r);
        auto* doc = new QTableWidgetItem(names.value(d.documentId));
        doc->setData(IdRole, d.id);
        doc->setData(DocRole, d.documentId);
        m_table->setItem(r, ColDocument, doc);
        m_table->setItem(r, ColPage, new QTableWidgetItem(estimated.contains(d.documentId)
                                                              ? QStringLiteral("~%1").arg(d.pageNo)
                                                              : QString::number(d.pageNo)));
        m_table->setItem(r, ColType, new QTableWidgetItem(d.type));
        auto* text = new QTableWidgetItem(d.value);
        text->setData(SpanRole, QPoint(d.start, d.end));
        m_table->setItem(r, ColText, text);
        m_table->setItem(r, ColScore, new QTableWidgetItem(QString::number(d.score, 'f', 2)));
        m_table->setItem(r, ColStatus, new QTableWidgetItem(d.status));
        m_table->setItem(r, ColRule, new QTableWidgetItem(d.rule));
    }
    m_count->setText(tr("%n detection(s)", nullptr, int(rows.size())));
    updateButtons();
}

int RedactionPanel::rowCount() const
{
    return m_table->rowCount();
}

qint64 RedactionPanel::detectionIdAt(int row) const
{
    const QTableWidgetItem* it = m_table->item(row, ColDocument);
    return it ? it->data(IdRole).toLongLong() : 0;
}

QList<qint64> RedactionPanel::selectedIds() const
{
    QList<qint64> ids;
    QSet<int> rows;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        rows.insert(i.row());
    for (int r : rows)
        ids << detectionIdAt(r);
    return ids;
}

void RedactionPanel::updateButtons()
{
    const int selected =
        m_table->selectionModel() ? int(m_table->selectionModel()->selectedRows().size()) : 0;
    m_accept->setEnabled(selected > 0);
    m_reject->setEnabled(selected > 0);
    m_acceptType->setEnabled(selected == 1);
    m_rejectValue->setEnabled(selected == 1);
}

void RedactionPanel::showError(const QString& message)
{
    // Offscreen tests and scripted runs must not block on a dialog.
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        qWarning("%s", qPrintable(message));
    else
        QMessageBox::warning(this, tr("Redaction"), message);
}

void RedactionPanel::acceptSelected()
{
    decideSelected(QStringLiteral("accepted"));
}

void RedactionPanel::rejectSelected()
{
    decideSelected(QStringLiteral("rejected"));
}

void RedactionPanel::decideSelected(const QString& status)
{
    if (!m_store)
        return;
    try {
        DetectionStore ds(*m_store);
        for (qint64 id : selectedIds())
            ds.setStatus(id, status);
    } catch (const Error& e) {
        showError(e.message());
    }
    refresh();
    emit decisionsChanged();
}

void RedactionPanel::acceptTypeInDocument()
{
    decideLikeSelected(
        [](DetectionStore& ds, const StoredDetection& d) { ds.acceptAllOfType(d.documentId, d.type); });
}

void RedactionPanel::rejectValueEverywhere()
{
    decideLikeSelected(
        [](DetectionStore& ds, const StoredDetection& d) { ds.rejectValueEverywhere(d.value); });
}

void RedactionPanel::decideLikeSelected(
    const std::function<void(DetectionStore&, const StoredDetection&)>& decide)
{
    const QList<qint64> ids = selectedIds();
    if (!m_store || ids.size() != 1)
        return;
    try {
        DetectionStore ds(*m_store);
        if (const auto d = ds.get(ids.first()))
            decide(ds, *d);
    } catch (const Error& e) {
        showError(e.message());
    }
    refresh();
    emit decisionsChanged();
}

} // namespace quarry::gui
