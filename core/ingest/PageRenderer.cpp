#include "ingest/PageRenderer.h"

#include "ingest/ImageSource.h"
#include "ingest/PdfSource.h"
#include "store/Database.h"
#include "store/DocumentKind.h"
#include "util/Error.h"

#include <QCoreApplication>

namespace quarry {

QImage PageRenderer::renderPage(Database& db, qint64 documentId, int pageNo, int dpi, const QString& password)
{
    Statement st = db.prepare(QStringLiteral(
        "SELECT d.kind, d.name, f.data FROM documents d LEFT JOIN document_files f ON f.document_id = d.id "
        "WHERE d.id = ?"));
    st.bind(1, documentId);
    if (!st.step())
        throw Error(tr("document %1 does not exist").arg(documentId), Error::Kind::NotFound);
    const QString kind = st.text(0);
    const QString name = st.text(1);
    if (st.isNull(2))
        throw Error(tr("%1: the original file is not stored in the project").arg(name),
                    Error::Kind::NotFound);
    const QByteArray data = st.blob(2);
    if (documentKindFromString(kind) == DocumentKind::Pdf)
        return renderPdf(PdfSource(data, password, name), name, pageNo, dpi);
    if (documentKindFromString(kind) == DocumentKind::Image)
        return renderImage(ImageSource(data, name), pageNo, dpi);
    throw Error(tr("%1 is a %2 document: it has no page images").arg(name, kind), Error::Kind::BadInput);
}

QImage PageRenderer::renderPdf(const PdfSource& pdf, const QString& name, int pageNo, int dpi)
{
    if (pageNo < 1 || pageNo > pdf.pageCount())
        throw Error(tr("%1 has no page %2").arg(name).arg(pageNo), Error::Kind::NotFound);
    return pdf.render(pageNo, dpi);
}

QImage PageRenderer::renderImage(const ImageSource& image, int pageNo, int dpi)
{
    int nativeDpi = 300;
    QImage img = image.page(pageNo, &nativeDpi);
    if (dpi > 0 && nativeDpi > 0 && dpi != nativeDpi)
        img = img.scaled(img.width() * dpi / nativeDpi, img.height() * dpi / nativeDpi, Qt::IgnoreAspectRatio,
                         Qt::SmoothTransformation);
    return img;
}

} // namespace quarry
