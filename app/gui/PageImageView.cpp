#include "PageImageView.h"

#include <QPainter>

namespace quarry::gui {

PageImageView::PageImageView(QWidget* parent) : QWidget(parent)
{
    setAccessibleName(tr("Page image"));
    setMinimumSize(120, 160);
}

void PageImageView::setPage(const QImage& image, const QList<QRectF>& lowConfidenceBoxes)
{
    m_image = image;
    m_boxes = lowConfidenceBoxes;
    m_message.clear();
    setToolTip(m_boxes.isEmpty() ? QString()
                                 : tr("%n word(s) the OCR engine was unsure of are outlined in red", nullptr,
                                      int(m_boxes.size())));
    updateGeometry();
    update();
}

void PageImageView::clear(const QString& message)
{
    m_image = QImage();
    m_boxes.clear();
    m_message = message;
    setToolTip(QString());
    update();
}

QSize PageImageView::sizeHint() const
{
    return m_image.isNull() ? QSize(300, 400) : m_image.size();
}

void PageImageView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    if (m_image.isNull()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    // Fit the page into the widget, keeping its proportions.
    const QSizeF scaled = QSizeF(m_image.size()).scaled(QSizeF(size()), Qt::KeepAspectRatio);
    const QRectF target(QPointF((width() - scaled.width()) / 2, (height() - scaled.height()) / 2), scaled);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawImage(target, m_image);
    const double sx = target.width() / m_image.width();
    const double sy = target.height() / m_image.height();
    // The boxes are drawn on the page image, which is paper-white whatever the palette, so a fixed
    // red reads on it (4:1 against white) in the light and the dark theme alike.
    p.setPen(QPen(QColor(220, 30, 30), 1.5));
    p.setBrush(QColor(220, 30, 30, 40));
    for (const QRectF& box : std::as_const(m_boxes))
        p.drawRect(QRectF(target.x() + box.x() * sx, target.y() + box.y() * sy, box.width() * sx,
                          box.height() * sy));
}

} // namespace quarry::gui
