#include "ingest/ImageSource.h"

#include "util/Error.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>

#include <leptonica/allheaders.h>

#include <memory>

namespace quarry {

namespace {

struct PixDeleter
{
    void operator()(PIX* p) const { pixDestroy(&p); }
};
using PixPtr = std::unique_ptr<PIX, PixDeleter>;

// Pages above this are refused before decoding: 8-bit grayscale of this size is 200 MB, and OCR
// needs several copies (an A4 page at 1200 DPI is 140 megapixels).
constexpr qint64 MaxPagePixels = 200'000'000;

void checkSize(const QString& name, int pageNo, qint64 w, qint64 h)
{
    if (w * h > MaxPagePixels)
        throw Error(ImageSource::tr("%1: page %2 is %3 × %4 px, more than %5 megapixels: not decoded")
                        .arg(name)
                        .arg(pageNo)
                        .arg(w)
                        .arg(h)
                        .arg(MaxPagePixels / 1'000'000),
                    Error::Kind::BadInput);
}

int plausibleDpi(int dpi)
{
    return dpi >= 70 && dpi <= 2400 ? dpi : 300;
}

QImage pixToGray(PIX* pix)
{
    PixPtr gray(pixConvertTo8(pix, 0));
    if (!gray)
        return {};
    const int w = int(pixGetWidth(gray.get()));
    const int h = int(pixGetHeight(gray.get()));
    const int wpl = int(pixGetWpl(gray.get()));
    const l_uint32* data = pixGetData(gray.get());
    QImage img(w, h, QImage::Format_Grayscale8);
    if (img.isNull())
        return {};
    for (int y = 0; y < h; ++y) {
        const l_uint32* line = data + size_t(y) * size_t(wpl);
        uchar* out = img.scanLine(y);
        // Leptonica packs pixels big-endian inside 32-bit words.
        for (int x = 0; x < w; ++x)
            out[x] = uchar((line[x >> 2] >> (8 * (3 - (x & 3)))) & 0xff);
    }
    return img;
}

} // namespace

bool ImageSource::isTiff(const QByteArray& head)
{
    return head.startsWith(QByteArrayLiteral("II*\0")) || head.startsWith(QByteArrayLiteral("MM\0*"));
}

ImageSource::ImageSource(const QByteArray& data, const QString& name) : m_data(data), m_name(name)
{
    if (isTiff(m_data)) {
        m_mime = QStringLiteral("image/tiff");
        // Count pages by reading them: Leptonica's counter works on FILE*, and a damaged page
        // should end the count rather than the document.
        int n = 0;
        while (n < 10000) {
            PixPtr p(pixReadMemTiff(reinterpret_cast<const l_uint8*>(m_data.constData()), size_t(m_data.size()), n));
            if (!p)
                break;
            ++n;
        }
        m_pages = n;
        if (m_pages == 0)
            throw Error(tr("%1 is not a readable TIFF image (damaged or truncated)").arg(m_name), Error::Kind::BadInput);
        return;
    }
    QBuffer buf(&m_data);
    buf.open(QIODevice::ReadOnly);
    QImageReader reader(&buf);
    m_format = reader.format();
    if (m_format.isEmpty() || !reader.canRead())
        throw Error(tr("%1 is not a readable image (damaged or unknown format)").arg(m_name), Error::Kind::BadInput);
    m_mime = QStringLiteral("image/") + QString::fromLatin1(m_format == "jpg" ? QByteArray("jpeg") : m_format);
    m_pages = reader.imageCount() > 0 ? reader.imageCount() : 1;
}

QImage ImageSource::page(int pageNo, int* dpi) const
{
    if (pageNo < 1 || pageNo > m_pages)
        throw Error(tr("%1 has no page %2").arg(m_name).arg(pageNo), Error::Kind::NotFound);
    if (isTiff(m_data)) {
        l_int32 w = 0, h = 0, bps = 0, spp = 0, res = 0, cmap = 0, format = 0;
        if (readHeaderMemTiff(reinterpret_cast<const l_uint8*>(m_data.constData()), size_t(m_data.size()), pageNo - 1,
                              &w, &h, &bps, &spp, &res, &cmap, &format) == 0)
            checkSize(m_name, pageNo, w, h);
        PixPtr p(pixReadMemTiff(reinterpret_cast<const l_uint8*>(m_data.constData()), size_t(m_data.size()), pageNo - 1));
        QImage img = p ? pixToGray(p.get()) : QImage();
        if (img.isNull())
            throw Error(tr("%1: page %2 cannot be decoded").arg(m_name).arg(pageNo), Error::Kind::BadInput);
        if (dpi)
            *dpi = plausibleDpi(int(pixGetXRes(p.get())));
        return img;
    }
    QByteArray copy = m_data;
    QBuffer buf(&copy);
    buf.open(QIODevice::ReadOnly);
    QImageReader reader(&buf, m_format);
    if (pageNo > 1)
        reader.jumpToImage(pageNo - 1);
    // The header's size, before anything is allocated: a small file can claim a huge page.
    const QSize size = reader.size();
    if (size.isValid())
        checkSize(m_name, pageNo, size.width(), size.height());
    QImage img = reader.read();
    if (img.isNull())
        throw Error(tr("%1: page %2 cannot be decoded (%3)").arg(m_name).arg(pageNo).arg(reader.errorString()),
                    Error::Kind::BadInput);
    if (dpi)
        *dpi = plausibleDpi(qRound(img.dotsPerMeterX() * 0.0254));
    return img.convertToFormat(QImage::Format_Grayscale8);
}

} // namespace quarry
