#include "text/TextCleaner.h"

#include <QTest>

using namespace quarry;

namespace {

// Every character of clean text that has a source must correspond to the raw character it maps
// to: the same character, whitespace for whitespace (a line break that became a space), or the
// start of a decomposed sequence that NFC composed. Every non-space character must have a source.
void verifyMap(const QString& raw, const CleanPage& page)
{
    for (int i = 0; i < page.text.size(); ++i) {
        const QChar c = page.text[i];
        if (!page.map.contains(i)) {
            QVERIFY2(
                c.isSpace(),
                qPrintable(
                    QStringLiteral("unmapped non-space '%1' at %2 in: %3").arg(c).arg(i).arg(page.text)));
            continue;
        }
        const int src = page.map.toSource(i);
        QVERIFY2(src >= 0 && src < raw.size(),
                 qPrintable(QStringLiteral("position %1 maps outside the raw text").arg(i)));
        const QChar r = raw[src];
        const bool same = r == c || (c.isSpace() && r.isSpace()) ||
                          raw.mid(src, 4).normalized(QString::NormalizationForm_C).startsWith(c) ||
                          QString(r).normalized(QString::NormalizationForm_KC).contains(c); // ligature
        QVERIFY2(
            same,
            qPrintable(QStringLiteral("clean[%1]='%2' maps to raw[%3]='%4'").arg(i).arg(c).arg(src).arg(r)));
    }
}

void verifyAll(const QStringList& raw, const QList<CleanPage>& pages)
{
    QCOMPARE(pages.size(), raw.size());
    for (int p = 0; p < raw.size(); ++p) {
        verifyMap(raw[p], pages[p]);
        if (QTest::currentTestFailed()) {
            qWarning("page %d", p);
            return;
        }
    }
}

// Opening lines that differ from page to page, as real bodies do.
const QStringList kEnglishOpenings = {
    QStringLiteral("Section %1. The scheduled"), QStringLiteral("In part %1 the planned"),
    QStringLiteral("Item %1: a short"), QStringLiteral("Meanwhile, step %1 and the")};
const QStringList kKoreanOpenings = {
    QStringLiteral("제%1장 개인정보 처리 방침"), QStringLiteral("제%1장 보안 관리 기준"),
    QStringLiteral("제%1장 교육 및 점검"), QStringLiteral("제%1장 부칙과 시행일")};

const QStringList kCities = {QStringLiteral("Seoul"), QStringLiteral("Busan"), QStringLiteral("Daejeon"),
                             QStringLiteral("Incheon"), QStringLiteral("Gwangju")};
const QStringList kTeams = {QStringLiteral("정보보호팀"), QStringLiteral("인사팀"), QStringLiteral("법무팀"),
                            QStringLiteral("총무팀")};

QStringList englishReport(int pages)
{
    QStringList raw;
    for (int p = 1; p <= pages; ++p) {
        const QString opening = kEnglishOpenings[p % kEnglishOpenings.size()].arg(p);
        raw << QStringLiteral("ACME Corporation — Internal Use Only\n"
                              "Quarterly Operations Review\n"
                              "\n"
                              "%3 main-\n"
                              "tenance of the data centre   took place on\n"
                              "the weekend; an e-mail went out to all  staff.\n"
                              "\n"
                              "Results were reviewed by the COVID-\n"
                              "19 task force and the Anglo-\n"
                              "Saxon office in %4.\n"
                              "\n"
                              "Page %1 of %2\n")
                   .arg(p)
                   .arg(pages)
                   .arg(opening)
                   .arg(kCities[p % kCities.size()]);
    }
    return raw;
}

QStringList koreanReport(int pages)
{
    QStringList raw;
    for (int p = 1; p <= pages; ++p) {
        const QString opening = kKoreanOpenings[p % kKoreanOpenings.size()].arg(p);
        raw << QStringLiteral("대외비 — 주식회사 한빛\n"
                              "%2\n"
                              "이 방침은 회사가 처리하는 개인정보의\n"
                              "항목과 보유 기간을 정한다. 회사는\n"
                              "법령에 따라 개인정보를 안전하게 관리한다.\n"
                              "\n"
                              "담당 부서: %3\n"
                              "- %1 -\n")
                   .arg(p)
                   .arg(opening)
                   .arg(kTeams[p % kTeams.size()]);
    }
    return raw;
}

} // namespace

class TestTextCleaner : public QObject
{
    Q_OBJECT
private slots:
    void englishHeadersFootersHyphenation()
    {
        const QStringList raw = englishReport(5);
        const QList<CleanPage> pages = TextCleaner().clean(raw);
        verifyAll(raw, pages);
        for (int p = 0; p < 5; ++p) {
            const CleanPage& page = pages[p];
            QCOMPARE(page.header,
                     QStringLiteral("ACME Corporation — Internal Use Only\nQuarterly Operations Review"));
            QCOMPARE(page.footer, QStringLiteral("Page %1 of 5").arg(p + 1));
            QCOMPARE(page.text,
                     QStringLiteral(
                         "%1 maintenance of the data centre took place on the "
                         "weekend; an e-mail went out to all staff.\n\n"
                         "Results were reviewed by the COVID-19 task force and the Anglo-Saxon office in %2.")
                         .arg(kEnglishOpenings[(p + 1) % kEnglishOpenings.size()].arg(p + 1),
                              kCities[(p + 1) % kCities.size()]));
        }
    }

    void koreanHeadersFootersAndLineJoins()
    {
        const QStringList raw = koreanReport(4);
        const QList<CleanPage> pages = TextCleaner().clean(raw);
        verifyAll(raw, pages);
        for (int p = 0; p < 4; ++p) {
            QCOMPARE(pages[p].header, QStringLiteral("대외비 — 주식회사 한빛"));
            QCOMPARE(pages[p].footer, QStringLiteral("- %1 -").arg(p + 1));
            // Line breaks between Hangul words become spaces, never glue.
            QCOMPARE(pages[p].text,
                     QStringLiteral("%1 이 방침은 회사가 처리하는 개인정보의 항목과 "
                                    "보유 기간을 정한다. 회사는 법령에 따라 개인정보를 안전하게 관리한다.\n\n"
                                    "담당 부서: %2")
                         .arg(kKoreanOpenings[(p + 1) % kKoreanOpenings.size()].arg(p + 1),
                              kTeams[(p + 1) % kTeams.size()]));
        }
    }

    void pageNumberVariants_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::newRow("page n of m") << QStringLiteral("Page %1 of 12");
        QTest::newRow("dashes") << QStringLiteral("- %1 -");
        QTest::newRow("bare number") << QStringLiteral("%1");
        QTest::newRow("korean") << QStringLiteral("%1 / 12 쪽");
    }
    void pageNumberVariants()
    {
        QFETCH(QString, pattern);
        QStringList raw;
        for (int p = 1; p <= 12; ++p)
            raw << QStringLiteral("Body text of page %1 differs: %2.\n\n")
                           .arg(p)
                           .arg(QString(p, QLatin1Char('x'))) +
                       pattern.arg(p);
        const QList<CleanPage> pages = TextCleaner().clean(raw);
        verifyAll(raw, pages);
        for (int p = 0; p < 12; ++p) {
            QCOMPARE(pages[p].footer, pattern.arg(p + 1));
            QVERIFY(!pages[p].text.contains(pattern.arg(p + 1).trimmed() + QLatin1Char('\n')));
            QVERIFY(pages[p].text.startsWith(QStringLiteral("Body text of page %1").arg(p + 1)));
            QVERIFY(pages[p].header.isEmpty());
        }
    }

    void singlePageKeepsEverything()
    {
        const QStringList raw = {QStringLiteral("Title\n\nSome text.\n\n3")};
        const QList<CleanPage> pages = TextCleaner().clean(raw);
        verifyAll(raw, pages);
        QCOMPARE(pages[0].text, QStringLiteral("Title\n\nSome text.\n\n3"));
        QVERIFY(pages[0].header.isEmpty() && pages[0].footer.isEmpty());
    }

    void whitespaceCollapses()
    {
        const QStringList raw = {QStringLiteral(
            "  a   b\t\tc  \r\nnext\u00A0\u00A0line\u200B here\n\n\n\n  second paragraph  \n")};
        const QList<CleanPage> pages = TextCleaner().clean(raw);
        verifyAll(raw, pages);
        QCOMPARE(pages[0].text, QStringLiteral("a b c next line here\n\nsecond paragraph"));
    }

    void hyphenationRules()
    {
        const QStringList raw = {
            QStringLiteral("The main-\ntenance was done.\nAn e-mail mid-line stays.\nCall 555-\n1234 now.\n"
                           "Soft hyphen: infor\u00AD\nmation.\nList -\nnext word")};
        const QList<CleanPage> pages = TextCleaner().clean(raw);
        verifyAll(raw, pages);
        QCOMPARE(pages[0].text,
                 QStringLiteral("The maintenance was done. An e-mail mid-line stays. Call 555-1234 now. "
                                "Soft hyphen: information. List - next word"));
    }

    void koreanPhoneNumberSplitAtLineEnd()
    {
        const QStringList raw = {
            QStringLiteral("담당자 연락처는 010-1234-\n5678 입니다.\n주민번호 850312-\n1234567 확인")};
        const QList<CleanPage> pages = TextCleaner().clean(raw);
        verifyAll(raw, pages);
        QCOMPARE(pages[0].text,
                 QStringLiteral("담당자 연락처는 010-1234-5678 입니다. 주민번호 850312-1234567 확인"));
    }

    void bulletsAndTableRowsKeepTheirLines()
    {
        const QStringList raw = {
            QStringLiteral("Items:\n- apples\n- pears that are\nripe\n1. first\n2) second\n\n"
                           "Name\tAge\nKim\t30\nLee\t41")};
        const QList<CleanPage> pages = TextCleaner().clean(raw);
        verifyAll(raw, pages);
        QCOMPARE(pages[0].text, QStringLiteral("Items:\n- apples\n- pears that are ripe\n1. first\n2) "
                                               "second\n\nName\tAge\nKim\t30\nLee\t41"));
    }

    void nfcNormalisation()
    {
        // Decomposed é, and Hangul as conjoining jamo (as macOS writes file names and some PDFs).
        const QStringList raw = {
            QStringLiteral("Cafe\u0301 ok\n\u1112\u1161\u11AB\u1100\u1173\u11AF \uD55C\uAE00")};
        const QList<CleanPage> pages = TextCleaner().clean(raw);
        verifyAll(raw, pages);
        QCOMPARE(pages[0].text, QStringLiteral("Café ok 한글 한글"));
        QCOMPARE(pages[0].map.toSource(8), 9);  // 한 (composed) -> its first jamo
        QCOMPARE(pages[0].map.toSource(9), 12); // 글 -> its first jamo
        QCOMPARE(pages[0].map.toSource(5), 6);  // 'o' after the composed é
    }

    void latinLigaturesUnfold()
    {
        // Poppler hands over the font's ligature glyphs; search and the roster must see letters.
        const QStringList raw = {
            QStringLiteral("The \uFB01le was \uFB02agged by sta\uFB00 o\uFB03cers \uFB06op")};
        const QList<CleanPage> pages = TextCleaner().clean(raw);
        verifyAll(raw, pages);
        QCOMPARE(pages[0].text, QStringLiteral("The file was flagged by staff officers stop"));
        QCOMPARE(pages[0].map.toSource(4), 4); // f of "file" -> the ligature
        QCOMPARE(pages[0].map.toSource(5), 4); // i of "file" -> the same ligature
        QCOMPARE(pages[0].map.toSource(6), 5); // l -> the character after it
    }

    void pdfStyleParagraphs()
    {
        // Poppler separates paragraphs with a single line break; a short line ending a sentence
        // ends a paragraph, a short heading-like line too.
        const QString raw =
            QStringLiteral("1. Introduction\n"
                           "Quarry turns internal documents into datasets for fine-tuning, entirely\n"
                           "offline, and keeps every character of the clean text traceable to the\n"
                           "page it came from, including pages that needed optical recognition.\n"
                           "This is the end of it.\n"
                           "The second paragraph begins here and continues on the following line\n"
                           "until it ends in the usual way with a full stop at the very end of it.\n");
        const QList<CleanPage> pages = TextCleaner().clean({raw});
        verifyAll({raw}, pages);
        const QStringList paragraphs = pages[0].text.split(QStringLiteral("\n\n"));
        QCOMPARE(paragraphs.size(), 3);
        QCOMPARE(paragraphs[0], QStringLiteral("1. Introduction"));
        QVERIFY(paragraphs[1].endsWith(QStringLiteral("optical recognition. This is the end of it.")));
        QVERIFY(paragraphs[2].startsWith(QStringLiteral("The second paragraph")));
    }

    void emptyAndBlankPages()
    {
        const QStringList raw = {QString(), QStringLiteral("   \n\n  "), QStringLiteral("x")};
        const QList<CleanPage> pages = TextCleaner().clean(raw);
        QCOMPARE(pages.size(), 3);
        QVERIFY(pages[0].text.isEmpty());
        QVERIFY(pages[1].text.isEmpty());
        QCOMPARE(pages[2].text, QStringLiteral("x"));
        QVERIFY(TextCleaner().clean({}).isEmpty());
    }

    void mapSurvivesSerialization()
    {
        const QStringList raw = koreanReport(3);
        const QList<CleanPage> pages = TextCleaner().clean(raw);
        for (int p = 0; p < 3; ++p) {
            const OffsetMap back = OffsetMap::deserialize(pages[p].map.serialize());
            QVERIFY(back == pages[p].map);
            QVERIFY(pages[p].map.serialize().size() < 40);
        }
    }

    // A thousand pages in one call (how fast is bench material, not a test's): every page comes
    // back, the last one with its body.
    void thousandPages()
    {
        QStringList raw = englishReport(500) + koreanReport(500);
        const QList<CleanPage> pages = TextCleaner().clean(raw);
        QCOMPARE(pages.size(), 1000);
        QVERIFY2(pages[999].text.contains(QStringLiteral("법령에 따라 개인정보를 안전하게 관리한다.")),
                 qPrintable(pages[999].text));
        QVERIFY2(pages[0].text.contains(QStringLiteral("the weekend; an e-mail went out to all staff.")),
                 qPrintable(pages[0].text));
    }
};

QTEST_GUILESS_MAIN(TestTextCleaner)
#include "TestTextCleaner.moc"
