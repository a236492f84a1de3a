#include "curation/PairEditor.h"

#include "curation/EditPairCommand.h"
#include "curation/PairHistoryView.h"
#include "curation/PairRepository.h"
#include "curation/PairStatusText.h"
#include "curation/PiiGuard.h"
#include "redact/DetectionStore.h"
#include "store/ProjectStore.h"
#include "util/Error.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace quarry::gui {

PairEditor::PairEditor(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_status(new QComboBox(this)),
      m_system(new QPlainTextEdit(this)), m_context(new QPlainTextEdit(this)), m_turnsLayout(new QVBoxLayout),
      m_tags(new QLineEdit(this)), m_rating(new QSpinBox(this)), m_notes(new QPlainTextEdit(this)),
      m_warning(new QLabel(this)), m_history(new QPushButton(this)), m_pii(new QLabel(this)),
      m_piiDismiss(new QPushButton(this)), m_autosave(new QTimer(this))
{
    m_status->addItem(PairStatusText::name(Pair::Status::Draft), int(Pair::Status::Draft));
    m_status->addItem(PairStatusText::name(Pair::Status::Review), int(Pair::Status::Review));
    m_status->addItem(PairStatusText::name(Pair::Status::Approved), int(Pair::Status::Approved));
    m_status->addItem(PairStatusText::name(Pair::Status::Rejected), int(Pair::Status::Rejected));
    m_system->setPlaceholderText(tr("Optional system prompt"));
    m_context->setPlaceholderText(tr("Optional context (input)"));
    m_system->setMaximumHeight(80);
    m_context->setMaximumHeight(80);
    m_tags->setPlaceholderText(tr("Tags, separated by commas"));
    m_rating->setRange(0, 5);
    m_rating->setSpecialValueText(tr("No rating"));
    m_notes->setMaximumHeight(60);
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::RichText);
    m_warning->hide();
    // The link in a duplicate warning opens the older pair.
    connect(m_warning, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(QLatin1String("pair:")))
            loadPair(link.mid(5).toLongLong());
    });
    m_history->setText(tr("History…"));
    m_history->setToolTip(tr("Who changed this pair, when, and what"));
    connect(m_history, &QPushButton::clicked, this, &PairEditor::showHistory);
    m_pii->setWordWrap(true);
    m_pii->setTextFormat(Qt::PlainText);
    // A warning red that reads on the window colour: deep on a light palette, light on a dark one.
    m_pii->setStyleSheet(palette().color(QPalette::Window).lightness() < 128
                             ? QStringLiteral("color: #ff8a80")
                             : QStringLiteral("color: #a00000"));
    m_pii->setAccessibleName(tr("Personal data in this pair"));
    m_pii->hide();
    m_piiDismiss->setText(tr("Not Personal Data"));
    m_piiDismiss->setToolTip(tr("Keep this text as it is: the detections are marked as rejected (audited)"));
    m_piiDismiss->hide();
    connect(m_piiDismiss, &QPushButton::clicked, this, &PairEditor::dismissPii);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(AutosaveMs);

    auto* addUser = new QPushButton(tr("Add user turn"), this);
    auto* addAssistant = new QPushButton(tr("Add assistant turn"), this);
    auto* turnButtons = new QHBoxLayout;
    turnButtons->addWidget(addUser);
    turnButtons->addWidget(addAssistant);
    turnButtons->addStretch(1);

    auto* form = new QFormLayout;
    form->addRow(tr("Status"), m_status);
    form->addRow(tr("System"), m_system);
    form->addRow(tr("Context"), m_context);
    auto* layout = new QVBoxLayout(this);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_history);
    layout->addLayout(titleRow);
    layout->addWidget(m_warning);
    layout->addWidget(m_pii);
    layout->addWidget(m_piiDismiss, 0, Qt::AlignLeft);
    layout->addLayout(form);
    layout->addLayout(m_turnsLayout, 1);
    layout->addLayout(turnButtons);
    auto* bottom = new QFormLayout;
    bottom->addRow(tr("Tags"), m_tags);
    bottom->addRow(tr("Rating"), m_rating);
    bottom->addRow(tr("Notes"), m_notes);
    layout->addLayout(bottom);

    connect(m_autosave, &QTimer::timeout, this, &PairEditor::saveNow);
    connect(m_status, &QComboBox::currentIndexChanged, this, &PairEditor::changed);
    connect(m_system, &QPlainTextEdit::textChanged, this, &PairEditor::changed);
    connect(m_context, &QPlainTextEdit::textChanged, this, &PairEditor::changed);
    connect(m_tags, &QLineEdit::textEdited, this, &PairEditor::changed);
    connect(m_rating, &QSpinBox::valueChanged, this, &PairEditor::changed);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &PairEditor::changed);
    connect(addUser, &QPushButton::clicked, this, [this] {
        addTurn(Turn::Role::User);
        changed();
    });
    connect(addAssistant, &QPushButton::clicked, this, [this] {
        addTurn(Turn::Role::Assistant);
        changed();
    });
    setEnabled(false);
}

PairEditor::~PairEditor() = default;

void PairEditor::setProject(ProjectStore* store, QUndoStack* undoStack)
{
    saveNow();
    if (m_undo)
        disconnect(m_undo, nullptr, this, nullptr);
    m_store = store;
    m_undo = undoStack;
    m_repo = store ? std::make_unique<PairRepository>(*store) : nullptr;
    if (m_undo)
        connect(m_undo, &QUndoStack::indexChanged, this, &PairEditor::reloadFromDatabase);
    loadPair(0);
}

void PairEditor::addTurn(Turn::Role role, const QString& text)
{
    auto* roleBox = new QComboBox(this);
    roleBox->addItem(tr("User"), int(Turn::Role::User));
    roleBox->addItem(tr("Assistant"), int(Turn::Role::Assistant));
    roleBox->setCurrentIndex(role == Turn::Role::User ? 0 : 1);
    auto* edit = new QPlainTextEdit(this);
    edit->setPlainText(text);
    auto* row = new QHBoxLayout;
    row->addWidget(roleBox, 0, Qt::AlignTop);
    row->addWidget(edit, 1);
    m_turnsLayout->addLayout(row);
    m_turns.append({roleBox, edit});
    connect(roleBox, &QComboBox::currentIndexChanged, this, &PairEditor::changed);
    connect(edit, &QPlainTextEdit::textChanged, this, &PairEditor::changed);
}

QPlainTextEdit* PairEditor::turnEdit(int index) const
{
    return index >= 0 && index < m_turns.size() ? m_turns.at(index).second : nullptr;
}

void PairEditor::showPair(const Pair& pair)
{
    const QScopedValueRollback guard(m_loading, true);
    m_pair = pair;
    while (QLayoutItem* item = m_turnsLayout->takeAt(0)) {
        if (QLayout* l = item->layout()) {
            while (QLayoutItem* child = l->takeAt(0)) {
                delete child->widget();
                delete child;
            }
        }
        delete item;
    }
    m_turns.clear();
    setEnabled(pair.id != 0);
    m_title->setText(pair.id ? tr("Pair %1 — by %2").arg(pair.id).arg(pair.author) : QString());
    m_status->setCurrentIndex(m_status->findData(int(pair.status)));
    m_system->setPlainText(pair.systemPrompt);
    m_context->setPlainText(pair.context);
    for (const Turn& t : pair.turns)
        addTurn(t.role, t.content);
    m_tags->setText(pair.tags.join(QStringLiteral(", ")));
    m_rating->setValue(pair.rating.value_or(0));
    m_notes->setPlainText(pair.notes);
    refreshWarnings();
    refreshPii();
}

void PairEditor::refreshWarnings()
{
    QStringList lines;
    if (m_pair.sourceChanged)
        lines << tr("The source text of this pair changed since it was written: check it and save.")
                     .toHtmlEscaped();
    qint64 original = 0;
    if (m_repo && m_pair.id) {
        try {
            original = m_repo->duplicateOf(m_pair.id);
        } catch (const Error& e) {
            emit saveFailed(e.message());
        }
    }
    if (original)
        lines
            << tr("Exact duplicate of %1: the same turns (ignoring spacing). Change it, or reject or delete "
                  "one of the two.")
                   .arg(QStringLiteral("<a href=\"pair:%1\">%2</a>")
                            .arg(original)
                            .arg(tr("pair %1").arg(original)));
    m_warning->setText(lines.join(QStringLiteral("<br>")));
    m_warning->setVisible(!lines.isEmpty());
}

QString PairEditor::warningText() const
{
    return !m_warning->isHidden() ? QTextDocumentFragment::fromHtml(m_warning->text()).toPlainText()
                                  : QString();
}

void PairEditor::showHistory()
{
    saveNow();
    PairHistoryView::showFor(this, m_store, m_undo, m_pair.id);
}

void PairEditor::refreshPii()
{
    m_pendingPii.clear();
    QStringList items;
    if (m_store && m_pair.id) {
        try {
            if (!m_store->isReadOnly())
                PiiGuard::scanPair(m_store->db(), m_pair.id);
            for (const PiiGuard::Pending& d : PiiGuard::pendingDetections(m_store->db(), m_pair.id)) {
                m_pendingPii << d.id;
                items << QStringLiteral("%1 “%2”").arg(d.type, d.value);
            }
        } catch (const Error& e) {
            emit saveFailed(e.message());
        }
    }
    m_pii->setVisible(!items.isEmpty());
    m_piiDismiss->setVisible(!items.isEmpty() && m_store && !m_store->isReadOnly());
    m_pii->setText(tr("Possible personal data in this pair: %1. Remove it from the text, or mark it as not "
                      "personal data; the export refuses pairs with undecided detections.")
                       .arg(items.join(QStringLiteral(", "))));
    emit piiChanged(m_pair.id, int(m_pendingPii.size()));
}

void PairEditor::dismissPii()
{
    if (!m_store || m_pendingPii.isEmpty())
        return;
    try {
        DetectionStore detections(*m_store);
        for (qint64 id : std::as_const(m_pendingPii))
            detections.setStatus(id, QStringLiteral("rejected"));
    } catch (const Error& e) {
        emit saveFailed(e.message());
    }
    refreshPii();
}

void PairEditor::loadPair(qint64 id)
{
    saveNow();
    std::optional<Pair> p;
    if (id && m_repo)
        p = m_repo->get(id);
    showPair(p.value_or(Pair{}));
}

Pair PairEditor::currentPair() const
{
    Pair p = m_pair;
    p.status = Pair::Status(m_status->currentData().toInt());
    p.systemPrompt = m_system->toPlainText();
    p.context = m_context->toPlainText();
    p.turns.clear();
    for (int i = 0; i < m_turns.size(); ++i) {
        Turn t;
        t.role = Turn::Role(m_turns[i].first->currentData().toInt());
        t.content = m_turns[i].second->toPlainText();
        if (i < m_pair.turns.size())
            t.weight = m_pair.turns[i].weight;
        p.turns << t;
    }
    p.tags.clear();
    for (const QString& t : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!t.trimmed().isEmpty())
            p.tags << t.trimmed();
    p.tags.sort(Qt::CaseInsensitive);
    p.rating = m_rating->value() > 0 ? std::optional<int>(m_rating->value()) : std::nullopt;
    p.notes = m_notes->toPlainText();
    return p;
}

void PairEditor::changed()
{
    if (m_loading || m_pair.id == 0)
        return;
    m_autosave->start();
}

void PairEditor::saveNow()
{
    m_autosave->stop();
    if (m_pair.id == 0 || !m_repo || !m_undo)
        return;
    Pair now = currentPair();
    Pair before = m_pair;
    before.updatedAt.clear();
    Pair compare = now;
    compare.updatedAt.clear();
    if (compare == before)
        return;
    try {
        const QScopedValueRollback guard(m_saving, true);
        m_undo->push(new EditPairCommand(*m_repo, m_pair, now));
        m_pair = now;
        emit saved(now.id);
        refreshWarnings();
        refreshPii();
    } catch (const Error& e) {
        emit saveFailed(e.message());
    }
}

void PairEditor::reloadFromDatabase()
{
    // Undo/redo changed the database under the editor: show what is stored now.
    if (m_saving || m_pair.id == 0 || !m_repo)
        return;
    m_autosave->stop();
    const auto p = m_repo->get(m_pair.id);
    showPair(p.value_or(Pair{}));
}

} // namespace quarry::gui
