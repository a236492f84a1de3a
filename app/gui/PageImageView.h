#pragma once

#include <QImage>
#include <QList>
#include <QRectF>
#include <QWidget>

namespace quarry::gui {

// A rendered page with boxes drawn over the OCR words the engine was unsure of, so the reader
// knows where to look when checking the text.
class PageImageView : public QWidget
{
    Q_OBJECT
public:
    explicit PageImageView(QWidget* parent = nullptr);

    // `boxes` are in the image's pixel coordinates.
    void setPage(const QImage& image, const QList<QRectF>& lowConfidenceBoxes);
    void clear(const QString& message);
    int boxCount() const { return int(m_boxes.size()); }
    const QImage& image() const { return m_image; }
    // The text shown instead of an image (a placeholder or why the page could not be drawn).
    const QString& message() const { return m_message; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage m_image;
    QList<QRectF> m_boxes;
    QString m_message;
};

} // namespace quarry::gui
