#include "IngestFixtures.h"
#include "TestDir.h"
#include "ingest/ImageSource.h"
#include "ingest/OcrEngine.h"
#include "ingest/PdfSource.h"
#include "util/Error.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QTest>

using namespace quarry;

class TestOcrEngine : public QObject
{
    Q_OBJECT
private slots:
    void languages()
    {
        const QStringList langs = OcrEngine::availableLanguages();
        QVERIFY(langs.contains(QStringLiteral("eng")));
        QVERIFY(langs.contains(QStringLiteral("kor")));
        QVERIFY(!langs.contains(QStringLiteral("osd")));
        OcrEngine::validateLanguages(QStringLiteral("kor+eng"));
        QVERIFY_THROWS_EXCEPTION(Error, OcrEngine::validateLanguages(QStringLiteral("kor+xxx")));
        QVERIFY_THROWS_EXCEPTION(Error, OcrEngine::validateLanguages(QString()));
    }

    void recognizesKoreanAndEnglishWithWordBoxes()
    {
        const QStringList lines{QStringLiteral("설비 점검 안내문 유압 프레스"),
                                QStringLiteral("Inspection report for press line 8"),
                                QStringLiteral("주민등록번호 850312-1234567")};
        const QImage img = test::renderTextImage(lines, test::cjkFamily());
        OcrEngine engine;
        QCOMPARE(engine.languages(), QStringLiteral("kor+eng"));
        QCOMPARE(engine.pageSegMode(), OcrEngine::DefaultPageSegMode);
        const OcrResult r = engine.recognize(img, 300);
        const double cer = test::cer(lines.join(QLatin1Char('\n')), r.text);
        qInfo("OCR CER %.3f: %s", cer, qPrintable(r.text));
        QVERIFY2(cer < 0.10, qPrintable(QStringLiteral("CER %1").arg(cer)));
        QVERIFY(r.text.contains(QStringLiteral("850312-1234567")));
        QVERIFY(r.confidence && *r.confidence > 50);
        QVERIFY(r.words.size() >= 8);
        for (const OcrWord& w : r.words) {
            QCOMPARE(r.text.mid(w.rawStart, w.rawEnd - w.rawStart), w.text);
            QVERIFY(w.box.isValid());
            QVERIFY(img.rect().contains(w.box));
        }
        QCOMPARE(r.words.last().lineNo, 2);
    }

    void automaticSegmentationKeepsTheResidentNumber()
    {
        // The scan on which Tesseract's default mode drops a digit of the resident number.
        const QString path = QStringLiteral("/work/shared/corpus/korean/notice-ko-scan.jpg");
        if (!QFile::exists(path))
            QSKIP("sample corpus not present");
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        ImageSource image(f.readAll(), QStringLiteral("notice-ko-scan.jpg"));
        int dpi = 0;
        const QImage page = image.page(1, &dpi);
        OcrEngine engine;
        const OcrResult r = engine.recognize(page, dpi);
        QCOMPARE(engine.lastPageSegMode(), 4);
        QVERIFY2(r.text.contains(QStringLiteral("850312-1234567")), qPrintable(r.text));
    }

    void columnsAreDetected()
    {
        // One column of 30 lines, then the same text set in two columns on an A4 page at 300 DPI.
        QStringList lines;
        for (int i = 0; i < 30; ++i)
            lines << QStringLiteral("Line %1 of a report about hydraulic presses and their upkeep, in one column.").arg(i);
        QImage single = test::renderTextImage(lines, QStringLiteral("DejaVu Sans"), 38, 2480);
        QVERIFY(!OcrEngine::hasColumns(single));
        QImage two(2480, 3508, QImage::Format_RGB32);
        two.fill(Qt::white);
        {
            QPainter p(&two);
            QFont font(QStringLiteral("DejaVu Sans"));
            font.setPixelSize(38);
            p.setFont(font);
            p.drawText(200, 200, QStringLiteral("A TITLE THAT SPANS BOTH OF THE COLUMNS OF THIS PAGE, LEFT TO RIGHT"));
            for (int i = 0; i < 40; ++i) {
                p.drawText(150, 400 + i * 70, QStringLiteral("Left column line %1 with words").arg(i));
                p.drawText(1320, 400 + i * 70, QStringLiteral("Right column line %1 words too").arg(i));
            }
        }
        QVERIFY(OcrEngine::hasColumns(two.convertToFormat(QImage::Format_Grayscale8)));
        // Two short lines are never columns, whatever their gaps line up with.
        QVERIFY(!OcrEngine::hasColumns(test::renderTextImage({QStringLiteral("설비 점검"), QStringLiteral("주민 850312")}, test::cjkFamily())));

        const QString scan = QStringLiteral("/work/shared/corpus/scans/tracemonkey-p1-3-scanned.pdf");
        if (!QFile::exists(scan))
            QSKIP("sample corpus not present");
        PdfSource pdf(scan, {});
        QVERIFY(OcrEngine::hasColumns(pdf.renderGray(2, 150)));
    }

    void cancelStopsThePage()
    {
        const QImage img = test::renderTextImage({QStringLiteral("Cancelled before it starts")}, QStringLiteral("DejaVu Sans"));
        OcrEngine engine(QStringLiteral("eng"));
        QVERIFY_THROWS_EXCEPTION(Error, engine.recognize(img, 300, [] { return true; }));
        // The engine stays usable after a cancelled page.
        const OcrResult r = engine.recognize(img, 300);
        QVERIFY(test::cer(QStringLiteral("Cancelled before it starts"), r.text) < 0.1);
    }

    void garbageTextLayerIsDetected()
    {
        QVERIFY(PdfSource::isUsableText(QStringLiteral("Hello world 123")));
        QVERIFY(PdfSource::isUsableText(QStringLiteral("안녕하세요")));
        QVERIFY(!PdfSource::isUsableText(QString()));
        QVERIFY(!PdfSource::isUsableText(QStringLiteral("  \n ")));
        QString garbage;
        for (int i = 0; i < 40; ++i)
            garbage += QChar(i % 3 ? 0xFFFD : 0xE012);
        garbage += QStringLiteral("ab");
        QVERIFY(!PdfSource::isUsableText(garbage));
    }

    void imageSourceReadsPngJpegAndMultiPageTiff()
    {
        test::TestDir dir;
        const QImage a = test::renderTextImage({QStringLiteral("page one")}, QStringLiteral("DejaVu Sans"));
        const QImage b = test::renderTextImage({QStringLiteral("page two")}, QStringLiteral("DejaVu Sans"));
        QVERIFY(test::writeTiff(dir.path(QStringLiteral("t.tif")), {a, b}));
        QFile f(dir.path(QStringLiteral("t.tif")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        ImageSource tiff(f.readAll(), QStringLiteral("t.tif"));
        QCOMPARE(tiff.pageCount(), 2);
        int dpi = 0;
        const QImage p2 = tiff.page(2, &dpi);
        QCOMPARE(p2.size(), b.size());
        QCOMPARE(dpi, 300);
        QCOMPARE(p2.format(), QImage::Format_Grayscale8);

        QByteArray png;
        QBuffer buf(&png);
        buf.open(QIODevice::WriteOnly);
        QVERIFY(a.save(&buf, "PNG"));
        ImageSource pngSource(png, QStringLiteral("a.png"));
        QCOMPARE(pngSource.pageCount(), 1);
        QCOMPARE(pngSource.mime(), QStringLiteral("image/png"));
        QCOMPARE(pngSource.page(1, &dpi).size(), a.size());
        QVERIFY_THROWS_EXCEPTION(Error, ImageSource(png.left(100), QStringLiteral("cut.png")).page(1, &dpi));
        QVERIFY_THROWS_EXCEPTION(Error, ImageSource(QByteArray("II*\0garbage", 11), QStringLiteral("x.tif")));
    }
};

QTEST_MAIN(TestOcrEngine)
#include "TestOcrEngine.moc"
