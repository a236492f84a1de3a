#pragma once

#include <QColor>
#include <QList>
#include <QPlainTextEdit>

namespace quarry::gui {

// A page's text with marks on it: personal-data detections (coloured by type, clickable) and
// low-confidence OCR words (wavy underline). Its context menu carries the decisions and the
// "new pair from selection" action; the owner carries them out.
class PageTextView : public QPlainTextEdit
{
    Q_OBJECT
public:
    struct Mark
    {
        int start = 0;
        int end = 0;
        qint64 detectionId = 0; // 0 for marks that are not detections
        QString type;
        QString status; // pending, accepted, rejected, manual
        QString tooltip;
        bool lowConfidence = false;
    };

    explicit PageTextView(QWidget* parent = nullptr);

    void setMarks(const QList<Mark>& marks);
    const QList<Mark>& marks() const { return m_marks; }
    void setDetectionTypes(const QStringList& types) { m_types = types; }
    // Whether selections may become pairs (only the redacted text may).
    void setPairsFromSelection(bool enabled) { m_pairsFromSelection = enabled; }
    void selectRange(int start, int end);
    // The mark under a text position, or null.
    const Mark* markAt(int position) const;

    static QColor colorForType(const QString& type);
    // The background of a detection mark of this type and status on `base` (the view's
    // QPalette::Base): at least 3:1 against the base, whether it is light or dark.
    static QColor markBackground(const QString& type, const QString& status, const QColor& base);

signals:
    void detectionDecided(qint64 detectionId, const QString& status);
    void detectionTypeChanged(qint64 detectionId, const QString& type);
    void redactSelectionAs(int start, int end, const QString& type);
    void newPairFromSelection(int start, int end, const QString& text);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool event(QEvent* event) override;

private:
    void applyMarks();

    QList<Mark> m_marks;
    QStringList m_types;
    bool m_pairsFromSelection = false;
};

} // namespace quarry::gui
