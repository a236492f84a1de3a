#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

namespace quarry::gui {

// Vertical bars over buckets, one bar per series in each bucket (user side and assistant side),
// with a legend, the largest count on the axis and the bucket ranges underneath. Colours are
// derived from the palette's highlight colour.
class HistogramWidget : public QWidget
{
    Q_OBJECT
public:
    struct Series
    {
        QString name;
        QList<qint64> counts; // one per bucket
    };

    explicit HistogramWidget(QWidget* parent = nullptr);

    // `lower` are the bucket lower bounds (the last bucket is open-ended).
    void setData(const QList<qint64>& lower, const QList<Series>& series);
    const QList<Series>& series() const { return m_series; }
    const QList<qint64>& lowerBounds() const { return m_lower; }
    void setEmptyText(const QString& text);

    // "20–49", "5000+": the range of bucket i.
    QString bucketLabel(qsizetype i) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QColor seriesColor(qsizetype i) const;
    QRect plotRect() const;
    qsizetype bucketAt(const QPoint& pos) const;

    QList<qint64> m_lower;
    QList<Series> m_series;
    QString m_emptyText;
};

} // namespace quarry::gui
