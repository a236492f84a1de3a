#include "ingest/PdfSource.h"

#include "ingest/PdfTextDevice.h"
#include "ingest/PdfTextLayout.h"
#include "util/Error.h"

#include <PDFDoc.h>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QVariant>
#include <Stream.h>
#include <goo/GooString.h>
#include <new>
#include <optional>
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

PdfSource::PdfSource(const QString& path, const QString& password)
    : m_name(QFileInfo(path).fileName()), m_path(path)
{
    m_doc = Poppler::Document::load(path);
    if (!m_doc)
        throw Error(tr("%1 is not a readable PDF (damaged or not a PDF)").arg(m_name), Error::Kind::BadInput);
    unlockOrThrow(password);
}

PdfSource::PdfSource(const QByteArray& data, const QString& password, const QString& name)
    : m_name(name), m_data(data)
{
    m_doc = Poppler::Document::loadFromData(data);
    if (!m_doc)
        throw Error(tr("%1 is not a readable PDF (damaged or not a PDF)").arg(m_name), Error::Kind::BadInput);
    unlockOrThrow(password);
}

PdfSource::~PdfSource()
{
    m_textDev.reset();
    m_textDoc.reset();
}

void PdfSource::unlockOrThrow(const QString& password)
{
    if (m_doc->isLocked()) {
        if (password.isEmpty())
            throw Error(tr("%1 is password-protected: give its password").arg(m_name),
                        Error::Kind::NeedsPassword);
        // Poppler's unlock() returns true when the document is STILL locked. The Qt API takes
        // bytes: classic PDF encryption uses Latin-1 passwords, AES-256 (revision 6) uses UTF-8,
        // so try both.
        m_passwordKey = password.toLatin1();
        bool locked = m_doc->unlock(m_passwordKey, m_passwordKey);
        if (locked && password.toUtf8() != password.toLatin1()) {
            m_passwordKey = password.toUtf8();
            locked = m_doc->unlock(m_passwordKey, m_passwordKey);
        }
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

PDFDoc& PdfSource::textDoc() const
{
    if (m_textDoc)
        return *m_textDoc;
    std::optional<GooString> password;
    if (!m_passwordKey.isNull())
        password.emplace(m_passwordKey.toStdString());
    std::unique_ptr<PDFDoc> doc;
    if (!m_path.isEmpty()) {
        doc = std::make_unique<PDFDoc>(std::make_unique<GooString>(QFile::encodeName(m_path).toStdString()),
                                       password, password);
    } else {
        // MemStream reads m_data in place; m_data lives as long as this object.
        Object none;
        auto* stream = new MemStream(m_data.constData(), 0, Goffset(m_data.size()), std::move(none));
        doc = std::make_unique<PDFDoc>(stream, password, password); // the document owns the stream
    }
    // Qt's document opened these bytes with this password a moment ago: failing now means the
    // file changed under us.
    if (!doc->isOk())
        throw Error(tr("%1 is not a readable PDF (damaged or not a PDF)").arg(m_name), Error::Kind::BadInput);
    m_textDoc = std::move(doc);
    // Reading order (not physical layout, not raw content order), as Poppler-Qt's textList() and
    // pdftotext do; one device for every page, as pdftotext keeps.
    m_textDev = std::make_unique<PdfTextDevice>();
    return *m_textDoc;
}

QString PdfSource::pageText(int pageNo, int* unmappedGlyphs) const
{
    PDFDoc& doc = textDoc();
    if (pageNo < 1 || pageNo > doc.getNumPages() || !doc.getPage(pageNo))
        throw Error(tr("%1: page %2 cannot be read").arg(m_name).arg(pageNo), Error::Kind::BadInput);
    // Poppler's reading order (TextOutputDev, what pdftotext prints): columns one after the other.
    // Its physical layout reads two columns line by line across the gutter. The arguments are
    // textList()'s, except that the cross-reference table is not copied: this object is used by
    // one thread (copying it cost as much as a page's text on a 350-page book).
    doc.displayPageSlice(m_textDev.get(), pageNo, 72, 72, 0, false, false, false, -1, -1, -1, -1, nullptr,
                         nullptr, nullptr, nullptr, false);
    if (unmappedGlyphs)
        *unmappedGlyphs = m_textDev->unmappedGlyphs();
    const std::unique_ptr<TextWordList> list = m_textDev->makeWordList();
    QList<PdfTextLayout::Word> words;
    const int n = list ? list->getLength() : 0;
    words.reserve(n);
    for (int i = 0; i < n; ++i) {
        const TextWord* word = list->get(i);
        PdfTextLayout::Word w;
        // Unicode straight from the word: what textList() got through a UTF-8 round trip, where
        // a code point UTF-16 cannot hold became U+FFFD.
        const int len = word->getLength();
        w.text.reserve(len);
        for (int k = 0; k < len; ++k) {
            const char32_t u = char32_t(*word->getChar(k));
            if (u > 0x10FFFF || (u >= 0xD800 && u <= 0xDFFF))
                w.text.append(QChar(QChar::ReplacementCharacter));
            else if (u >= 0x10000)
                w.text.append(QChar::fromUcs4(u));
            else
                w.text.append(QChar(char16_t(u)));
        }
        double xMin = 0, yMin = 0, xMax = 0, yMax = 0;
        word->getBBox(&xMin, &yMin, &xMax, &yMax);
        w.box = QRectF(xMin, yMin, xMax - xMin, yMax - yMin);
        w.spaceAfter = word->hasSpaceAfter();
        w.lineEnd = word->nextWord() == nullptr;
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
