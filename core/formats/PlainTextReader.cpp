#include "formats/PlainTextReader.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace quarry {

namespace {

bool isTextSuffix(const QString& suffix)
{
    static const QStringList suffixes = {QStringLiteral("txt"), QStringLiteral("text"), QStringLiteral("csv"),
                                         QStringLiteral("tsv"), QStringLiteral("log"),  QStringLiteral("asc"),
                                         QStringLiteral("srt"), QStringLiteral("rst"),  QStringLiteral("nfo")};
    return suffixes.contains(suffix);
}

// Formats that can look like text in their first bytes but are handled elsewhere or not at all.
bool isForeignSuffix(const QString& suffix)
{
    static const QStringList suffixes = {
        QStringLiteral("pdf"),  QStringLiteral("png"),  QStringLiteral("jpg"),  QStringLiteral("jpeg"),
        QStringLiteral("tif"),  QStringLiteral("tiff"), QStringLiteral("gif"),  QStringLiteral("bmp"),
        QStringLiteral("webp"), QStringLiteral("zip"),  QStringLiteral("docx"), QStringLiteral("xlsx"),
        QStringLiteral("pptx"), QStringLiteral("doc"),  QStringLiteral("xls"),  QStringLiteral("ppt"),
        QStringLiteral("hwp"),  QStringLiteral("hwpx"), QStringLiteral("odt"),  QStringLiteral("rtf"),
        QStringLiteral("ps"),   QStringLiteral("eps"),  QStringLiteral("svg"),  QStringLiteral("exe"),
        QStringLiteral("gz"),   QStringLiteral("7z"),   QStringLiteral("tar"),  QStringLiteral("qry")};
    return suffixes.contains(suffix);
}

QString mimeFor(const QString& suffix)
{
    if (suffix == QLatin1String("csv"))
        return QStringLiteral("text/csv");
    if (suffix == QLatin1String("tsv"))
        return QStringLiteral("text/tab-separated-values");
    return QStringLiteral("text/plain");
}

} // namespace

bool PlainTextReader::canRead(const QString& fileName, const QByteArray& head) const
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (isTextSuffix(suffix))
        return true;
    if (isForeignSuffix(suffix))
        return false;
    return TextDecoder::looksLikeText(head);
}

DecodedText PlainTextReader::decodeFile(const QByteArray& data, const QString& fileName)
{
    if (data.isEmpty())
        throw Error(tr("%1: the file is empty").arg(fileName), Error::Kind::BadInput);
    if (!TextDecoder::looksLikeText(data.left(4096)))
        throw Error(tr("%1: not a text file (it contains binary data)").arg(fileName), Error::Kind::BadInput);
    DecodedText decoded = TextDecoder::decode(data);
    bool blank = true;
    for (const QChar c : std::as_const(decoded.text)) {
        if (!c.isSpace() && c.unicode() != 0xFEFF) {
            blank = false;
            break;
        }
    }
    if (blank)
        throw Error(tr("%1: the file contains no text").arg(fileName), Error::Kind::BadInput);
    return decoded;
}

QList<ExtractedPage> PlainTextReader::splitPages(const QString& text)
{
    QList<ExtractedPage> pages;
    QString current;
    current.reserve(std::min<qsizetype>(text.size(), 1 << 20));
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\r')) {
            current.append(QLatin1Char('\n'));
            if (i + 1 < n && text[i + 1] == QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('\f')) {
            pages.append(ExtractedPage{current, {}});
            current.clear();
        } else {
            current.append(c);
        }
    }
    if (!current.isEmpty() || pages.isEmpty())
        pages.append(ExtractedPage{current, {}});
    return pages;
}

ExtractedDocument PlainTextReader::read(const QByteArray& data, const QString& fileName) const
{
    const DecodedText decoded = decodeFile(data, fileName);
    ExtractedDocument doc;
    doc.kind = kind();
    doc.mime = mimeFor(QFileInfo(fileName).suffix().toLower());
    doc.encoding = decoded.encoding;
    doc.warnings = decoded.warnings;
    doc.pages = splitPages(decoded.text);
    return doc;
}

} // namespace quarry
