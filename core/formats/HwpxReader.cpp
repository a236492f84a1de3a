#include "formats/HwpxReader.h"

#include "formats/HwpDocumentBuilder.h"
#include "formats/ZipArchive.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>
#include <optional>
#include <utility>

namespace quarry {

namespace {

const QString kMimetype = QStringLiteral("mimetype");
const QString kContainer = QStringLiteral("META-INF/container.xml");
const QString kManifest = QStringLiteral("META-INF/manifest.xml");
const QString kPackage = QStringLiteral("Contents/content.hpf");
const QString kPreview = QStringLiteral("Preview/PrvText.txt");

constexpr int kMaxDepth = 256;     // XML element nesting
constexpr int kMaxSections = 1000; // sectionN.xml looked for without a spine

ZipArchive::Limits limits()
{
    ZipArchive::Limits l;
    l.maxEntryBytes = 64LL * 1024 * 1024;
    l.maxTotalBytes = 256LL * 1024 * 1024;
    return l;
}

QString attr(const QXmlStreamReader& xml, QLatin1String localName)
{
    for (const QXmlStreamAttribute& a : xml.attributes())
        if (a.name() == localName)
            return a.value().toString();
    return {};
}

[[noreturn]] void damaged(const QString& label, const QString& part, const QXmlStreamReader& xml)
{
    throw Error(HwpxReader::tr("%1: %2 is damaged: %3 (line %4)")
                    .arg(label, part, xml.errorString())
                    .arg(xml.lineNumber()),
                Error::Kind::BadInput);
}

// Shared guard of every XML part: no DTD (so no entity declarations to expand), bounded depth.
// Returns the token after checking it.
QXmlStreamReader::TokenType next(QXmlStreamReader& xml, int& depth, const QString& label, const QString& part)
{
    const QXmlStreamReader::TokenType token = xml.readNext();
    if (token == QXmlStreamReader::DTD)
        throw Error(
            QCoreApplication::translate("quarry::HwpxReader",
                                        "%1: %2 declares a DTD, which HWPX does not use; refusing to read it")
                .arg(label, part),
            Error::Kind::BadInput);
    if (token == QXmlStreamReader::StartElement && ++depth > kMaxDepth)
        throw Error(QCoreApplication::translate(
                        "quarry::HwpxReader", "%1: %2 nests elements more than %3 deep; refusing to read it")
                        .arg(label, part)
                        .arg(kMaxDepth),
                    Error::Kind::BadInput);
    if (token == QXmlStreamReader::EndElement)
        --depth;
    return token;
}

struct Package
{
    QStringList sections; // spine order
    QString title;
    QString author;
    QDateTime created;
    QDateTime modified;
};

Package readPackage(const QByteArray& bytes, const QString& label, const QString& part)
{
    Package pkg;
    QHash<QString, QString> hrefs;
    QStringList spine;
    QXmlStreamReader xml(bytes);
    int depth = 0;
    while (!xml.atEnd()) {
        if (next(xml, depth, label, part) != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("item")) {
            hrefs.insert(attr(xml, QLatin1String("id")), attr(xml, QLatin1String("href")));
        } else if (name == QLatin1String("itemref")) {
            spine << attr(xml, QLatin1String("idref"));
        } else if (name == QLatin1String("title")) {
            pkg.title = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
            --depth;
        } else if (name == QLatin1String("meta")) {
            const QString key = attr(xml, QLatin1String("name"));
            const QString value = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
            --depth;
            if (key == QLatin1String("creator"))
                pkg.author = value;
            else if (key == QLatin1String("CreatedDate"))
                pkg.created = QDateTime::fromString(value, Qt::ISODate);
            else if (key == QLatin1String("ModifiedDate"))
                pkg.modified = QDateTime::fromString(value, Qt::ISODate);
        }
    }
    if (xml.hasError())
        damaged(label, part, xml);
    for (const QString& id : std::as_const(spine)) {
        const QString href = hrefs.value(id);
        // The spine lists the header part too: sections are the parts named sectionN.xml.
        if (href.section(QLatin1Char('/'), -1).startsWith(QLatin1String("section")))
            pkg.sections << href;
    }
    return pkg;
}

QString rootFile(const QByteArray& container)
{
    QXmlStreamReader xml(container);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::DTD)
            return {};
        if (xml.tokenType() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("rootfile")) {
            const QString path = attr(xml, QLatin1String("full-path"));
            if (path.endsWith(QLatin1String(".hpf")))
                return path;
        }
    }
    return {};
}

// One sectionN.xml into the builder.
class SectionParser
{
public:
    explicit SectionParser(HwpDocumentBuilder& builder) : m_builder(builder) {}

    void parse(const QByteArray& bytes, const QString& label, const QString& part)
    {
        QXmlStreamReader xml(bytes);
        int depth = 0;
        int skipDepth = 0; // inside an equation's script: not text
        int inText = 0;
        bool deleting = false;
        m_sectionStart = true;
        while (!xml.atEnd()) {
            const auto token = next(xml, depth, label, part);
            if (token == QXmlStreamReader::StartElement) {
                if (skipDepth > 0) {
                    ++skipDepth;
                    continue;
                }
                const auto name = xml.name();
                if (inText > 0) {
                    // Inline children of hp:t (mixed content).
                    if (name == QLatin1String("tab"))
                        appendText(QStringLiteral("\t"), deleting);
                    else if (name == QLatin1String("lineBreak"))
                        appendText(QStringLiteral("\n"), deleting);
                    else if (name == QLatin1String("nbSpace") || name == QLatin1String("fwSpace"))
                        appendText(QStringLiteral(" "), deleting);
                    else if (name == QLatin1String("hyphen"))
                        appendText(QStringLiteral("-"), deleting);
                    else if (name == QLatin1String("deleteBegin"))
                        deleting = true;
                    else if (name == QLatin1String("deleteEnd"))
                        deleting = false;
                    ++inText; // every child element is closed before the text goes on
                    continue;
                }
                if (name == QLatin1String("p")) {
                    startParagraph(attr(xml, QLatin1String("pageBreak")) == QLatin1String("1"));
                } else if (name == QLatin1String("t")) {
                    inText = 1;
                } else if (name == QLatin1String("lineseg")) {
                    if (!m_paragraphs.isEmpty() && m_paragraphs.last().top)
                        m_paragraphs.last().vertical << attr(xml, QLatin1String("vertpos")).toLongLong();
                } else if (const std::optional<Frame> frame = frameOf(name)) {
                    m_builder.begin(*frame);
                } else if (name == QLatin1String("cellAddr")) {
                    m_builder.setCellAddress(attr(xml, QLatin1String("rowAddr")).toInt(),
                                             attr(xml, QLatin1String("colAddr")).toInt());
                } else if (name == QLatin1String("equation")) {
                    skipDepth = 1;
                }
            } else if (token == QXmlStreamReader::EndElement) {
                if (skipDepth > 0) {
                    --skipDepth;
                    continue;
                }
                if (inText > 0) {
                    --inText;
                    continue;
                }
                const auto name = xml.name();
                if (name == QLatin1String("p"))
                    endParagraph();
                else if (const std::optional<Frame> frame = frameOf(name))
                    m_builder.end(*frame);
            } else if (token == QXmlStreamReader::Characters && inText > 0 && skipDepth == 0) {
                appendText(xml.text().toString(), deleting);
            }
        }
        if (xml.hasError())
            damaged(label, part, xml);
        while (!m_paragraphs.isEmpty()) // a section cut inside a paragraph
            endParagraph();
    }

private:
    using Frame = HwpDocumentBuilder::Frame;

    // The elements that open a frame of the builder; their start and end must name the same one.
    static std::optional<Frame> frameOf(QStringView name)
    {
        static constexpr std::pair<QLatin1String, Frame> frames[] = {
            {QLatin1String("tbl"), Frame::Table},
            {QLatin1String("tc"), Frame::Cell},
            {QLatin1String("caption"), Frame::Caption},
            {QLatin1String("drawText"), Frame::TextBox},
            {QLatin1String("header"), Frame::Header},
            {QLatin1String("footer"), Frame::Footer},
            {QLatin1String("footNote"), Frame::Footnote},
            {QLatin1String("endNote"), Frame::Endnote},
            {QLatin1String("hiddenComment"), Frame::Comment}};
        for (const auto& [element, frame] : frames)
            if (name == element)
                return frame;
        return std::nullopt;
    }

    struct Paragraph
    {
        bool top = false;
        QList<qint64> vertical;
    };

    void appendText(const QString& text, bool deleting)
    {
        if (!deleting) // tracked deletions stay inside hp:t until accepted: not the document's text
            m_builder.appendText(text);
    }

    void startParagraph(bool pageBreak)
    {
        const bool top = m_builder.atTopLevel();
        if (top) {
            // As for HWP 5: a section start or an explicit break starts a new (estimated) page.
            if (!m_firstParagraph && (m_sectionStart || pageBreak))
                m_builder.pageBreak();
            m_firstParagraph = false;
            m_sectionStart = false;
        }
        m_builder.beginParagraph();
        m_paragraphs.append(Paragraph{top, {}});
    }

    void endParagraph()
    {
        const Paragraph p = m_paragraphs.takeLast();
        if (p.top && !p.vertical.isEmpty() && m_lastVertical >= 0 && p.vertical.first() < m_lastVertical)
            m_builder.breakBeforeCurrentParagraph();
        m_builder.endParagraph();
        if (p.top && !p.vertical.isEmpty()) {
            bool breakAfter = false;
            for (qsizetype i = 1; i < p.vertical.size(); ++i)
                if (p.vertical[i] < p.vertical[i - 1])
                    breakAfter = true;
            m_lastVertical = p.vertical.last();
            if (breakAfter) {
                m_builder.pageBreak();
                m_lastVertical = -1;
            }
        }
    }

    HwpDocumentBuilder& m_builder;
    QList<Paragraph> m_paragraphs; // open hp:p elements, innermost last
    bool m_firstParagraph = true;
    bool m_sectionStart = false;
    qint64 m_lastVertical = -1;
};

} // namespace

bool HwpxReader::canRead(const QString&, const QByteArray& head) const
{
    if (!ZipArchive::looksLikeZip(head))
        return false;
    return head.contains("application/hwp+zip") || head.contains("Contents/content.hpf") ||
           head.contains("Contents/section0.xml");
}

QString HwpxReader::previewText(const QByteArray& data)
{
    try {
        const QHash<QString, QByteArray> parts = ZipArchive::extract(data, {kPreview}, QString(), limits());
        if (!parts.contains(kPreview))
            return {};
        return QString::fromUtf8(parts.value(kPreview));
    } catch (const Error&) {
        return {};
    }
}

ExtractedDocument HwpxReader::read(const QByteArray& data, const QString& fileName) const
{
    if (data.isEmpty())
        throw Error(tr("%1: the file is empty").arg(fileName), Error::Kind::BadInput);
    if (!ZipArchive::looksLikeZip(data))
        throw Error(tr("%1: not an HWPX document (not a ZIP archive)").arg(fileName), Error::Kind::BadInput);

    QHash<QString, QByteArray> parts =
        ZipArchive::extract(data, {kMimetype, kContainer, kManifest, kPackage}, fileName, limits());
    if (parts.contains(kMimetype)) {
        const QByteArray mime = parts.value(kMimetype).trimmed();
        if (mime != "application/hwp+zip")
            throw Error(tr("%1: not an HWPX document (its mimetype is \"%2\")")
                            .arg(fileName, QString::fromUtf8(mime.left(80))),
                        Error::Kind::BadInput);
    }
    if (parts.value(kManifest).contains("encryption-data"))
        throw Error(
            tr("%1: the HWPX document is encrypted with a password, which Quarry cannot read").arg(fileName),
            Error::Kind::BadInput);

    ExtractedDocument doc;
    doc.kind = kind();
    doc.mime = QStringLiteral("application/hwp+zip");
    doc.encoding = QStringLiteral("UTF-8");
    if (!parts.contains(kMimetype))
        doc.warnings << tr("the mimetype entry is missing");

    QString packagePath = rootFile(parts.value(kContainer));
    if (packagePath.isEmpty())
        packagePath = kPackage;
    if (!parts.contains(packagePath))
        parts.insert(ZipArchive::extract(data, {packagePath}, fileName, limits()));
    Package pkg;
    if (parts.contains(packagePath)) {
        try {
            pkg = readPackage(parts.value(packagePath), fileName, packagePath);
        } catch (const Error& e) {
            doc.warnings << e.message();
        }
    }
    doc.title = pkg.title;
    doc.author = pkg.author;
    doc.created = pkg.created;
    doc.modified = pkg.modified;

    QStringList wanted = pkg.sections;
    if (wanted.isEmpty()) {
        // No usable spine: Contents/sectionN.xml in numeric order.
        for (int i = 0; i < kMaxSections; ++i)
            wanted << QStringLiteral("Contents/section%1.xml").arg(i);
    }
    const QHash<QString, QByteArray> sections = ZipArchive::extract(data, wanted, fileName, limits());
    if (sections.isEmpty()) {
        if (!parts.contains(kMimetype) && !parts.contains(packagePath))
            throw Error(tr("%1: not an HWPX document (no mimetype, package or sections)").arg(fileName),
                        Error::Kind::BadInput);
        throw Error(tr("%1: the HWPX document has no sections").arg(fileName), Error::Kind::BadInput);
    }

    HwpDocumentBuilder builder;
    SectionParser parser(builder);
    for (const QString& name : std::as_const(wanted)) {
        if (!sections.contains(name)) {
            if (!pkg.sections.isEmpty())
                doc.warnings << tr("%1 is listed but missing from the archive").arg(name);
            continue;
        }
        parser.parse(sections.value(name), fileName, name);
    }
    doc.pages = builder.finish();
    if (doc.pages.isEmpty())
        throw Error(tr("%1: the document contains no text").arg(fileName), Error::Kind::BadInput);
    doc.pagesEstimated = true;
    return doc;
}

} // namespace quarry
