#include "ingest/PdfSource.h"

#include "ingest/PdfTextLayout.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QVariant>
#include <new>
#include <poppler-qt6.h>

namespace quarry {

namespace {

QStringList* g_warningSink = nullptr;

void popplerMessage(const QString& message, const QVariant&)
{
    if (!g_warningSink)
        return;
    // A damaged file can repeat one complaint thousands of times: keep each message once and cap
    // the list.
    const QString m = message.trimmed();
    if (m.isEmpty() || g_warningSink->contains(m) || g_warningSink->size() >= 50)
        return;
    g_warningSink->append(m);
}

} // namespace

void PdfSource::captureWarnings(QStringList* sink)
{
    g_warningSink = sink;
    Poppler::setDebugErrorFunction(&popplerMessage, QVariant());
}

PdfSource::PdfSource(const QString& path, const QString& password) : m_name(QFileInfo(path).fileName())
{
    m_doc = Poppler::Document::load(path);
    if (!m_doc)
        throw Error(tr("%1 is not a readable PDF (damaged or not a PDF)").arg(m_name), Error::Kind::BadInput);
    unlockOrThrow(password);
}

PdfSource::PdfSource(const QByteArray& data, const QString& password, const QString& name) : m_name(name)
{
    m_doc = Poppler::Document::loadFromData(data);
    if (!m_doc)
        throw Error(tr("%1 is not a readable PDF (damaged or not a PDF)").arg(m_name), Error::Kind::BadInput);
    unlockOrThrow(password);
}

PdfSource::~PdfSource() = default;

void PdfSource::unlockOrThrow(const QString& password)
{
    if (m_doc->isLocked()) {
        if (password.isEmpty())
            throw Error(tr("%1 is password-protected: give its password").arg(m_name),
                        Error::Kind::NeedsPassword);
        // Poppler's unlock() returns true when the document is STILL locked. The Qt API takes
        // bytes: classic PDF encryption uses Latin-1 passwords, AES-256 (revision 6) uses UTF-8,
        // so try both.
        bool locked = m_doc->unlock(password.toLatin1(), password.toLatin1());
        if (locked && password.toUtf8() != password.toLatin1())
            locked = m_doc->unlock(password.toUtf8(), password.toUtf8());
        if (locked || m_doc->isLocked())
            throw Error(tr("%1: wrong password").arg(m_name), Error::Kind::NeedsPassword);
    }
    m_doc->setRenderHint(Poppler::Document::Antialiasing, true);
    m_doc->setRenderHint(Poppler::Document::TextAntialiasing, true);
}

int PdfSource::pageCount() const
{
    return m_doc->numPages();
}

DocumentInfo PdfSource::info() const
{
    DocumentInfo d;
    d.kind = QStringLiteral("pdf");
    d.mime = QStringLiteral("application/pdf");
    d.title = m_doc->title().trimmed();
    d.author = m_doc->author().trimmed();
    d.created = m_doc->creationDate();
    d.modified = m_doc->modificationDate();
    d.pageCount = m_doc->numPages();
    return d;
}

QString PdfSource::pageText(int pageNo) const
{
    const std::unique_ptr<Poppler::Page> page = m_doc->page(pageNo - 1);
    if (!page)
        throw Error(tr("%1: page %2 cannot be read").arg(m_name).arg(pageNo), Error::Kind::BadInput);
    // Poppler's reading order (TextOutputDev, what pdftotext prints): columns one after the other.
    // Its physical layout (text(QRectF())) reads two columns line by line across the gutter.
    const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page->textList();
    QList<PdfTextLayout::Word> words;
    words.reserve(qsizetype(boxes.size()));
    for (const std::unique_ptr<Poppler::TextBox>& b : boxes) {
        PdfTextLayout::Word w;
        w.text = b->text();
        w.box = b->boundingBox();
        w.spaceAfter = b->hasSpaceAfter();
        w.lineEnd = b->nextWord() == nullptr;
        words.append(std::move(w));
    }
    return PdfTextLayout::text(words);
}

QSizeF PdfSource::pageSizePt(int pageNo) const
{
    const std::unique_ptr<Poppler::Page> page = m_doc->page(pageNo - 1);
    return page ? page->pageSizeF() : QSizeF();
}

QImage PdfSource::render(int pageNo, int dpi) const
{
    const std::unique_ptr<Poppler::Page> page = m_doc->page(pageNo - 1);
    if (!page)
        throw Error(tr("%1: page %2 cannot be read").arg(m_name).arg(pageNo), Error::Kind::BadInput);
    QImage img = page->renderToImage(dpi, dpi);
    if (img.isNull())
        throw Error(tr("%1: page %2 could not be rendered").arg(m_name).arg(pageNo), Error::Kind::BadInput);
    // When Splash cannot allocate the page's bitmap it prints "Out of memory" and draws a 1x1 image
    // instead (a huge page, or a small memory limit): OCR would read nothing and call the page
    // empty. Say what happened.
    const QSizeF pt = page->pageSizeF();
    if (pt.width() * dpi / 72.0 >= 4 && pt.height() * dpi / 72.0 >= 4 && img.width() <= 1 &&
        img.height() <= 1)
        throw std::bad_alloc();
    return img;
}

QImage PdfSource::renderGray(int pageNo, int dpi) const
{
    QImage gray = render(pageNo, dpi).convertToFormat(QImage::Format_Grayscale8);
    if (gray.isNull())
        throw std::bad_alloc(); // QImage answers a failed allocation with a null image
    return gray;
}

bool PdfSource::isUsableText(const QString& text)
{
    qsizetype good = 0;
    qsizetype bad = 0;
    for (const QChar c : text) {
        const char32_t u = c.unicode();
        if (u == 0xFFFD || (u >= 0xE000 && u <= 0xF8FF) ||
            (c.category() == QChar::Other_Control && !c.isSpace()))
            ++bad;
        else if (c.isLetterOrNumber())
            ++good;
    }
    // Garbage when unmappable glyphs are a large share of what the layer holds.
    return good > 0 && bad * 3 < good + bad;
}

} // namespace quarry
