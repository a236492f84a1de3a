#include "ingest/FileSniffer.h"

#include "formats/FormatRegistry.h"
#include "ingest/ImageSource.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace quarry {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("quarry::FileSniffer", text);
}

} // namespace

FileSniff FileSniffer::sniff(const QString& fileName, const QByteArray& head, const FormatRegistry& formats)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    FileSniff s;
    // PDF readers accept the header anywhere in the first KiB (some files start with junk).
    if (head.left(1024).contains("%PDF-")) {
        s.kind = QStringLiteral("pdf");
        s.supported = true;
        return s;
    }
    if (head.startsWith("\x89PNG\r\n\x1a\n") || head.startsWith("\xff\xd8\xff") || ImageSource::isTiff(head)) {
        s.kind = QStringLiteral("image");
        s.supported = true;
        return s;
    }
    if (suffix == QLatin1String("pdf")) {
        s.kind = QStringLiteral("pdf");
        s.corrupt = true;
        s.problem = tr("the file is named .pdf but is not a PDF (damaged or mislabelled)");
        return s;
    }
    if (suffix == QLatin1String("png") || suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg") ||
        suffix == QLatin1String("tif") || suffix == QLatin1String("tiff")) {
        s.kind = QStringLiteral("image");
        s.corrupt = true;
        s.problem = tr("the file is named .%1 but is not such an image (damaged or mislabelled)").arg(suffix);
        return s;
    }
    if (const DocumentReader* reader = formats.readerFor(fileName, head)) {
        s.kind = reader->kind();
        s.supported = true;
        return s;
    }
    s.kind = QStringLiteral("unknown");
    s.problem = suffix.isEmpty() ? tr("unsupported file type (not PDF, image, text, Markdown, DOCX or HTML)")
                                 : tr("unsupported file type .%1 (not PDF, image, text, Markdown, DOCX or HTML)").arg(suffix);
    return s;
}

} // namespace quarry
