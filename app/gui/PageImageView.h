#pragma once

#include <QAbstractScrollArea>
#include <QImage>
#include <QList>
#include <QPixmap>
#include <QRectF>

namespace quarry::gui {

// The page image, for checking the text against what the page says. It opens fitted to the pane's
// width and zooms (zoomIn/zoomOut/fitWidth, Ctrl+wheel at the mouse); a drag pans. The page's OCR
// words are drawn over it: the ones the engine was unsure of outlined in red, the selected ones
// (the text view's selection) filled, a selected unsure word in its own colour. A click on a word
// reports it (wordClicked), so that the owner can select it in the text.
class PageImageView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    struct Word
    {
        QRectF box; // pixels of the image OCR read, at the dpi given to setWords()
        QString text;
        double confidence = 100;
        bool lowConfidence = false;
    };

    explicit PageImageView(QWidget* parent = nullptr);

    // `dpi` is the resolution the image was drawn at: the page keeps its size on screen whatever
    // it is, so that a sharper drawing of the same page (after zooming in) simply replaces it.
    // `samePage`: the image replaces one of the same page, so the view stays where it is;
    // otherwise it shows the top of the page.
    void setPage(const QImage& image, double dpi, bool samePage = false);
    // The image goes; the words stay (they belong to the page, not to one drawing of it).
    void clear(const QString& message);
    const QImage& image() const { return m_image; }
    double imageDpi() const { return m_imageDpi; }
    // The text shown instead of an image (a placeholder or why the page could not be drawn).
    const QString& message() const { return m_message; }

    // The page's words, boxes in pixels at `dpi`. Clears the selection.
    void setWords(const QList<Word>& words, double dpi);
    const QList<Word>& words() const { return m_words; }
    int lowConfidenceCount() const;
    void setSelectedWords(const QList<int>& indices);
    const QList<int>& selectedWords() const { return m_selected; }
    // Scrolls as little as needed to show word `index` (with some room around it).
    void ensureWordVisible(int index);
    // Where word `index` is in the viewport (empty without an image), and the word at a viewport
    // point (-1 for none).
    QRectF wordRect(int index) const;
    int wordAt(const QPointF& viewportPos) const;

    // 1 is the page at its real size on a 96-DPI screen.
    double zoom() const { return m_zoom; }
    bool fitsWidth() const { return m_fitWidth; }
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    void fitWidth();
    // The resolution that draws the page sharply at the current zoom on this screen.
    int wantedDpi() const;
    // Where the page is drawn in the viewport (empty without an image).
    QRectF pageRect() const;

    static constexpr double kMinZoom = 0.2;
    static constexpr double kMaxZoom = 6.0;

signals:
    void wordClicked(int index);
    void zoomChanged(double zoom);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    QSizeF pageSize() const; // at zoom 1, in logical pixels
    double fitZoom() const;
    // Sets the zoom keeping the page point under `anchor` (viewport coordinates) where it is.
    void applyZoom(double zoom, const QPointF& anchor);
    void updateScrollBars();
    QRectF wordBoxOnScreen(const Word& word, const QRectF& page) const;

    QImage m_image;
    double m_imageDpi = 96;
    QPixmap m_scaled; // the image at the current zoom, when that is smaller than the image
    QString m_message;
    QList<Word> m_words;
    double m_wordDpi = 300;
    QList<int> m_selected;
    double m_zoom = 1;
    bool m_fitWidth = true;
    QPoint m_pressPos;
    QPoint m_pressScroll;
    bool m_pressed = false;
    bool m_dragging = false;
};

} // namespace quarry::gui
