#include "ZipWriter.h"
#include "formats/DocxReader.h"
#include "formats/ZipArchive.h"
#include "util/Error.h"

#include <QTest>

using namespace quarry;
using quarry::test::docxFromBody;
using quarry::test::ZipWriter;

namespace {

QString para(const QString& text, const QString& style = {})
{
    const QString pPr = style.isEmpty() ? QString() : QStringLiteral("<w:pPr><w:pStyle w:val=\"%1\"/></w:pPr>").arg(style);
    return QStringLiteral("<w:p>%1<w:r><w:t xml:space=\"preserve\">%2</w:t></w:r></w:p>").arg(pPr, text);
}

QString cell(const QString& text)
{
    return QStringLiteral("<w:tc><w:tcPr/>%1</w:tc>").arg(para(text));
}

const QByteArray kCoreXml = QByteArrayLiteral(
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><cp:coreProperties "
    "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
    "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
    "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
    "<dc:title>분기 보고서</dc:title><dc:creator>Kim Minji</dc:creator>"
    "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2024-03-01T09:30:00Z</dcterms:created>"
    "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2024-03-05T17:00:00Z</dcterms:modified>"
    "</cp:coreProperties>");

// Korean Word writes localized style ids; only the style name says "heading 1".
const QByteArray kStylesXml = QByteArrayLiteral(
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles "
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
    "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"a3\"><w:name w:val=\"Normal Indent\"/></w:style>"
    "</w:styles>");

QString fullBody()
{
    return para(QStringLiteral("Quarterly Report"), QStringLiteral("Title"))
           + para(QStringLiteral("Overview"), QStringLiteral("Heading1"))
           // One sentence in several runs, with a tab, a line break and tracked deletions.
           + QStringLiteral("<w:p><w:r><w:t xml:space=\"preserve\">Revenue grew </w:t></w:r>"
                            "<w:r><w:rPr><w:b/></w:rPr><w:t>12%</w:t></w:r>"
                            "<w:del w:id=\"1\"><w:r><w:delText>DELETED</w:delText></w:r></w:del>"
                            "<w:r><w:t xml:space=\"preserve\"> this year.</w:t><w:tab/><w:t>Tabbed</w:t>"
                            "<w:br/><w:t>Second line</w:t></w:r></w:p>")
           + QStringLiteral("<w:tbl><w:tblPr/><w:tr>%1%2</w:tr><w:tr>%3%4</w:tr></w:tbl>")
                 .arg(cell(QStringLiteral("Name")), cell(QStringLiteral("Team")), cell(QStringLiteral("Kim")),
                      cell(QStringLiteral("정보보호팀")))
           + QStringLiteral("<w:p><w:r><w:t>Before break</w:t><w:br w:type=\"page\"/><w:t>After break</w:t></w:r></w:p>")
           + para(QStringLiteral("개요와 목적"), QStringLiteral("1"))
           + para(QStringLiteral("이 문서는 &lt;내부용&gt; 자료입니다."))
           + QStringLiteral("<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>"
                            "<w:r><w:t>7</w:t></w:r></w:p>")
           + QStringLiteral("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr>");
}

} // namespace

class TestDocxReader : public QObject
{
    Q_OBJECT
private slots:
    void readsStructureAndMetadata()
    {
        const QByteArray docx = docxFromBody(fullBody(), kStylesXml, kCoreXml);
        const ExtractedDocument doc = DocxReader().read(docx, QStringLiteral("report.docx"));
        QCOMPARE(doc.kind, QStringLiteral("docx"));
        QCOMPARE(doc.pages.size(), 2);
        QCOMPARE(doc.pages[0].text, QStringLiteral("Quarterly Report\n\nOverview\n\n"
                                                   "Revenue grew 12% this year.\tTabbed\nSecond line\n\n"
                                                   "Name\tTeam\nKim\t정보보호팀\n\nBefore break"));
        QCOMPARE(doc.pages[1].text, QStringLiteral("After break\n\n개요와 목적\n\n이 문서는 <내부용> 자료입니다.\n\n7"));
        QCOMPARE(doc.title, QStringLiteral("분기 보고서"));
        QCOMPARE(doc.author, QStringLiteral("Kim Minji"));
        QCOMPARE(doc.created, QDateTime(QDate(2024, 3, 1), QTime(9, 30), Qt::UTC));
        QCOMPARE(doc.modified, QDateTime(QDate(2024, 3, 5), QTime(17, 0), Qt::UTC));
    }

    void headingsAreOneLine()
    {
        const QString body = QStringLiteral("<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t>Scope</w:t>"
                                            "<w:br/><w:t>and aims</w:t></w:r></w:p>")
                             + para(QStringLiteral("Text."));
        const ExtractedDocument doc = DocxReader().read(docxFromBody(body), QStringLiteral("h.docx"));
        QCOMPARE(doc.pages[0].text, QStringLiteral("Scope and aims\n\nText."));
    }

    void textBoxFallbackIsNotDuplicated()
    {
        const QString body = QStringLiteral(
            "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent>%1"
            "</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>%1</w:txbxContent>"
            "</w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Body</w:t></w:r></w:p>")
                                 .arg(para(QStringLiteral("Boxed")));
        const ExtractedDocument doc = DocxReader().read(docxFromBody(body), QStringLiteral("box.docx"));
        QCOMPARE(doc.pages[0].text.count(QStringLiteral("Boxed")), 1);
        QVERIFY(doc.pages[0].text.contains(QStringLiteral("Body")));
    }

    void corruptAndEmptyFilesAreReadableErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray good = docxFromBody(fullBody());
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("garbage") << QByteArray("this is not a zip file at all") << QStringLiteral("not a Word document");
        QTest::newRow("truncated") << good.left(good.size() / 2) << QStringLiteral("docx");
        QTest::newRow("ole (encrypted or .doc)") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest", 13)
                                                 << QStringLiteral(".doc");
        ZipWriter other;
        other.add(QStringLiteral("readme.txt"), "hello");
        QTest::newRow("zip without document") << other.finish() << QStringLiteral("word/document.xml is missing");
        QTest::newRow("bad xml") << docxFromBody(QStringLiteral("<w:p><w:r><w:t>unclosed</w:r></w:p>"))
                                 << QStringLiteral("damaged");
        QTest::newRow("no text") << docxFromBody(QStringLiteral("<w:p/><w:p><w:r/></w:p>")) << QStringLiteral("no text");
    }
    void corruptAndEmptyFilesAreReadableErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        try {
            DocxReader().read(bytes, QStringLiteral("broken.docx"));
            QFAIL("expected an error");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::BadInput);
            QVERIFY2(e.message().startsWith(QLatin1String("broken.docx: ")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(reason), qPrintable(e.message()));
        }
    }

    void zipBombIsRefused()
    {
        // 120 MB of spaces compress to about 120 KB; the per-entry cap is 100 MB.
        ZipWriter zip;
        zip.add(QStringLiteral("[Content_Types].xml"), "<Types/>");
        zip.addRepeated(QStringLiteral("word/document.xml"), ' ', 120LL * 1024 * 1024);
        const QByteArray bomb = zip.finish();
        QVERIFY(bomb.size() < 2 * 1024 * 1024);
        try {
            DocxReader().read(bomb, QStringLiteral("bomb.docx"));
            QFAIL("expected an error");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QLatin1String("zip bomb")), qPrintable(e.message()));
        }
    }

    void archiveLimits()
    {
        ZipWriter zip;
        for (int i = 0; i < 50; ++i)
            zip.add(QStringLiteral("f%1.txt").arg(i), QByteArray(1000, 'x'));
        const QByteArray data = zip.finish();
        ZipArchive::Limits few;
        few.maxEntries = 10;
        QVERIFY_THROWS_EXCEPTION(Error, ZipArchive::extract(data, {QStringLiteral("f3.txt")}, QStringLiteral("z"), few));
        ZipArchive::Limits small;
        small.maxTotalBytes = 2500;
        QVERIFY_THROWS_EXCEPTION(Error, ZipArchive::extract(data, {QStringLiteral("f1.txt"), QStringLiteral("f2.txt"),
                                                                   QStringLiteral("f3.txt")},
                                                            QStringLiteral("z"), small));
        const auto parts = ZipArchive::extract(data, {QStringLiteral("f1.txt"), QStringLiteral("f2.txt")}, QStringLiteral("z"), small);
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.value(QStringLiteral("f2.txt")), QByteArray(1000, 'x'));
    }

    void canRead()
    {
        DocxReader reader;
        QVERIFY(reader.canRead(QStringLiteral("a.DOCX"), {}));
        const QByteArray docx = docxFromBody(para(QStringLiteral("x")));
        QVERIFY(reader.canRead(QStringLiteral("renamed.bin"), docx.left(4096)));
        QVERIFY(!reader.canRead(QStringLiteral("notes.txt"), QByteArray("hello")));
    }
};

QTEST_GUILESS_MAIN(TestDocxReader)
#include "TestDocxReader.moc"
