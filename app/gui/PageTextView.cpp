#include "PageTextView.h"

#include "Theme.h"
#include "store/DetectionStatus.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QTextBlock>
#include <QToolTip>

namespace quarry::gui {

PageTextView::PageTextView(QWidget* parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setAccessibleName(tr("Page text"));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

QColor PageTextView::colorForType(const QString& type)
{
    // A fixed hue per type, so that a type keeps its colour across pages and sessions.
    // FNV-1a: qHash may be seeded per process, which would change the colours between runs.
    quint32 hash = 2166136261u;
    for (const QChar c : type) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return QColor::fromHsv(int(hash % 360), 90, 255);
}

QColor PageTextView::markBackground(const QString& type, const QString& status, const QColor& base)
{
    QColor color = colorForType(type);
    const bool pending = detectionStatusFromString(status) == DetectionStatus::Pending;
    color = pending ? color.lighter(115) : color.darker(110);
    return Theme::markBackground(color, base);
}

void PageTextView::setMarks(const QList<Mark>& marks)
{
    m_marks = marks;
    applyMarks();
}

void PageTextView::applyMarks()
{
    // Colours are derived from the base the text is drawn on, so marks stay readable on a dark
    // palette as on a light one.
    const QColor base = palette().color(QPalette::Base);
    const bool darkBase = Theme::luminance(base) < 0.2;
    QList<QTextEdit::ExtraSelection> selections;
    const int length = document()->characterCount();
    for (const Mark& m : std::as_const(m_marks)) {
        if (m.start < 0 || m.end > length || m.end <= m.start)
            continue;
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(document());
        sel.cursor.setPosition(m.start);
        sel.cursor.setPosition(m.end, QTextCursor::KeepAnchor);
        if (m.lowConfidence) {
            sel.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            sel.format.setUnderlineColor(darkBase ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd0, 0x20, 0x20));
        } else if (detectionStatusFromString(m.status) == DetectionStatus::Rejected) {
            sel.format.setUnderlineStyle(QTextCharFormat::DotLine);
            sel.format.setUnderlineColor(palette().color(QPalette::PlaceholderText));
        } else {
            // Pending marks are lighter and underlined; decided ones a little deeper.
            const QColor background = markBackground(m.type, m.status, base);
            sel.format.setBackground(background);
            sel.format.setForeground(Theme::textOn(background));
            if (detectionStatusFromString(m.status) == DetectionStatus::Pending) {
                sel.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
                sel.format.setUnderlineColor(Theme::textOn(background));
            }
        }
        sel.format.setToolTip(m.tooltip);
        selections << sel;
    }
    setExtraSelections(selections);
}

const PageTextView::Mark* PageTextView::markAt(int position) const
{
    for (const Mark& m : m_marks)
        if (!m.lowConfidence && position >= m.start && position < m.end)
            return &m;
    return nullptr;
}

void PageTextView::selectRange(int start, int end)
{
    QTextCursor c(document());
    c.setPosition(qBound(0, start, document()->characterCount() - 1));
    c.setPosition(qBound(0, end, document()->characterCount() - 1), QTextCursor::KeepAnchor);
    setTextCursor(c);
    centerCursor();
}

bool PageTextView::event(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyMarks(); // the marks' colours follow the palette
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int pos = cursorForPosition(viewport()->mapFromGlobal(help->globalPos())).position();
        for (const Mark& m : std::as_const(m_marks)) {
            if (pos >= m.start && pos < m.end && !m.tooltip.isEmpty()) {
                QToolTip::showText(help->globalPos(), m.tooltip, this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QPlainTextEdit::event(event);
}

void PageTextView::contextMenuEvent(QContextMenuEvent* event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    const QTextCursor selection = textCursor();
    const int clicked = cursorForPosition(event->pos()).position();
    if (isReadOnly()) {
        if (const Mark* m = markAt(clicked); m && m->detectionId) {
            const qint64 id = m->detectionId;
            menu->addSeparator();
            menu->addAction(tr("Accept: redact this %1").arg(m->type), this,
                            [this, id] { emit detectionDecided(id, QStringLiteral("accepted")); });
            menu->addAction(tr("Reject: keep this text"), this,
                            [this, id] { emit detectionDecided(id, QStringLiteral("rejected")); });
            QMenu* types = menu->addMenu(tr("Change Type"));
            for (const QString& type : std::as_const(m_types))
                types->addAction(type, this, [this, id, type] { emit detectionTypeChanged(id, type); })
                    ->setEnabled(type != m->type);
        }
        if (selection.hasSelection()) {
            const int start = selection.selectionStart();
            const int end = selection.selectionEnd();
            menu->addSeparator();
            QMenu* redact = menu->addMenu(tr("Redact As"));
            for (const QString& type : std::as_const(m_types))
                redact->addAction(type, this,
                                  [this, start, end, type] { emit redactSelectionAs(start, end, type); });
            QAction* pair = menu->addAction(tr("New Pair from Selection"), this, [this, start, end] {
                QTextCursor c(document());
                c.setPosition(start);
                c.setPosition(end, QTextCursor::KeepAnchor);
                emit newPairFromSelection(
                    start, end, c.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n')));
            });
            pair->setEnabled(m_pairsFromSelection);
            if (!m_pairsFromSelection)
                pair->setToolTip(tr("Pairs are written from the redacted text: switch to it first."));
            menu->setToolTipsVisible(true);
        }
    }
    menu->exec(event->globalPos());
}

} // namespace quarry::gui
