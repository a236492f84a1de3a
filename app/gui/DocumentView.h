#pragma once

#include <QImage>
#include <QWidget>
#include <functional>

class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QScrollArea;

namespace quarry {
class ProjectStore;
}

namespace quarry::gui {

// Centre pane: one document, page by page, the page image beside its extracted text.
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
    QString pageText() const;
    QPlainTextEdit* textEdit() const { return m_text; }

public slots:
    void showDocument(qint64 documentId);
    void showPage(int pageNo);
    void clear();

private:
    ProjectStore* m_store = nullptr;
    PageRenderer m_renderer;
    qint64 m_documentId = 0;
    QLabel* m_title;
    QSpinBox* m_page;
    QLabel* m_pageCount;
    QLabel* m_method;
    QScrollArea* m_imageArea;
    QLabel* m_image;
    QPlainTextEdit* m_text;
};

} // namespace quarry::gui
