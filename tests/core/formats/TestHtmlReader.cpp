#include "formats/HtmlReader.h"
#include "util/Error.h"

#include <QTest>

#include <iconv.h>

using namespace quarry;

namespace {

QByteArray toCp949(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    iconv_t cd = iconv_open("CP949", "UTF-8");
    QByteArray out(utf8.size() * 2 + 16, '\0');
    char* in = const_cast<char*>(utf8.constData());
    size_t inLeft = size_t(utf8.size());
    char* op = out.data();
    size_t outLeft = size_t(out.size());
    iconv(cd, &in, &inLeft, &op, &outLeft);
    iconv_close(cd);
    out.resize(out.size() - qsizetype(outLeft));
    return out;
}

ExtractedDocument read(const QByteArray& html)
{
    return HtmlReader().read(html, QStringLiteral("page.html"));
}

} // namespace

class TestHtmlReader : public QObject
{
    Q_OBJECT
private slots:
    void structureAndEntities()
    {
        const QByteArray html = QStringLiteral(
            "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Policy &amp; Rules</title>\n"
            "<meta name=\"author\" content=\"Lee &quot;HR&quot;\">"
            "<style>body { color: red; } p > a { }</style>\n"
            "<script>var x = '<p>not text</p>'; if (a < b) {}</script></head>\n"
            "<body><!-- a comment <p>hidden</p> -->\n"
            "<h1>Privacy   Policy</h1>\n"
            "<p>We keep <b>your</b> data &lt;safe&gt; &copy; 2024&nbsp;ACME&#33; &#x1F600; a < b</p>\n"
            "<p>Line one<br>Line two<br/>Line three</p>\n"
            "<ul><li>First item<li>Second <i>item</i></li></ul>\n"
            "<ol start=\"3\"><li>Third</li><li>Fourth</li></ol>\n"
            "<table><tr><th>Name</th><th>Team</th></tr><tr><td>Kim</td><td>보안팀</td></tr></table>\n"
            "<div><div><p>Nested</p></div></div><p></p><p>  </p>\n"
            "<pre>\ncode  keeps\n  spacing</pre>\n"
            "<p>Unknown &bogus; entity and &amp</p>"
            "<noscript>Enable JavaScript</noscript>\n"
            "</body></html>")
                                  .toUtf8();
        const ExtractedDocument doc = read(html);
        QCOMPARE(doc.kind, QStringLiteral("html"));
        QCOMPARE(doc.title, QStringLiteral("Policy & Rules"));
        QCOMPARE(doc.author, QStringLiteral("Lee \"HR\""));
        QCOMPARE(doc.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(doc.pages.size(), 1);
        QCOMPARE(doc.pages[0].text,
                 QStringLiteral("Privacy Policy\n\n"
                                "We keep your data <safe> © 2024\u00A0ACME! \U0001F600 a < b\n\n"
                                "Line one\nLine two\nLine three\n\n"
                                "- First item\n- Second item\n\n"
                                "3. Third\n4. Fourth\n\n"
                                "Name\tTeam\nKim\t보안팀\n\n"
                                "Nested\n\n"
                                "code  keeps\n  spacing\n\n"
                                "Unknown &bogus; entity and &"));
    }

    void charsetFromMetaTag()
    {
        const QString body = QStringLiteral("<p>개인정보 처리방침</p><p>회사는 정보를 보호합니다.</p>");
        QByteArray html = "<html><head><meta charset=\"euc-kr\"><title>" + toCp949(QStringLiteral("방침")) +
                          "</title></head><body>" + toCp949(body) + "</body></html>";
        ExtractedDocument doc = read(html);
        QCOMPARE(doc.encoding, QStringLiteral("CP949"));
        QCOMPARE(doc.title, QStringLiteral("방침"));
        QCOMPARE(doc.pages[0].text, QStringLiteral("개인정보 처리방침\n\n회사는 정보를 보호합니다."));

        html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ks_c_5601-1987\">"
               "</head><body>" + toCp949(body) + "</body></html>";
        doc = read(html);
        QCOMPARE(doc.encoding, QStringLiteral("CP949"));
        QCOMPARE(doc.pages[0].text, QStringLiteral("개인정보 처리방침\n\n회사는 정보를 보호합니다."));
    }

    void charsetDetectedWithoutDeclaration()
    {
        const QByteArray html = "<html><body><h2>" + toCp949(QStringLiteral("회의록")) + "</h2><p>" +
                                toCp949(QStringLiteral("다음 회의는 월요일입니다.")) + "</p></body></html>";
        const ExtractedDocument doc = read(html);
        QCOMPARE(doc.encoding, QStringLiteral("CP949"));
        QCOMPARE(doc.pages[0].text, QStringLiteral("회의록\n\n다음 회의는 월요일입니다."));
        QCOMPARE(doc.title, QString()); // no <title>, no <h1>
    }

    void wrongDeclarationFallsBackToDetection()
    {
        const QByteArray html = "<html><head><meta charset=\"utf-8\"></head><body><p>" +
                                toCp949(QStringLiteral("한국어로 된 본문입니다. 선언이 틀렸습니다.")) + "</p></body></html>";
        const ExtractedDocument doc = read(html);
        QCOMPARE(doc.encoding, QStringLiteral("CP949"));
        QCOMPARE(doc.pages[0].text, QStringLiteral("한국어로 된 본문입니다. 선언이 틀렸습니다."));
        QVERIFY(!doc.warnings.isEmpty());
    }

    void utf16WithBom()
    {
        const QString html = QStringLiteral("<html><body><h1>제목</h1><p>본문</p></body></html>");
        QByteArray bytes("\xFF\xFE", 2);
        for (const QChar c : html) {
            bytes.append(char(c.unicode() & 0xFF));
            bytes.append(char(c.unicode() >> 8));
        }
        const ExtractedDocument doc = read(bytes);
        QCOMPARE(doc.encoding, QStringLiteral("UTF-16LE"));
        QCOMPARE(doc.title, QStringLiteral("제목"));
        QCOMPARE(doc.pages[0].text, QStringLiteral("제목\n\n본문"));
    }

    void implicitHeadAndTolerance()
    {
        // No <head> end tag, unclosed tags, attributes without quotes, stray end tags, '<' in text.
        const ExtractedDocument doc = read(QByteArrayLiteral(
            "<title>T</title><link rel=stylesheet href=x.css><p class=a>One<p>Two</span></div><p>3 < 4 > 2"
            "<p><a href='x'>link</a> text<img src=y alt=\"pic\"></p><p>unterminated <b"));
        QCOMPARE(doc.title, QStringLiteral("T"));
        QCOMPARE(doc.pages[0].text, QStringLiteral("One\n\nTwo\n\n3 < 4 > 2\n\nlink text\n\nunterminated"));
    }

    void emptyOrMarkupOnlyIsAnError()
    {
        for (const QByteArray& bytes : {QByteArray(), QByteArray("  \n"), QByteArray("<html><head><title>x</title></head><body><script>1</script></body></html>")}) {
            try {
                read(bytes);
                QFAIL("expected an error");
            } catch (const Error& e) {
                QCOMPARE(e.kind(), Error::Kind::BadInput);
                QVERIFY(e.message().startsWith(QLatin1String("page.html: ")));
            }
        }
        QVERIFY_THROWS_EXCEPTION(Error, read(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)));
    }

    void canRead()
    {
        HtmlReader reader;
        QVERIFY(reader.canRead(QStringLiteral("x.HTM"), {}));
        QVERIFY(reader.canRead(QStringLiteral("saved"), QByteArray("\xEF\xBB\xBF  <!DOCTYPE html><html>")));
        QVERIFY(!reader.canRead(QStringLiteral("notes.txt"), QByteArray("<!doctype html>")));
        QVERIFY(!reader.canRead(QStringLiteral("a.csv"), QByteArray("a,b")));
    }
};

QTEST_GUILESS_MAIN(TestHtmlReader)
#include "TestHtmlReader.moc"
