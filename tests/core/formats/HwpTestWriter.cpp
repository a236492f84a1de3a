#include "HwpTestWriter.h"

#include "ZipWriter.h"

#include <QRandomGenerator>
#include <gsf/gsf-outfile-msole.h>
#include <gsf/gsf-outfile.h>
#include <gsf/gsf-output-memory.h>
#include <gsf/gsf-output.h>
#include <gsf/gsf-utils.h>
#include <mutex>
#include <zlib.h>

namespace quarry::test {

namespace {

constexpr quint32 ctrlId(char a, char b, char c, char d)
{
    return quint32(uchar(a)) << 24 | quint32(uchar(b)) << 16 | quint32(uchar(c)) << 8 | quint32(uchar(d));
}

void put16(QByteArray& out, quint16 v)
{
    out.append(char(v & 0xFF)).append(char(v >> 8));
}

void put32(QByteArray& out, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        out.append(char((v >> (8 * i)) & 0xFF));
}

void record(QByteArray& out, int tag, int level, const QByteArray& data)
{
    const quint32 size = quint32(data.size());
    put32(out, quint32(tag) | quint32(level) << 10 | (size >= 0xFFF ? 0xFFFu : size) << 20);
    if (size >= 0xFFF)
        put32(out, size);
    out.append(data);
}

QByteArray rawDeflate(const QByteArray& in)
{
    z_stream z{};
    deflateInit2(&z, Z_BEST_SPEED, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&z, uLong(in.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.constData()));
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.truncate(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

QByteArray utf16(const QString& s)
{
    QByteArray out;
    for (const QChar c : s)
        put16(out, c.unicode());
    return out;
}

// One paragraph at `level`: PARA_HEADER, PARA_TEXT (text, then one extended control per id in
// `controls`, then the paragraph end), PARA_LINE_SEG, then `children` (the controls' records).
void paragraphRecords(QByteArray& out, int level, const QString& text, const QList<quint32>& controls,
                      int breakType, int vertical, const QByteArray& children = {})
{
    QByteArray textUnits = utf16(text);
    for (const quint32 id : controls) {
        const quint16 code = id == ctrlId('h', 'e', 'a', 'd') || id == ctrlId('f', 'o', 'o', 't') ? 16
                             : id == ctrlId('f', 'n', ' ', ' ')                                   ? 17
                                                                                                  : 11;
        put16(textUnits, code);
        put32(textUnits, id);
        for (int i = 0; i < 4; ++i)
            put16(textUnits, 0);
        put16(textUnits, code);
    }
    put16(textUnits, 13);
    QByteArray header;
    put32(header, quint32(textUnits.size() / 2));
    put32(header, 0);               // control mask
    put16(header, 0);               // paragraph shape
    header.append(char(0));         // style
    header.append(char(breakType)); // break type (offset 11)
    put16(header, 1);               // character shapes
    put16(header, 0);               // range tags
    put16(header, 1);               // line segments
    put32(header, 0);               // instance id
    put16(header, 0);               // track-change merge
    put16(header, 0);
    record(out, 0x42, level, header);
    record(out, 0x43, level + 1, textUnits);
    QByteArray shape;
    put32(shape, 0);
    put32(shape, 0);
    record(out, 0x44, level + 1, shape);
    QByteArray line(36, '\0');
    line[4] = char(vertical & 0xFF);
    line[5] = char((vertical >> 8) & 0xFF);
    line[6] = char((vertical >> 16) & 0xFF);
    record(out, 0x45, level + 1, line);
    out.append(children);
}

QByteArray listHeader(int column = 0, int row = 0)
{
    QByteArray data;
    put16(data, 1); // paragraphs
    put16(data, 0);
    put32(data, 0); // flags
    put16(data, quint16(column));
    put16(data, quint16(row));
    put16(data, 1); // spans
    put16(data, 1);
    data.append(QByteArray(18, '\0'));
    return data;
}

QByteArray ctrlHeader(quint32 id)
{
    QByteArray data;
    put32(data, id);
    data.append(QByteArray(40, '\0'));
    return data;
}

QByteArray summaryInformation(const QString& title, const QString& author)
{
    QList<std::pair<quint32, QString>> props;
    if (!title.isEmpty())
        props.append({2, title});
    if (!author.isEmpty())
        props.append({4, author});
    QByteArray values;
    QList<quint32> offsets;
    const quint32 tableSize = 8 + 8 * quint32(props.size());
    for (const auto& [id, text] : props) {
        offsets << tableSize + quint32(values.size());
        put32(values, 0x1F); // VT_LPWSTR
        put32(values, quint32(text.size() + 1));
        values.append(utf16(text));
        put16(values, 0);
        while (values.size() % 4)
            values.append('\0');
    }
    QByteArray section;
    put32(section, tableSize + quint32(values.size()));
    put32(section, quint32(props.size()));
    for (qsizetype i = 0; i < props.size(); ++i) {
        put32(section, props[i].first);
        put32(section, offsets[i]);
    }
    section.append(values);
    QByteArray out;
    put16(out, 0xFFFE);
    put16(out, 0);
    put32(out, 0x00020006);
    out.append(QByteArray(16, '\0'));
    put32(out, 1);
    out.append(QByteArray::fromHex("60B6A29F6110D411B4C6006097C09D8C"));
    put32(out, 48);
    out.append(section);
    return out;
}

void writeStream(GsfOutfile* dir, const char* name, const QByteArray& data)
{
    GsfOutput* child = gsf_outfile_new_child(dir, name, FALSE);
    gsf_output_write(child, size_t(data.size()), reinterpret_cast<const guint8*>(data.constData()));
    gsf_output_close(child);
    g_object_unref(child);
}

QString xmlEscaped(const QString& s)
{
    return s.toHtmlEscaped();
}

} // namespace

void HwpTestWriter::add(Item item)
{
    if (item.pageBreak)
        m_vertical = 0;
    item.vertical = m_vertical;
    m_vertical += 1500;
    if (m_vertical > 60000) // a page of the cached layout is full: the next line starts a new one
        m_vertical = 0;
    m_sections.last().append(item);
}

void HwpTestWriter::paragraph(const QString& text, bool pageBreakBefore)
{
    Item i;
    i.text = text;
    i.pageBreak = pageBreakBefore;
    add(i);
}

void HwpTestWriter::table(const QList<QStringList>& rows)
{
    Item i;
    i.kind = Item::Table;
    i.rows = rows;
    add(i);
}

void HwpTestWriter::header(const QString& text)
{
    Item i;
    i.kind = Item::Header;
    i.extra = text;
    add(i);
}

void HwpTestWriter::footer(const QString& text)
{
    Item i;
    i.kind = Item::Footer;
    i.extra = text;
    add(i);
}

void HwpTestWriter::footnote(const QString& anchorText, const QString& note)
{
    Item i;
    i.kind = Item::Footnote;
    i.text = anchorText;
    i.extra = note;
    add(i);
}

void HwpTestWriter::textBox(const QString& anchorText, const QString& boxText)
{
    Item i;
    i.kind = Item::TextBox;
    i.text = anchorText;
    i.extra = boxText;
    add(i);
}

void HwpTestWriter::newSection()
{
    m_sections.append(QList<Item>{});
    m_vertical = 0;
}

QByteArray HwpTestWriter::sectionRecords(int index) const
{
    QByteArray out;
    for (const Item& item : m_sections.value(index)) {
        const int breakType = item.pageBreak ? 0x04 : 0;
        QByteArray children;
        switch (item.kind) {
        case Item::Paragraph:
            paragraphRecords(out, 0, item.text, {}, breakType, item.vertical);
            break;
        case Item::Table: {
            record(children, 0x47, 1, ctrlHeader(ctrlId('t', 'b', 'l', ' ')));
            QByteArray table;
            put32(table, 0);
            put16(table, quint16(item.rows.size()));
            put16(table, quint16(item.rows.value(0).size()));
            table.append(QByteArray(10, '\0'));
            record(children, 0x4D, 2, table);
            for (qsizetype r = 0; r < item.rows.size(); ++r) {
                for (qsizetype c = 0; c < item.rows[r].size(); ++c) {
                    record(children, 0x48, 2, listHeader(int(c), int(r)));
                    paragraphRecords(children, 2, item.rows[r][c], {}, 0, 0);
                }
            }
            paragraphRecords(out, 0, QString(), {ctrlId('t', 'b', 'l', ' ')}, breakType, item.vertical,
                             children);
            break;
        }
        case Item::Header:
        case Item::Footer:
        case Item::Footnote: {
            const quint32 id = item.kind == Item::Header   ? ctrlId('h', 'e', 'a', 'd')
                               : item.kind == Item::Footer ? ctrlId('f', 'o', 'o', 't')
                                                           : ctrlId('f', 'n', ' ', ' ');
            record(children, 0x47, 1, ctrlHeader(id));
            record(children, 0x48, 2, listHeader());
            paragraphRecords(children, 2, item.extra, {}, 0, 0);
            paragraphRecords(out, 0, item.text, {id}, breakType, item.vertical, children);
            break;
        }
        case Item::TextBox: {
            const quint32 id = ctrlId('g', 's', 'o', ' ');
            record(children, 0x47, 1, ctrlHeader(id));
            record(children, 0x4C, 2, QByteArray(200, '\0'));
            record(children, 0x48, 3, listHeader());
            paragraphRecords(children, 3, item.extra, {}, 0, 0);
            record(children, 0x4F, 3, QByteArray(60, '\0')); // SHAPE_COMPONENT_RECTANGLE
            paragraphRecords(out, 0, item.text, {id}, breakType, item.vertical, children);
            break;
        }
        }
    }
    return out;
}

QString HwpTestWriter::previewText() const
{
    QString out;
    for (const QList<Item>& section : m_sections) {
        for (const Item& item : section) {
            if (item.kind == Item::Table) {
                for (const QStringList& row : item.rows) {
                    for (const QString& cell : row)
                        out += QLatin1Char('<') + cell + QLatin1Char('>');
                    out += QStringLiteral("\r\n");
                }
            } else if (item.kind == Item::Paragraph || item.kind == Item::Footnote ||
                       item.kind == Item::TextBox) {
                out += item.text + QStringLiteral("\r\n");
            }
        }
    }
    return out.left(1023);
}

QByteArray HwpTestWriter::hwp(const Options& options) const
{
    static std::once_flag once;
    std::call_once(once, [] { gsf_init(); });
    GsfOutput* sink = gsf_output_memory_new();
    GsfOutfile* root = gsf_outfile_msole_new_full(sink, guint(options.sectorSize), 64);

    QByteArray fileHeader(256, '\0');
    fileHeader.replace(0, 17, "HWP Document File");
    QByteArray version;
    put32(version, 0x05000300);
    put32(version, (options.compressed ? 1u : 0u) | options.extraFlags);
    fileHeader.replace(32, 8, version);
    if (options.fileHeader)
        writeStream(root, "FileHeader", fileHeader);
    else
        writeStream(root, "WordDocument", QByteArray(600, '\0')); // an old Word file's main stream

    QByteArray docInfo;
    record(docInfo, 0x10, 0, QByteArray(26, '\0')); // DOCUMENT_PROPERTIES
    writeStream(root, "DocInfo", options.compressed ? rawDeflate(docInfo) : docInfo);

    GsfOutfile* body = GSF_OUTFILE(gsf_outfile_new_child(root, "BodyText", TRUE));
    for (qsizetype i = 0; i < m_sections.size(); ++i) {
        QByteArray section = sectionRecords(int(i));
        if (options.compressed)
            section = rawDeflate(section);
        if (i == 0 && options.truncateSectionBy > 0)
            section.chop(std::min<qsizetype>(options.truncateSectionBy, section.size()));
        writeStream(body, QStringLiteral("Section%1").arg(i).toUtf8().constData(), section);
    }
    gsf_output_close(GSF_OUTPUT(body));
    g_object_unref(body);

    if (!options.viewText.isEmpty()) {
        GsfOutfile* view = GSF_OUTFILE(gsf_outfile_new_child(root, "ViewText", TRUE));
        writeStream(view, "Section0", options.viewText);
        gsf_output_close(GSF_OUTPUT(view));
        g_object_unref(view);
    }
    if (options.binDataBytes > 0) {
        GsfOutfile* bin = GSF_OUTFILE(gsf_outfile_new_child(root, "BinData", TRUE));
        QByteArray noise(options.binDataBytes, Qt::Uninitialized);
        QRandomGenerator random(14);
        random.fillRange(reinterpret_cast<quint32*>(noise.data()), noise.size() / 4);
        writeStream(bin, "BIN0001.jpg", noise);
        gsf_output_close(GSF_OUTPUT(bin));
        g_object_unref(bin);
    }
    if (options.preview)
        writeStream(root, "PrvText", utf16(previewText()));
    if (!options.title.isEmpty() || !options.author.isEmpty())
        writeStream(root, "\005HwpSummaryInformation", summaryInformation(options.title, options.author));

    gsf_output_close(GSF_OUTPUT(root));
    g_object_unref(root);
    const QByteArray out(reinterpret_cast<const char*>(gsf_output_memory_get_bytes(GSF_OUTPUT_MEMORY(sink))),
                         qsizetype(gsf_output_size(sink)));
    g_object_unref(sink);
    return out;
}

QByteArray HwpTestWriter::hwpx() const
{
    // The paragraph namespace is bound to an unusual prefix on purpose: readers match on URI or
    // local name, never on prefix.
    const QString open = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\" ?>"
                                        "<hs:sec xmlns:hs=\"http://www.hancom.co.kr/hwpml/2011/section\" "
                                        "xmlns:par=\"http://www.hancom.co.kr/hwpml/2011/paragraph\">");
    auto para = [](const QString& text, const QString& runExtra, bool pageBreak, int vertical) {
        return QStringLiteral(
                   "<par:p id=\"0\" paraPrIDRef=\"0\" styleIDRef=\"0\" pageBreak=\"%1\" columnBreak=\"0\">"
                   "<par:run charPrIDRef=\"0\">%2<par:t>%3</par:t></par:run>"
                   "<par:linesegarray><par:lineseg textpos=\"0\" vertpos=\"%4\" vertsize=\"1000\"/>"
                   "</par:linesegarray></par:p>")
            .arg(pageBreak ? 1 : 0)
            .arg(runExtra, xmlEscaped(text))
            .arg(vertical);
    };
    auto subList = [&](const QString& text) {
        return QStringLiteral("<par:subList id=\"\">%1</par:subList>").arg(para(text, {}, false, 0));
    };
    ZipWriter zip;
    zip.add(QStringLiteral("mimetype"), "application/hwp+zip");
    QString manifest;
    QString spine;
    QStringList sections;
    for (qsizetype s = 0; s < m_sections.size(); ++s) {
        QString xml = open;
        for (const Item& item : m_sections[s]) {
            switch (item.kind) {
            case Item::Paragraph:
                xml += para(item.text, {}, item.pageBreak, item.vertical);
                break;
            case Item::Table: {
                QString rows;
                for (qsizetype r = 0; r < item.rows.size(); ++r) {
                    rows += QStringLiteral("<par:tr>");
                    for (qsizetype c = 0; c < item.rows[r].size(); ++c)
                        rows += QStringLiteral("<par:tc>%1<par:cellAddr colAddr=\"%2\" rowAddr=\"%3\"/>"
                                               "<par:cellSpan colSpan=\"1\" rowSpan=\"1\"/></par:tc>")
                                    .arg(subList(item.rows[r][c]))
                                    .arg(c)
                                    .arg(r);
                    rows += QStringLiteral("</par:tr>");
                }
                xml += para(
                    {}, QStringLiteral("<par:tbl rowCnt=\"%1\">%2</par:tbl>").arg(item.rows.size()).arg(rows),
                    item.pageBreak, item.vertical);
                break;
            }
            case Item::Header:
            case Item::Footer:
            case Item::Footnote: {
                const QString name = item.kind == Item::Header   ? QStringLiteral("header")
                                     : item.kind == Item::Footer ? QStringLiteral("footer")
                                                                 : QStringLiteral("footNote");
                xml += para(item.text,
                            QStringLiteral("<par:ctrl><par:%1 id=\"1\">%2</par:%1></par:ctrl>")
                                .arg(name, subList(item.extra)),
                            item.pageBreak, item.vertical);
                break;
            }
            case Item::TextBox:
                xml +=
                    para(item.text,
                         QStringLiteral(
                             "<par:rect id=\"1\"><par:drawText lastWidth=\"0\">%1</par:drawText></par:rect>")
                             .arg(subList(item.extra)),
                         item.pageBreak, item.vertical);
                break;
            }
        }
        xml += QStringLiteral("</hs:sec>");
        const QString name = QStringLiteral("Contents/section%1.xml").arg(s);
        sections << name;
        manifest += QStringLiteral("<opf:item id=\"section%1\" href=\"%2\" media-type=\"application/xml\"/>")
                        .arg(s)
                        .arg(name);
        spine += QStringLiteral("<opf:itemref idref=\"section%1\" linear=\"yes\"/>").arg(s);
        zip.add(name, xml.toUtf8());
    }
    zip.add(QStringLiteral("META-INF/container.xml"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ocf:container "
            "xmlns:ocf=\"urn:oasis:names:tc:opendocument:xmlns:container\"><ocf:rootfiles>"
            "<ocf:rootfile full-path=\"Contents/content.hpf\" media-type=\"application/hwpml-package+xml\"/>"
            "</ocf:rootfiles></ocf:container>");
    zip.add(QStringLiteral("Contents/content.hpf"),
            QStringLiteral(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><opf:package "
                "xmlns:opf=\"http://www.idpf.org/2007/opf/\"><opf:metadata><opf:title>시험 문서</opf:title>"
                "<opf:meta name=\"creator\" content=\"text\">홍길동</opf:meta></opf:metadata>"
                "<opf:manifest><opf:item id=\"header\" href=\"Contents/header.xml\" "
                "media-type=\"application/xml\"/>%1</opf:manifest><opf:spine>"
                "<opf:itemref idref=\"header\" linear=\"yes\"/>%2</opf:spine></opf:package>")
                .arg(manifest, spine)
                .toUtf8());
    zip.add(QStringLiteral("Preview/PrvText.txt"), previewText().toUtf8());
    return zip.finish();
}

} // namespace quarry::test
