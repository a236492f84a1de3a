#pragma once

#include <QList>
#include <QString>
#include <QWidget>

namespace quarry::gui {

// Horizontal bars, one per row: the name on the left (elided when long), the bar, and the count
// with its share on the right. Horizontal so that long tag and document names, Korean ones too,
// stay readable. Colours come from the palette, so a dark palette works as well as a light one.
class BarChartWidget : public QWidget
{
    Q_OBJECT
public:
    struct Bar
    {
        QString label;
        qint64 value = 0;
        QString toolTip; // the full name when the label is elided, or more detail
    };

    explicit BarChartWidget(QWidget* parent = nullptr);

    // The share is of `total`; 0 takes the sum of the values.
    void setBars(const QList<Bar>& bars, qint64 total = 0);
    const QList<Bar>& bars() const { return m_bars; }
    // The value of the bar with this label, or -1.
    qint64 value(const QString& label) const;
    // Shown instead of bars when there are none.
    void setEmptyText(const QString& text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    int rowHeight() const;
    int rowAt(const QPoint& pos) const;
    QString valueText(qint64 value) const;

    QList<Bar> m_bars;
    qint64 m_total = 0;
    QString m_emptyText;
};

} // namespace quarry::gui
