#include "DocumentView.h"

#include "PageImageView.h"
#include "PageTextView.h"
#include "Theme.h"
#include "redact/DetectionStore.h"
#include "redact/Redactor.h"
#include "redact/RuleSet.h"
#include "redact/Scanner.h"
#include "store/DocumentRepository.h"
#include "store/PageCorrections.h"
#include "store/PageWords.h"
#include "store/ProjectStore.h"
#include "util/Error.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSet>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

namespace quarry::gui {

namespace {
// Page images are drawn at no less than this (a smaller drawing saves little and scales worse),
// and PDF pages at no more than kMaxPdfDpi (A4 at 300 DPI is a 35 MB image; OCR reads at 300).
constexpr int kMinDpi = 96;
constexpr int kMaxPdfDpi = 300;
constexpr double kMaxPixels = 40e6; // 160 MB as 32-bit pixels; A4 at 300 DPI is 8.7 million

QToolButton* toolButton(QAction* action, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    return button;
}
} // namespace

DocumentView::DocumentView(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_redacted(new QToolButton(this)),
      m_edit(new QToolButton(this)), m_save(new QToolButton(this)), m_revert(new QToolButton(this)),
      m_page(new QSpinBox(this)), m_pageCount(new QLabel(this)), m_method(new QLabel(this)),
      m_imagePane(new QWidget(this)), m_image(new PageImageView(m_imagePane)), m_text(new PageTextView(this)),
      m_zoomLabel(new QLabel(m_imagePane)), m_wordsNote(new QLabel(m_imagePane)),
      m_unsure(new QComboBox(m_imagePane)),
      m_zoomInAction(new QAction(Theme::icon(QStringLiteral("zoom-in")), tr("Zoom In"), this)),
      m_zoomOutAction(new QAction(Theme::icon(QStringLiteral("zoom-out")), tr("Zoom Out"), this)),
      m_fitAction(new QAction(Theme::icon(QStringLiteral("zoom-fit-width")), tr("Fit Page Width"), this)),
      m_nextUnsureAction(new QAction(Theme::icon(QStringLiteral("go-down")), tr("Next Unsure Word"), this)),
      m_previousUnsureAction(
          new QAction(Theme::icon(QStringLiteral("go-up")), tr("Previous Unsure Word"), this)),
      m_sharpenTimer(new QTimer(this)), m_latestRender(std::make_shared<std::atomic<quint64>>(0)),
      m_renderWorker(std::make_unique<SerialWorker>())
{
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_redacted->setText(tr("Redacted"));
    m_redacted->setCheckable(true);
    m_redacted->setToolTip(tr("Show the redacted text that pairs and exports see (Ctrl+Shift+R)"));
    m_redacted->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_edit->setText(tr("Correct Text"));
    m_edit->setCheckable(true);
    m_edit->setToolTip(tr("Correct the extracted text of this page (for example OCR mistakes)"));
    m_save->setText(tr("Save Correction"));
    m_revert->setText(tr("Use Extracted Text"));
    m_revert->setToolTip(tr("Remove your correction of this page"));
    m_page->setAccessibleName(tr("Page"));
    m_page->setPrefix(tr("Page "));
    m_page->setMinimum(1);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(m_method);
    bar->addWidget(m_redacted);
    bar->addWidget(m_edit);
    bar->addWidget(m_save);
    bar->addWidget(m_revert);
    bar->addWidget(m_page);
    bar->addWidget(m_pageCount);

    // The image pane: zoom on the left, the unsure words on the right. The actions' shortcuts work
    // wherever the focus is in the window (after picking a document it is in the document list),
    // while this view is shown; no other part of the window uses these keys.
    m_zoomInAction->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_zoomOutAction->setShortcuts(QKeySequence::ZoomOut);
    m_fitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_fitAction->setCheckable(true); // shows that the page follows the pane's width
    m_nextUnsureAction->setShortcut(QKeySequence(Qt::Key_F8));
    m_previousUnsureAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    m_nextUnsureAction->setToolTip(tr("Next word the OCR engine was unsure of (F8)"));
    m_previousUnsureAction->setToolTip(tr("Previous word the OCR engine was unsure of (Shift+F8)"));
    for (QAction* a :
         {m_zoomInAction, m_zoomOutAction, m_fitAction, m_nextUnsureAction, m_previousUnsureAction}) {
        a->setShortcutContext(Qt::WindowShortcut);
        if (a != m_nextUnsureAction && a != m_previousUnsureAction)
            a->setToolTip(
                QStringLiteral("%1 (%2)").arg(a->text(), a->shortcut().toString(QKeySequence::NativeText)));
        addAction(a);
    }
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("000%")));
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    m_wordsNote->setForegroundRole(QPalette::PlaceholderText);
    m_wordsNote->setWordWrap(true);
    m_unsure->setAccessibleName(tr("Unsure words"));
    m_unsure->setToolTip(
        tr("Words the OCR engine was unsure of: pick one to see it on the page and in the text"));
    m_unsure->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_unsure->setMinimumContentsLength(12);
    auto* imageBar = new QHBoxLayout;
    imageBar->setContentsMargins(0, 0, 0, 0);
    imageBar->setSpacing(2);
    imageBar->addWidget(toolButton(m_zoomOutAction, m_imagePane));
    imageBar->addWidget(m_zoomLabel);
    imageBar->addWidget(toolButton(m_zoomInAction, m_imagePane));
    imageBar->addWidget(toolButton(m_fitAction, m_imagePane));
    imageBar->addWidget(m_wordsNote, 1);
    imageBar->addWidget(toolButton(m_previousUnsureAction, m_imagePane));
    imageBar->addWidget(m_unsure);
    imageBar->addWidget(toolButton(m_nextUnsureAction, m_imagePane));
    auto* paneLayout = new QVBoxLayout(m_imagePane);
    paneLayout->setContentsMargins(0, 0, 0, 0);
    paneLayout->setSpacing(2);
    paneLayout->addLayout(imageBar);
    paneLayout->addWidget(m_image, 1);
    // Zooming with the wheel passes through many sizes: the sharper drawing waits for a pause.
    m_sharpenTimer->setSingleShot(true);
    m_sharpenTimer->setInterval(250);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_imagePane);
    split->addWidget(m_text);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({500, 500});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_page, &QSpinBox::valueChanged, this, &DocumentView::showPage);
    connect(m_redacted, &QToolButton::toggled, this, &DocumentView::setShowRedacted);
    connect(m_edit, &QToolButton::toggled, this, &DocumentView::setEditing);
    connect(m_save, &QToolButton::clicked, this, &DocumentView::saveCorrection);
    connect(m_revert, &QToolButton::clicked, this, &DocumentView::revertCorrection);
    connect(m_text, &PageTextView::detectionDecided, this, &DocumentView::decide);
    connect(m_text, &PageTextView::detectionTypeChanged, this, &DocumentView::changeType);
    connect(m_text, &PageTextView::redactSelectionAs, this, &DocumentView::redactAs);
    connect(m_text, &PageTextView::newPairFromSelection, this, [this](int, int, const QString& text) {
        emit newPairFromSelection(m_documentId, pageNo(), text);
    });
    connect(m_text, &QPlainTextEdit::selectionChanged, this, &DocumentView::textSelectionChanged);
    connect(m_text, &QPlainTextEdit::cursorPositionChanged, this, &DocumentView::textSelectionChanged);
    connect(m_image, &PageImageView::wordClicked, this, &DocumentView::imageWordClicked);
    connect(m_image, &PageImageView::zoomChanged, this, [this] {
        updateZoomLabel();
        m_sharpenTimer->start();
    });
    connect(m_sharpenTimer, &QTimer::timeout, this, &DocumentView::sharpenImage);
    connect(m_zoomInAction, &QAction::triggered, m_image, &PageImageView::zoomIn);
    connect(m_zoomOutAction, &QAction::triggered, m_image, &PageImageView::zoomOut);
    connect(m_fitAction, &QAction::triggered, m_image, &PageImageView::fitWidth);
    connect(m_nextUnsureAction, &QAction::triggered, this, &DocumentView::nextUnsureWord);
    connect(m_previousUnsureAction, &QAction::triggered, this, &DocumentView::previousUnsureWord);
    connect(m_unsure, &QComboBox::activated, this, &DocumentView::showUnsureWord);
    updateZoomLabel();
    clear();
}

DocumentView::~DocumentView()
{
    dropPendingImage();
    // The renderer (and any worker process it started) is released on the render thread, which
    // used it, after the jobs queued before; then that thread ends. A job still drawing is given up
    // after a second (cancelled), so closing does not wait for a hung renderer.
    m_renderWorker->post([renderer = std::move(m_renderer)]() mutable { renderer = nullptr; });
    m_renderWorker.reset();
}

void DocumentView::setProject(ProjectStore* store)
{
    m_store = store;
    clear();
}

void DocumentView::clear()
{
    m_documentId = 0;
    m_pageId = 0;
    m_hasImages = false;
    updateZoomLabel();
    m_title->setText(tr("Select a document to read it here."));
    m_page->setEnabled(false);
    m_pageCount->clear();
    m_method->clear();
    dropPendingImage();
    m_image->clear(QString());
    clearWords();
    m_imageDocument = 0;
    {
        const QSignalBlocker block(m_edit);
        m_edit->setChecked(false);
    }
    m_text->setReadOnly(true);
    m_text->clear();
    m_text->setMarks({});
    updateButtons();
}

void DocumentView::clearWords()
{
    m_words.clear();
    m_unsureWords.clear();
    m_wordsMatchText = false;
    m_image->setWords({}, 300);
    m_unsure->clear();
}

int DocumentView::pageNo() const
{
    return m_page->value();
}

QString DocumentView::pageText() const
{
    return m_text->toPlainText();
}

bool DocumentView::showsRedacted() const
{
    return m_redacted->isChecked();
}

bool DocumentView::isEditing() const
{
    return m_edit->isChecked();
}

void DocumentView::updateButtons()
{
    const bool page = m_store && m_pageId;
    const bool writable = page && !m_store->isReadOnly();
    m_redacted->setEnabled(page && !isEditing());
    m_edit->setEnabled(writable && !showsRedacted());
    m_save->setVisible(isEditing());
    bool corrected = false;
    if (page) {
        try {
            corrected = PageCorrections(*m_store).correction(m_pageId).has_value();
        } catch (const Error&) {
        }
    }
    m_revert->setVisible(writable && corrected && !isEditing() && !showsRedacted());
}

void DocumentView::showDocument(qint64 documentId)
{
    if (!m_store)
        return;
    const std::optional<DocumentRow> doc = DocumentRepository(m_store->db()).find(documentId);
    if (!doc) {
        clear();
        return;
    }
    m_documentId = documentId;
    m_title->setText(doc->name);
    const int pages = qMax(1, doc->pageCount);
    m_kind = doc->kind;
    // Flowing text (plain text, DOCX, HTML) has no page image to show beside the text.
    m_hasImages = doc->hasPageImages();
    m_imagePane->setVisible(m_hasImages);
    updateZoomLabel();
    const QSignalBlocker block(m_page);
    m_page->setMaximum(pages);
    m_page->setValue(1);
    m_page->setEnabled(pages > 1);
    // HWP and HWPX store no pages: their page breaks are estimated from the layout, and say so.
    const bool estimated = doc->pagesEstimated;
    m_pageCount->setText(estimated ? tr("of %1 (estimated)").arg(pages) : tr("of %1").arg(pages));
    m_pageCount->setToolTip(
        estimated ? tr("This format stores no pages: page breaks and numbers are estimated from its layout.")
                  : QString());
    showPage(1);
}

void DocumentView::showSpan(qint64 documentId, int page, int start, int end, bool redacted)
{
    if (documentId != m_documentId)
        showDocument(documentId);
    {
        const QSignalBlocker block(m_redacted);
        m_redacted->setChecked(redacted);
    }
    if (page != m_page->value()) {
        const QSignalBlocker block(m_page);
        m_page->setValue(page);
    }
    showPage(page);
    m_text->selectRange(start, end);
    m_text->setFocus();
}

void DocumentView::reloadPage()
{
    showPage(pageNo());
}

void DocumentView::showPage(int page)
{
    if (!m_store || m_documentId == 0)
        return;
    if (isEditing()) {
        const QSignalBlocker block(m_edit);
        m_edit->setChecked(false);
        m_text->setReadOnly(true);
    }
    Database& db = m_store->db();
    const std::optional<PageRow> row = DocumentRepository(db).page(m_documentId, page);
    QList<PageTextView::Mark> marks;
    if (row) {
        m_pageId = row->id;
        const bool corrected = row->corrected;
        QString methodText = row->method == PageMethod::Ocr
                                 ? tr("OCR, confidence %1%").arg(qRound(row->confidence.value_or(0)))
                                 : (row->method == PageMethod::Text ? tr("Text layer") : tr("No text"));
        if (corrected)
            methodText += tr(", corrected");
        m_method->setText(methodText);
        const int dpi = row->dpi.value_or(300);
        QString text = row->text;
        if (showsRedacted()) {
            try {
                text = Redactor(*m_store).redactedPageText(m_pageId);
            } catch (const Error& e) {
                emit errorOccurred(e.message());
            }
        } else {
            DetectionFilter filter;
            filter.pageId = m_pageId;
            for (const StoredDetection& d : DetectionStore(*m_store).list(filter))
                marks.append({d.start, d.end, d.id, d.type, d.status,
                              tr("%1 (%2, score %3) — right-click to decide")
                                  .arg(d.type, d.status)
                                  .arg(d.score, 0, 'f', 2),
                              false});
        }
        // The page's OCR words: outlined on the image; the unsure ones listed and underlined in the
        // text. Their offsets point into the extracted text, so they link to the text only while it
        // is shown as extracted (not corrected, not redacted).
        m_pageDpi = dpi;
        m_wordsMatchText = !corrected && !showsRedacted();
        m_words.clear();
        m_unsureWords.clear();
        QList<PageImageView::Word> imageWords;
        QStringList unsureItems;
        const QList<PageWords::Word> words = PageWords(db).words(m_pageId);
        for (const PageWords::Word& w : words) {
            const bool low = w.confidence < Scanner::LowOcrConfidence;
            m_words.append({w.textStart, w.textEnd, low});
            imageWords.append({QRectF(w.box), w.text, w.confidence, low});
            if (!low)
                continue;
            m_unsureWords << int(m_words.size() - 1);
            unsureItems << tr("%1 (%2%)").arg(w.text.simplified()).arg(qRound(w.confidence));
            if (m_wordsMatchText && w.textStart >= 0)
                marks.append({w.textStart, w.textEnd, 0, QString(), QString(),
                              tr("OCR confidence %1%: check this word").arg(qRound(w.confidence)), true});
        }
        m_image->setWords(imageWords, dpi);
        m_unsure->clear();
        m_unsure->addItems(unsureItems);
        m_unsure->setCurrentIndex(-1);
        m_unsure->setPlaceholderText(unsureItems.isEmpty()
                                         ? tr("No unsure words")
                                         : tr("%n unsure word(s)", nullptr, int(unsureItems.size())));
        if (words.isEmpty())
            m_wordsNote->clear();
        else if (corrected && !showsRedacted())
            m_wordsNote->setText(tr("Corrected text: words on the image are not linked to it"));
        else if (showsRedacted())
            m_wordsNote->setText(tr("Redacted text: words on the image are not linked to it"));
        else
            m_wordsNote->clear();
        m_text->setPlainText(text);
    } else {
        m_pageId = 0;
        clearWords();
        m_unsure->setPlaceholderText(tr("No unsure words"));
        m_wordsNote->clear();
        m_text->clear();
        m_method->setText(tr("Page not extracted"));
    }
    m_unsure->setEnabled(!m_unsureWords.isEmpty());
    m_nextUnsureAction->setEnabled(!m_unsureWords.isEmpty());
    m_previousUnsureAction->setEnabled(!m_unsureWords.isEmpty());
    m_text->setDetectionTypes(detectionTypes());
    m_text->setPairsFromSelection(showsRedacted());
    m_text->setMarks(marks);
    selectImageWords({}); // a new page starts with nothing selected
    if (m_hasImages)
        requestImage(page, renderDpi());
    else
        dropPendingImage();
    updateButtons();
}

void DocumentView::dropPendingImage()
{
    // Results of requests made before this one are dropped when they arrive; one not yet started
    // is skipped; one being drawn is told it is no longer wanted.
    m_latestRender->store(++m_renderRequest);
    if (m_renderCancel)
        m_renderCancel->store(true);
    m_renderCancel.reset();
    m_drawing = false;
}

void DocumentView::requestImage(int page, int dpi)
{
    dropPendingImage();
    RenderJob job;
    try {
        if (m_renderer)
            job = m_renderer(m_documentId, page, dpi);
    } catch (const Error& e) {
        m_imageDocument = 0;
        m_image->clear(e.message());
        emit pageImageShown(false);
        return;
    }
    if (!job) {
        m_imageDocument = 0;
        m_image->clear(tr("No page image"));
        emit pageImageShown(false);
        return;
    }
    // The same page drawn again (after a decision, a correction) stays on screen until replaced.
    if (m_imageDocument != m_documentId || m_imagePage != page || m_image->image().isNull()) {
        m_imageDocument = 0;
        m_image->clear(tr("Rendering page…"));
    }
    m_renderPage = page;
    m_renderDpi = dpi;
    m_drawing = true;
    const quint64 request = m_renderRequest;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_renderCancel = cancel;
    m_renderWorker->post([this, request, cancel, latest = m_latestRender, job = std::move(job)] {
        if (latest->load() != request)
            return; // the page was left before its turn came
        QImage image;
        QString error;
        try {
            image = job(*cancel);
        } catch (const Error& e) {
            error = e.message();
        } catch (const std::exception& e) {
            error = QString::fromLocal8Bit(e.what());
        }
        // `this` outlives the job: the destructor waits for the render thread to end. A result
        // still queued when the view is deleted is discarded with it.
        QMetaObject::invokeMethod(
            this, [this, request, image, error] { imageDrawn(request, image, error); }, Qt::QueuedConnection);
    });
}

void DocumentView::imageDrawn(quint64 request, const QImage& image, const QString& error)
{
    if (request != m_renderRequest || !m_drawing)
        return; // a page no longer shown
    m_drawing = false;
    m_renderCancel.reset();
    if (!error.isEmpty() || image.isNull()) {
        m_imageDocument = 0;
        m_image->clear(error.isEmpty() ? tr("No page image") : error);
        emit pageImageShown(false);
        return;
    }
    const bool samePage = m_imageDocument == m_documentId && m_imagePage == m_renderPage;
    m_image->setPage(image, m_renderDpi, samePage);
    // Text selected before the page's image came (a source shown from a pair) is shown on it now.
    if (!samePage && !m_image->selectedWords().isEmpty())
        m_image->ensureWordVisible(m_image->selectedWords().first());
    m_imageDocument = m_documentId;
    m_imagePage = m_renderPage;
    emit pageImageShown(true);
    sharpenImage(); // a page fitted to a wide pane may want more pixels at once
}

int DocumentView::renderDpi() const
{
    // A scan holds no more detail than its own resolution; a PDF page can be drawn at any.
    int most = m_kind == DocumentKind::Image ? qMax(kMinDpi, m_pageDpi) : kMaxPdfDpi;
    // A page far larger than paper (a poster, a hostile file) would need gigabytes at that
    // resolution: the sharper drawing is capped by pixel count instead.
    const QImage& shown = m_image->image();
    if (!shown.isNull()) {
        const double squareInches =
            shown.width() * shown.height() / (m_image->imageDpi() * m_image->imageDpi());
        most = qMin(most, int(std::sqrt(kMaxPixels / squareInches)));
    }
    // Rounded up to steps of 24, so that small zoom changes reuse the drawing.
    const int wanted = (m_image->wantedDpi() + 23) / 24 * 24;
    return qBound(kMinDpi, wanted, most);
}

void DocumentView::sharpenImage()
{
    if (!m_hasImages || m_drawing || m_image->image().isNull() || m_imageDocument != m_documentId ||
        m_imagePage != pageNo())
        return;
    // Some blur is fine (15%); a drawing per zoom step is not.
    const int dpi = renderDpi();
    if (dpi > m_image->imageDpi() * 1.15)
        requestImage(pageNo(), dpi);
}

void DocumentView::updateZoomLabel()
{
    m_zoomLabel->setText(tr("%1%").arg(qRound(m_image->zoom() * 100)));
    m_zoomLabel->setToolTip(m_image->fitsWidth() ? tr("Fitted to the pane's width") : QString());
    m_fitAction->setChecked(m_image->fitsWidth());
    // Flowing text has no image to zoom.
    m_fitAction->setEnabled(m_hasImages);
    m_zoomInAction->setEnabled(m_hasImages && m_image->zoom() < PageImageView::kMaxZoom - 1e-6);
    m_zoomOutAction->setEnabled(m_hasImages && m_image->zoom() > PageImageView::kMinZoom + 1e-6);
}

void DocumentView::textSelectionChanged()
{
    if (!m_wordsMatchText || !m_text->isReadOnly())
        return; // the image's selection comes from clicks and the unsure list then
    const QTextCursor cursor = m_text->textCursor();
    const int a = cursor.selectionStart();
    const int b = cursor.selectionEnd();
    // A plain click in the text shows where that word is; a page that was just opened (the cursor
    // at its start, the focus elsewhere) highlights nothing.
    if (a == b && !m_text->hasFocus()) {
        selectImageWords({});
        return;
    }
    QList<int> selected;
    for (int i = 0; i < m_words.size(); ++i) {
        const Word& w = m_words[i];
        if (w.textStart < 0)
            continue;
        if (a == b ? (a >= w.textStart && a < w.textEnd) : (w.textStart < b && w.textEnd > a))
            selected << i;
    }
    selectImageWords(selected);
    // A word clicked on the image is in view already: scrolling would move it from under the mouse.
    if (!selected.isEmpty() && !m_selectingFromImage)
        m_image->ensureWordVisible(selected.first());
}

void DocumentView::selectImageWords(const QList<int>& indices)
{
    m_image->setSelectedWords(indices);
    // The unsure list shows the unsure word that is selected alone, and nothing otherwise.
    const int k = indices.size() == 1 ? int(m_unsureWords.indexOf(indices.first())) : -1;
    const QSignalBlocker block(m_unsure);
    m_unsure->setCurrentIndex(k);
}

void DocumentView::imageWordClicked(int index)
{
    if (index < 0 || index >= m_words.size())
        return;
    const Word& w = m_words[index];
    if (m_wordsMatchText && m_text->isReadOnly() && w.textStart >= 0) {
        m_selectingFromImage = true;
        m_text->selectRange(w.textStart, w.textEnd); // highlights it on the image in turn
        m_selectingFromImage = false;
        return;
    }
    selectImageWords({index});
}

void DocumentView::showUnsureWord(int k)
{
    if (k < 0 || k >= m_unsureWords.size())
        return;
    const int index = m_unsureWords[k];
    imageWordClicked(index);
    selectImageWords({index}); // also when the text did not take the selection (the same range)
    m_image->ensureWordVisible(index);
}

void DocumentView::nextUnsureWord()
{
    if (m_unsureWords.isEmpty())
        return;
    showUnsureWord((m_unsure->currentIndex() + 1) % int(m_unsureWords.size()));
}

void DocumentView::previousUnsureWord()
{
    if (m_unsureWords.isEmpty())
        return;
    const int k = m_unsure->currentIndex();
    showUnsureWord(k <= 0 ? int(m_unsureWords.size()) - 1 : k - 1);
}

void DocumentView::setShowRedacted(bool redacted)
{
    if (m_redacted->isChecked() != redacted) {
        m_redacted->setChecked(redacted); // comes back here through toggled()
        return;
    }
    reloadPage();
}

void DocumentView::setEditing(bool editing)
{
    if (m_edit->isChecked() != editing) {
        m_edit->setChecked(editing);
        return;
    }
    if (editing) {
        m_text->setMarks({});
        // Typing moves the text away from the words' offsets.
        m_wordsMatchText = false;
        selectImageWords({});
        m_text->setReadOnly(false);
        m_text->setFocus();
        updateButtons();
    } else {
        reloadPage(); // leaving edit mode without saving discards the edit
    }
}

void DocumentView::saveCorrection()
{
    if (applyCorrection(m_text->toPlainText())) {
        const QSignalBlocker block(m_edit);
        m_edit->setChecked(false);
        m_text->setReadOnly(true);
        reloadPage();
    }
}

void DocumentView::revertCorrection()
{
    if (applyCorrection(std::nullopt))
        reloadPage();
}

bool DocumentView::applyCorrection(const std::optional<QString>& text)
{
    if (!m_store || !m_pageId)
        return false;
    try {
        // The page is scanned for personal data again in the same transaction as the change.
        const Scanner scanner(RuleSet::loadProject(m_store->db()));
        DetectionStore detections(*m_store);
        const auto rescan = [&](qint64 id) { detections.scanPage(scanner, id); };
        PageCorrections corrections(*m_store);
        if (text)
            corrections.setCorrection(m_pageId, *text, rescan);
        else
            corrections.clearCorrection(m_pageId, rescan);
    } catch (const Error& e) {
        emit errorOccurred(e.message());
        return false;
    }
    emit detectionsChanged();
    return true;
}

void DocumentView::decide(qint64 detectionId, const QString& status)
{
    try {
        DetectionStore(*m_store).setStatus(detectionId, status);
    } catch (const Error& e) {
        emit errorOccurred(e.message());
    }
    reloadPage();
    emit detectionsChanged();
}

void DocumentView::changeType(qint64 detectionId, const QString& type)
{
    try {
        DetectionStore(*m_store).changeType(detectionId, type);
    } catch (const Error& e) {
        emit errorOccurred(e.message());
    }
    reloadPage();
    emit detectionsChanged();
}

void DocumentView::redactAs(int start, int end, const QString& type)
{
    try {
        DetectionStore(*m_store).addManual(m_pageId, start, end, type);
    } catch (const Error& e) {
        emit errorOccurred(e.message());
    }
    reloadPage();
    emit detectionsChanged();
}

QStringList DocumentView::detectionTypes()
{
    QSet<QString> types;
    for (const RuleSet::BuiltinInfo& b : RuleSet::builtins())
        types.insert(QString::fromLatin1(b.type));
    if (m_store)
        for (const QString& type :
             DetectionStore(*m_store).distinctValues(DetectionStore::Column::EntityType))
            types.insert(type);
    QStringList sorted(types.begin(), types.end());
    sorted.sort();
    return sorted;
}

} // namespace quarry::gui
