#include "formats/HwpReader.h"

#include "formats/CfbArchive.h"
#include "formats/HwpBodyParser.h"
#include "formats/HwpCodec.h"
#include "formats/HwpDocumentBuilder.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QtEndian>
#include <algorithm>

namespace quarry {

namespace {

constexpr qint64 kMaxStreamBytes = 256LL * 1024 * 1024;   // one stored stream
constexpr qint64 kMaxInflatedBytes = 256LL * 1024 * 1024; // all sections, inflated

const QByteArray kHwp3Signature = QByteArrayLiteral("HWP Document File V3.00");
const QByteArray kHwp5Signature = QByteArrayLiteral("HWP Document File");

QByteArray utf16Name(const char* name)
{
    QByteArray out;
    for (const char* p = name; *p; ++p)
        out.append(*p).append('\0');
    return out;
}

// "Section0", "Section1", ... of a storage, in numeric order (Section10 after Section9).
QStringList sectionNames(const CfbArchive& cfb, const QString& storage)
{
    static const QRegularExpression pattern(QStringLiteral("^Section(\\d{1,6})$"));
    QList<std::pair<int, QString>> found;
    for (const QString& name : cfb.children(storage)) {
        const QRegularExpressionMatch m = pattern.match(name);
        if (m.hasMatch())
            found.append({m.captured(1).toInt(), name});
    }
    std::sort(found.begin(), found.end());
    QStringList names;
    for (const auto& f : found)
        names << storage + QLatin1Char('/') + f.second;
    return names;
}

// The OLE property set in \005HwpSummaryInformation: title, author and dates. Damage there only
// costs the metadata.
void readSummary(const QByteArray& s, ExtractedDocument& doc)
{
    if (s.size() < 48 || quint8(s[0]) != 0xFE || quint8(s[1]) != 0xFF)
        return;
    const qint64 section = qFromLittleEndian<quint32>(s.constData() + 44);
    if (section < 0 || section + 8 > s.size())
        return;
    const qint64 count = qFromLittleEndian<quint32>(s.constData() + section + 4);
    for (qint64 i = 0; i < count && i < 256; ++i) {
        const qint64 entry = section + 8 + i * 8;
        if (entry + 8 > s.size())
            return;
        const quint32 id = qFromLittleEndian<quint32>(s.constData() + entry);
        const qint64 at = section + qFromLittleEndian<quint32>(s.constData() + entry + 4);
        if (at < 0 || at + 8 > s.size())
            continue;
        const quint32 type = qFromLittleEndian<quint32>(s.constData() + at);
        if (type == 0x1F && (id == 2 || id == 4)) { // VT_LPWSTR: title, author
            const qint64 chars = qFromLittleEndian<quint32>(s.constData() + at + 4);
            if (chars <= 0 || at + 8 + chars * 2 > s.size())
                continue;
            QString value = QString::fromUtf16(reinterpret_cast<const char16_t*>(s.constData() + at + 8),
                                               qsizetype(chars));
            value.truncate(value.indexOf(QChar(0)) >= 0 ? value.indexOf(QChar(0)) : value.size());
            (id == 2 ? doc.title : doc.author) = value.trimmed();
        } else if (type == 0x40 && (id == 12 || id == 13) && at + 12 <= s.size()) { // VT_FILETIME
            const quint64 ticks = quint64(qFromLittleEndian<quint32>(s.constData() + at + 4)) |
                                  quint64(qFromLittleEndian<quint32>(s.constData() + at + 8)) << 32;
            if (ticks == 0)
                continue;
            // 100 ns since 1601-01-01 UTC.
            const qint64 ms = qint64(ticks / 10000) - 11644473600000LL;
            const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            if (when.date().year() >= 1980 && when.date().year() <= 2200)
                (id == 12 ? doc.created : doc.modified) = when;
        }
    }
}

QByteArray inflateSection(const QByteArray& raw, bool compressed, const QString& label, qint64 budget,
                          QStringList& warnings)
{
    if (!compressed)
        return raw;
    QByteArray out;
    switch (HwpCodec::inflateRaw(raw, budget, label, &out)) {
    case HwpCodec::Inflated::Complete:
        return out;
    case HwpCodec::Inflated::Truncated:
        warnings << HwpReader::tr("%1 is truncated or damaged; text at its end may be missing").arg(label);
        return out;
    case HwpCodec::Inflated::NotDeflate:
        break;
    }
    return raw; // a stream that does not inflate is tried as stored
}

} // namespace

bool HwpReader::canRead(const QString&, const QByteArray& head) const
{
    if (head.startsWith(kHwp3Signature))
        return true;
    if (!CfbArchive::looksLikeCfb(head))
        return false;
    if (head.contains(utf16Name("FileHeader")) || head.contains(utf16Name("HwpSummaryInformation")))
        return true;
    if (head.size() < 512)
        return false;
    // The directory's first sector: when it lies beyond the bytes at hand (libgsf writes it at the
    // end), only reading the container tells; read() then gives a clear reason for other compound
    // files (old Word, Excel, PowerPoint).
    const int sectorShift = quint8(head[30]) | quint8(head[31]) << 8;
    if (sectorShift != 9 && sectorShift != 12)
        return false;
    const qint64 directory = (qint64(qFromLittleEndian<quint32>(head.constData() + 48)) + 1) << sectorShift;
    return directory + 128 > head.size();
}

QString HwpReader::previewText(const QByteArray& data)
{
    try {
        const CfbArchive cfb(data, QString());
        const QByteArray bytes = cfb.read(QStringLiteral("PrvText"), 1024 * 1024);
        if (bytes.isNull())
            return {};
        return QString::fromUtf16(reinterpret_cast<const char16_t*>(bytes.constData()), bytes.size() / 2);
    } catch (const Error&) {
        return {};
    }
}

ExtractedDocument HwpReader::read(const QByteArray& data, const QString& fileName) const
{
    if (data.isEmpty())
        throw Error(tr("%1: the file is empty").arg(fileName), Error::Kind::BadInput);
    if (data.startsWith(kHwp3Signature))
        throw Error(tr("%1: an HWP 3.0 document (Hangul 97 or older), which Quarry cannot read; save it as "
                       "HWP 5 or HWPX in Hangul")
                        .arg(fileName),
                    Error::Kind::BadInput);

    const CfbArchive cfb(data, fileName);
    const QByteArray fileHeader = cfb.read(QStringLiteral("FileHeader"), 1024 * 1024);
    if (fileHeader.isNull()) {
        QString what = tr("a compound document without an HWP FileHeader stream");
        if (cfb.contains(QStringLiteral("WordDocument")))
            what = tr("an old Word document (.doc)");
        else if (cfb.contains(QStringLiteral("Workbook")) || cfb.contains(QStringLiteral("Book")))
            what = tr("an old Excel workbook (.xls)");
        else if (cfb.contains(QStringLiteral("PowerPoint Document")))
            what = tr("an old PowerPoint presentation (.ppt)");
        throw Error(tr("%1: not an HWP document (%2), which Quarry cannot read").arg(fileName, what),
                    Error::Kind::BadInput);
    }
    if (fileHeader.size() < 40 || !fileHeader.startsWith(kHwp5Signature))
        throw Error(tr("%1: not an HWP 5 document (its FileHeader has no HWP signature)").arg(fileName),
                    Error::Kind::BadInput);
    const quint32 version = qFromLittleEndian<quint32>(fileHeader.constData() + 32);
    const quint32 flags = qFromLittleEndian<quint32>(fileHeader.constData() + 36);
    if (flags & 0x02)
        throw Error(tr("%1: the document is encrypted with a password; HWP passwords are not supported")
                        .arg(fileName),
                    Error::Kind::BadInput);
    if (flags & (0x10 | 0x100 | 0x400))
        throw Error(tr("%1: the document is protected by DRM or certificate encryption, which Quarry cannot "
                       "read")
                        .arg(fileName),
                    Error::Kind::BadInput);
    if ((version >> 24) < 5)
        throw Error(
            tr("%1: HWP version %2 is not supported (HWP 5 or later is)").arg(fileName).arg(version >> 24),
            Error::Kind::BadInput);
    const bool compressed = flags & 0x01;
    const bool distribution = flags & 0x04;

    ExtractedDocument doc;
    doc.kind = kind();
    doc.mime = QStringLiteral("application/x-hwp");
    doc.encoding = QStringLiteral("UTF-16LE");

    const QStringList body = sectionNames(cfb, QStringLiteral("BodyText"));
    const QStringList view = sectionNames(cfb, QStringLiteral("ViewText"));
    const bool useView = distribution && !view.isEmpty();
    const QStringList& sections = useView ? view : body;
    if (sections.isEmpty())
        throw Error(tr("%1: the document has no BodyText sections (damaged HWP file)").arg(fileName),
                    Error::Kind::BadInput);

    HwpDocumentBuilder builder;
    HwpBodyParser parser(builder);
    qint64 budget = kMaxInflatedBytes;
    int undecrypted = 0;
    for (const QString& name : sections) {
        QByteArray raw = cfb.read(name, kMaxStreamBytes);
        QByteArray bytes;
        if (useView) {
            // ViewText counts only when it decrypts and inflates to records; otherwise BodyText's.
            const QByteArray plain = HwpCodec::decryptDistribution(raw);
            if (!plain.isNull()) {
                try {
                    bytes = inflateSection(plain, compressed, name, budget, doc.warnings);
                } catch (const Error&) {
                    bytes.clear();
                }
            }
            if (!HwpBodyParser::looksLikeSection(bytes)) {
                ++undecrypted;
                QString bodyName = name;
                bodyName.replace(QStringLiteral("ViewText/"), QStringLiteral("BodyText/"));
                raw = cfb.read(bodyName, kMaxStreamBytes);
                bytes = raw.isNull() ? QByteArray()
                                     : inflateSection(raw, compressed, bodyName, budget, doc.warnings);
            }
        } else {
            bytes = inflateSection(raw, compressed, name, budget, doc.warnings);
        }
        budget -= bytes.size();
        parser.parseSection(bytes);
    }
    if (undecrypted == sections.size() && useView)
        throw Error(tr("%1: a distribution document (배포용) whose protected text could not be decrypted")
                        .arg(fileName),
                    Error::Kind::BadInput);
    if (undecrypted > 0)
        doc.warnings
            << tr("%1 of %2 protected sections could not be decrypted; their placeholder text was read")
                   .arg(undecrypted)
                   .arg(sections.size());
    doc.warnings << parser.warnings();
    doc.pages = builder.finish();
    if (doc.pages.isEmpty())
        throw Error(tr("%1: the document contains no text").arg(fileName), Error::Kind::BadInput);
    doc.pagesEstimated = true;

    try {
        readSummary(cfb.read(QStringLiteral("\005HwpSummaryInformation"), 1024 * 1024), doc);
    } catch (const Error&) {
        doc.warnings << tr("the document summary is damaged; title and author may be missing");
    }
    return doc;
}

} // namespace quarry
