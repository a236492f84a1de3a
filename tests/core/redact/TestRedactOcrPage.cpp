// A scanned Korean notice end to end, as a user runs it: the page is rendered here (Noto CJK,
// 10.5 pt print at 150, 200 and 300 DPI, with or without noise), ingested with quarry-cli (real
// Tesseract in quarry-worker), scanned with `redact --accept-above 0` and printed with
// `text --redacted`. None of the personal values the OCR text still shows may be readable
// afterwards, nor a group of four of their digits, whatever spacing and misreadings OCR produced.

#include "CliRunner.h"
#include "IngestFixtures.h"
#include "TestDir.h"
#include "store/ProjectStore.h"

#include <QImage>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace quarry;

class TestRedactOcrPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qputenv("QUARRY_WORKER", QUARRY_TEST_WORKER); }

    void noticeScan_data()
    {
        QTest::addColumn<int>("dpi");
        QTest::addColumn<bool>("noise");
        QTest::newRow("200 DPI, noise") << 200 << true;
        QTest::newRow("300 DPI, clean") << 300 << false;
        QTest::newRow("150 DPI, noise") << 150 << true;
    }
    void noticeScan()
    {
        QFETCH(int, dpi);
        QFETCH(bool, noise);
        const QString family = test::cjkFamily();
        QVERIFY2(!family.isEmpty(), "the Noto CJK fonts are installed by packaging/install-deps.sh");
        // The made-up notice of the sample corpus (all names and numbers fictional).
        const QStringList lines = {
            QStringLiteral("설비 점검 안내문 (B라인 유압 프레스)"),
            QStringLiteral("압력이 범위를 벗어나면 즉시 가동을 멈추고 교대 반장 김민수 "
                           "과장(010-2345-6789)에게 보고한다."),
            QStringLiteral("작업자 주민등록번호(예: 850312-1234567)는 기록하지 않는다."),
            QStringLiteral("협력업체 정비 인력은 사업자등록번호 123-45-67890 으로 출입 등록한다."),
            QStringLiteral("안전관리팀 02-3456-7890, 야간 당직 이영희 대리 010-9876-5432"),
            QStringLiteral("부품 대금은 신한은행 계좌 110-234-567890 (예금주: 한빛정밀)으로 입금한다."),
            QStringLiteral("문의: 허현지 님의 연락처 010-5555-1212, 카드번호 4111 1111 1111 1111"),
        };
        const QStringList values = {QStringLiteral("김민수"),
                                    QStringLiteral("010-2345-6789"),
                                    QStringLiteral("850312-1234567"),
                                    QStringLiteral("123-45-67890"),
                                    QStringLiteral("02-3456-7890"),
                                    QStringLiteral("이영희"),
                                    QStringLiteral("010-9876-5432"),
                                    QStringLiteral("110-234-567890"),
                                    QStringLiteral("허현지"),
                                    QStringLiteral("010-5555-1212"),
                                    QStringLiteral("4111 1111 1111 1111")};
        // 10.5 pt print (29 pixels at 200 DPI); salt-and-pepper noise as a scanner leaves it.
        QImage page = test::renderTextImage(lines, family, qRound(10.5 / 72 * dpi), 1700 * dpi / 200);
        page.setDotsPerMeterX(qRound(dpi / 0.0254));
        page.setDotsPerMeterY(qRound(dpi / 0.0254));
        QRandomGenerator rng(13);
        for (int k = 0; noise && k < page.width() * page.height() / 200; ++k) {
            const int x = int(rng.bounded(page.width())), y = int(rng.bounded(page.height()));
            page.scanLine(y)[x] = uchar(rng.bounded(2) ? 40 : 215);
        }
        test::TestDir dir;
        const QString image = dir.path(QStringLiteral("notice.png"));
        QVERIFY(page.save(image));
        const QString project = dir.path(QStringLiteral("p.quarry"));
        ProjectStore::create(project);

        test::CliRunner cli;
        test::CliResult r = cli.run({QStringLiteral("ingest"), project, image});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli.run({QStringLiteral("text"), project, QStringLiteral("notice.png")});
        QCOMPARE(r.exitCode, 0);
        const QString ocr = r.out;
        // The values OCR still shows as printed (with spaces between syllables or not).
        auto squeezed = [](QString t) { return t.remove(QLatin1Char(' ')); };
        QStringList readable;
        for (const QString& v : values)
            if (ocr.contains(v) || (v.at(0).unicode() >= 0xAC00 && squeezed(ocr).contains(v)))
                readable << v;
        qInfo().noquote() << "OCR text:" << ocr;
        // Most of the page must come through, or the test would prove nothing.
        QVERIFY2(readable.size() >= 8, qPrintable(readable.join(QStringLiteral(", "))));
        qInfo().noquote() << QStringLiteral("%1 of %2 values readable in the OCR text")
                                 .arg(readable.size())
                                 .arg(values.size());

        r = cli.run(
            {QStringLiteral("redact"), project, QStringLiteral("--accept-above"), QStringLiteral("0")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli.run(
            {QStringLiteral("text"), project, QStringLiteral("notice.png"), QStringLiteral("--redacted")});
        QCOMPARE(r.exitCode, 0);
        const QString redacted = r.out;
        qInfo().noquote() << "redacted:" << redacted;
        QStringList left;
        for (const QString& v : std::as_const(readable))
            if (redacted.contains(v) || (v.at(0).unicode() >= 0xAC00 && squeezed(redacted).contains(v)))
                left << v;
        // Split names ("김 민 수") count as readable too: the squeezed text is searched.
        QVERIFY2(left.isEmpty(),
                 qPrintable(QStringLiteral("still readable: ") + left.join(QStringLiteral(", "))));
        // Nor a piece of one: every run of four digits on this page belongs to a personal value.
        const QRegularExpressionMatch digits = QRegularExpression(QStringLiteral("\\d{4}")).match(redacted);
        QVERIFY2(!digits.hasMatch(), qPrintable(digits.captured()));
    }
};

QTEST_MAIN(TestRedactOcrPage)
#include "TestRedactOcrPage.moc"
