// The public HWP 5 and HWPX test files in tests/data/hwp (see its README): every one is detected
// by content, extracted (or refused with a clear reason), and its text contains Hancom's own
// plain-text preview (PrvText), characters in order.
#include "CommonSubsequence.h"
#include "TestDir.h"
#include "formats/FormatRegistry.h"
#include "formats/HwpReader.h"
#include "formats/HwpxReader.h"
#include "util/Error.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace quarry;
using quarry::test::longestCommonSubsequence;

namespace {

QString dataDir()
{
    return test::sourceDir() + QStringLiteral("/tests/data/hwp/");
}

QByteArray readFile(const QString& name)
{
    QFile f(dataDir() + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll();
}

QString joinedText(const ExtractedDocument& doc)
{
    QStringList pages;
    for (const ExtractedPage& p : doc.pages)
        pages << p.text;
    return pages.join(QStringLiteral("\n\n"));
}

// What is compared: letters, digits and punctuation; whitespace and PrvText's "<" ">" around
// table cells are layout.
QString comparable(const QString& s)
{
    QString out;
    for (const QChar c : s)
        if (!c.isSpace() && c != QLatin1Char('<') && c != QLatin1Char('>'))
            out += c;
    return out;
}

double coverage(const QString& preview, const QString& text)
{
    const QString p = comparable(preview);
    if (p.isEmpty())
        return 1.0;
    return double(longestCommonSubsequence(p, comparable(text))) / double(p.size());
}

} // namespace

class TestHwpSamples : public QObject
{
    Q_OBJECT

private slots:
    void extractsEverySample_data();
    void extractsEverySample();
    void keepsStructure_data();
    void keepsStructure();
};

void TestHwpSamples::extractsEverySample_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kind");
    const QStringList files = QDir(dataDir()).entryList({QStringLiteral("*.hwp"), QStringLiteral("*.hwpx")});
    QCOMPARE(files.size(), 16);
    for (const QString& f : files)
        QTest::newRow(qPrintable(f)) << f
                                     << (f.endsWith(QLatin1String(".hwpx")) ? QStringLiteral("hwpx")
                                                                            : QStringLiteral("hwp"));
}

void TestHwpSamples::extractsEverySample()
{
    QFETCH(QString, file);
    QFETCH(QString, kind);
    const QByteArray data = readFile(file);
    FormatRegistry registry;
    // Detection by content: the name given to the registry says nothing.
    const DocumentReader* reader = registry.readerFor(QStringLiteral("upload.bin"), data.left(4096));
    QVERIFY(reader);
    QCOMPARE(reader->kind(), kind);
    const ExtractedDocument doc = reader->read(data, file);
    QCOMPARE(doc.kind, kind);
    QVERIFY(doc.pagesEstimated);
    QVERIFY(!doc.pages.isEmpty());
    const QString text = joinedText(doc);
    QVERIFY(!text.trimmed().isEmpty());
    QString preview =
        kind == QLatin1String("hwp") ? HwpReader::previewText(data) : HwpxReader::previewText(data);
    if (qEnvironmentVariableIsSet("QUARRY_HWP_DUMP"))
        qInfo().noquote() << "=====" << file << doc.pages.size() << "pages" << doc.title << doc.author
                          << doc.created << doc.warnings << "\n"
                          << text << "\n----- preview\n"
                          << preview;
    if (file == QLatin1String("reader_writer_ChangeTrack.hwpx")) {
        // Hancom's preview shows the tracked deletion " 추적"; the extracted text leaves it out.
        QCOMPARE(preview.trimmed().left(10), QStringLiteral("변경 추적  인간은"));
        QVERIFY(!text.contains(QStringLiteral("추적")));
        preview.remove(QStringLiteral(" 추적"));
    }
    if (file == QLatin1String("tool_textextractor_RectInRect.hwpx")) {
        // The preview splices the inner text box into the outer one's sentence; text boxes are kept
        // apart, after the paragraph that anchors them, so that they never split a sentence.
        QCOMPARE(preview.trimmed(),
                 QStringLiteral("<사각형 안에<사각형 안에 사각형의 텍스트입니다.> 텍스트입니다.>"));
        QVERIFY(
            text.contains(QStringLiteral("사각형 안에 텍스트입니다.\n사각형 안에 사각형의 텍스트입니다.")));
        preview = QStringLiteral("사각형 안에 텍스트입니다. 사각형 안에 사각형의 텍스트입니다.");
    }
    if (!preview.isNull()) {
        const double c = coverage(preview, text);
        QVERIFY2(c >= 0.99, qPrintable(QStringLiteral("preview coverage %1").arg(c)));
    }
}

void TestHwpSamples::keepsStructure_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("contains");
    QTest::addColumn<QStringList>("absent");
    // A row of a table is one line, cells separated by tabs.
    QTest::newRow("table") << QStringLiteral("basic_table.hwp")
                           << QStringList{QStringLiteral("ABC 123\tDEF\tGHI\nLMN\tOPQ\tSTR\nUVM\t123\t456")}
                           << QStringList{};
    QTest::newRow("merged cells") << QStringLiteral("merging-cell.hwp")
                                  << QStringList{QStringLiteral("0,0\t0,1\t0,2"),
                                                 QStringLiteral("6,4\t6,5\t6,6")}
                                  << QStringList{};
    QTest::newRow("hwpx table") << QStringLiteral("reader_writer_SimpleTable.hwpx")
                                << QStringList{QStringLiteral("\t")} << QStringList{};
    // Notes and hidden comments are their own tagged paragraphs.
    QTest::newRow("endnote") << QStringLiteral("basic_footnote_endnote.hwp")
                             << QStringList{QStringLiteral("[^e1] "), QStringLiteral("sssd")}
                             << QStringList{};
    QTest::newRow("hidden comment") << QStringLiteral("basic_hidden_comment.hwp")
                                    << QStringList{QStringLiteral("[^c1] 우리는 우리다.")} << QStringList{};
    QTest::newRow("hwpx header and footer")
        << QStringLiteral("reader_writer_HeaderFooter.hwpx")
        << QStringList{QStringLiteral("머리말 테스트"), QStringLiteral("꼬리말")} << QStringList{};
    QTest::newRow("text box") << QStringLiteral("basic_textbox.hwp")
                              << QStringList{QStringLiteral("ABC\n\n123\nABC")} << QStringList{};
    // The distribution document's text comes from its decrypted ViewText, not BodyText's stub.
    QTest::newRow("distribution") << QStringLiteral("distribution.hwp")
                                  << QStringList{QStringLiteral(
                                                     "2025년 강남세움센터 시설관리원 용역업체 선정 입찰공고"),
                                                 QStringLiteral("①계약명칭 : 2025년 강남세움센터")}
                                  << QStringList{QStringLiteral("배포용 문서")};
    QTest::newRow("hwpx sections") << QStringLiteral("error_20230728_test.hwpx")
                                   << QStringList{QStringLiteral("제2회 가을밤의 음악축제"),
                                                  QStringLiteral("오프닝\t18:00 ~ 18:02\t행사소개")}
                                   << QStringList{};
}

void TestHwpSamples::keepsStructure()
{
    QFETCH(QString, file);
    QFETCH(QStringList, contains);
    QFETCH(QStringList, absent);
    const QByteArray data = readFile(file);
    FormatRegistry registry;
    const ExtractedDocument doc = registry.readerFor(file, data.left(4096))->read(data, file);
    const QString text = joinedText(doc);
    for (const QString& c : contains)
        QVERIFY2(text.contains(c), qPrintable(c));
    for (const QString& a : absent)
        QVERIFY2(!text.contains(a), qPrintable(a));
}

QTEST_GUILESS_MAIN(TestHwpSamples)
#include "TestHwpSamples.moc"
