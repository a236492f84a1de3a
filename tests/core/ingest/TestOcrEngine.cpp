#include "IngestFixtures.h"
#include "TestDir.h"
#include "ingest/ImageSource.h"
#include "ingest/OcrEngine.h"
#include "ingest/PdfSource.h"
#include "util/Error.h"

#include <QBuffer>
#include <QFile>
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
