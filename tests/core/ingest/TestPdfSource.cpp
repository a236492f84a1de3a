#include "IngestFixtures.h"
#include "PdfLayoutFixtures.h"
#include "TestDir.h"
#include "ingest/PdfSource.h"
#include "text/TextCleaner.h"
#include "util/Error.h"

#include <QFile>
#include <QTest>
#include <algorithm>

using namespace quarry;

namespace {

QString dataFile(const QString& name)
{
    return QStringLiteral(QUARRY_TEST_DATA "/pdf/") + name;
}

[[maybe_unused]] QStringList lines(const QString& text)
{
    return text.split(QLatin1Char('\n'));
}

QString join(const QStringList& parts)
{
    return parts.join(QLatin1Char('\n'));
}

// Where two texts first differ, line by line (QCOMPARE cuts long strings short).
QString firstDifference(const QString& actual, const QString& expected)
{
    const QStringList a = actual.split(QLatin1Char('\n'));
    const QStringList e = expected.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i)
        if (a.value(i, QStringLiteral("<end>")) != e.value(i, QStringLiteral("<end>")))
            return QStringLiteral("line %1: actual \"%2\", expected \"%3\" (previous: \"%4\")")
                .arg(i + 1)
                .arg(a.value(i, QStringLiteral("<end>")), e.value(i, QStringLiteral("<end>")),
                     a.value(i - 1));
    return {};
}

#define COMPARE_TEXT(actual, expected)                                                                       \
    do {                                                                                                     \
        const QString a_ = (actual);                                                                         \
        const QString e_ = (expected);                                                                       \
        QVERIFY2(a_ == e_, qPrintable(firstDifference(a_, e_)));                                             \
    } while (false)

QString pageTextOf(const QString& path, int pageNo = 1)
{
    PdfSource pdf(path, {});
    return pdf.pageText(pageNo);
}

} // namespace

class TestPdfSource : public QObject
{
    Q_OBJECT
private slots:
    void englishTextLayer()
    {
        test::TestDir dir;
        const QString path = dir.path(QStringLiteral("en.pdf"));
        test::writeTextPdf(path, {QStringLiteral("First page\nsecond line"), QStringLiteral("Page two text")},
                           {}, QStringLiteral("Quarterly Report"));
        PdfSource pdf(path, {});
        QCOMPARE(pdf.pageCount(), 2);
        const DocumentInfo info = pdf.info();
        QCOMPARE(info.title, QStringLiteral("Quarterly Report"));
        QVERIFY(info.created.isValid());
        QCOMPARE(info.kind, QStringLiteral("pdf"));
        const QString p1 = pdf.pageText(1);
        QVERIFY2(p1.contains(QStringLiteral("First page")), qPrintable(p1));
        QVERIFY(p1.indexOf(QStringLiteral("First")) < p1.indexOf(QStringLiteral("second")));
        QVERIFY(pdf.pageText(2).contains(QStringLiteral("Page two text")));
        QVERIFY(PdfSource::isUsableText(p1));
        QCOMPARE(qRound(pdf.pageSizePt(1).width()), 595);
        const QImage img = pdf.renderGray(1, 100);
        QCOMPARE(img.format(), QImage::Format_Grayscale8);
        QVERIFY(qAbs(img.width() - 827) <= 2);
        QVERIFY_THROWS_EXCEPTION(Error, pdf.pageText(3));
    }

    void koreanTextLayer()
    {
        test::TestDir dir;
        const QString path = dir.path(QStringLiteral("ko.pdf"));
        const QString line = QStringLiteral("설비 점검 안내문: 작업자는 유압을 확인한다");
        test::writeTextPdf(path, {line}, test::cjkFamily());
        PdfSource pdf(path, {});
        const QString text = pdf.pageText(1);
        QVERIFY2(text.contains(QStringLiteral("설비 점검 안내문")), qPrintable(text));
        QVERIFY(test::cer(line, text) < 0.05);
    }

    // --- reading order on generated pages ---

    void oneColumn()
    {
        test::TestDir dir;
        const QStringList body = test::proseLines(40, 80, 1);
        test::writeLayoutPdf(dir.path(QStringLiteral("one.pdf")), {test::column(60, 80, body)});
        COMPARE_TEXT(pageTextOf(dir.path(QStringLiteral("one.pdf"))), join(body));
    }

    void twoColumnsUnderAFullWidthTitle()
    {
        test::TestDir dir;
        // Lines share baselines across the gutter: Poppler's own reading order reads this page
        // line by line across it, as pdftotext does.
        const QStringList left = test::proseLines(45, 30, 2);
        const QStringList right = test::proseLines(45, 30, 3);
        QList<test::PlacedText> page{
            {QPointF(120, 70), QStringLiteral("Maintenance of Hydraulic Presses"), {}, 20}};
        page += test::column(50, 120, left, 9, 12);
        page += test::column(310, 120, right, 9, 12);
        test::writeLayoutPdf(dir.path(QStringLiteral("two.pdf")), {page});
        // Title first, then the left column, then the right one (which continues it).
        COMPARE_TEXT(pageTextOf(dir.path(QStringLiteral("two.pdf"))),
                     QStringLiteral("Maintenance of Hydraulic Presses\n\n") + join(left) + QLatin1Char('\n') +
                         join(right));
    }

    void threeColumns()
    {
        test::TestDir dir;
        const QStringList a = test::proseLines(50, 18, 4);
        const QStringList b = test::proseLines(50, 18, 5);
        const QStringList c = test::proseLines(50, 18, 6);
        QList<test::PlacedText> page = test::column(40, 80, a, 8, 11);
        page += test::column(220, 80, b, 8, 11);
        page += test::column(400, 80, c, 8, 11);
        test::writeLayoutPdf(dir.path(QStringLiteral("three.pdf")), {page});
        COMPARE_TEXT(pageTextOf(dir.path(QStringLiteral("three.pdf"))), join(a + b + c));
    }

    void koreanEnglishAndMixedLines()
    {
        test::TestDir dir;
        const QString cjk = test::cjkFamily();
        const QStringList ko = test::koreanLines(6, 30, 7);
        const QStringList en = test::proseLines(6, 60, 8);
        QList<test::PlacedText> page = test::column(60, 80, ko, 10, 16, cjk);
        page += test::column(60, 190, en, 10, 16);
        // Hangul from the CJK font, Latin and digits from DejaVu at other sizes and baselines.
        for (int i = 0; i < 6; ++i)
            page += test::mixedLine(
                60, 300 + 18 * i,
                {{QPointF(0, 0), QStringLiteral("작업자는 "), cjk, 10},
                 {QPointF(0, 0.5 * i),
                  QStringLiteral("hydraulic pressure %1 bar").arg(180 + i),
                  {},
                  10 - 0.4 * i},
                 {QPointF(0, 0), QStringLiteral("를 확인하고 김민수 010-2345-678%1에게 보고한다").arg(i), cjk,
                  10}});
        test::writeLayoutPdf(dir.path(QStringLiteral("mixed.pdf")), {page});
        const QString cjkEnd = QStringLiteral("를 확인하고 김민수 010-2345-678%1에게 보고한다");
        QStringList expected = ko;
        expected << QString() << en << QString();
        for (int i = 0; i < 6; ++i)
            expected << QStringLiteral("작업자는 hydraulic pressure %1 bar").arg(180 + i) + cjkEnd.arg(i);
        COMPARE_TEXT(pageTextOf(dir.path(QStringLiteral("mixed.pdf"))), join(expected));
    }

    void tableRowsStayRows()
    {
        test::TestDir dir;
        QList<test::PlacedText> page{
            {QPointF(60, 80), QStringLiteral("Inspection results by line:"), {}, 10}};
        const QStringList names{QStringLiteral("Line A"), QStringLiteral("Line B"), QStringLiteral("Line C"),
                                QStringLiteral("Line D")};
        for (int r = 0; r < 4; ++r) {
            page.append({QPointF(60, 110 + 16 * r), names[r], {}, 10});
            page.append({QPointF(200, 110 + 16 * r), QStringLiteral("%1 bar").arg(180 + 5 * r), {}, 10});
            page.append({QPointF(320, 110 + 16 * r),
                         r % 2 ? QStringLiteral("passed") : QStringLiteral("valve replaced"),
                         {},
                         10});
        }
        page += test::column(60, 200, test::proseLines(5, 80, 9));
        test::writeLayoutPdf(dir.path(QStringLiteral("table.pdf")), {page});
        QStringList expected{QStringLiteral("Inspection results by line:"), QString()};
        for (int r = 0; r < 4; ++r)
            expected << names[r] + QStringLiteral("\t%1 bar\t").arg(180 + 5 * r) +
                            (r % 2 ? QStringLiteral("passed") : QStringLiteral("valve replaced"));
        expected << QString() << test::proseLines(5, 80, 9);
        const QString raw = pageTextOf(dir.path(QStringLiteral("table.pdf")));
        COMPARE_TEXT(raw, join(expected));
        // The clean-up keeps a row a row, cells apart by one tab.
        QVERIFY(TextCleaner().clean({raw}).first().text.contains(
            QStringLiteral("Line B\t185 bar\tpassed\nLine C")));
    }

    void headerFooterAndFootnotes()
    {
        test::TestDir dir;
        QList<QList<test::PlacedText>> pages;
        QList<QStringList> bodies;
        QList<QStringList> notes;
        for (int n = 0; n < 3; ++n) {
            QList<test::PlacedText> page{
                {QPointF(60, 40), QStringLiteral("Hydraulic press manual, revision 3"), {}, 8}};
            QStringList body = test::proseLines(30, 80, 10 + n);
            body[4] = QStringLiteral("The pressure limit is set by the relief valve of the main pump");
            page += test::column(60, 80, body);
            // Footnotes differ from page to page (the clean-up takes lines that repeat for a footer).
            const QStringList note{QStringLiteral("1 ") + test::proseLines(1, 50, 20 + n).first(),
                                   QStringLiteral("2 ") + test::proseLines(1, 40, 30 + n).first()};
            page += test::column(60, 520, note, 7, 9);
            page.append({QPointF(280, 800), QStringLiteral("Page %1 of 3").arg(n + 1), {}, 8});
            pages << page;
            bodies << body;
            notes << note;
        }
        test::writeLayoutPdf(dir.path(QStringLiteral("hf.pdf")), pages);
        PdfSource pdf(dir.path(QStringLiteral("hf.pdf")), {});
        QStringList raw;
        for (int i = 1; i <= 3; ++i)
            raw << pdf.pageText(i);
        // Running header first, the body, the footnotes after it, the page number last.
        QStringList expected{QStringLiteral("Hydraulic press manual, revision 3"), QString()};
        expected << bodies[1] << QString() << notes[1] << QString() << QStringLiteral("Page 2 of 3");
        COMPARE_TEXT(raw[1], join(expected));
        // The clean-up moves the running header and footer out of the body; the footnotes stay.
        const QList<CleanPage> clean = TextCleaner().clean(raw);
        QCOMPARE(clean[1].header, QStringLiteral("Hydraulic press manual, revision 3"));
        QCOMPARE(clean[1].footer, QStringLiteral("Page 2 of 3"));
        QVERIFY(clean[1].text.startsWith(bodies[1].first()));
        QVERIFY(clean[1].text.endsWith(notes[1].last()));
    }

    void hyphenationJoinsWithinAColumnOnly()
    {
        test::TestDir dir;
        QStringList left = test::proseLines(20, 33, 12);
        QStringList right = test::proseLines(20, 33, 13);
        left[5] = QStringLiteral("the operator writes down the main-");
        left[6] = QStringLiteral("tenance interval in the log book");
        right[5] = QStringLiteral("a different sentence on the right");
        QList<test::PlacedText> page = test::column(50, 80, left);
        page += test::column(310, 80, right);
        test::writeLayoutPdf(dir.path(QStringLiteral("hy.pdf")), {page});
        const QString raw = pageTextOf(dir.path(QStringLiteral("hy.pdf")));
        const QString clean = TextCleaner().clean({raw}).first().text;
        QVERIFY2(clean.contains(
                     QStringLiteral("the operator writes down the maintenance interval in the log book")),
                 qPrintable(clean));
        QVERIFY2(!clean.contains(QStringLiteral("main- a different")) &&
                     !clean.contains(QStringLiteral("maina different")),
                 qPrintable(clean));
        // The left column ends, the right one follows: each line once, in column order.
        QVERIFY(clean.indexOf(left.last()) < clean.indexOf(right.first()));
    }

    // --- real documents (tests/data/pdf) ---

    void tracemonkeyColumnByColumn()
    {
        // A two-column paper: the physical layout spliced the columns line by line
        // ("Abstract and is used for the application logic ... Dynamic languages such as").
        PdfSource pdf(dataFile(QStringLiteral("tracemonkey.pdf")), {});
        QCOMPARE(pdf.pageCount(), 14);
        // Cleaned as ingest cleans it: the column's lines joined, "com-" + "pile" made whole.
        const QString first = TextCleaner().clean({pdf.pageText(1)}).first().text;
        QVERIFY2(first.contains(
                     QStringLiteral("Abstract\n\nDynamic languages such as JavaScript are more difficult to "
                                    "compile than statically typed ones. Since no concrete type")),
                 qPrintable(first));
        QVERIFY(first.contains(QStringLiteral("the de facto standard for client-side web programming")));
        // Against pdftotext (poppler-utils, installed with the build dependencies), whitespace
        // collapsed, word by word: 0.949-0.990 per page here (0.98-0.998 by characters, which
        // bench_ingest measures); the physical layout gave 0.2-0.6. Word by word counts a joined
        // footnote mark ("Gal∗+" against "Gal ∗+") as a whole word.
        const QStringList reference = test::pdftotextPages(dataFile(QStringLiteral("tracemonkey.pdf")));
        QCOMPARE(reference.size(), 14);
        double worst = 1;
        for (int p = 1; p <= 14; ++p)
            worst = std::min(worst, test::wordSimilarity(pdf.pageText(p), reference[p - 1]));
        QVERIFY2(worst >= 0.94, qPrintable(QString::number(worst)));
    }

    void koreanCorpusPage()
    {
        // A Korean text layer from pdf.js's tests: the same text as pdftotext's.
        const QString path = dataFile(QStringLiteral("bug1627427_reduced.pdf"));
        const QString text = pageTextOf(path);
        QVERIFY2(text.startsWith(
                     QStringLiteral("침하게 흐린 품이 눈이 올 듯하더니 눈은 아니 오고 얼다가 만 비가")),
                 qPrintable(text));
        QCOMPARE(text.simplified(), test::pdftotextPages(path).value(0).simplified());
    }

    void encryptedGenerated()
    {
        test::TestDir dir;
        const QString path =
            dir.write(QStringLiteral("enc.pdf"),
                      test::encryptedPdf(QStringLiteral("s3cret"), QStringLiteral("Hidden figures")));
        try {
            PdfSource pdf(path, {});
            QFAIL("opened without a password");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("password")), qPrintable(e.message()));
            QVERIFY(e.kind() == Error::Kind::NeedsPassword);
        }
        try {
            PdfSource pdf(path, QStringLiteral("nope"));
            QFAIL("opened with a wrong password");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("wrong password")), qPrintable(e.message()));
            QVERIFY(e.kind() == Error::Kind::NeedsPassword);
        }
        PdfSource pdf(path, QStringLiteral("s3cret"));
        QVERIFY2(pdf.pageText(1).contains(QStringLiteral("Hidden figures")), qPrintable(pdf.pageText(1)));
    }

    // The text layer is read by Poppler's core document opened beside Qt's, from the file or from
    // the bytes, with the password that unlocked Qt's: both ways give the same text, pages asked
    // in any order and again (one text device serves every page).
    void bytesAndFileReadTheSameText()
    {
        test::TestDir dir;
        const QString path = dir.path(QStringLiteral("three.pdf"));
        const QStringList pages{QStringLiteral("Pump manual page one"),
                                QStringLiteral("두 번째 쪽 second page"),
                                QStringLiteral("Page three 180-210 bar")};
        test::writeTextPdf(path, pages, test::cjkFamily());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        PdfSource fromFile(path, {});
        PdfSource fromBytes(bytes, {}, QStringLiteral("three.pdf"));
        for (const int p : {3, 1, 2, 1}) {
            const QString text = fromFile.pageText(p);
            QVERIFY2(text.contains(pages[p - 1].section(QLatin1Char(' '), 0, 1)), qPrintable(text));
            QCOMPARE(fromBytes.pageText(p), text);
        }
        QVERIFY_THROWS_EXCEPTION(Error, fromBytes.pageText(0));
        QVERIFY_THROWS_EXCEPTION(Error, fromBytes.pageText(4));

        const QByteArray encrypted =
            test::encryptedPdf(QStringLiteral("s3cret"), QStringLiteral("Hidden figures"));
        PdfSource locked(encrypted, QStringLiteral("s3cret"), QStringLiteral("enc.pdf"));
        QVERIFY2(locked.pageText(1).contains(QStringLiteral("Hidden figures")),
                 qPrintable(locked.pageText(1)));
        // RC4 with the user password "abc" (pdf.js's test suite): the same text from either side.
        const QString rc4 = dataFile(QStringLiteral("issue6010_1.pdf"));
        QFile r(rc4);
        QVERIFY(r.open(QIODevice::ReadOnly));
        PdfSource rc4File(rc4, QStringLiteral("abc"));
        PdfSource rc4Bytes(r.readAll(), QStringLiteral("abc"), QStringLiteral("issue6010_1.pdf"));
        QCOMPARE(rc4Bytes.pageText(1), rc4File.pageText(1));
    }

    // Qt's PDF writer with a CJK font: the digits of a Latin run are glyphs HarfBuzz substituted,
    // which Qt's ToUnicode map leaves out (its space glyph maps to U+0009), so Poppler and pdftotext
    // both drop them. The text cannot have them (the embedded subset keeps no cmap or glyph names);
    // the page says how many characters are missing.
    void unmappedGlyphsAreCounted()
    {
        test::TestDir dir;
        const QString cjk = dir.path(QStringLiteral("cjk.pdf"));
        test::writeTextPdf(cjk,
                           {QStringLiteral("Document 7 page 12 line 3: pressure 180-210 bar, 점검 결과")},
                           test::cjkFamily());
        PdfSource pdf(cjk, {});
        int unmapped = -1;
        const QString text = pdf.pageText(1, &unmapped);
        QVERIFY2(text.contains(QStringLiteral("점검 결과")) && text.contains(QStringLiteral("pressure")),
                 qPrintable(text));
        qsizetype missing = 0;
        for (const QChar c : QStringLiteral("7 12 3 180 210"))
            missing += c.isDigit();
        qsizetype kept = 0;
        for (const QChar c : text)
            kept += c.isDigit();
        // Every digit the text lacks is counted, and pdftotext lacks the same ones.
        QVERIFY2(kept < missing, qPrintable(text));
        QCOMPARE(unmapped, int(missing - kept));
        qsizetype keptByPdftotext = 0;
        for (const QChar c : test::pdftotextPages(cjk).value(0))
            keptByPdftotext += c.isDigit();
        QCOMPARE(keptByPdftotext, kept);

        // A Latin font maps every glyph: nothing missing.
        const QString latin = dir.path(QStringLiteral("latin.pdf"));
        test::writeTextPdf(latin, {QStringLiteral("Document 7 page 12 line 3: pressure 180-210 bar")});
        PdfSource plain(latin, {});
        const QString plainText = plain.pageText(1, &unmapped);
        QCOMPARE(unmapped, 0);
        QVERIFY2(plainText.contains(QStringLiteral("180-210")), qPrintable(plainText));
    }

    void encryptedCorpusFile()
    {
        // From pdf.js's test suite (tests/data/pdf/README.md): RC4 encryption, user password "abc".
        const QString path = dataFile(QStringLiteral("issue6010_1.pdf"));
        QVERIFY_THROWS_EXCEPTION(Error, PdfSource(path, QStringLiteral("wrong")));
        PdfSource pdf(path, QStringLiteral("abc"));
        QVERIFY(pdf.pageCount() >= 1);
    }

    void brokenInput()
    {
        test::TestDir dir;
        QVERIFY_THROWS_EXCEPTION(Error,
                                 PdfSource(dir.write(QStringLiteral("g.pdf"), QByteArray(5000, 'x')), {}));
        QVERIFY_THROWS_EXCEPTION(Error, PdfSource(dir.write(QStringLiteral("e.pdf"), QByteArray()), {}));
        QStringList warnings;
        PdfSource::captureWarnings(&warnings);
        QVERIFY_THROWS_EXCEPTION(
            Error, PdfSource(QByteArray("%PDF-1.4\n1 0 obj <<"), {}, QStringLiteral("cut.pdf")));
        PdfSource::captureWarnings(nullptr);
        QVERIFY(!warnings.isEmpty());
    }
};

QTEST_MAIN(TestPdfSource)
#include "TestPdfSource.moc"
