#include "formats/FormatRegistry.h"
#include "formats/MarkdownReader.h"
#include "formats/PlainTextReader.h"
#include "util/Error.h"

#include <QTest>

#include <iconv.h>

using namespace quarry;

namespace {

QByteArray encode(const QString& text, const char* encoding)
{
    const QByteArray utf8 = text.toUtf8();
    iconv_t cd = iconv_open(encoding, "UTF-8");
    QByteArray out(utf8.size() * 4 + 16, '\0');
    char* in = const_cast<char*>(utf8.constData());
    size_t inLeft = size_t(utf8.size());
    char* op = out.data();
    size_t outLeft = size_t(out.size());
    iconv(cd, &in, &inLeft, &op, &outLeft);
    iconv_close(cd);
    out.resize(out.size() - qsizetype(outLeft));
    return out;
}

void expectBadInput(const DocumentReader& reader, const QByteArray& bytes, const QString& name, const QString& reason)
{
    try {
        reader.read(bytes, name);
        QFAIL("expected an error");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), Error::Kind::BadInput);
        QVERIFY2(e.message().startsWith(name + QStringLiteral(": ")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(reason), qPrintable(e.message()));
    }
}

} // namespace

class TestTextReaders : public QObject
{
    Q_OBJECT
private slots:
    void plainTextCp949WithPages()
    {
        const QString text = QStringLiteral("첫 페이지입니다.\r\n둘째 줄.\f둘째 페이지\r\n\f");
        const ExtractedDocument doc = PlainTextReader().read(encode(text, "CP949"), QStringLiteral("memo.txt"));
        QCOMPARE(doc.kind, QStringLiteral("text"));
        QCOMPARE(doc.mime, QStringLiteral("text/plain"));
        QCOMPARE(doc.encoding, QStringLiteral("CP949"));
        QCOMPARE(doc.pages.size(), 2); // the trailing form feed adds no page
        QCOMPARE(doc.pages[0].text, QStringLiteral("첫 페이지입니다.\n둘째 줄."));
        QCOMPARE(doc.pages[1].text, QStringLiteral("둘째 페이지\n"));
    }

    void plainTextUtf16AndCsv()
    {
        QByteArray bytes("\xFF\xFE", 2);
        bytes += encode(QStringLiteral("name,team\nKim,보안팀\n"), "UTF-16LE");
        const ExtractedDocument doc = PlainTextReader().read(bytes, QStringLiteral("people.csv"));
        QCOMPARE(doc.mime, QStringLiteral("text/csv"));
        QCOMPARE(doc.encoding, QStringLiteral("UTF-16LE"));
        QCOMPARE(doc.pages[0].text, QStringLiteral("name,team\nKim,보안팀\n"));
    }

    void plainTextErrors()
    {
        PlainTextReader reader;
        expectBadInput(reader, QByteArray(), QStringLiteral("empty.txt"), QStringLiteral("empty"));
        expectBadInput(reader, QByteArray(" \n\t\r\n"), QStringLiteral("blank.txt"), QStringLiteral("no text"));
        expectBadInput(reader, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0", 18), QStringLiteral("image.txt"),
                       QStringLiteral("binary"));
    }

    void markdownToParagraphs()
    {
        const QString md = QStringLiteral(
            "---\ntitle: \"Team Handbook\"\ndate: 2024-01-01\n---\n"
            "# Welcome to *Quarry*\n\n"
            "This is **bold**, __strong__, _emphasis_ and ~~struck~~ text with `inline code`,\n"
            "a [link](https://example.com/a_(b)) and an ![image alt](img.png \"t\"). snake_case_name stays;\n"
            "2 * 3 = 6 and a_b too. Escaped \\*stars\\*. <span class=\"x\">html</span> <https://quarry.invalid>\n\n"
            "Setext Heading\n--------------\n\n"
            "> Quoted line\n\n"
            "* item one\n+ item two\n1. first\n2) second\n- [x] done task\n\n"
            "| Name | Team |\n|------|:----:|\n| Kim  | 보안팀 |\n| Lee \\| Park | HR |\n\n"
            "```cpp\nint main() { return a*b*c; }\n```\n\n"
            "***\n\n"
            "[ref]: https://example.com\n"
            "한국어 *강조* 문장입니다.\n");
        const ExtractedDocument doc = MarkdownReader().read(md.toUtf8(), QStringLiteral("handbook.md"));
        QCOMPARE(doc.kind, QStringLiteral("markdown"));
        QCOMPARE(doc.title, QStringLiteral("Team Handbook"));
        QCOMPARE(doc.pages.size(), 1);
        QCOMPARE(doc.pages[0].text,
                 QStringLiteral("Welcome to Quarry\n\n"
                                "This is bold, strong, emphasis and struck text with inline code,\n"
                                "a link and an image alt. snake_case_name stays;\n"
                                "2 * 3 = 6 and a_b too. Escaped *stars*. html https://quarry.invalid\n\n"
                                "Setext Heading\n\n"
                                "Quoted line\n\n"
                                "- item one\n- item two\n1. first\n2. second\n- done task\n\n"
                                "Name\tTeam\nKim\t보안팀\nLee | Park\tHR\n\n"
                                "int main() { return a*b*c; }\n\n"
                                "한국어 강조 문장입니다."));
    }

    void markdownTitleFromHeading()
    {
        const ExtractedDocument doc =
            MarkdownReader().read(QByteArray("Intro text\n\nMain Title\n==========\n\n# Later\n"), QStringLiteral("t.md"));
        QCOMPARE(doc.title, QStringLiteral("Main Title"));
        QCOMPARE(doc.pages[0].text, QStringLiteral("Intro text\n\nMain Title\n\nLater"));
        expectBadInput(MarkdownReader(), QByteArray("---\n---\n\n"), QStringLiteral("e.md"), QStringLiteral("no text"));
    }

    void registryPicksTheRightReader()
    {
        FormatRegistry registry;
        QCOMPARE(registry.readers().size(), size_t(6)); // text, Markdown, DOCX, HTML, HWP, HWPX
        auto kindFor = [&](const QString& name, const QByteArray& head) {
            const DocumentReader* r = registry.readerFor(name, head);
            return r ? r->kind() : QStringLiteral("none");
        };
        QCOMPARE(kindFor(QStringLiteral("a.docx"), {}), QStringLiteral("docx"));
        QCOMPARE(kindFor(QStringLiteral("a.html"), {}), QStringLiteral("html"));
        QCOMPARE(kindFor(QStringLiteral("README.md"), "# x"), QStringLiteral("markdown"));
        QCOMPARE(kindFor(QStringLiteral("notes.TXT"), "hello"), QStringLiteral("text"));
        QCOMPARE(kindFor(QStringLiteral("server.log"), "x"), QStringLiteral("text"));
        QCOMPARE(kindFor(QStringLiteral("Makefile"), "all:\n\tcc x.c\n"), QStringLiteral("text"));
        QCOMPARE(kindFor(QStringLiteral("memo"), encode(QStringLiteral("회의록입니다"), "CP949")), QStringLiteral("text"));
        QCOMPARE(kindFor(QStringLiteral("saved_page"), "<!DOCTYPE html><html>"), QStringLiteral("html"));
        QCOMPARE(kindFor(QStringLiteral("photo.png"), QByteArray("\x89PNG\r\n\x1a\n\0\0", 10)), QStringLiteral("none"));
        QCOMPARE(kindFor(QStringLiteral("blob.bin"), QByteArray("\0\1\2\3", 4)), QStringLiteral("none"));
        QCOMPARE(kindFor(QStringLiteral("scan.pdf"), "%PDF-1.7\n"), QStringLiteral("none"));
    }
};

QTEST_GUILESS_MAIN(TestTextReaders)
#include "TestTextReaders.moc"
