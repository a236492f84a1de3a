#include "BarChartWidget.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>
#include <algorithm>

namespace quarry::gui {

namespace {
constexpr int kMargin = 4;
constexpr int kGap = 8;
} // namespace

BarChartWidget::BarChartWidget(QWidget* parent) : QWidget(parent), m_emptyText(tr("Nothing yet"))
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(true);
}

void BarChartWidget::setBars(const QList<Bar>& bars, qint64 total)
{
    m_bars = bars;
    m_total = total;
    if (m_total <= 0) {
        m_total = 0;
        for (const Bar& b : m_bars)
            m_total += b.value;
    }
    // Screen readers get the figures as text.
    QStringList lines;
    for (const Bar& b : m_bars)
        lines << QStringLiteral("%1: %2").arg(b.label, valueText(b.value));
    setAccessibleDescription(lines.join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

qint64 BarChartWidget::value(const QString& label) const
{
    for (const Bar& b : m_bars)
        if (b.label == label)
            return b.value;
    return -1;
}

void BarChartWidget::setEmptyText(const QString& text)
{
    m_emptyText = text;
    update();
}

int BarChartWidget::rowHeight() const
{
    return fontMetrics().height() + 8;
}

QSize BarChartWidget::sizeHint() const
{
    return {380, int(std::max<qsizetype>(1, m_bars.size())) * rowHeight() + 2 * kMargin};
}

QSize BarChartWidget::minimumSizeHint() const
{
    return {220, sizeHint().height()};
}

QString BarChartWidget::valueText(qint64 value) const
{
    const QLocale locale;
    if (m_total <= 0)
        return locale.toString(value);
    const double share = 100.0 * double(value) / double(m_total);
    return tr("%1 (%2%)")
        .arg(locale.toString(value), locale.toString(share, 'f', share < 10 && share > 0 ? 1 : 0));
}

int BarChartWidget::rowAt(const QPoint& pos) const
{
    const int row = (pos.y() - kMargin) / rowHeight();
    return pos.y() >= kMargin && row < m_bars.size() ? row : -1;
}

void BarChartWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    if (m_bars.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, m_emptyText);
        return;
    }
    int labelWidth = 0, valueWidth = 0;
    qint64 maxValue = 1;
    for (const Bar& b : m_bars) {
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(b.label));
        valueWidth = std::max(valueWidth, fm.horizontalAdvance(valueText(b.value)));
        maxValue = std::max(maxValue, b.value);
    }
    // A few pixels of slack: elidedText() measures with fractional advances and would otherwise
    // elide a label that exactly fits.
    labelWidth = std::min(labelWidth + 4, int(width() * 0.4));
    valueWidth += 2;
    const int barLeft = kMargin + labelWidth + kGap;
    const int barRight = width() - kMargin - valueWidth - kGap;
    const int barSpan = std::max(1, barRight - barLeft);
    const int h = rowHeight();
    QColor track = pal.color(QPalette::WindowText);
    track.setAlphaF(0.08f);
    const QColor bar = pal.color(QPalette::Highlight);
    for (qsizetype i = 0; i < m_bars.size(); ++i) {
        const Bar& b = m_bars[i];
        const int top = kMargin + int(i) * h;
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRect(kMargin, top, labelWidth, h), Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(b.label, Qt::ElideRight, labelWidth));
        const QRectF groove(barLeft, top + 3, barSpan, h - 6);
        p.setPen(Qt::NoPen);
        p.setBrush(track);
        p.drawRoundedRect(groove, 2, 2);
        if (b.value > 0) {
            const double w = std::max(2.0, double(barSpan) * double(b.value) / double(maxValue));
            p.setBrush(bar);
            p.drawRoundedRect(QRectF(barLeft, top + 3, w, h - 6), 2, 2);
        }
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRect(barRight + kGap, top, valueWidth, h), Qt::AlignVCenter | Qt::AlignRight,
                   valueText(b.value));
    }
}

bool BarChartWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int row = rowAt(help->pos());
        if (row < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const Bar& b = m_bars[row];
        QString text = QStringLiteral("%1: %2").arg(b.label, valueText(b.value));
        if (!b.toolTip.isEmpty())
            text += QLatin1Char('\n') + b.toolTip;
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace quarry::gui
