#include "PageImageView.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace quarry::gui {

namespace {

// Room around the page, so that its edge shows where the paper ends.
constexpr double kMargin = 8;
// Zoom steps for the keys and buttons: round percentages, closer together near 100%.
constexpr double kSteps[] = {0.2,  0.25, 0.33, 0.5, 0.67, 0.75, 0.8, 0.9, 1.0, 1.1,
                             1.25, 1.5,  1.75, 2.0, 2.5,  3.0,  4.0, 5.0, 6.0};
// A press that moves less than this is a click, not a drag.
constexpr int kDragDistance = 4;

// The page image is paper-white whatever the palette, so fixed colours read on it in the light and
// the dark theme alike (each at least 3:1 against white).
const QColor kUnsure(220, 30, 30);        // words the engine was unsure of
const QColor kSelected(0, 95, 204);       // the selected text's words
const QColor kSelectedUnsure(214, 90, 0); // a selected word the engine was unsure of

} // namespace

PageImageView::PageImageView(QWidget* parent) : QAbstractScrollArea(parent)
{
    setAccessibleName(tr("Page image"));
    setMinimumSize(120, 160);
    setFocusPolicy(Qt::StrongFocus);
    // Always there, so that fitting the width does not make the bar come and go (which would
    // change the width to fit again).
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setMouseTracking(false);
    viewport()->setCursor(Qt::OpenHandCursor);
}

void PageImageView::setPage(const QImage& image, double dpi, bool samePage)
{
    const QSizeF before = pageSize();
    m_image = image;
    m_imageDpi = dpi > 0 ? dpi : 96;
    m_scaled = QPixmap();
    m_message.clear();
    if (m_fitWidth)
        m_zoom = fitZoom();
    updateScrollBars();
    if (!samePage || before != pageSize()) {
        verticalScrollBar()->setValue(0);
        horizontalScrollBar()->setValue((horizontalScrollBar()->maximum()) / 2);
    }
    viewport()->update();
    emit zoomChanged(m_zoom);
}

void PageImageView::clear(const QString& message)
{
    m_image = QImage();
    m_scaled = QPixmap();
    m_message = message;
    updateScrollBars();
    viewport()->update();
}

void PageImageView::setWords(const QList<Word>& words, double dpi)
{
    m_words = words;
    m_wordDpi = dpi > 0 ? dpi : 300;
    m_selected.clear();
    const int unsure = lowConfidenceCount();
    viewport()->setToolTip(QString());
    setToolTip(unsure == 0
                   ? QString()
                   : tr("%n word(s) the OCR engine was unsure of are outlined in red", nullptr, unsure));
    viewport()->update();
}

int PageImageView::lowConfidenceCount() const
{
    return int(std::count_if(m_words.begin(), m_words.end(), [](const Word& w) { return w.lowConfidence; }));
}

void PageImageView::setSelectedWords(const QList<int>& indices)
{
    QList<int> valid;
    for (int i : indices)
        if (i >= 0 && i < m_words.size())
            valid << i;
    // std::equal, not QList::operator==: Qt 6.4 hands memcmp the null data of an empty list
    // (UBSan reports it in the asan preset).
    if (std::equal(valid.cbegin(), valid.cend(), m_selected.cbegin(), m_selected.cend()))
        return;
    m_selected = valid;
    viewport()->update();
}

QSizeF PageImageView::pageSize() const
{
    if (m_image.isNull())
        return {};
    return QSizeF(m_image.size()) * (96.0 / m_imageDpi);
}

QRectF PageImageView::pageRect() const
{
    const QSizeF page = pageSize() * m_zoom;
    if (page.isEmpty())
        return {};
    const QSize view = viewport()->size();
    // Centred across while it is narrower than the pane, and at the top (where reading starts)
    // while it is shorter; otherwise where the scroll bars put it.
    const double x = page.width() + 2 * kMargin <= view.width() ? (view.width() - page.width()) / 2
                                                                : kMargin - horizontalScrollBar()->value();
    const double y = kMargin - verticalScrollBar()->value();
    return {QPointF(x, y), page};
}

double PageImageView::fitZoom() const
{
    const QSizeF page = pageSize();
    if (page.isEmpty())
        return m_zoom;
    return std::clamp((viewport()->width() - 2 * kMargin) / page.width(), kMinZoom, kMaxZoom);
}

int PageImageView::wantedDpi() const
{
    return int(std::ceil(96.0 * m_zoom * devicePixelRatioF()));
}

void PageImageView::updateScrollBars()
{
    const QSizeF page = pageSize() * m_zoom;
    const QSize view = viewport()->size();
    const int width = page.isEmpty() ? 0 : int(std::ceil(page.width() + 2 * kMargin));
    const int height = page.isEmpty() ? 0 : int(std::ceil(page.height() + 2 * kMargin));
    horizontalScrollBar()->setRange(0, qMax(0, width - view.width()));
    horizontalScrollBar()->setPageStep(view.width());
    horizontalScrollBar()->setSingleStep(24);
    verticalScrollBar()->setRange(0, qMax(0, height - view.height()));
    verticalScrollBar()->setPageStep(view.height());
    verticalScrollBar()->setSingleStep(24);
}

void PageImageView::applyZoom(double zoom, const QPointF& anchor)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    const QRectF before = pageRect();
    // The page point under the anchor, in zoom-1 units.
    const QPointF point = before.isEmpty() ? QPointF() : (anchor - before.topLeft()) / m_zoom;
    const bool changed = !qFuzzyCompare(zoom, m_zoom);
    m_zoom = zoom;
    m_scaled = QPixmap();
    updateScrollBars();
    if (!before.isEmpty()) {
        // Put that point back under the anchor: the page's left edge goes to anchor - point*zoom,
        // which the scroll bars express as margin - value.
        horizontalScrollBar()->setValue(qRound(kMargin - (anchor.x() - point.x() * zoom)));
        verticalScrollBar()->setValue(qRound(kMargin - (anchor.y() - point.y() * zoom)));
    }
    viewport()->update();
    if (changed)
        emit zoomChanged(m_zoom);
}

void PageImageView::setZoom(double zoom)
{
    m_fitWidth = false;
    applyZoom(zoom, QPointF(viewport()->rect().center()));
}

void PageImageView::zoomIn()
{
    for (double step : kSteps)
        if (step > m_zoom * 1.01) {
            setZoom(step);
            return;
        }
    setZoom(kMaxZoom);
}

void PageImageView::zoomOut()
{
    for (auto it = std::rbegin(kSteps); it != std::rend(kSteps); ++it)
        if (*it < m_zoom / 1.01) {
            setZoom(*it);
            return;
        }
    setZoom(kMinZoom);
}

void PageImageView::fitWidth()
{
    m_fitWidth = true;
    // The line at the top of the pane stays there.
    applyZoom(fitZoom(), QPointF(viewport()->width() / 2.0, 0));
}

QRectF PageImageView::wordBoxOnScreen(const Word& word, const QRectF& page) const
{
    const double f = m_zoom * 96.0 / m_wordDpi;
    return {page.x() + word.box.x() * f, page.y() + word.box.y() * f, word.box.width() * f,
            word.box.height() * f};
}

QRectF PageImageView::wordRect(int index) const
{
    const QRectF page = pageRect();
    if (page.isEmpty() || index < 0 || index >= m_words.size())
        return {};
    return wordBoxOnScreen(m_words[index], page);
}

int PageImageView::wordAt(const QPointF& pos) const
{
    const QRectF page = pageRect();
    if (page.isEmpty())
        return -1;
    // The smallest box that holds the point, a little widened: words are thin targets.
    int best = -1;
    double bestArea = 0;
    for (int i = 0; i < m_words.size(); ++i) {
        const QRectF r = wordBoxOnScreen(m_words[i], page).adjusted(-2, -2, 2, 2);
        const double area = r.width() * r.height();
        if (r.contains(pos) && (best < 0 || area < bestArea)) {
            best = i;
            bestArea = area;
        }
    }
    return best;
}

void PageImageView::ensureWordVisible(int index)
{
    const QRectF r = wordRect(index);
    if (r.isEmpty())
        return;
    // Room for the line's neighbours, but never more than the pane has.
    const QRectF view = QRectF(viewport()->rect());
    const double mx = qMin(view.width() / 4, 60.0);
    const double my = qMin(view.height() / 4, 60.0);
    QScrollBar* h = horizontalScrollBar();
    QScrollBar* v = verticalScrollBar();
    if (r.left() - mx < view.left())
        h->setValue(h->value() + qRound(r.left() - mx - view.left()));
    else if (r.right() + mx > view.right())
        h->setValue(h->value() + qRound(qMin(r.right() + mx - view.right(), r.left() - mx - view.left())));
    if (r.top() - my < view.top())
        v->setValue(v->value() + qRound(r.top() - my - view.top()));
    else if (r.bottom() + my > view.bottom())
        v->setValue(v->value() + qRound(qMin(r.bottom() + my - view.bottom(), r.top() - my - view.top())));
}

void PageImageView::paintEvent(QPaintEvent*)
{
    QPainter p(viewport());
    p.fillRect(viewport()->rect(), palette().window());
    if (m_image.isNull()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(viewport()->rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    const QRectF page = pageRect();
    const qreal dpr = devicePixelRatioF();
    const QSize device = (page.size() * dpr).toSize();
    if (device.width() <= m_image.width()) {
        // Smaller than the drawing: scaled once per zoom, then only copied while scrolling.
        if (m_scaled.isNull() || m_scaled.size() != device) {
            m_scaled =
                QPixmap::fromImage(m_image.scaled(device, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
            m_scaled.setDevicePixelRatio(dpr);
        }
        p.drawPixmap(page.topLeft(), m_scaled);
    } else {
        // Larger: a cached copy would be large; the painter only scales the part in view.
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(page, m_image);
    }
    p.setRenderHint(QPainter::Antialiasing);
    const auto draw = [&](int i, const QColor& color, double pen, int alpha) {
        QColor fill = color;
        fill.setAlpha(alpha);
        p.setPen(QPen(color, pen));
        p.setBrush(fill);
        p.drawRect(wordBoxOnScreen(m_words[i], page).adjusted(-1, -1, 1, 1));
    };
    for (int i = 0; i < m_words.size(); ++i)
        if (m_words[i].lowConfidence && !m_selected.contains(i))
            draw(i, kUnsure, 1.5, 40);
    for (int i : std::as_const(m_selected))
        if (m_words[i].lowConfidence)
            draw(i, kSelectedUnsure, 3, 90);
        else
            draw(i, kSelected, 2, 60);
}

void PageImageView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_fitWidth && !m_image.isNull()) {
        applyZoom(fitZoom(), QPointF(viewport()->width() / 2.0, 0));
        return;
    }
    updateScrollBars();
}

void PageImageView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void PageImageView::wheelEvent(QWheelEvent* event)
{
    if (!(event->modifiers() & Qt::ControlModifier) || m_image.isNull()) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    // One notch is 120; touchpads send smaller steps, which zoom smoothly.
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0)
        return;
    m_fitWidth = false;
    applyZoom(m_zoom * std::pow(1.2, notches), event->position());
    event->accept();
}

void PageImageView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_pressPos = event->position().toPoint();
    m_pressScroll = QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value());
    event->accept();
}

void PageImageView::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_pressed)
        return;
    const QPoint delta = event->position().toPoint() - m_pressPos;
    if (!m_dragging && delta.manhattanLength() >= kDragDistance) {
        m_dragging = true;
        viewport()->setCursor(Qt::ClosedHandCursor);
    }
    if (m_dragging) {
        horizontalScrollBar()->setValue(m_pressScroll.x() - delta.x());
        verticalScrollBar()->setValue(m_pressScroll.y() - delta.y());
    }
}

void PageImageView::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_pressed || event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    viewport()->setCursor(Qt::OpenHandCursor);
    if (m_dragging) {
        m_dragging = false;
        return;
    }
    const int word = wordAt(event->position());
    if (word >= 0)
        emit wordClicked(word);
}

bool PageImageView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        // The word under the mouse and how sure the engine was of it: checking a word starts here.
        auto* help = static_cast<QHelpEvent*>(event);
        const int i = wordAt(help->pos());
        if (i >= 0) {
            QToolTip::showText(help->globalPos(),
                               tr("Read as “%1”, OCR confidence %2%")
                                   .arg(m_words[i].text)
                                   .arg(qRound(m_words[i].confidence)),
                               viewport(), wordRect(i).toAlignedRect());
            return true;
        }
        if (!toolTip().isEmpty()) {
            QToolTip::showText(help->globalPos(), toolTip(), viewport());
            return true;
        }
        QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace quarry::gui
