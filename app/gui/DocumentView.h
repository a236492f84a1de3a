#pragma once

#include "store/DocumentKind.h"
#include "util/SerialWorker.h"

#include <QImage>
#include <QList>
#include <QRectF>
#include <QWidget>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QTimer;
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
// into a new pair. For checking OCR, the image and the extracted text are linked through the
// page's OCR words: the selected text's words are highlighted on the image, a click on a word
// there selects it in the text, and the words the engine was unsure of are listed above the
// image (F8 / Shift+F8 step through them). The image zooms (Ctrl+plus/minus, Ctrl+wheel, Ctrl+0
// fits the width) and is drawn again, sharper, when zooming in needs more pixels.
class DocumentView : public QWidget
{
    Q_OBJECT
public:
    // Page images are drawn off the GUI thread, in two steps. The PageRenderer runs on the GUI
    // thread (it may read the project there) and returns a job, or throws quarry::Error; the job
    // runs on the view's render thread and returns the image or throws quarry::Error, whose message
    // is shown in the image pane instead of the page. `cancelled` is raised when the page is no
    // longer wanted (another page is shown, or the view closes). Jobs run one at a time, and a
    // job whose page was left before it started is skipped. `dpi` is the resolution the image
    // pane's zoom needs (96 at least); zooming in asks for the same page again at more. The
    // signal pageImageShown() follows each drawing, a sharper one of the same page included.
    using RenderJob = std::function<QImage(const std::atomic<bool>& cancelled)>;
    using PageRenderer = std::function<RenderJob(qint64 documentId, int pageNo, int dpi)>;

    explicit DocumentView(QWidget* parent = nullptr);
    ~DocumentView() override;

    void setProject(ProjectStore* store);
    // Rendering page images needs the ingest library; the main window provides it.
    void setPageRenderer(PageRenderer renderer) { m_renderer = std::move(renderer); }
    // True while the shown page's image is being drawn.
    bool isDrawingPage() const { return m_drawing; }

    qint64 documentId() const { return m_documentId; }
    int pageNo() const;
    qint64 pageId() const { return m_pageId; }
    QString pageText() const;
    bool showsRedacted() const;
    bool isEditing() const;
    PageTextView* textView() const { return m_text; }
    PageImageView* imageView() const { return m_image; }
    // The words OCR was unsure of on the shown page, listed above the image.
    QComboBox* unsureWordList() const { return m_unsure; }
    int unsureWordCount() const { return int(m_unsureWords.size()); }
    // Whether the image's words point into the text shown (not when it is corrected or redacted).
    bool wordsLinkedToText() const { return m_wordsMatchText; }

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
    // Selects unsure word `k` (0-based, in reading order) in the text and shows it on the image.
    void showUnsureWord(int k);
    void nextUnsureWord();
    void previousUnsureWord();

signals:
    void detectionsChanged();
    void newPairFromSelection(qint64 documentId, int pageNo, const QString& text);
    void errorOccurred(const QString& message);
    // The shown page's image arrived (ok) or could not be drawn (the reason is in the image pane).
    void pageImageShown(bool ok);

private:
    // Sets (or with nullopt removes) the page's correction; false when it failed (error emitted).
    bool applyCorrection(const std::optional<QString>& text);
    void decide(qint64 detectionId, const QString& status);
    void changeType(qint64 detectionId, const QString& type);
    void redactAs(int start, int end, const QString& type);
    QStringList detectionTypes();
    void updateButtons();
    void requestImage(int pageNo, int dpi);
    void imageDrawn(quint64 request, const QImage& image, const QString& error);
    void dropPendingImage();
    // Forgets the page's OCR words: on the image, in the unsure list and for the text's links.
    void clearWords();
    // The resolution to draw the shown page at for the image pane's zoom, within what is worth it.
    int renderDpi() const;
    // Draws the page again when zooming in needs more pixels than the shown image has.
    void sharpenImage();
    // The text view's selection (or the word at its cursor) highlighted on the image.
    void textSelectionChanged();
    void imageWordClicked(int index);
    void selectImageWords(const QList<int>& indices);
    void updateZoomLabel();

    ProjectStore* m_store = nullptr;
    PageRenderer m_renderer;
    qint64 m_documentId = 0;
    qint64 m_pageId = 0;
    DocumentKind m_kind = DocumentKind::Unknown;
    QLabel* m_title;
    QToolButton* m_redacted;
    QToolButton* m_edit;
    QToolButton* m_save;
    QToolButton* m_revert;
    QSpinBox* m_page;
    QLabel* m_pageCount;
    QLabel* m_method;
    QWidget* m_imagePane;
    PageImageView* m_image;
    PageTextView* m_text;
    QLabel* m_zoomLabel;
    QLabel* m_wordsNote;
    QComboBox* m_unsure;
    QAction* m_zoomInAction;
    QAction* m_zoomOutAction;
    QAction* m_fitAction;
    QAction* m_nextUnsureAction;
    QAction* m_previousUnsureAction;
    QTimer* m_sharpenTimer;
    bool m_hasImages = false; // the document has page images (a PDF or a scan)

    // The shown page's OCR words (as PageWords reads them) and which of them are unsure.
    struct Word
    {
        int textStart = -1;
        int textEnd = -1;
        bool lowConfidence = false;
    };
    QList<Word> m_words;
    QList<int> m_unsureWords;
    bool m_wordsMatchText = false;
    bool m_selectingFromImage = false; // the text's selection follows a click on the image
    int m_pageDpi = 300;

    quint64 m_renderRequest = 0;                          // the request the shown page waits for
    std::shared_ptr<std::atomic<quint64>> m_latestRender; // the same, read by the render thread
    std::shared_ptr<std::atomic<bool>> m_renderCancel;    // raised when that request is dropped
    int m_renderPage = 0;                                 // the awaited image's page
    int m_renderDpi = 96;                                 // and its resolution
    bool m_drawing = false;
    qint64 m_imageDocument = 0; // whose page image is on screen, kept while the same page is redrawn
    int m_imagePage = 0;
    // The render thread: page images are drawn there one at a time. Last, so it is joined (in the
    // destructor) before the members its jobs read.
    std::unique_ptr<SerialWorker> m_renderWorker;
};

} // namespace quarry::gui
