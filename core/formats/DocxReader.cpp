#include "formats/DocxReader.h"

#include "formats/ZipArchive.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

namespace quarry {

namespace {

const QString kDocument = QStringLiteral("word/document.xml");
const QString kStyles = QStringLiteral("word/styles.xml");
const QString kCore = QStringLiteral("docProps/core.xml");
const QString kFootnotes = QStringLiteral("word/footnotes.xml");

QString attr(const QXmlStreamReader& xml, QLatin1String localName)
{
    // WordprocessingML attributes are namespaced (w:val); match by local name.
    for (const QXmlStreamAttribute& a : xml.attributes())
        if (a.name() == localName)
            return a.value().toString();
    return {};
}

// Style id -> whether the style is a heading. Word writes localized style ids ("1", "제목1") with
// an English name ("heading 1"), so the names in styles.xml decide; outline levels count too.
QSet<QString> headingStyles(const QByteArray& stylesXml)
{
    QSet<QString> headings;
    if (stylesXml.isEmpty())
        return headings;
    QXmlStreamReader xml(stylesXml);
    QString currentId;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("style")) {
            currentId = attr(xml, QLatin1String("styleId"));
        } else if (!currentId.isEmpty() && name == QLatin1String("name")) {
            const QString styleName = attr(xml, QLatin1String("val")).toLower();
            if (styleName.startsWith(QLatin1String("heading")) || styleName == QLatin1String("title")
                || styleName == QLatin1String("subtitle"))
                headings.insert(currentId);
        } else if (!currentId.isEmpty() && name == QLatin1String("outlineLvl")) {
            headings.insert(currentId);
        }
    }
    return headings; // a damaged styles.xml only loses heading detection
}

bool isHeadingStyleId(const QString& id, const QSet<QString>& headings)
{
    if (headings.contains(id))
        return true;
    const QString lower = id.toLower();
    return lower.startsWith(QLatin1String("heading")) || lower == QLatin1String("title")
           || lower == QLatin1String("subtitle");
}

// Collects the text of document.xml (or footnotes.xml) into pages.
class BodyParser
{
public:
    BodyParser(const QSet<QString>& headings) : m_headings(headings) {}

    void parse(const QByteArray& bytes, const QString& label, const QString& part)
    {
        QXmlStreamReader xml(bytes);
        int skipDepth = 0; // inside deleted text, field instructions, or mc:Fallback duplicates
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                const auto name = xml.name();
                if (skipDepth > 0) {
                    ++skipDepth;
                    continue;
                }
                if (name == QLatin1String("delText") || name == QLatin1String("instrText")
                    || name == QLatin1String("Fallback") || name == QLatin1String("delInstrText")) {
                    skipDepth = 1;
                } else if (name == QLatin1String("p")) {
                    startParagraph();
                } else if (name == QLatin1String("pStyle")) {
                    if (isHeadingStyleId(attr(xml, QLatin1String("val")), m_headings))
                        m_heading = true;
                } else if (name == QLatin1String("outlineLvl")) {
                    m_heading = true;
                } else if (name == QLatin1String("pageBreakBefore")) {
                    const QString v = attr(xml, QLatin1String("val"));
                    if (v.isEmpty() || v == QLatin1String("1") || v == QLatin1String("true"))
                        newPage();
                } else if (name == QLatin1String("t")) {
                    appendText(xml.readElementText(QXmlStreamReader::IncludeChildElements));
                } else if (name == QLatin1String("tab")) {
                    if (m_paragraphDepth > 0) // w:tab inside w:tabs (pPr) is a tab stop, not text
                        appendText(QStringLiteral("\t"));
                } else if (name == QLatin1String("br") || name == QLatin1String("cr")) {
                    if (attr(xml, QLatin1String("type")) == QLatin1String("page"))
                        newPage();
                    else
                        appendText(QStringLiteral("\n"));
                } else if (name == QLatin1String("noBreakHyphen")) {
                    appendText(QStringLiteral("-"));
                } else if (name == QLatin1String("tbl")) {
                    m_tables.append(Table{});
                } else if (name == QLatin1String("tr")) {
                    if (!m_tables.isEmpty())
                        m_tables.last().cells.clear();
                } else if (name == QLatin1String("tc")) {
                    if (!m_tables.isEmpty())
                        m_tables.last().cells.append(QString());
                }
                // w:tabs holds tab stops inside pPr: not text.
                if (name == QLatin1String("tabs"))
                    skipDepth = 1;
            } else if (token == QXmlStreamReader::EndElement) {
                if (skipDepth > 0) {
                    --skipDepth;
                    continue;
                }
                const auto name = xml.name();
                if (name == QLatin1String("p")) {
                    endParagraph();
                } else if (name == QLatin1String("tr")) {
                    if (!m_tables.isEmpty()) {
                        Table& t = m_tables.last();
                        QStringList cells;
                        for (const QString& c : std::as_const(t.cells))
                            cells.append(c.simplified());
                        const QString row = cells.join(QLatin1Char('\t'));
                        if (!row.trimmed().isEmpty())
                            t.rows.append(row);
                        t.cells.clear();
                    }
                } else if (name == QLatin1String("tbl")) {
                    if (!m_tables.isEmpty()) {
                        const Table t = m_tables.takeLast();
                        const QString block = t.rows.join(QLatin1Char('\n'));
                        if (!m_tables.isEmpty()) // a nested table flattens into its cell
                            appendToCell(block);
                        else
                            appendBlock(block);
                    }
                }
            }
        }
        if (xml.hasError())
            throw Error(DocxReader::tr("%1: %2 is damaged: %3 (line %4)")
                            .arg(label, part, xml.errorString())
                            .arg(xml.lineNumber()),
                        Error::Kind::BadInput);
    }

    QList<ExtractedPage> takePages()
    {
        m_pages.append(ExtractedPage{m_page, {}});
        return std::move(m_pages);
    }
    bool hasText() const { return m_hasText; }

private:
    struct Table
    {
        QStringList rows;
        QStringList cells; // of the current row
    };

    void startParagraph()
    {
        if (m_paragraphDepth++ == 0) {
            m_paragraph.clear();
            m_heading = false;
        } else {
            m_paragraph.append(QLatin1Char(' ')); // a text box paragraph inside a paragraph
        }
    }
    void endParagraph()
    {
        if (m_paragraphDepth == 0 || --m_paragraphDepth > 0)
            return;
        if (!m_tables.isEmpty()) {
            appendToCell(m_paragraph);
        } else {
            QString text = m_paragraph;
            if (m_heading)
                text = text.simplified(); // a heading is one line
            appendBlock(text);
        }
        m_paragraph.clear();
    }
    void appendText(const QString& text)
    {
        if (m_paragraphDepth > 0)
            m_paragraph.append(text);
    }
    void appendToCell(const QString& text)
    {
        Table& t = m_tables.last();
        if (t.cells.isEmpty())
            t.cells.append(QString());
        if (!t.cells.last().isEmpty() && !text.isEmpty())
            t.cells.last().append(QLatin1Char(' '));
        t.cells.last().append(text);
    }
    void appendBlock(const QString& text)
    {
        if (text.trimmed().isEmpty())
            return;
        if (!m_page.isEmpty())
            m_page.append(QStringLiteral("\n\n"));
        m_page.append(text);
        m_hasText = true;
    }
    void newPage()
    {
        // A page break inside a paragraph ends the text so far on the old page.
        if (m_paragraphDepth > 0 && m_tables.isEmpty()) {
            appendBlock(m_paragraph);
            m_paragraph.clear();
        }
        m_pages.append(ExtractedPage{m_page, {}});
        m_page.clear();
    }

    const QSet<QString>& m_headings;
    QList<ExtractedPage> m_pages;
    QString m_page;
    QString m_paragraph;
    int m_paragraphDepth = 0;
    bool m_heading = false;
    bool m_hasText = false;
    QList<Table> m_tables;
};

void readCoreProperties(const QByteArray& bytes, ExtractedDocument& doc)
{
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString name = xml.name().toString();
        if (name == QLatin1String("title") || name == QLatin1String("creator") || name == QLatin1String("created")
            || name == QLatin1String("modified")) {
            const QString value = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
            if (name == QLatin1String("title"))
                doc.title = value;
            else if (name == QLatin1String("creator"))
                doc.author = value;
            else if (name == QLatin1String("created"))
                doc.created = QDateTime::fromString(value, Qt::ISODate);
            else
                doc.modified = QDateTime::fromString(value, Qt::ISODate);
        }
    }
    if (xml.hasError())
        doc.warnings << DocxReader::tr("docProps/core.xml is damaged; document properties may be missing");
}

} // namespace

bool DocxReader::canRead(const QString& fileName, const QByteArray& head) const
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("docx") || suffix == QLatin1String("docm") || suffix == QLatin1String("dotx"))
        return true;
    // A renamed .docx: a ZIP whose first entries mention word/.
    return ZipArchive::looksLikeZip(head) && head.contains("word/");
}

ExtractedDocument DocxReader::read(const QByteArray& data, const QString& fileName) const
{
    if (data.isEmpty())
        throw Error(tr("%1: the file is empty").arg(fileName), Error::Kind::BadInput);
    if (data.startsWith(QByteArrayLiteral("\xD0\xCF\x11\xE0")))
        throw Error(tr("%1: an encrypted Word document or the old .doc format, which Quarry cannot read")
                        .arg(fileName),
                    Error::Kind::BadInput);
    if (!ZipArchive::looksLikeZip(data))
        throw Error(tr("%1: not a Word document (not a ZIP archive)").arg(fileName), Error::Kind::BadInput);

    const QHash<QString, QByteArray> parts =
        ZipArchive::extract(data, {kDocument, kStyles, kCore, kFootnotes}, fileName);
    if (!parts.contains(kDocument))
        throw Error(tr("%1: not a Word document (word/document.xml is missing)").arg(fileName),
                    Error::Kind::BadInput);

    ExtractedDocument doc;
    doc.kind = kind();
    doc.mime = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    doc.encoding = QStringLiteral("UTF-8");
    const QSet<QString> headings = headingStyles(parts.value(kStyles));
    BodyParser body(headings);
    body.parse(parts.value(kDocument), fileName, kDocument);
    if (parts.contains(kFootnotes)) {
        // Footnotes follow the body on the last page; damage there only costs the footnotes.
        try {
            BodyParser notes(headings);
            notes.parse(parts.value(kFootnotes), fileName, kFootnotes);
            if (notes.hasText()) {
                QList<ExtractedPage> bodyPages = body.takePages();
                QString noteText;
                for (const ExtractedPage& p : notes.takePages())
                    if (!p.text.isEmpty())
                        noteText += (noteText.isEmpty() ? QString() : QStringLiteral("\n\n")) + p.text;
                QString& last = bodyPages.last().text;
                last += (last.isEmpty() ? QString() : QStringLiteral("\n\n")) + noteText;
                doc.pages = bodyPages;
            }
        } catch (const Error& e) {
            doc.warnings << e.message();
        }
    }
    if (doc.pages.isEmpty()) {
        if (!body.hasText())
            throw Error(tr("%1: the document contains no text").arg(fileName), Error::Kind::BadInput);
        doc.pages = body.takePages();
    }
    if (parts.contains(kCore))
        readCoreProperties(parts.value(kCore), doc);
    return doc;
}

} // namespace quarry
