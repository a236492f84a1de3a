#include "IngestFixtures.h"
#include "TestDir.h"
#include "ingest/PdfSource.h"
#include "util/Error.h"

#include <QFile>
#include <QTest>

using namespace quarry;

class TestPdfSource : public QObject
{
    Q_OBJECT
private slots:
    void englishTextLayer()
    {
        test::TestDir dir;
        const QString path = dir.path(QStringLiteral("en.pdf"));
        test::writeTextPdf(path, {QStringLiteral("First page\nsecond line"), QStringLiteral("Page two text")}, {},
                           QStringLiteral("Quarterly Report"));
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

    void encryptedGenerated()
    {
        test::TestDir dir;
        const QString path = dir.write(QStringLiteral("enc.pdf"), test::encryptedPdf(QStringLiteral("s3cret"), QStringLiteral("Hidden figures")));
        try {
            PdfSource pdf(path, {});
            QFAIL("opened without a password");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("password")), qPrintable(e.message()));
        }
        try {
            PdfSource pdf(path, QStringLiteral("nope"));
            QFAIL("opened with a wrong password");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("wrong password")), qPrintable(e.message()));
        }
        PdfSource pdf(path, QStringLiteral("s3cret"));
        QVERIFY2(pdf.pageText(1).contains(QStringLiteral("Hidden figures")), qPrintable(pdf.pageText(1)));
    }

    void encryptedCorpusFile()
    {
        const QString path = QStringLiteral("/work/shared/corpus/pdf/issue6010_1.pdf");
        if (!QFile::exists(path))
            QSKIP("sample corpus not present");
        QVERIFY_THROWS_EXCEPTION(Error, PdfSource(path, QStringLiteral("wrong")));
        PdfSource pdf(path, QStringLiteral("abc"));
        QVERIFY(pdf.pageCount() >= 1);
    }

    void brokenInput()
    {
        test::TestDir dir;
        QVERIFY_THROWS_EXCEPTION(Error, PdfSource(dir.write(QStringLiteral("g.pdf"), QByteArray(5000, 'x')), {}));
        QVERIFY_THROWS_EXCEPTION(Error, PdfSource(dir.write(QStringLiteral("e.pdf"), QByteArray()), {}));
        QStringList warnings;
        PdfSource::captureWarnings(&warnings);
        QVERIFY_THROWS_EXCEPTION(Error, PdfSource(QByteArray("%PDF-1.4\n1 0 obj <<"), {}, QStringLiteral("cut.pdf")));
        PdfSource::captureWarnings(nullptr);
        QVERIFY(!warnings.isEmpty());
    }
};

QTEST_MAIN(TestPdfSource)
#include "TestPdfSource.moc"
