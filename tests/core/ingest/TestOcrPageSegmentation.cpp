#include "IngestFixtures.h"
#include "OcrEvalSet.h"
#include "ingest/OcrEngine.h"
#include "ingest/OcrLanguages.h"
#include "ingest/PdfSource.h"

#include <QHash>
#include <QTest>

using namespace quarry;

// Issue 13's page segmentation target, asserted: on every evaluation page the automatic mode
// reads no worse than Tesseract's modes 3 and 4 forced (mode 6 never
// beat both on these pages: bench_ingest prints the tesseract CLI's best of 3, 4 and 6). The
// held-out layouts (table, form, columns) were made after the rule was chosen on the others.
// Its own test binary: two readings of 18 pages take minutes on a loaded machine.
class TestOcrPageSegmentation : public QObject
{
    Q_OBJECT
private slots:
    void automaticModeReadsNoWorseThanModes3And4()
    {
        OcrEngine automatic;
        OcrEngine mode3(OcrLanguages::defaultLanguages(), 3);
        OcrEngine mode4(OcrLanguages::defaultLanguages(), 4);
        mode3.setScale(1.0);
        mode4.setScale(1.0);
        QHash<QString, int> chosen;
        for (const test::OcrEvalPage& p : test::OcrEvalSet::pages() + test::OcrEvalSet::layoutPages()) {
            const OcrResult r = automatic.recognize(p.image, p.dpi);
            const int mode = automatic.lastPageSegMode();
            chosen.insert(p.name, mode);
            const double cer = test::cer(p.truth, r.text);
            // A page read with mode 3 by the single-column checks says so in its record; a page
            // whose columns Tesseract's layout confirms is read with mode 3 without a note.
            const int noted = int(r.notes.filter(QStringLiteral("(mode 3)")).size());
            QVERIFY(mode == 3 ? noted <= 1 : noted == 0);
            if (!OcrEngine::hasColumns(p.image))
                QCOMPARE(noted, mode == 3 ? 1 : 0);
            QVERIFY(mode == 3 || mode == 4);
            // The chosen mode's text is its own (its layout reused, see the b-300-clean check
            // below), so only the other mode needs a second reading.
            OcrEngine& other = mode == 3 ? mode4 : mode3;
            const double otherCer = test::cer(p.truth, other.recognize(p.image, p.dpi).text);
            qInfo("%s: mode %d, CER %.4f; mode %d forced %.4f", qPrintable(p.name), mode, cer,
                  mode == 3 ? 4 : 3, otherCer);
            QVERIFY2(cer <= otherCer + 1e-9,
                     qPrintable(QStringLiteral("%1: mode %2 read %3, the other mode %4")
                                    .arg(p.name)
                                    .arg(mode)
                                    .arg(cer)
                                    .arg(otherCer)));
        }
        // Why each mode was chosen, on pages that show it (measured when the rule was made).
        QCOMPARE(chosen.value(QStringLiteral("a-300-clean")), 4);     // mode 3 finds vertical text
        QCOMPARE(chosen.value(QStringLiteral("a-300-scan")), 4);      // mode 3's blocks overlap
        QCOMPARE(chosen.value(QStringLiteral("table-300-clean")), 4); // title and note outside its lines
        QCOMPARE(chosen.value(QStringLiteral("a-150-clean")), 3);
        QCOMPARE(chosen.value(QStringLiteral("b-300-clean")), 3);
        QCOMPARE(chosen.value(QStringLiteral("columns-200-scan")), 3);  // columns on both sides
        QCOMPARE(chosen.value(QStringLiteral("columns-300-clean")), 3); // of the gutter
        QCOMPARE(chosen.value(QStringLiteral("form-300-clean")), 4);    // a gutter, no column beside it

        // A real two-column paper scan: its columns confirmed by Tesseract's layout, read in mode 3
        // (mode 4 interleaves them: CER 0.54 against its text layer, mode 3 0.035).
        PdfSource paper(QStringLiteral(QUARRY_OCR_TEST_DATA "/tracemonkey-p1-3-scanned.pdf"), {});
        const QImage p2 = paper.renderGray(2, 150);
        QVERIFY(OcrEngine::hasColumns(p2));
        const OcrResult read = automatic.recognize(p2, 150);
        QCOMPARE(automatic.lastPageSegMode(), 3);
        QVERIFY(read.notes.filter(QStringLiteral("(mode 3)")).isEmpty());

        // Mode 3 kept after the layout check reads exactly as mode 3 forced: Recognize() reuses
        // the layout it was checked on instead of finding other lines.
        const test::OcrEvalPage b = test::OcrEvalSet::page(1, 300, false);
        const OcrResult kept = automatic.recognize(b.image, b.dpi);
        QCOMPARE(automatic.lastPageSegMode(), 3);
        QCOMPARE(kept.text, mode3.recognize(b.image, b.dpi).text);
    }
};

QTEST_MAIN(TestOcrPageSegmentation)
#include "TestOcrPageSegmentation.moc"
