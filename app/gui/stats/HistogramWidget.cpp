#include "HistogramWidget.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace quarry::gui {

namespace {
constexpr int kMargin = 4;
constexpr int kSwatch = 10;
} // namespace

HistogramWidget::HistogramWidget(QWidget* parent) : QWidget(parent), m_emptyText(tr("Nothing yet"))
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(true);
}

void HistogramWidget::setData(const QList<qint64>& lower, const QList<Series>& series)
{
    m_lower = lower;
    m_series = series;
    QStringList lines;
    for (qsizetype i = 0; i < m_lower.size(); ++i) {
        QStringList values;
        for (const Series& s : m_series)
            values << QStringLiteral("%1 %2").arg(s.name, QLocale().toString(s.counts.value(i)));
        lines << QStringLiteral("%1: %2").arg(bucketLabel(i), values.join(QStringLiteral(", ")));
    }
    setAccessibleDescription(lines.join(QStringLiteral("; ")));
    update();
}

void HistogramWidget::setEmptyText(const QString& text)
{
    m_emptyText = text;
    update();
}

QString HistogramWidget::bucketLabel(qsizetype i) const
{
    const QLocale locale;
    if (i + 1 < m_lower.size())
        return QStringLiteral("%1–%2").arg(locale.toString(m_lower[i]), locale.toString(m_lower[i + 1] - 1));
    return QStringLiteral("%1+").arg(locale.toString(m_lower.value(i)));
}

QSize HistogramWidget::sizeHint() const
{
    return {420, fontMetrics().height() * 2 + 150};
}

QSize HistogramWidget::minimumSizeHint() const
{
    return {240, sizeHint().height()};
}

QColor HistogramWidget::seriesColor(qsizetype i) const
{
    const QColor base = palette().color(QPalette::Highlight);
    if (i == 0)
        return base;
    // The other series turn the highlight's hue around the wheel, so they stay as light or dark
    // (and as readable on the window colour) as the highlight itself.
    float h = 0, s = 0, v = 0, a = 1;
    base.getHsvF(&h, &s, &v, &a);
    if (h < 0)
        h = 0.6f; // a grey highlight: pick a hue at all
    const float turned = std::fmod(h + 0.42f * float(i), 1.0f);
    return QColor::fromHsvF(turned, std::max(s, 0.45f), std::max(v, 0.55f), a);
}

QRect HistogramWidget::plotRect() const
{
    const QFontMetrics fm = fontMetrics();
    qint64 maxValue = 0;
    for (const Series& s : m_series)
        for (qint64 c : s.counts)
            maxValue = std::max(maxValue, c);
    const int axis = fm.horizontalAdvance(QLocale().toString(maxValue)) + 6;
    const int legend = fm.height() + 6;
    const int labels = fm.height() + 6;
    return QRect(kMargin + axis, kMargin + legend, width() - 2 * kMargin - axis,
                 height() - 2 * kMargin - legend - labels);
}

qsizetype HistogramWidget::bucketAt(const QPoint& pos) const
{
    const QRect plot = plotRect();
    if (m_lower.isEmpty() || pos.x() < plot.left() || pos.x() > plot.right())
        return -1;
    const double slot = double(plot.width()) / double(m_lower.size());
    const auto i = qsizetype(double(pos.x() - plot.left()) / slot);
    return i < m_lower.size() ? i : -1;
}

void HistogramWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    qint64 maxValue = 0;
    for (const Series& s : m_series)
        for (qint64 c : s.counts)
            maxValue = std::max(maxValue, c);
    if (m_lower.isEmpty() || m_series.isEmpty() || maxValue == 0) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, m_emptyText);
        return;
    }
    const QColor text = pal.color(QPalette::WindowText);
    const QRect plot = plotRect();

    // Legend, left to right above the plot.
    int x = plot.left();
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        p.setPen(Qt::NoPen);
        p.setBrush(seriesColor(i));
        p.drawRoundedRect(QRectF(x, kMargin + (fm.height() - kSwatch) / 2.0, kSwatch, kSwatch), 2, 2);
        x += kSwatch + 4;
        p.setPen(text);
        p.drawText(QPoint(x, kMargin + fm.ascent()), m_series[i].name);
        x += fm.horizontalAdvance(m_series[i].name) + 16;
    }

    // Axis: the largest count at the top, zero at the bottom, a faint line for each.
    QColor grid = text;
    grid.setAlphaF(0.15f);
    p.setPen(grid);
    p.drawLine(plot.left(), plot.top(), plot.right(), plot.top());
    p.drawLine(plot.left(), plot.top() + plot.height() / 2, plot.right(), plot.top() + plot.height() / 2);
    p.drawLine(plot.left(), plot.bottom(), plot.right(), plot.bottom());
    p.setPen(text);
    const QLocale locale;
    p.drawText(QRect(kMargin, plot.top() - fm.height() / 2, plot.left() - kMargin - 6, fm.height()),
               Qt::AlignRight | Qt::AlignVCenter, locale.toString(maxValue));
    p.drawText(QRect(kMargin, plot.bottom() - fm.height() / 2, plot.left() - kMargin - 6, fm.height()),
               Qt::AlignRight | Qt::AlignVCenter, locale.toString(0));

    // Bars.
    const qsizetype buckets = m_lower.size();
    const double slot = double(plot.width()) / double(buckets);
    const double group = slot * 0.8;
    const double barWidth = group / double(m_series.size());
    for (qsizetype b = 0; b < buckets; ++b) {
        const double left = plot.left() + slot * double(b) + (slot - group) / 2.0;
        for (qsizetype s = 0; s < m_series.size(); ++s) {
            const qint64 count = m_series[s].counts.value(b);
            if (count <= 0)
                continue;
            const double h = std::max(1.0, double(plot.height()) * double(count) / double(maxValue));
            p.setPen(Qt::NoPen);
            p.setBrush(seriesColor(s));
            p.drawRect(QRectF(left + barWidth * double(s), plot.bottom() - h, barWidth - 1.0, h));
        }
    }

    // Bucket labels: whole ranges when they fit, otherwise lower bounds, otherwise every other one.
    QStringList labels;
    int widest = 0;
    for (qsizetype b = 0; b < buckets; ++b) {
        labels << bucketLabel(b);
        widest = std::max(widest, fm.horizontalAdvance(labels.last()));
    }
    if (widest > slot - 4) {
        widest = 0;
        for (qsizetype b = 0; b < buckets; ++b) {
            labels[b] = b + 1 < buckets ? locale.toString(m_lower[b]) : bucketLabel(b);
            widest = std::max(widest, fm.horizontalAdvance(labels[b]));
        }
    }
    const int step = widest > slot - 4 ? 2 : 1;
    p.setPen(text);
    for (qsizetype b = 0; b < buckets; b += step) {
        const QRectF cell(plot.left() + slot * double(b) - slot * (step - 1) / 2.0, plot.bottom() + 3,
                          slot * step, fm.height());
        p.drawText(cell, Qt::AlignHCenter | Qt::AlignTop, labels[b]);
    }
}

bool HistogramWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const qsizetype b = bucketAt(help->pos());
        if (b < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        QStringList lines{bucketLabel(b)};
        for (const Series& s : m_series)
            lines << QStringLiteral("%1: %2").arg(s.name, QLocale().toString(s.counts.value(b)));
        QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace quarry::gui
