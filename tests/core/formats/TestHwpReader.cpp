// HWP 5 and HWPX readers on files written in the test: the same document in both formats gives the
// same text; containers the public samples do not cover (4096-byte sectors, over 7 MB with a DIFAT,
// FAT loops); damaged records and streams; refusals with a clear reason; the XML guards of HWPX.
#include "CommonSubsequence.h"
#include "HwpTestWriter.h"
#include "ZipWriter.h"
#include "formats/FormatRegistry.h"
#include "formats/HwpBodyParser.h"
#include "formats/HwpDocumentBuilder.h"
#include "formats/HwpReader.h"
#include "formats/HwpxReader.h"
#include "ingest/FileSniffer.h"
#include "util/Error.h"

#include <QTest>

using namespace quarry;
using quarry::test::HwpTestWriter;
using quarry::test::longestCommonSubsequence;
using quarry::test::ZipWriter;

namespace {

QString joinedText(const ExtractedDocument& doc)
{
    QStringList pages;
    for (const ExtractedPage& p : doc.pages)
        pages << p.text;
    return pages.join(QStringLiteral("\n\n"));
}

QString withoutSpace(const QString& s)
{
    QString out;
    for (const QChar c : s)
        if (!c.isSpace())
            out += c;
    return out;
}

// 2·LCS / (|a| + |b|) over the characters that are not whitespace.
double similarity(const QString& a, const QString& b)
{
    const QString x = withoutSpace(a);
    const QString y = withoutSpace(b);
    return x.isEmpty() && y.isEmpty() ? 1.0
                                      : 2.0 * longestCommonSubsequence(x, y) / double(x.size() + y.size());
}

HwpTestWriter sampleDocument()
{
    HwpTestWriter w;
    w.header(QStringLiteral("사내 보안 지침"));
    w.paragraph(
        QStringLiteral("제1조(목적) 이 지침은 개인정보의 안전한 처리를 위하여 필요한 사항을 정한다."));
    w.footnote(QStringLiteral("담당자는 정보보호팀 김민지 과장이다."), QStringLiteral("2024년 3월 기준"));
    w.table({{QStringLiteral("이름"), QStringLiteral("부서"), QStringLiteral("연락처")},
             {QStringLiteral("김민지"), QStringLiteral("정보보호팀"), QStringLiteral("010-1234-5678")}});
    w.textBox(QStringLiteral("아래 상자를 참고한다."), QStringLiteral("주의: 외부 반출 금지"));
    w.paragraph(QStringLiteral("제2조(정의) 용어의 뜻은 다음과 같다."), true);
    w.footer(QStringLiteral("- 대외비 -"));
    w.newSection();
    w.paragraph(QStringLiteral("부칙 이 지침은 공포한 날부터 시행한다. 😀"));
    return w;
}

void expectBadInput(const DocumentReader& reader, const QByteArray& data, const QString& reason)
{
    try {
        reader.read(data, QStringLiteral("x"));
        QFAIL("no error");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), Error::Kind::BadInput);
        QVERIFY2(e.message().contains(reason), qPrintable(e.message()));
    }
}

QByteArray hwpxWithSection(const QByteArray& sectionXml, const QByteArray& manifest = {})
{
    ZipWriter zip;
    zip.add(QStringLiteral("mimetype"), "application/hwp+zip");
    if (!manifest.isEmpty())
        zip.add(QStringLiteral("META-INF/manifest.xml"), manifest);
    zip.add(QStringLiteral("Contents/section0.xml"), sectionXml);
    return zip.finish();
}

quint32 le32(const QByteArray& b, qsizetype at)
{
    return quint32(uchar(b[at])) | quint32(uchar(b[at + 1])) << 8 | quint32(uchar(b[at + 2])) << 16 |
           quint32(uchar(b[at + 3])) << 24;
}

void setLe32(QByteArray& b, qsizetype at, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        b[at + i] = char((v >> (8 * i)) & 0xFF);
}

} // namespace

class TestHwpReader : public QObject
{
    Q_OBJECT

private slots:
    void hwpAndHwpxGiveTheSameText()
    {
        const HwpTestWriter w = sampleDocument();
        const ExtractedDocument hwp = HwpReader().read(w.hwp(), QStringLiteral("a.hwp"));
        const ExtractedDocument hwpx = HwpxReader().read(w.hwpx(), QStringLiteral("a.hwpx"));
        const QString a = joinedText(hwp);
        const QString b = joinedText(hwpx);
        const double s = similarity(a, b);
        QVERIFY2(s >= 0.98, qPrintable(QStringLiteral("similarity %1\n%2\n---\n%3").arg(s).arg(a, b)));
        QCOMPARE(a, b);
        QCOMPARE(hwp.pages.size(), hwpx.pages.size());
        QVERIFY(hwp.pagesEstimated && hwpx.pagesEstimated);

        // The structure: header first and footer last on every page, a table row per line, the
        // footnote after its page's body, the text box after its paragraph, the page break, the
        // second section on a new page.
        QCOMPARE(hwp.pages.size(), 3);
        const QString first = hwp.pages[0].text;
        QVERIFY2(first.startsWith(QStringLiteral("사내 보안 지침\n\n제1조(목적)")), qPrintable(first));
        QVERIFY(first.contains(QStringLiteral("이름\t부서\t연락처\n김민지\t정보보호팀\t010-1234-5678")));
        QVERIFY(first.contains(QStringLiteral("아래 상자를 참고한다.\n\n주의: 외부 반출 금지")));
        QVERIFY(first.contains(QStringLiteral("[^1] 2024년 3월 기준")));
        QVERIFY(first.indexOf(QStringLiteral("[^1]")) >
                first.indexOf(QStringLiteral("주의: 외부 반출 금지")));
        QVERIFY(!first.contains(QStringLiteral("제2조")));
        QVERIFY(hwp.pages[1].text.startsWith(QStringLiteral("사내 보안 지침\n\n제2조(정의)")));
        QVERIFY(hwp.pages[1].text.endsWith(QStringLiteral("- 대외비 -")));
        QVERIFY(hwp.pages[2].text.contains(QStringLiteral("시행한다. 😀")));
    }

    void metadata()
    {
        HwpTestWriter::Options o;
        o.title = QStringLiteral("보안 지침");
        o.author = QStringLiteral("정보보호팀");
        const ExtractedDocument hwp = HwpReader().read(sampleDocument().hwp(o), QStringLiteral("a.hwp"));
        QCOMPARE(hwp.title, o.title);
        QCOMPARE(hwp.author, o.author);
        QCOMPARE(hwp.kind, QStringLiteral("hwp"));
        const ExtractedDocument hwpx = HwpxReader().read(sampleDocument().hwpx(), QStringLiteral("a.hwpx"));
        QCOMPARE(hwpx.title, QStringLiteral("시험 문서"));
        QCOMPARE(hwpx.author, QStringLiteral("홍길동"));
        QCOMPARE(hwpx.kind, QStringLiteral("hwpx"));
    }

    void containers_data()
    {
        QTest::addColumn<bool>("compressed");
        QTest::addColumn<int>("sectorSize");
        QTest::addColumn<qint64>("binData");
        QTest::newRow("stored streams") << false << 512 << qint64(0);
        QTest::newRow("4096-byte sectors") << true << 4096 << qint64(0);
        // Over ~6.8 MB, 512-byte sectors need more FAT sectors than the header lists: a DIFAT.
        QTest::newRow("over 7 MB, DIFAT") << true << 512 << qint64(7500000);
        // libgsf 1.14.50 writes a broken FAT for 4096-byte sectors once a file passes 128 sectors
        // (512 KB), so the large 4096-byte case stays under that.
        QTest::newRow("4096-byte sectors, 450 KB") << true << 4096 << qint64(450000);
    }

    void containers()
    {
        QFETCH(bool, compressed);
        QFETCH(int, sectorSize);
        QFETCH(qint64, binData);
        HwpTestWriter::Options o;
        o.compressed = compressed;
        o.sectorSize = sectorSize;
        o.binDataBytes = binData;
        const QByteArray file = sampleDocument().hwp(o);
        QCOMPARE(int(le32(file, 28) >> 16), sectorSize == 4096 ? 12 : 9); // sector shift at 30
        if (binData > 7000000)
            QVERIFY(file.size() > 7 * 1024 * 1024);
        FormatRegistry registry;
        const DocumentReader* reader = registry.readerFor(QStringLiteral("upload"), file.left(4096));
        QVERIFY(reader);
        QCOMPARE(reader->kind(), QStringLiteral("hwp"));
        const ExtractedDocument doc = reader->read(file, QStringLiteral("big.hwp"));
        QCOMPARE(joinedText(doc),
                 joinedText(HwpReader().read(sampleDocument().hwp(), QStringLiteral("a.hwp"))));
        QVERIFY(doc.warnings.isEmpty());
    }

    void fatLoopsDoNotHang()
    {
        // A loop in the directory's sector chain and in a stream's chain: a clear error or the text,
        // never a hang (libgsf follows chains with loop detection).
        const QByteArray file = sampleDocument().hwp();
        const qsizetype fatSector = le32(file, 76);
        const qsizetype fat = (fatSector + 1) * 512;
        QByteArray directoryLoop = file;
        const quint32 directory = le32(file, 48);
        setLe32(directoryLoop, fat + qsizetype(directory) * 4, directory);
        QByteArray everyChainLoops = file;
        for (quint32 s = 0; s < 128; ++s)
            if (le32(file, fat + s * 4) < 0xFFFFFFFA)
                setLe32(everyChainLoops, fat + s * 4, s);
        for (const QByteArray& damaged : {directoryLoop, everyChainLoops}) {
            try {
                const ExtractedDocument doc = HwpReader().read(damaged, QStringLiteral("loop.hwp"));
                QVERIFY(!doc.pages.isEmpty());
            } catch (const Error& e) {
                QCOMPARE(e.kind(), Error::Kind::BadInput);
            }
        }
    }

    void truncatedSections()
    {
        // Stored: the last record is cut; compressed: the deflate stream is cut. The text before
        // the cut is kept and the document carries a warning.
        for (const bool compressed : {false, true}) {
            HwpTestWriter w;
            for (int i = 0; i < 200; ++i)
                w.paragraph(QStringLiteral("문단 %1: 잘린 파일에서도 앞부분은 남는다.").arg(i));
            HwpTestWriter::Options o;
            o.compressed = compressed;
            o.truncateSectionBy = compressed ? 200 : 7;
            const ExtractedDocument doc = HwpReader().read(w.hwp(o), QStringLiteral("cut.hwp"));
            const QString text = joinedText(doc);
            QVERIFY(text.contains(QStringLiteral("문단 0: 잘린 파일에서도 앞부분은 남는다.")));
            QVERIFY(text.contains(QStringLiteral("문단 150:")));
            QVERIFY2(!doc.warnings.isEmpty() &&
                         doc.warnings.join(QString()).contains(QStringLiteral("truncated")),
                     qPrintable(doc.warnings.join(QLatin1Char('\n'))));
        }
    }

    void refusesWithAClearReason()
    {
        HwpTestWriter::Options password;
        password.extraFlags = 0x02;
        expectBadInput(HwpReader(), sampleDocument().hwp(password), QStringLiteral("password"));
        HwpTestWriter::Options drm;
        drm.extraFlags = 0x10;
        expectBadInput(HwpReader(), sampleDocument().hwp(drm), QStringLiteral("DRM"));
        HwpTestWriter::Options word;
        word.fileHeader = false;
        expectBadInput(HwpReader(), sampleDocument().hwp(word), QStringLiteral("old Word document"));
        const QByteArray hwp3 =
            QByteArray("HWP Document File V3.00 \x1a\x01\x02\x03\x04\x05") + QByteArray(200, '\0');
        FormatRegistry registry;
        const DocumentReader* reader = registry.readerFor(QStringLiteral("old.hwp"), hwp3);
        QVERIFY(reader);
        expectBadInput(*reader, hwp3, QStringLiteral("HWP 3.0"));
        expectBadInput(HwpReader(), QByteArray(), QStringLiteral("empty"));
        expectBadInput(HwpReader(), QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + QByteArray(100, 'x'),
                       QStringLiteral("damaged"));
    }

    void distributionFallbacks()
    {
        // The distribution flag without ViewText: BodyText is the text.
        HwpTestWriter::Options flagOnly;
        flagOnly.extraFlags = 0x04;
        QCOMPARE(joinedText(HwpReader().read(sampleDocument().hwp(flagOnly), QStringLiteral("d.hwp"))),
                 joinedText(HwpReader().read(sampleDocument().hwp(), QStringLiteral("a.hwp"))));
        // ViewText that does not decrypt to records (here: a DISTRIBUTE_DOC_DATA header over noise):
        // BodyText would only hold the distribution stub, so the document is refused, saying why.
        HwpTestWriter::Options noise;
        noise.extraFlags = 0x04;
        noise.viewText = QByteArray("\x1c\x00\x00\x10", 4);
        for (int i = 0; i < 256 + 4096; ++i)
            noise.viewText.append(char((i * 7919) >> 3));
        expectBadInput(HwpReader(), sampleDocument().hwp(noise), QStringLiteral("could not be decrypted"));
    }

    void detectionByContent()
    {
        FormatRegistry registry;
        const QByteArray hwp = sampleDocument().hwp();
        const QByteArray hwpx = sampleDocument().hwpx();
        // An HWP 5 file named .hwpx is HWP 5, and the other way round; names do not matter.
        QCOMPARE(registry.readerFor(QStringLiteral("a.hwpx"), hwp.left(4096))->kind(), QStringLiteral("hwp"));
        QCOMPARE(registry.readerFor(QStringLiteral("a.hwp"), hwpx.left(4096))->kind(),
                 QStringLiteral("hwpx"));
        QCOMPARE(registry.readerFor(QStringLiteral("a.docx"), hwpx.left(4096))->kind(),
                 QStringLiteral("hwpx"));
        QCOMPARE(toString(FileSniffer::sniff(QStringLiteral("a.txt"), hwp.left(4096), registry).kind),
                 QStringLiteral("hwp"));
        // libgsf writes the directory at the end: from the first 4 KiB, an HWP file or an old Office
        // file; the worker's reader decides (a Word file gets "not an HWP document (an old Word ...)").
        HwpTestWriter::Options big;
        big.binDataBytes = 300000;
        const FileSniff late =
            FileSniffer::sniff(QStringLiteral("a.hwp"), sampleDocument().hwp(big).left(4096), registry);
        QCOMPARE(toString(late.kind), QStringLiteral("unknown"));
        QVERIFY(late.supported);
        // A .hwp file that is neither format is damaged or mislabelled, not text.
        const FileSniff text = FileSniffer::sniff(QStringLiteral("memo.hwp"), "plain words", registry);
        QVERIFY(text.corrupt);
        QVERIFY(!text.supported);
        QVERIFY(text.problem.contains(QStringLiteral(".hwp")));
        const FileSniff hwpml =
            FileSniffer::sniff(QStringLiteral("form.hwp"), "<?xml version=\"1.0\"?><HWPML>", registry);
        QVERIFY(hwpml.corrupt);
        QVERIFY(hwpml.problem.contains(QStringLiteral("HWPML")));
    }

    void recordsAndControlCharacters()
    {
        // A paragraph whose PARA_TEXT has a tab (an 8-unit inline control), a line break, a
        // non-breaking and a fixed-width space, a hyphen, a field start (8-unit extended control)
        // and a surrogate pair; then an unknown tag, a level jump and a record cut at the end.
        auto put16 = [](QByteArray& b, quint16 v) { b.append(char(v & 0xFF)).append(char(v >> 8)); };
        auto put32 = [&](QByteArray& b, quint32 v) {
            put16(b, quint16(v & 0xFFFF));
            put16(b, quint16(v >> 16));
        };
        auto record = [&](QByteArray& b, int tag, int level, const QByteArray& data) {
            put32(b, quint32(tag) | quint32(level) << 10 | quint32(data.size()) << 20);
            b.append(data);
        };
        QByteArray text;
        for (const QChar c : QStringLiteral("가"))
            put16(text, c.unicode());
        put16(text, 9);
        for (int i = 0; i < 6; ++i)
            put16(text, 0x1234);
        put16(text, 9);
        put16(text, u'나');
        put16(text, 10);
        put16(text, u'다');
        put16(text, 30);
        put16(text, u'라');
        put16(text, 31);
        put16(text, 24);
        put16(text, 3); // field start: extended control, 8 units, skipped
        put32(text, 0x25636c6b);
        for (int i = 0; i < 4; ++i)
            put16(text, 0);
        put16(text, 3);
        put16(text, 0xD83D); // 😀
        put16(text, 0xDE00);
        put16(text, 0xD800); // a lone surrogate
        put16(text, u'끝');
        put16(text, 13);
        QByteArray section;
        record(section, 0x42, 0, QByteArray(24, '\0'));
        record(section, 0x43, 1, text);
        record(section, 0x3FF, 1, QByteArray(10, 'z')); // unknown tag: skipped by size
        record(section, 0x42, 0, QByteArray(24, '\0'));
        record(section, 0x43, 7, QByteArray("\xc8\xb9\x0d\x00", 4)); // level jump: clamped to 1; "마"
        record(section, 0x42, 0, QByteArray(24, '\0'));
        put32(section, 0x43 | 1 << 10 | 40 << 20); // PARA_TEXT claiming 40 bytes, 4 there
        section.append(QByteArray("\x14\xbc\x00\x00", 4));

        HwpDocumentBuilder builder;
        HwpBodyParser parser(builder);
        parser.parseSection(section);
        QVERIFY(!parser.warnings().isEmpty());
        const QList<ExtractedPage> pages = builder.finish();
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages[0].text, QStringLiteral("가\t나\n다 라 -😀\uFFFD끝\n\n마\n\n바"));
        QVERIFY(!HwpBodyParser::looksLikeSection(section));
        // Millions of empty records: indexed up to a limit, then a warning, not all memory.
        HwpDocumentBuilder empty;
        HwpBodyParser many(empty);
        many.parseSection(QByteArray(4 * 4'100'000, '\0'));
        QVERIFY(!many.warnings().isEmpty());
        QVERIFY(empty.finish().isEmpty());
        QVERIFY(HwpBodyParser::looksLikeSection(sampleDocument().sectionRecords(0)));
    }

    void hwpxGuards()
    {
        const QByteArray sec = "<hs:sec xmlns:hs=\"http://www.hancom.co.kr/hwpml/2011/section\" "
                               "xmlns:hp=\"http://www.hancom.co.kr/hwpml/2011/paragraph\">";
        // A DTD (entity declarations) is refused before anything is expanded.
        expectBadInput(HwpxReader(),
                       hwpxWithSection("<?xml version=\"1.0\"?><!DOCTYPE sec [<!ENTITY a \"aaaaaaaaaa\">"
                                       "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>" +
                                       sec + "<hp:p><hp:run><hp:t>&b;</hp:t></hp:run></hp:p></hs:sec>"),
                       QStringLiteral("DTD"));
        // Nesting beyond the limit.
        QByteArray deep = sec;
        for (int i = 0; i < 300; ++i)
            deep += "<hp:p>";
        expectBadInput(HwpxReader(), hwpxWithSection(deep), QStringLiteral("deep"));
        // Encrypted package.
        expectBadInput(
            HwpxReader(),
            hwpxWithSection(sec + "</hs:sec>",
                            "<odf:manifest xmlns:odf=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                            "<odf:file-entry odf:full-path=\"Contents/section0.xml\"><odf:encryption-data/>"
                            "</odf:file-entry></odf:manifest>"),
            QStringLiteral("encrypted"));
        // A section that inflates past the limit (a zip bomb).
        {
            ZipWriter zip;
            zip.add(QStringLiteral("mimetype"), "application/hwp+zip");
            zip.addRepeated(QStringLiteral("Contents/section0.xml"), ' ', 80LL * 1024 * 1024);
            expectBadInput(HwpxReader(), zip.finish(), QStringLiteral("zip bomb"));
        }
        // Another ZIP type.
        {
            ZipWriter zip;
            zip.add(QStringLiteral("mimetype"), "application/epub+zip");
            expectBadInput(HwpxReader(), zip.finish(), QStringLiteral("not an HWPX"));
        }
        // Tracked deletions, inline children, the 2016 namespace; without spine and mimetype.
        ZipWriter zip;
        zip.add(QStringLiteral("Contents/section1.xml"),
                "<s:sec xmlns:s=\"http://www.hancom.co.kr/hwpml/2011/section\" "
                "xmlns:q=\"http://www.hancom.co.kr/hwpml/2016/paragraph\"><q:p><q:run><q:t>둘째</q:t></"
                "q:run></q:p>"
                "</s:sec>");
        zip.add(
            QStringLiteral("Contents/section0.xml"),
            sec + "<hp:p><hp:run><hp:t>가<hp:tab/>나<hp:lineBreak/>다<hp:nbSpace/>라<hp:fwSpace/>"
                  "<hp:deleteBegin Id=\"1\"/>지운 글<hp:deleteEnd Id=\"1\"/><hp:insertBegin Id=\"2\"/>넣은 글"
                  "<hp:insertEnd Id=\"2\"/><hp:markpenBegin/>형광<hp:markpenEnd/></hp:t></hp:run>"
                  "<hp:run><hp:equation><hp:script>x over "
                  "y</hp:script></hp:equation></hp:run></hp:p></hs:sec>");
        const ExtractedDocument doc = HwpxReader().read(zip.finish(), QStringLiteral("x.hwpx"));
        QCOMPARE(joinedText(doc), QStringLiteral("가\t나\n다 라 넣은 글형광\n\n둘째"));
        QCOMPARE(doc.pages.size(), 2);    // a section starts a page
        QVERIFY(!doc.warnings.isEmpty()); // no mimetype
    }

    void spineOrder()
    {
        // The spine decides the order of the sections, not their names.
        ZipWriter zip;
        zip.add(QStringLiteral("mimetype"), "application/hwp+zip");
        const QByteArray sec = "<hs:sec xmlns:hs=\"http://www.hancom.co.kr/hwpml/2011/section\" "
                               "xmlns:hp=\"http://www.hancom.co.kr/hwpml/2011/paragraph\">";
        zip.add(QStringLiteral("Contents/section0.xml"),
                sec + "<hp:p><hp:run><hp:t>B</hp:t></hp:run></hp:p></hs:sec>");
        zip.add(QStringLiteral("Contents/section1.xml"),
                sec + "<hp:p><hp:run><hp:t>A</hp:t></hp:run></hp:p></hs:sec>");
        zip.add(QStringLiteral("Contents/content.hpf"),
                "<opf:package xmlns:opf=\"http://www.idpf.org/2007/opf/\"><opf:manifest>"
                "<opf:item id=\"s0\" href=\"Contents/section0.xml\"/><opf:item id=\"s1\" "
                "href=\"Contents/section1.xml\"/>"
                "</opf:manifest><opf:spine><opf:itemref idref=\"s1\"/><opf:itemref idref=\"s0\"/></opf:spine>"
                "</opf:package>");
        const ExtractedDocument doc = HwpxReader().read(zip.finish(), QStringLiteral("x.hwpx"));
        QCOMPARE(joinedText(doc), QStringLiteral("A\n\nB"));
    }
};

QTEST_GUILESS_MAIN(TestHwpReader)
#include "TestHwpReader.moc"
