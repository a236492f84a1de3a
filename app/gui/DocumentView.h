#pragma once

#include <QImage>
#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QSpinBox;
class QToolButton;

namespace quarry {
class ProjectStore;
}

namespace quarry::gui {

class PageImageView;
class PageTextView;

// Centre pane: one document, page by page, the page image beside its text. Shows the original
// text with personal-data detections marked (decided from the context menu), or the redacted text
// that later steps see; lets the user correct extracted text; turns a selection of redacted text
// into a new pair.
class DocumentView : public QWidget
{
    Q_OBJECT
public:
    using PageRenderer = std::function<QImage(qint64 documentId, int pageNo)>;

    explicit DocumentView(QWidget* parent = nullptr);

    void setProject(ProjectStore* store);
    // Rendering page images needs the ingest library; the main window provides it.
    void setPageRenderer(PageRenderer renderer) { m_renderer = std::move(renderer); }

    qint64 documentId() const { return m_documentId; }
    int pageNo() const;
    qint64 pageId() const { return m_pageId; }
    QString pageText() const;
    bool showsRedacted() const;
    bool isEditing() const;
    PageTextView* textView() const { return m_text; }
    PageImageView* imageView() const { return m_image; }

public slots:
    void showDocument(qint64 documentId);
    void showPage(int pageNo);
    // Opens a document at a page and selects a range of its (original or redacted) text.
    void showSpan(qint64 documentId, int pageNo, int start, int end, bool redacted);
    void setShowRedacted(bool redacted);
    void setEditing(bool editing);
    void saveCorrection();
    void revertCorrection();
    void reloadPage();
    void clear();

signals:
    void detectionsChanged();
    void newPairFromSelection(qint64 documentId, int pageNo, const QString& text);
    void errorOccurred(const QString& message);

private:
    // Sets (or with nullopt removes) the page's correction; false when it failed (error emitted).
    bool applyCorrection(const std::optional<QString>& text);
    void decide(qint64 detectionId, const QString& status);
    void changeType(qint64 detectionId, const QString& type);
    void redactAs(int start, int end, const QString& type);
    QStringList detectionTypes();
    void updateButtons();

    ProjectStore* m_store = nullptr;
    PageRenderer m_renderer;
    qint64 m_documentId = 0;
    qint64 m_pageId = 0;
    QString m_kind;
    QLabel* m_title;
    QToolButton* m_redacted;
    QToolButton* m_edit;
    QToolButton* m_save;
    QToolButton* m_revert;
    QSpinBox* m_page;
    QLabel* m_pageCount;
    QLabel* m_method;
    PageImageView* m_image;
    PageTextView* m_text;
};

} // namespace quarry::gui
