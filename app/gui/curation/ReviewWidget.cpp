#include "curation/ReviewWidget.h"

#include "curation/Chunker.h"
#include "curation/PairRepository.h"
#include "curation/SetStatusCommand.h"
#include "store/ProjectStore.h"
#include "store/Statement.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace quarry::gui {

ReviewWidget::ReviewWidget(QWidget* parent)
    : QWidget(parent), m_header(new QLabel(this)), m_pair(new QTextBrowser(this)),
      m_source(new QTextBrowser(this))
{
    setFocusPolicy(Qt::StrongFocus);
    m_pair->setFocusPolicy(Qt::NoFocus);
    m_source->setFocusPolicy(Qt::NoFocus);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_pair);
    split->addWidget(m_source);
    auto* help = new QLabel(tr("A approve · R reject · N next · P previous · E edit"), this);
    // The same decisions for the mouse; the buttons take no focus, so the keys keep working.
    auto* buttons = new QHBoxLayout;
    const auto button = [this, buttons](const char* icon, const QString& text, void (ReviewWidget::*slot)()) {
        auto* b = new QToolButton(this);
        b->setIcon(QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(QLatin1String(icon))));
        b->setText(text);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setFocusPolicy(Qt::NoFocus);
        connect(b, &QToolButton::clicked, this, slot);
        buttons->addWidget(b);
    };
    button("go-previous", tr("Previous"), &ReviewWidget::previous);
    button("pair-approve", tr("Approve"), &ReviewWidget::approve);
    button("pair-reject", tr("Reject"), &ReviewWidget::reject);
    button("go-next", tr("Next"), &ReviewWidget::next);
    help->setWordWrap(true); // so the row does not widen the side panel
    buttons->addWidget(help, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    showCurrent();
}

ReviewWidget::~ReviewWidget() = default;

void ReviewWidget::setProject(ProjectStore* store, QUndoStack* undoStack)
{
    m_store = store;
    m_undo = undoStack;
    m_repo = store ? std::make_unique<PairRepository>(*store) : nullptr;
    m_index = 0;
    reload();
}

void ReviewWidget::reload()
{
    const qint64 current = currentPairId();
    m_ids.clear();
    if (m_repo) {
        PairFilter f;
        f.statuses = {Pair::Status::Review};
        m_ids = m_repo->ids(f);
    }
    const int at = int(m_ids.indexOf(current));
    if (at >= 0)
        m_index = at;
    m_index = std::clamp(m_index, 0, std::max(0, int(m_ids.size()) - 1));
    showCurrent();
}

qint64 ReviewWidget::currentPairId() const
{
    return m_index >= 0 && m_index < m_ids.size() ? m_ids.at(m_index) : 0;
}

QString ReviewWidget::pairText() const
{
    return m_pair->toPlainText();
}

QString ReviewWidget::sourceText() const
{
    return m_source->toPlainText();
}

QString ReviewWidget::draftFlagsHtml(qint64 id) const
{
    // A model's draft: what its checks found (core/llm DraftChecker), for the reviewer to judge.
    QString html;
    try {
        Statement st =
            m_store->db().prepare(QStringLiteral("SELECT flags FROM pair_drafts WHERE pair_id = ?"));
        st.bind(1, id);
        if (!st.step())
            return {};
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("Drafted by a model.").toHtmlEscaped());
        for (const QJsonValue& f : QJsonDocument::fromJson(st.text(0).toUtf8()).array())
            html += QStringLiteral("<p style=\"color:#b35c00\">&#9873; <b>%1</b> %2</p>")
                        .arg(f[QStringLiteral("flag")].toString().toHtmlEscaped(),
                             f[QStringLiteral("detail")].toString().toHtmlEscaped());
    } catch (const Error&) {
        // A project from before drafting (read-only, not migrated) has no drafts.
    }
    return html;
}

void ReviewWidget::showCurrent()
{
    const qint64 id = currentPairId();
    const auto pair = id && m_repo ? m_repo->get(id) : std::nullopt;
    if (!pair) {
        m_header->setText(m_ids.isEmpty() ? tr("No pairs need review.") : QString());
        m_pair->clear();
        m_source->clear();
        return;
    }
    m_header->setText(tr("Pair %1 — %2 of %3 to review").arg(id).arg(m_index + 1).arg(m_ids.size()));
    QString html;
    auto block = [&](const QString& label, const QString& text) {
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(label.toHtmlEscaped(),
                         text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    };
    if (!pair->systemPrompt.isEmpty())
        block(tr("System"), pair->systemPrompt);
    if (!pair->context.isEmpty())
        block(tr("Context"), pair->context);
    for (const Turn& t : pair->turns)
        block(t.role == Turn::Role::User ? tr("User") : tr("Assistant"), t.content);
    if (pair->sourceChanged)
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("The source text changed since this pair was written.").toHtmlEscaped());
    html += draftFlagsHtml(id);
    m_pair->setHtml(html);

    // The source: the linked passage with the quoted span highlighted, else the stored quote.
    QString source;
    for (const PairSource& s : pair->sources) {
        QString text = s.quote;
        std::optional<int> start = s.spanStart;
        std::optional<int> end = s.spanEnd;
        if (s.passageId && m_store) {
            if (const std::optional<Passage> passage = Chunker::passage(m_store->db(), *s.passageId))
                text = passage->text;
            else
                start = end = std::nullopt;
        } else {
            start = end = std::nullopt;
        }
        if (start && end && *start >= 0 && *end <= text.size() && *start < *end)
            source +=
                QStringLiteral("<p>%1<mark>%2</mark>%3</p>")
                    .arg(text.left(*start).toHtmlEscaped(), text.mid(*start, *end - *start).toHtmlEscaped(),
                         text.mid(*end).toHtmlEscaped());
        else
            source += QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
    }
    if (source.isEmpty())
        source = QStringLiteral("<p><i>%1</i></p>").arg(tr("No source linked.").toHtmlEscaped());
    m_source->setHtml(source);
}

void ReviewWidget::decide(bool approve)
{
    const qint64 id = currentPairId();
    if (!id || !m_repo || !m_undo)
        return;
    try {
        m_undo->push(
            new SetStatusCommand(*m_repo, {id}, approve ? Pair::Status::Approved : Pair::Status::Rejected));
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Review"), e.message());
        return;
    }
    // The decided pair leaves the review list; the next one moves into its place.
    m_ids.removeAt(m_index);
    if (m_index >= m_ids.size())
        m_index = std::max(0, int(m_ids.size()) - 1);
    showCurrent();
    if (m_ids.isEmpty())
        emit finished();
}

void ReviewWidget::approve()
{
    decide(true);
}

void ReviewWidget::reject()
{
    decide(false);
}

void ReviewWidget::next()
{
    if (m_index + 1 < m_ids.size()) {
        ++m_index;
        showCurrent();
    }
}

void ReviewWidget::previous()
{
    if (m_index > 0) {
        --m_index;
        showCurrent();
    }
}

void ReviewWidget::edit()
{
    if (const qint64 id = currentPairId())
        emit editRequested(id);
}

void ReviewWidget::keyPressEvent(QKeyEvent* event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        QWidget::keyPressEvent(event);
        return;
    }
    for (const KeyBinding& binding : keyBindings()) {
        if (event->key() == binding.key) {
            (this->*binding.action)();
            event->accept();
            return;
        }
    }
    QWidget::keyPressEvent(event);
}

QList<ReviewWidget::KeyBinding> ReviewWidget::keyBindings()
{
    // The descriptions keep the translation context of the shortcut list they were written for.
    const auto text = [](const char* s) { return QCoreApplication::translate("quarry::gui::MainWindow", s); };
    return {
        {Qt::Key_A, &ReviewWidget::approve,
         text(QT_TRANSLATE_NOOP("quarry::gui::MainWindow", "Review: approve"))},
        {Qt::Key_R, &ReviewWidget::reject,
         text(QT_TRANSLATE_NOOP("quarry::gui::MainWindow", "Review: reject"))},
        {Qt::Key_N, &ReviewWidget::next,
         text(QT_TRANSLATE_NOOP("quarry::gui::MainWindow", "Review: next pair"))},
        {Qt::Key_P, &ReviewWidget::previous,
         text(QT_TRANSLATE_NOOP("quarry::gui::MainWindow", "Review: previous pair"))},
        {Qt::Key_E, &ReviewWidget::edit,
         text(QT_TRANSLATE_NOOP("quarry::gui::MainWindow", "Review: edit the pair"))},
    };
}

} // namespace quarry::gui
