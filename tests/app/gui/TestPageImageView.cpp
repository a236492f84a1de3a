#include "DocumentView.h"
#include "PageImageView.h"
#include "PageTextView.h"
#include "TestDir.h"
#include "Translations.h"
#include "ingest/IngestPipeline.h"
#include "ingest/IsolatedPageRenderer.h"
#include "store/PageCorrections.h"
#include "store/PageWords.h"
#include "store/ProjectStore.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace quarry;
using namespace quarry::gui;

namespace {

// An A4 page scanned at 300 DPI: English and Korean lines at the top, one line near the bottom,
// so that the bottom line is out of view once the page is zoomed in.
QImage scannedPage()
{
    QImage page(2480, 3508, QImage::Format_RGB32);
    page.fill(Qt::white);
    page.setDotsPerMeterX(11811);
    page.setDotsPerMeterY(11811);
    QPainter p(&page);
    p.setPen(Qt::black);
    QFont latin(QStringLiteral("DejaVu Sans"));
    latin.setPixelSize(50);
    QFont korean(QStringLiteral("Noto Sans CJK KR"));
    korean.setPixelSize(50);
    p.setFont(latin);
    p.drawText(200, 300, QStringLiteral("Pressure check before starting the press"));
    p.setFont(korean);
    p.drawText(200, 420, QStringLiteral("작업자는 프레스를 가동하기 전에 압력을 확인한다"));
    p.setFont(latin);
    p.drawText(200, 540, QStringLiteral("Oil level and guard rails are checked daily"));
    p.drawText(200, 3200, QStringLiteral("Report problems to the shift leader Kim"));
    p.end();
    QImage gray = page.convertToFormat(QImage::Format_Grayscale8);
    gray.setDotsPerMeterX(11811);
    gray.setDotsPerMeterY(11811);
    return gray;
}

// Pixels inside `box` (viewport coordinates) tinted with a colour's hue: the highlight drawn over
// paper-white, unlike the black and white of the scan itself.
int tinted(const QImage& shot, const QRectF& box, const std::function<bool(const QColor&)>& hue)
{
    int n = 0;
    const QRect r = box.toAlignedRect().intersected(shot.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            if (hue(shot.pixelColor(x, y)))
                ++n;
    return n;
}

bool blue(const QColor& c)
{
    return c.blue() - c.red() > 30;
}

bool orange(const QColor& c)
{
    return c.red() - c.blue() > 30 && c.green() > c.blue();
}

} // namespace

class TestPageImageView : public QObject
{
    Q_OBJECT
private:
    test::TestDir m_dir;
    test::TestDir m_config;
    QString m_project;
    std::unique_ptr<ProjectStore> m_store;
    // The view in a window beside another widget, as in the main window (where the focus is often
    // in the document list).
    std::unique_ptr<QWidget> m_window;
    DocumentView* m_view = nullptr;
    QLineEdit* m_elsewhere = nullptr;
    QList<PageWords::Word> m_words;
    int m_top = -1;    // "Pressure", marked unsure
    int m_bottom = -1; // the last word of the bottom line, marked unsure

    int wordIndex(const QString& text) const
    {
        for (int i = 0; i < m_words.size(); ++i)
            if (m_words[i].text == text)
                return i;
        return -1;
    }

    // The word that holds a Hangul syllable: Tesseract's word boundaries in Korean vary (a word
    // or a syllable per box), the syllable is in one of them either way.
    int wordHolding(const QString& syllable) const
    {
        for (int i = 0; i < m_words.size(); ++i)
            if (m_words[i].text.contains(syllable))
                return i;
        return -1;
    }

    QString selectedText() const { return m_view->textView()->textCursor().selectedText(); }

    // Opens the document in a fresh view (the state of one test does not leak into the next).
    void openView()
    {
        prepareView();
        QSignalSpy shown(m_view, &DocumentView::pageImageShown);
        m_view->showDocument(1);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 30000);
        QCOMPARE(shown.at(0).at(0).toBool(), true);
        m_view->textView()->setFocus();
    }

    void prepareView()
    {
        m_window = std::make_unique<QWidget>();
        m_elsewhere = new QLineEdit(m_window.get());
        m_view = new DocumentView(m_window.get());
        auto* layout = new QHBoxLayout(m_window.get());
        layout->addWidget(m_elsewhere);
        layout->addWidget(m_view, 1);
        auto renderer = std::make_shared<IsolatedPageRenderer>();
        ProjectStore* store = m_store.get();
        m_view->setPageRenderer(
            [store, renderer](qint64 documentId, int pageNo, int dpi) -> DocumentView::RenderJob {
                const IsolatedPageRenderer::Document doc = renderer->load(store->db(), documentId);
                return [renderer, doc, pageNo, dpi](const std::atomic<bool>& cancelled) {
                    return renderer->render(doc, pageNo, dpi, &cancelled);
                };
            });
        m_view->setProject(m_store.get());
        m_window->resize(1400, 900);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        Translations::install(QStringLiteral("en"));
        qputenv("QUARRY_WORKER", QUARRY_TEST_WORKER);
        // The page goes through the real pipeline: the worker OCRs it with Tesseract (kor+eng)
        // and the project stores its words with boxes, confidences and text offsets.
        const QString scan = m_dir.path(QStringLiteral("notice.png"));
        QVERIFY(scannedPage().save(scan));
        m_project = m_dir.path(QStringLiteral("ocr.quarry"));
        m_store = ProjectStore::create(m_project);
        {
            IngestPipeline::Options options;
            options.pageTimeoutMs = 120000;
            options.workers = 1;
            IngestPipeline pipeline(*m_store, options);
            const IngestSummary summary = pipeline.run({scan});
            QCOMPARE(summary.ocr, 1);
        }
        const qint64 page = PageCorrections(*m_store).pageId(1, 1);
        QVERIFY(page > 0);
        m_words = PageWords(m_store->db()).words(page);
        QVERIFY2(m_words.size() > 20, qPrintable(QString::number(m_words.size())));
        m_top = wordIndex(QStringLiteral("Pressure"));
        QVERIFY(m_top >= 0);
        m_bottom = int(m_words.size()) - 1;
        QVERIFY(m_words[m_bottom].box.y() > 3000);
        QVERIFY(m_words[m_top].textStart >= 0 && m_words[m_bottom].textStart >= 0);
        // Tesseract is sure of every word of a clean render; a poor scan has unsure words. Two
        // words, one at the top and one at the bottom of the page, get the confidence such a scan
        // would give them.
        Statement low = m_store->db().prepare(
            QStringLiteral("UPDATE ocr_words SET confidence = CASE seq WHEN ?2 THEN 35 WHEN ?3 THEN 42 ELSE "
                           "max(confidence, 80) END WHERE page_id = ?1"));
        low.bindAll(page, qint64(m_words[m_top].seq), qint64(m_words[m_bottom].seq));
        low.run();
        m_words = PageWords(m_store->db()).words(page);
    }

    void cleanup()
    {
        m_window.reset();
        m_view = nullptr;
    }

    void cleanupTestCase() { m_store.reset(); }

    void opensFittedToTheWidth()
    {
        openView();
        PageImageView* image = m_view->imageView();
        QVERIFY(image->fitsWidth());
        const QRectF page = image->pageRect();
        // The page fills the pane's width (less its margins), keeping its proportions.
        QVERIFY2(qAbs(page.width() - (image->viewport()->width() - 16)) <= 1,
                 qPrintable(QStringLiteral("%1 in %2").arg(page.width()).arg(image->viewport()->width())));
        QVERIFY(qAbs(page.height() / page.width() - 3508.0 / 2480.0) < 0.01);
        QCOMPARE(page.top(), 8.0); // the top of the page, where reading starts
        // A wider pane: still the whole width.
        m_window->resize(1700, 900);
        QTRY_VERIFY(qAbs(image->pageRect().width() - (image->viewport()->width() - 16)) <= 1);
        QVERIFY(image->fitsWidth());
    }

    void zoomsWithTheKeysAndTheWheel()
    {
        openView();
        PageImageView* image = m_view->imageView();
        PageTextView* text = m_view->textView();
        const double fit = image->zoom();
        QVERIFY(fit < 1);

        // The keys work while the focus is in the text, where it usually is.
        QTest::keyClick(text, Qt::Key_Plus, Qt::ControlModifier);
        const double in = image->zoom();
        QVERIFY2(in > fit, qPrintable(QStringLiteral("%1 -> %2").arg(fit).arg(in)));
        QVERIFY(!image->fitsWidth());
        QTest::keyClick(text, Qt::Key_Equal, Qt::ControlModifier); // Ctrl+= where + needs Shift
        QVERIFY(image->zoom() > in);
        QTest::keyClick(text, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(image->zoom(), in);
        QVERIFY(qAbs(image->pageRect().width() / (2480 * 96.0 / 300) - in) < 0.01);

        // Ctrl+wheel zooms at the mouse: the page point under it stays there.
        const QPointF at(image->viewport()->width() / 2.0, 200);
        const QPointF pagePoint = (at - image->pageRect().topLeft()) / image->zoom();
        QWheelEvent wheel(at, image->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(image->viewport(), &wheel);
        QVERIFY(qAbs(image->zoom() - in * 1.2) < 1e-6);
        const QPointF after = image->pageRect().topLeft() + pagePoint * image->zoom();
        QVERIFY2((after - at).manhattanLength() <= 2,
                 qPrintable(QStringLiteral("%1,%2").arg(after.x()).arg(after.y())));
        // Without Ctrl the wheel scrolls.
        const int scroll = image->verticalScrollBar()->value();
        QWheelEvent plain(at, image->viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(image->viewport(), &plain);
        QVERIFY(image->verticalScrollBar()->value() > scroll);

        // Zoomed in far, the page is drawn again with the pixels that needs, at the same size.
        QSignalSpy shown(m_view, &DocumentView::pageImageShown);
        while (image->zoom() < 2)
            QTest::keyClick(text, Qt::Key_Plus, Qt::ControlModifier);
        const QSizeF onScreen = image->pageRect().size();
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 30000);
        QVERIFY2(image->imageDpi() >= 192, qPrintable(QString::number(image->imageDpi())));
        QVERIFY(image->image().width() >= 2480 * 192 / 300);
        QVERIFY(qAbs(image->pageRect().width() - onScreen.width()) <= 1);

        // Ctrl+0 fits the width again.
        QTest::keyClick(text, Qt::Key_0, Qt::ControlModifier);
        QVERIFY(image->fitsWidth());
        // (The sharper drawing's width is rounded to whole pixels: the same within 0.1%.)
        QVERIFY2(qAbs(image->zoom() / fit - 1) < 1e-3,
                 qPrintable(QStringLiteral("%1 %2").arg(image->zoom()).arg(fit)));
    }

    void selectedTextIsHighlightedOnTheImage()
    {
        openView();
        PageImageView* image = m_view->imageView();
        const int check = wordIndex(QStringLiteral("check"));
        const int oil = wordIndex(QStringLiteral("Oil"));
        const int level = wordIndex(QStringLiteral("level"));
        QVERIFY(check >= 0 && oil >= 0 && level >= 0);
        QVERIFY(image->selectedWords().isEmpty()); // a page opens with nothing highlighted

        m_view->textView()->selectRange(m_words[oil].textStart, m_words[level].textEnd);
        QCOMPARE(selectedText(), QStringLiteral("Oil level"));
        QCOMPARE(image->selectedWords(), (QList<int>{oil, level}));
        QApplication::processEvents();
        const QImage shot = image->viewport()->grab().toImage();
        QVERIFY(tinted(shot, image->wordRect(oil), blue) > 50);
        QVERIFY(tinted(shot, image->wordRect(level), blue) > 50);
        QCOMPARE(tinted(shot, image->wordRect(check), blue), 0);

        // A Korean word: the offsets are UTF-16 units of the text, as the view's.
        const int korean = wordHolding(QStringLiteral("프"));
        QVERIFY(korean >= 0);
        m_view->textView()->selectRange(m_words[korean].textStart, m_words[korean].textEnd);
        QCOMPARE(selectedText(), m_words[korean].text);
        QCOMPARE(image->selectedWords(), QList<int>{korean});
    }

    void clickOnTheImageSelectsTheWord()
    {
        openView();
        PageImageView* image = m_view->imageView();
        const int hangul = wordHolding(QStringLiteral("동"));
        QVERIFY(hangul >= 0);
        for (const QString& word : {QStringLiteral("starting"), m_words[hangul].text}) {
            const int i = wordIndex(word);
            QVERIFY2(i >= 0, qPrintable(word));
            const int scroll = image->verticalScrollBar()->value();
            QTest::mouseClick(image->viewport(), Qt::LeftButton, {}, image->wordRect(i).center().toPoint());
            QCOMPARE(selectedText(), word);
            QCOMPARE(image->selectedWords(), QList<int>{i});
            QCOMPARE(image->verticalScrollBar()->value(), scroll); // the word stays under the mouse
        }
        // A click beside the words selects nothing new.
        QTest::mouseClick(image->viewport(), Qt::LeftButton, {},
                          (image->pageRect().topLeft() + QPointF(5, 5)).toPoint());
        QCOMPARE(selectedText(), m_words[hangul].text);

        // A drag pans instead of selecting.
        while (image->zoom() < 1.2)
            QTest::keyClick(m_view->textView(), Qt::Key_Plus, Qt::ControlModifier);
        image->verticalScrollBar()->setValue(0);
        const int scroll = image->verticalScrollBar()->value();
        const QPoint from = image->wordRect(wordIndex(QStringLiteral("Oil"))).center().toPoint();
        QTest::mousePress(image->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(image->viewport(), from - QPoint(0, 60));
        QTest::mouseRelease(image->viewport(), Qt::LeftButton, {}, from - QPoint(0, 60));
        QCOMPARE(image->verticalScrollBar()->value(), scroll + 60);
        QCOMPARE(selectedText(), m_words[hangul].text);
    }

    void unsureWordsAreOneStepAway()
    {
        openView();
        PageImageView* image = m_view->imageView();
        PageTextView* text = m_view->textView();
        QCOMPARE(m_view->unsureWordCount(), 2);
        QCOMPARE(image->lowConfidenceCount(), 2);
        QComboBox* list = m_view->unsureWordList();
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->currentIndex(), -1);
        QVERIFY2(list->placeholderText().startsWith(QStringLiteral("2 unsure word")),
                 qPrintable(list->placeholderText()));
        QVERIFY2(list->itemText(0).startsWith(QStringLiteral("Pressure (35%")),
                 qPrintable(list->itemText(0)));
        // Both are underlined in the text.
        int underlined = 0;
        for (const PageTextView::Mark& m : text->marks())
            if (m.lowConfidence)
                ++underlined;
        QCOMPARE(underlined, 2);

        // Zoomed in, the bottom of the page is out of view.
        while (image->zoom() < 1.5)
            QTest::keyClick(text, Qt::Key_Plus, Qt::ControlModifier);
        const QRectF view = QRectF(image->viewport()->rect());
        QVERIFY(!view.contains(image->wordRect(m_bottom)));

        // F8: the first unsure word, selected in the text and shown on the image in its own colour.
        // The keys work wherever the focus is in the window.
        m_elsewhere->setFocus();
        QTest::keyClick(m_elsewhere, Qt::Key_F8);
        QCOMPARE(selectedText(), m_words[m_top].text);
        QCOMPARE(image->selectedWords(), QList<int>{m_top});
        QCOMPARE(list->currentIndex(), 0);
        QVERIFY(view.contains(image->wordRect(m_top)));
        QApplication::processEvents();
        QVERIFY(tinted(image->viewport()->grab().toImage(), image->wordRect(m_top), orange) > 50);

        // F8 again: the one at the bottom, scrolled to.
        QTest::keyClick(text, Qt::Key_F8);
        QCOMPARE(selectedText(), m_words[m_bottom].text);
        QCOMPARE(image->selectedWords(), QList<int>{m_bottom});
        QCOMPARE(list->currentIndex(), 1);
        QVERIFY2(view.contains(image->wordRect(m_bottom)),
                 qPrintable(QStringLiteral("%1,%2")
                                .arg(image->wordRect(m_bottom).x())
                                .arg(image->wordRect(m_bottom).y())));
        // Past the last: back to the first; Shift+F8 goes back.
        QTest::keyClick(text, Qt::Key_F8);
        QCOMPARE(image->selectedWords(), QList<int>{m_top});
        QTest::keyClick(text, Qt::Key_F8, Qt::ShiftModifier);
        QCOMPARE(image->selectedWords(), QList<int>{m_bottom});

        // Picking from the list does the same.
        emit list->activated(0);
        QCOMPARE(selectedText(), m_words[m_top].text);
        QVERIFY(view.contains(image->wordRect(m_top)));
        // Selecting another word in the text leaves the list.
        text->selectRange(m_words[m_top + 1].textStart, m_words[m_top + 1].textEnd);
        QCOMPARE(list->currentIndex(), -1);
    }

    void aSourceShownBeforeTheImageCameIsScrolledTo()
    {
        // "Show source" of a pair opens the page with its text selected; the image comes later.
        prepareView();
        PageImageView* image = m_view->imageView();
        image->setZoom(1.5);
        QSignalSpy shown(m_view, &DocumentView::pageImageShown);
        m_view->showSpan(1, 1, m_words[m_bottom - 1].textStart, m_words[m_bottom].textEnd, false);
        QCOMPARE(image->selectedWords(), (QList<int>{m_bottom - 1, m_bottom}));
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 30000);
        QVERIFY(QRectF(image->viewport()->rect()).contains(image->wordRect(m_bottom)));
    }

    void correctedTextIsNotLinked()
    {
        const qint64 page = PageCorrections(*m_store).pageId(1, 1);
        PageCorrections(*m_store).setCorrection(page,
                                                QStringLiteral("Checked by hand: nothing here matches."));
        openView();
        PageImageView* image = m_view->imageView();
        QVERIFY(!m_view->wordsLinkedToText());
        // The image still shows the words and where the unsure ones are; a click marks the word on
        // the image but selects nothing in text the offsets do not point into.
        const int i = wordIndex(QStringLiteral("starting"));
        QTest::mouseClick(image->viewport(), Qt::LeftButton, {}, image->wordRect(i).center().toPoint());
        QCOMPARE(image->selectedWords(), QList<int>{i});
        QVERIFY(selectedText().isEmpty());
        QTest::keyClick(m_view->textView(), Qt::Key_F8);
        QCOMPARE(image->selectedWords(), QList<int>{m_top});
        QVERIFY(selectedText().isEmpty());
        PageCorrections(*m_store).clearCorrection(page);

        // The redacted text is not the extracted text either.
        m_view->setShowRedacted(true);
        QVERIFY(!m_view->wordsLinkedToText());
        m_view->setShowRedacted(false);
        QVERIFY(m_view->wordsLinkedToText());
    }
};

QTEST_MAIN(TestPageImageView)
#include "TestPageImageView.moc"
