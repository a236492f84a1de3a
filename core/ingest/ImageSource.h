#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace quarry {

// A raster image file as pages: PNG and JPEG through QImageReader, TIFF (including multi-page)
// through Leptonica, because Qt's TIFF plugin is not part of the base install.
class ImageSource
{
    Q_DECLARE_TR_FUNCTIONS(quarry::ImageSource)
public:
    // Throws Error (BadInput) when the bytes are not a readable image.
    ImageSource(const QByteArray& data, const QString& name);

    int pageCount() const { return m_pages; }
    QString mime() const { return m_mime; }
    // Page `pageNo` (1-based) as 8-bit grayscale; `dpi` receives its resolution (300 when the file
    // does not say or says something implausible).
    QImage page(int pageNo, int* dpi) const;

    static bool isTiff(const QByteArray& head);

private:
    QByteArray m_data;
    QString m_name;
    QString m_mime;
    QByteArray m_format;
    int m_pages = 0;
};

} // namespace quarry
