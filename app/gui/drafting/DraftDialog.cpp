#include "drafting/DraftDialog.h"

#include "llm/DraftChecker.h"
#include "llm/DraftStore.h"
#include "llm/PromptLibrary.h"
#include "store/ProjectStore.h"
#include "store/Statement.h"
#include "util/Error.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace quarry::gui {

namespace {

enum PassageColumn
{
    IdColumn,
    DocumentColumn,
    PagesColumn,
    LengthColumn,
    LanguageColumn,
    StateColumn,
    ColumnCount
};

} // namespace

DraftDialog::DraftDialog(ProjectStore& store, QWidget* parent, const QList<qint64>& preselected)
    : QDialog(parent), m_store(store), m_passages(new QTableWidget(this)), m_mode(new QComboBox(this)),
      m_questions(new QSpinBox(this)), m_charsPerQuestion(new QSpinBox(this)),
      m_concurrency(new QSpinBox(this)), m_templateName(new QComboBox(this)),
      m_templateLanguage(new QComboBox(this)), m_templateVersion(new QLabel(this)),
      m_system(new QPlainTextEdit(this)), m_user(new QPlainTextEdit(this)), m_summary(new QLabel(this))
{
    setWindowTitle(tr("Draft from Passages"));
    const DraftOptions defaults;

    m_passages->setAccessibleName(tr("Passages to draft from"));
    m_mode->setAccessibleName(tr("Mode"));
    m_questions->setAccessibleName(tr("Questions per passage"));
    m_charsPerQuestion->setAccessibleName(tr("Characters per question"));
    m_concurrency->setAccessibleName(tr("Requests at a time"));
    m_templateName->setAccessibleName(tr("Prompt template"));
    m_templateLanguage->setAccessibleName(tr("Template language"));
    m_system->setAccessibleName(tr("Template system text"));
    m_user->setAccessibleName(tr("Template user text"));
    m_passages->setColumnCount(ColumnCount);
    m_passages->setHorizontalHeaderLabels(
        {tr("Passage"), tr("Document"), tr("Pages"), tr("Characters"), tr("Language"), tr("State")});
    m_passages->verticalHeader()->hide();
    m_passages->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_passages->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_passages->horizontalHeader()->setStretchLastSection(true);
    connect(m_passages, &QTableWidget::itemChanged, this, &DraftDialog::updateSummary);

    m_mode->addItem(tr("Questions first, then one answer per question"), int(DraftOptions::Mode::TwoStep));
    m_mode->addItem(tr("Questions and answers in one request (slow CPU servers)"),
                    int(DraftOptions::Mode::OneCall));
    m_questions->setRange(0, 50);
    m_questions->setSpecialValueText(tr("From the passage's length"));
    m_questions->setValue(0);
    m_charsPerQuestion->setRange(40, 5000);
    m_charsPerQuestion->setValue(defaults.charsPerQuestion);
    m_charsPerQuestion->setSuffix(tr(" characters per question"));
    m_concurrency->setRange(1, 32);
    m_concurrency->setValue(defaults.concurrency);
    m_concurrency->setToolTip(
        tr("Requests at a time. More than the server's slots (llama-server -np) only queue "
           "there; CPU servers do best with 1."));
    connect(m_questions, &QSpinBox::valueChanged, this,
            [this](int v) { m_charsPerQuestion->setEnabled(v == 0); });
    auto* form = new QFormLayout;
    form->addRow(tr("Mode:"), m_mode);
    form->addRow(tr("Questions per passage:"), m_questions);
    form->addRow(QString(), m_charsPerQuestion);
    form->addRow(tr("Requests at a time:"), m_concurrency);

    // Templates: the newest version of each is what drafting uses; an edit is saved as a new one.
    for (const char* n : PromptLibrary::Names)
        m_templateName->addItem(QString::fromLatin1(n));
    m_templateLanguage->addItem(tr("Korean"), QStringLiteral("ko"));
    m_templateLanguage->addItem(tr("English"), QStringLiteral("en"));
    connect(m_templateName, &QComboBox::currentIndexChanged, this, &DraftDialog::showTemplate);
    connect(m_templateLanguage, &QComboBox::currentIndexChanged, this, &DraftDialog::showTemplate);
    auto* save = new QPushButton(tr("Save as New Version"), this);
    save->setEnabled(!m_store.isReadOnly());
    connect(save, &QPushButton::clicked, this, [this] { saveTemplate(); });
    auto* templates = new QGroupBox(tr("Prompt template"), this);
    auto* tl = new QVBoxLayout(templates);
    auto* pick = new QHBoxLayout;
    pick->addWidget(m_templateName);
    pick->addWidget(m_templateLanguage);
    pick->addWidget(m_templateVersion, 1);
    pick->addWidget(save);
    tl->addLayout(pick);
    tl->addWidget(new QLabel(tr("System:"), templates));
    tl->addWidget(m_system);
    tl->addWidget(
        new QLabel(tr("User ({{passage}}, {{heading}}, {{count}}, {{question}} are filled in):"), templates));
    tl->addWidget(m_user);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Draft"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Only the redacted text of the checked passages is sent to the model server. "
                      "Drafts arrive as pairs with status draft, for a person to approve."),
                   this));
    layout->addWidget(m_passages, 2);
    layout->addLayout(form);
    layout->addWidget(templates, 2);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(900, 700);

    loadPassages(preselected);
    showTemplate();
}

void DraftDialog::loadPassages(const QList<qint64>& preselected)
{
    DraftStore ds(m_store.db(), m_store.actor());
    QList<qint64> ids;
    Statement st = m_store.db().prepare(QStringLiteral("SELECT id FROM passages ORDER BY document_id, seq"));
    while (st.step())
        ids << st.int64(0);
    m_passages->setRowCount(int(ids.size()));
    QHash<qint64, QString> names;
    for (int row = 0; row < ids.size(); ++row) {
        const std::optional<Passage> p = ds.passage(ids[row]);
        if (!p)
            continue;
        if (!names.contains(p->documentId))
            names.insert(p->documentId, ds.documentName(p->documentId));
        const int pending = ds.pendingDetections(*p);
        const bool sendable = pending == 0 && !p->stale;
        auto* id = new QTableWidgetItem(QString::number(p->id));
        id->setData(Qt::UserRole, p->id);
        id->setFlags(sendable ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable
                              : Qt::ItemIsSelectable);
        id->setCheckState(sendable && (preselected.isEmpty() || preselected.contains(p->id)) ? Qt::Checked
                                                                                             : Qt::Unchecked);
        m_passages->setItem(row, IdColumn, id);
        m_passages->setItem(row, DocumentColumn, new QTableWidgetItem(names.value(p->documentId)));
        m_passages->setItem(
            row, PagesColumn,
            new QTableWidgetItem(p->pageFirst == p->pageLast
                                     ? QString::number(p->pageFirst)
                                     : QStringLiteral("%1–%2").arg(p->pageFirst).arg(p->pageLast)));
        m_passages->setItem(row, LengthColumn, new QTableWidgetItem(QString::number(p->text.size())));
        m_passages->setItem(row, LanguageColumn,
                            new QTableWidgetItem(DraftChecker::languageOf(p->text) == QLatin1String("ko")
                                                     ? tr("Korean")
                                                     : tr("English")));
        QString state = tr("Ready");
        if (pending)
            state = tr("%n finding(s) wait for review", nullptr, pending);
        else if (p->stale)
            state = tr("Document changed: cut passages again");
        auto* stateItem = new QTableWidgetItem(state);
        stateItem->setToolTip(p->text.left(600));
        m_passages->setItem(row, StateColumn, stateItem);
    }
    m_passages->resizeColumnsToContents();
    updateSummary();
}

void DraftDialog::setChecked(const QList<qint64>& ids)
{
    for (int row = 0; row < m_passages->rowCount(); ++row)
        if (QTableWidgetItem* item = m_passages->item(row, IdColumn);
            item && item->flags() & Qt::ItemIsUserCheckable)
            item->setCheckState(ids.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked
                                                                                    : Qt::Unchecked);
}

QList<qint64> DraftDialog::passageIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_passages->rowCount(); ++row)
        if (QTableWidgetItem* item = m_passages->item(row, IdColumn);
            item && item->checkState() == Qt::Checked)
            ids << item->data(Qt::UserRole).toLongLong();
    return ids;
}

DraftOptions DraftDialog::options() const
{
    DraftOptions o;
    o.mode = DraftOptions::Mode(m_mode->currentData().toInt());
    o.questions = m_questions->value();
    o.charsPerQuestion = m_charsPerQuestion->value();
    o.concurrency = m_concurrency->value();
    return o;
}

void DraftDialog::showTemplate()
{
    try {
        const PromptTemplate t = PromptLibrary::current(m_store.db(), m_templateName->currentText(),
                                                        m_templateLanguage->currentData().toString());
        m_system->setPlainText(t.system);
        m_user->setPlainText(t.user);
        m_templateVersion->setText(t.builtin ? tr("version %1 (built in)").arg(t.version)
                                             : tr("version %1 (saved in this project)").arg(t.version));
    } catch (const Error& e) {
        m_templateVersion->setText(e.message());
    }
}

bool DraftDialog::saveTemplate()
{
    PromptTemplate t;
    t.name = m_templateName->currentText();
    t.language = m_templateLanguage->currentData().toString();
    t.system = m_system->toPlainText();
    t.user = m_user->toPlainText();
    try {
        PromptLibrary::save(m_store.db(), m_store.actor(), t);
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Prompt template"), e.message());
        return false;
    }
    showTemplate();
    return true;
}

void DraftDialog::updateSummary()
{
    const QList<qint64> ids = passageIds();
    m_summary->setText(tr("%n passage(s) checked.", nullptr, int(ids.size())));
}

} // namespace quarry::gui
