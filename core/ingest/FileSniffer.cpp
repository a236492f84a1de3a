#include "ingest/FileSniffer.h"

#include "formats/FormatRegistry.h"
#include "ingest/ImageSource.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace quarry {

FileSniff FileSniffer::sniff(const QString& fileName, const QByteArray& head, const FormatRegistry& formats)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    FileSniff s;
    // PDF readers accept the header anywhere in the first KiB (some files start with junk).
    if (head.left(1024).contains("%PDF-")) {
        s.kind = DocumentKind::Pdf;
        s.supported = true;
        return s;
    }
    if (head.startsWith("\x89PNG\r\n\x1a\n") || head.startsWith("\xff\xd8\xff") || ImageSource::isTiff(head)) {
        s.kind = DocumentKind::Image;
        s.supported = true;
        return s;
    }
    if (suffix == QLatin1String("pdf")) {
        s.kind = DocumentKind::Pdf;
        s.corrupt = true;
        s.problem = tr("the file is named .pdf but is not a PDF (damaged or mislabelled)");
        return s;
    }
    if (suffix == QLatin1String("png") || suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg") ||
        suffix == QLatin1String("tif") || suffix == QLatin1String("tiff")) {
        s.kind = DocumentKind::Image;
        s.corrupt = true;
        s.problem = tr("the file is named .%1 but is not such an image (damaged or mislabelled)").arg(suffix);
        return s;
    }
    const DocumentReader* reader = formats.readerFor(fileName, head);
    // HWP and HWPX are recognised by their bytes alone (an HWP 5 file named .hwpx is read as HWP 5);
    // the name only explains a failure: a .hwp file that is neither is damaged or mislabelled, not
    // text to be read as such.
    const bool hwpName = suffix == QLatin1String("hwp") || suffix == QLatin1String("hwpx");
    const std::optional<DocumentKind> readerKind =
        reader ? documentKindFromString(reader->kind()) : std::nullopt;
    const bool hwpReader = readerKind == DocumentKind::Hwp || readerKind == DocumentKind::Hwpx;
    if (hwpName && !hwpReader) {
        s.kind = documentKindFromString(suffix).value_or(DocumentKind::Unknown);
        s.corrupt = true;
        if (head.contains("<HWPML"))
            s.problem = tr("an HWPML (XML) document, which Quarry cannot read; save it as HWP or HWPX");
        else
            s.problem = tr("the file is named .%1 but is not an HWP or HWPX document (damaged or mislabelled)")
                            .arg(suffix);
        return s;
    }
    if (reader) {
        s.kind = readerKind.value_or(DocumentKind::Unknown);
        s.supported = true;
        // A compound file whose directory lies beyond the first bytes may be HWP or an old Office file:
        // the worker's reader decides, and the pipeline records the kind it found.
        if (s.kind == DocumentKind::Hwp && head.startsWith("\xD0\xCF\x11\xE0") &&
            !head.contains(QByteArray("F\0i\0l\0e\0H\0e\0a\0d\0e\0r\0", 20)))
            s.kind = DocumentKind::Unknown;
        return s;
    }
    s.kind = DocumentKind::Unknown;
    s.problem =
        suffix.isEmpty()
            ? tr("unsupported file type (not PDF, image, text, Markdown, DOCX, HTML, HWP or HWPX)")
            : tr("unsupported file type .%1 (not PDF, image, text, Markdown, DOCX, HTML, HWP or HWPX)")
                  .arg(suffix);
    return s;
}

} // namespace quarry
