#include "ProjectBuilder.h"
#include "TestDir.h"
#include "curation/PairRepository.h"
#include "curation/PairStatusText.h"
#include "stats/BarChartWidget.h"
#include "stats/HistogramWidget.h"
#include "stats/StatisticsView.h"
#include "store/DetectionStatusText.h"
#include "store/ProjectStore.h"
#include "store/Statement.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTest>
#include <QTimer>

using namespace quarry;
using gui::BarChartWidget;
using gui::StatisticsView;

namespace {

Pair makePair(Pair::Status status, const QString& user, const QString& assistant, const QStringList& tags,
              std::optional<int> rating)
{
    Pair p;
    p.status = status;
    p.turns = {{Turn::Role::User, user, std::nullopt}, {Turn::Role::Assistant, assistant, std::nullopt}};
    p.tags = tags;
    p.rating = rating;
    return p;
}

// QUARRY_SCREENSHOT_DIR set: the view is saved there as a PNG, to look at.
void saveShot(QWidget& w, const QString& name)
{
    const QString dir = qEnvironmentVariable("QUARRY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    // Let the layouts take the new chart sizes first.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QVERIFY(w.grab().save(dir + QLatin1Char('/') + name));
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    return p;
}

} // namespace

class TestStatisticsView : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ProjectStore> makeProject(const test::TestDir& dir, QList<qint64>& ids)
    {
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        test::ProjectBuilder build(store->db());
        test::ProjectBuilder::Document d;
        d.name = QStringLiteral("report.pdf");
        d.kind = QStringLiteral("pdf");
        d.title = QStringLiteral("연간 보고서");
        d.status = QStringLiteral("ocr");
        d.method = QStringLiteral("ocr");
        d.pages = {QStringLiteral("홍길동 010-1234-5678")};
        const qint64 documentId = build.addDocument(d);
        const qint64 page = build.pageId(documentId, 1);
        build.addDetection(page, 0, 3, QStringLiteral("PERSON"));
        build.addDetection(page, 4, 17, QStringLiteral("PHONE"), QStringLiteral("accepted"));

        PairRepository repo(*store);
        Pair p1 =
            makePair(Pair::Status::Draft, QStringLiteral("서울의 인구는?"),
                     QStringLiteral("약 천만 명입니다."), {QStringLiteral("지리"), QStringLiteral("geo")}, 5);
        PairSource source;
        source.documentId = documentId;
        p1.sources = {source};
        Pair p2 = makePair(Pair::Status::Draft, QStringLiteral("What is the capital of Korea?"),
                           QString(300, QLatin1Char('a')), {QStringLiteral("geo")}, 4);
        Pair p3 =
            makePair(Pair::Status::Approved, QStringLiteral("Hi"), QStringLiteral("Hello"), {}, std::nullopt);
        for (Pair* p : {&p1, &p2, &p3})
            ids << repo.add(*p);
        return store;
    }

    // The view's refresh delay (the single-shot timer set by setRefreshDelay), to wait on its
    // timeout instead of a fixed time.
    static QTimer* debounceTimer(StatisticsView& view, int delayMs)
    {
        for (QTimer* t : view.findChildren<QTimer*>(Qt::FindDirectChildrenOnly))
            if (t->isSingleShot() && t->interval() == delayMs)
                return t;
        return nullptr;
    }

private slots:
    void showsFiguresAndFollowsChanges()
    {
        test::TestDir dir;
        QList<qint64> ids;
        auto store = makeProject(dir, ids);

        StatisticsView view;
        view.setRefreshDelay(50);
        QSignalSpy refreshed(&view, &StatisticsView::refreshed);
        view.setProject(store.get());
        QCOMPARE(refreshed.count(), 0); // not shown yet: nothing is counted
        view.resize(900, 1400);
        view.show();
        QVERIFY(refreshed.wait(10000));

        QCOMPARE(view.statusChart()->value(PairStatusText::name(Pair::Status::Draft)), 2);
        QCOMPARE(view.statusChart()->value(PairStatusText::name(Pair::Status::Approved)), 1);
        QCOMPARE(view.statusChart()->value(PairStatusText::name(Pair::Status::Review)), 0);
        QCOMPARE(view.tagChart()->value(QStringLiteral("geo")), 2);
        QCOMPARE(view.tagChart()->value(QStringLiteral("지리")), 1);
        QCOMPARE(view.tagChart()->value(StatisticsView::tr("No tag")), 1);
        QCOMPARE(view.documentChart()->value(QStringLiteral("연간 보고서")), 1);
        QCOMPARE(view.documentChart()->value(StatisticsView::tr("No source")), 2);
        QCOMPARE(view.ratingChart()->value(StatisticsView::tr("Unrated")), 1);
        QCOMPARE(view.detectionTypeChart()->value(QStringLiteral("PHONE")), 1);
        QCOMPARE(view.detectionStatusChart()->value(DetectionStatusText::name(DetectionStatus::Pending)), 1);
        QCOMPARE(view.pageChart()->value(StatisticsView::tr("OCR")), 1);
        QVERIFY(view.summary()->text().contains(QLatin1String("3")));
        // Characters: user 8, 29, 2 -> all in 0-19 but 29 (20-49); assistant 10, 300, 5.
        const auto& series = view.lengthChart()->series();
        QCOMPARE(series.size(), 2);
        QCOMPARE(series[0].counts.mid(0, 3), (QList<qint64>{2, 1, 0}));
        QCOMPARE(series[1].counts.value(0), 2);
        QCOMPARE(series[1].counts.value(4), 1); // 200-499
        QCOMPARE(view.lengthChart()->bucketLabel(4), QStringLiteral("200–499"));
        view.lengthUnit()->setCurrentIndex(1); // approximate tokens: 300 ASCII -> 75 (50-99)
        QCOMPARE(view.lengthChart()->series()[1].counts.value(3), 1);
        saveShot(view, QStringLiteral("stats-light.png"));

        // A change elsewhere (here: straight through the repository, as the review mode does).
        PairRepository(*store).setStatus({ids[0], ids[1]}, Pair::Status::Review);
        view.scheduleRefresh();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(view.statusChart()->value(PairStatusText::name(Pair::Status::Draft)), 0);
        QCOMPARE(view.statusChart()->value(PairStatusText::name(Pair::Status::Review)), 2);

        // Hidden, a change is only noted; showing the view again counts it.
        refreshed.clear();
        view.hide();
        PairRepository(*store).setStatus({ids[2]}, Pair::Status::Rejected);
        view.scheduleRefresh();
        // The delay runs out while hidden: nothing is counted (waited for on the timer itself).
        QTimer* delay = debounceTimer(view, 50);
        QVERIFY(delay && delay->isActive());
        QSignalSpy fired(delay, &QTimer::timeout);
        QVERIFY(fired.wait(10000));
        QVERIFY(!view.isComputing());
        QCOMPARE(refreshed.count(), 0);
        QCOMPARE(view.statusChart()->value(PairStatusText::name(Pair::Status::Approved)), 1);
        view.show();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(view.statusChart()->value(PairStatusText::name(Pair::Status::Approved)), 0);
        QCOMPARE(view.statusChart()->value(PairStatusText::name(Pair::Status::Rejected)), 1);

        view.setProject(nullptr);
        QCOMPARE(view.statusChart()->bars().size(), 0);
    }

    void manyChangesOneCount()
    {
        test::TestDir dir;
        QList<qint64> ids;
        auto store = makeProject(dir, ids);
        StatisticsView view;
        view.setRefreshDelay(100);
        view.setProject(store.get());
        QSignalSpy refreshed(&view, &StatisticsView::refreshed);
        view.show();
        QVERIFY(refreshed.wait(10000));
        refreshed.clear();
        // A burst of changes is counted once, after it.
        for (int i = 0; i < 10; ++i)
            view.scheduleRefresh();
        QVERIFY(refreshed.wait(10000));
        // Nothing more to come: no refresh delay running, no count running, none queued.
        QCoreApplication::sendPostedEvents();
        QVERIFY(!debounceTimer(view, 100)->isActive());
        QVERIFY(!view.isComputing());
        QCOMPARE(refreshed.count(), 1);
    }

    void longListsAreSummedUp()
    {
        test::TestDir dir;
        QList<qint64> ids;
        auto store = makeProject(dir, ids);
        QStringList tags;
        for (int i = 0; i < 15; ++i)
            tags << QStringLiteral("tag%1").arg(i, 2, 10, QLatin1Char('0'));
        Pair p = makePair(Pair::Status::Draft, QStringLiteral("u"), QStringLiteral("a"), tags, std::nullopt);
        PairRepository(*store).add(p);
        StatisticsView view;
        QSignalSpy refreshed(&view, &StatisticsView::refreshed);
        view.setProject(store.get());
        view.show();
        QVERIFY(refreshed.wait(10000));
        // geo (2), then 11 of the other 16 tags (one pair each), "5 more", "No tag".
        const auto& bars = view.tagChart()->bars();
        QCOMPARE(bars.size(), 14);
        QCOMPARE(bars.first().label, QStringLiteral("geo"));
        QCOMPARE(bars.at(12).label, StatisticsView::tr("%1 more").arg(5));
        QCOMPARE(bars.at(12).value, 5);
        QCOMPARE(bars.at(13).label, StatisticsView::tr("No tag"));
    }

    void closingWhileCountingIsSafe()
    {
        test::TestDir dir;
        QList<qint64> ids;
        auto store = makeProject(dir, ids);
        auto view = std::make_unique<StatisticsView>();
        view->setProject(store.get());
        view->show();
        view->refresh();
        view->setProject(nullptr); // cancels and waits; no late result lands
        QVERIFY(!view->isComputing());
        QCoreApplication::sendPostedEvents(); // a finished signal queued before the cancel, if any
        QCoreApplication::processEvents();
        QCOMPARE(view->statusChart()->bars().size(), 0);
        view->setProject(store.get());
        view->refresh();
        view.reset(); // destroyed while counting
        store.reset();
    }

    void darkPaletteAndKoreanLabels()
    {
        test::TestDir dir;
        QList<qint64> ids;
        auto store = makeProject(dir, ids);
        StatisticsView view;
        view.setPalette(darkPalette());
        view.setAutoFillBackground(true);
        QSignalSpy refreshed(&view, &StatisticsView::refreshed);
        view.setProject(store.get());
        view.resize(480, 1900); // the width of the side panel: one column
        view.show();
        QVERIFY(refreshed.wait(10000));
        // Bars are drawn in the palette's highlight colour, text in its window text colour.
        const QImage image = view.tagChart()->grab().toImage();
        bool highlight = false;
        for (int y = 0; y < image.height() && !highlight; ++y)
            for (int x = 0; x < image.width() && !highlight; ++x)
                highlight = image.pixelColor(x, y) == darkPalette().color(QPalette::Highlight);
        QVERIFY(highlight);
        saveShot(view, QStringLiteral("stats-dark.png"));
    }
};

QTEST_MAIN(TestStatisticsView)
#include "TestStatisticsView.moc"
