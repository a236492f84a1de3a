#include "DocumentView.h"

#include "store/ProjectStore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace quarry::gui {

DocumentView::DocumentView(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_page(new QSpinBox(this)), m_pageCount(new QLabel(this)),
      m_method(new QLabel(this)), m_imageArea(new QScrollArea(this)), m_image(new QLabel(this)),
      m_text(new QPlainTextEdit(this))
{
    m_title->setTextFormat(Qt::PlainText);
    m_page->setAccessibleName(tr("Page"));
    m_page->setPrefix(tr("Page "));
    m_page->setMinimum(1);
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Page text"));
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setAccessibleName(tr("Page image"));
    m_imageArea->setWidget(m_image);
    m_imageArea->setWidgetResizable(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(m_method);
    bar->addWidget(m_page);
    bar->addWidget(m_pageCount);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_imageArea);
    split->addWidget(m_text);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({500, 500});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_page, &QSpinBox::valueChanged, this, &DocumentView::showPage);
    clear();
}

void DocumentView::setProject(ProjectStore* store)
{
    m_store = store;
    clear();
}

void DocumentView::clear()
{
    m_documentId = 0;
    m_title->setText(tr("Select a document to read it here."));
    m_page->setEnabled(false);
    m_pageCount->clear();
    m_method->clear();
    m_image->clear();
    m_text->clear();
}

int DocumentView::pageNo() const
{
    return m_page->value();
}

QString DocumentView::pageText() const
{
    return m_text->toPlainText();
}

void DocumentView::showDocument(qint64 documentId)
{
    if (!m_store)
        return;
    Statement st =
        m_store->db().prepare(QStringLiteral("SELECT name, page_count FROM documents WHERE id = ?"));
    st.bind(1, documentId);
    if (!st.step()) {
        clear();
        return;
    }
    m_documentId = documentId;
    m_title->setText(st.text(0));
    // Flowing text (plain text, DOCX, HTML) has no page image to show beside the text.
    const QString kind = st.text(2);
    m_imageArea->setVisible(kind == QLatin1String("pdf") || kind == QLatin1String("image"));
    const int pages = qMax(1, st.int32(1));
    const QSignalBlocker block(m_page);
    m_page->setMaximum(pages);
    m_page->setValue(1);
    m_page->setEnabled(pages > 1);
    m_pageCount->setText(tr("of %1").arg(pages));
    showPage(1);
}

void DocumentView::showPage(int pageNo)
{
    if (!m_store || m_documentId == 0)
        return;
    Statement st =
        m_store->db().prepare(QStringLiteral("SELECT coalesce(corrected_text, text), method, ocr_confidence "
                                             "FROM pages WHERE document_id = ? AND page_no = ?"));
    st.bindAll(m_documentId, pageNo);
    if (st.step()) {
        m_text->setPlainText(st.text(0));
        const QString method = st.text(1);
        if (method == QLatin1String("ocr"))
            m_method->setText(tr("OCR, confidence %1%").arg(qRound(st.real(2))));
        else if (method == QLatin1String("text"))
            m_method->setText(tr("Text layer"));
        else
            m_method->setText(tr("No text"));
    } else {
        m_text->clear();
        m_method->setText(tr("Page not extracted"));
    }
    const QImage image = m_renderer ? m_renderer(m_documentId, pageNo) : QImage();
    if (image.isNull()) {
        m_image->setText(tr("No page image"));
    } else {
        m_image->setPixmap(QPixmap::fromImage(image));
        m_image->setToolTip(tr("Page %1").arg(pageNo));
    }
}

} // namespace quarry::gui
