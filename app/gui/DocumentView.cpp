#include "DocumentView.h"

#include "PageImageView.h"
#include "PageTextView.h"
#include "redact/DetectionStore.h"
#include "redact/Redactor.h"
#include "redact/RuleSet.h"
#include "redact/Scanner.h"
#include "store/PageCorrections.h"
#include "store/ProjectStore.h"
#include "util/Error.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSet>
#include <QSpinBox>
#include <QSplitter>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>

namespace quarry::gui {

namespace {
// OCR words below this confidence (0-100) are marked for checking.
constexpr double kLowConfidence = 60.0;
} // namespace

DocumentView::DocumentView(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_redacted(new QToolButton(this)),
      m_edit(new QToolButton(this)), m_save(new QToolButton(this)), m_revert(new QToolButton(this)),
      m_page(new QSpinBox(this)), m_pageCount(new QLabel(this)), m_method(new QLabel(this)),
      m_image(new PageImageView(this)), m_text(new PageTextView(this)), m_renderThread(new QThread(this)),
      m_renderContext(new QObject), m_latestRender(std::make_shared<std::atomic<quint64>>(0))
{
    m_renderThread->setObjectName(QStringLiteral("quarry-page-render"));
    m_renderContext->moveToThread(m_renderThread);
    m_renderThread->start();
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

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_image);
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
    clear();
}

DocumentView::~DocumentView()
{
    dropPendingImage();
    // The renderer (and any worker process it started) is released on the render thread, which
    // used it, after the jobs queued before; then that thread ends. A job still drawing is given up
    // after a second (cancelled), so closing does not wait for a hung renderer.
    QMetaObject::invokeMethod(m_renderContext, [renderer = std::move(m_renderer)]() mutable {
        renderer = nullptr;
        QThread::currentThread()->quit();
    });
    m_renderThread->wait();
    delete m_renderContext;
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
    m_title->setText(tr("Select a document to read it here."));
    m_page->setEnabled(false);
    m_pageCount->clear();
    m_method->clear();
    dropPendingImage();
    m_image->clear(QString());
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
    Statement st = m_store->db().prepare(
        QStringLiteral("SELECT name, page_count, kind, pages_estimated FROM documents WHERE id = ?"));
    st.bind(1, documentId);
    if (!st.step()) {
        clear();
        return;
    }
    m_documentId = documentId;
    m_title->setText(st.text(0));
    const int pages = qMax(1, st.int32(1));
    m_kind = st.text(2);
    // Flowing text (plain text, DOCX, HTML) has no page image to show beside the text.
    m_image->setVisible(m_kind == QLatin1String("pdf") || m_kind == QLatin1String("image"));
    const QSignalBlocker block(m_page);
    m_page->setMaximum(pages);
    m_page->setValue(1);
    m_page->setEnabled(pages > 1);
    // HWP and HWPX store no pages: their page breaks are estimated from the layout, and say so.
    const bool estimated = st.int32(3) != 0;
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
    Statement st = db.prepare(
        QStringLiteral("SELECT id, coalesce(corrected_text, text), method, ocr_confidence, dpi, "
                       "corrected_text IS NOT NULL FROM pages WHERE document_id = ? AND page_no = ?"));
    st.bindAll(m_documentId, page);
    QList<PageTextView::Mark> marks;
    QList<QRectF> boxes;
    if (st.step()) {
        m_pageId = st.int64(0);
        const QString method = st.text(2);
        const bool corrected = st.int64(5) != 0;
        QString methodText = method == QLatin1String("ocr")
                                 ? tr("OCR, confidence %1%").arg(qRound(st.real(3)))
                                 : (method == QLatin1String("text") ? tr("Text layer") : tr("No text"));
        if (corrected)
            methodText += tr(", corrected");
        m_method->setText(methodText);
        const int dpi = st.isNull(4) ? 300 : st.int32(4);
        QString text = st.text(1);
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
        // Low-confidence OCR words: boxes on the image; underlines in the extracted (uncorrected) text.
        Statement words =
            db.prepare(QStringLiteral("SELECT x, y, w, h, text_start, text_end, confidence, text FROM "
                                      "ocr_words WHERE page_id = ? AND confidence < ?"));
        words.bindAll(m_pageId, kLowConfidence);
        const double scale = 96.0 / dpi;
        while (words.step()) {
            boxes << QRectF(words.int32(0) * scale, words.int32(1) * scale, words.int32(2) * scale,
                            words.int32(3) * scale);
            if (!corrected && !showsRedacted() && !words.isNull(4))
                marks.append({words.int32(4), words.int32(5), 0, QString(), QString(),
                              tr("OCR confidence %1%: check this word").arg(qRound(words.real(6))), true});
        }
        m_text->setPlainText(text);
    } else {
        m_pageId = 0;
        m_text->clear();
        m_method->setText(tr("Page not extracted"));
    }
    m_text->setDetectionTypes(detectionTypes());
    m_text->setPairsFromSelection(showsRedacted());
    m_text->setMarks(marks);
    if (m_image->isVisible())
        requestImage(page, boxes);
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

void DocumentView::requestImage(int page, const QList<QRectF>& boxes)
{
    dropPendingImage();
    RenderJob job;
    try {
        if (m_renderer)
            job = m_renderer(m_documentId, page);
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
    m_renderBoxes = boxes;
    m_renderPage = page;
    m_drawing = true;
    const quint64 request = m_renderRequest;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_renderCancel = cancel;
    QMetaObject::invokeMethod(m_renderContext, [this, request, cancel, latest = m_latestRender,
                                                job = std::move(job)] {
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
    m_image->setPage(image, m_renderBoxes);
    m_imageDocument = m_documentId;
    m_imagePage = m_renderPage;
    emit pageImageShown(true);
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
    if (m_store) {
        Statement st = m_store->db().prepare(QStringLiteral("SELECT DISTINCT entity_type FROM detections"));
        while (st.step())
            types.insert(st.text(0));
    }
    QStringList sorted(types.begin(), types.end());
    sorted.sort();
    return sorted;
}

} // namespace quarry::gui
