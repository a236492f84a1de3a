#include "TestDir.h"
#include "curation/PairListModel.h"
#include "curation/PairRepository.h"
#include "curation/SyntheticGenerator.h"
#include "store/ProjectStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace quarry;

class TestPairListModel : public QObject
{
    Q_OBJECT
private slots:
    void loadsFiltersSortsAndRefreshes()
    {
        test::TestDir dir;
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        store->setActor(QStringLiteral("lee"));
        PairRepository repo(*store);
        QList<qint64> ids;
        for (int i = 0; i < 250; ++i) {
            Pair p;
            p.turns = {
                {Turn::Role::User, QStringLiteral("질문 %1").arg(i, 3, 10, QLatin1Char('0')), std::nullopt},
                {Turn::Role::Assistant, QStringLiteral("답"), std::nullopt}};
            p.status = i % 5 == 0 ? Pair::Status::Review : Pair::Status::Draft;
            p.tags = {i % 2 ? QStringLiteral("odd") : QStringLiteral("even")};
            p.rating = 1 + i % 5;
            ids << repo.add(p);
        }

        PairListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &PairListModel::loaded);
        model.setProject(store.get());
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(model.rowCount(), 250);
        QCOMPARE(model.columnCount(), int(PairListModel::ColumnCount));

        // Placeholder first, real row once the worker has read the block.
        const QModelIndex cell = model.index(120, PairListModel::FirstTurnColumn);
        model.data(cell);
        QTRY_VERIFY(model.isRowLoaded(120));
        QCOMPARE(model.data(cell).toString(), QStringLiteral("질문 120"));
        QCOMPARE(model.data(model.index(120, PairListModel::TagsColumn)).toString(), QStringLiteral("even"));
        QCOMPARE(model.data(model.index(120, PairListModel::AuthorColumn)).toString(), QStringLiteral("lee"));
        QCOMPARE(model.data(cell, PairListModel::PairIdRole).toLongLong(), ids[120]);

        PairFilter f;
        f.statuses = {Pair::Status::Review};
        model.setFilter(f);
        QTRY_COMPARE(loaded.count(), 2);
        QCOMPARE(model.rowCount(), 50);

        f = {};
        f.text = QStringLiteral("질문 24");
        model.setFilter(f);
        QTRY_COMPARE(loaded.count(), 3);
        QCOMPARE(model.rowCount(), 10); // 240..249

        model.setFilter({});
        QTRY_COMPARE(loaded.count(), 4);
        model.sort(PairListModel::FirstTurnColumn, Qt::DescendingOrder);
        QTRY_COMPARE(loaded.count(), 5);
        QCOMPARE(model.pairId(0), ids.last());
        model.data(model.index(0, 0));
        QTRY_VERIFY(model.isRowLoaded(0));
        QCOMPARE(model.data(model.index(0, PairListModel::FirstTurnColumn)).toString(),
                 QStringLiteral("질문 249"));

        // Edits show after refreshRows; deletes after refresh.
        repo.setStatus({ids.last()}, Pair::Status::Approved);
        QSignalSpy rows(&model, &PairListModel::rowsLoaded);
        model.refreshRows({ids.last()});
        QTRY_VERIFY(rows.count() >= 1);
        QCOMPARE(model.data(model.index(0, PairListModel::StatusColumn)).toString(),
                 QStringLiteral("Approved"));
        repo.remove(ids.last());
        model.refresh();
        QTRY_COMPARE(loaded.count(), 6);
        QCOMPARE(model.rowCount(), 249);

        model.setProject(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void firstScreenArrivesBeforeTheWholeList()
    {
        test::TestDir dir;
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        SyntheticGenerator::Options o;
        o.pairs = 1500;
        SyntheticGenerator::generate(store->db(), o);
        PairListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy loaded(&model, &PairListModel::loaded);
        model.setProject(store.get());
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(model.rowCount(), 1500);
        QCOMPARE(inserted.count(), 1); // the rest appended after the first screen
        model.data(model.index(1499, PairListModel::StatusColumn));
        QTRY_VERIFY(model.isRowLoaded(1499));
        QVERIFY(!model.data(model.index(1499, PairListModel::StatusColumn)).toString().isEmpty());

        PairFilter f;
        f.text = QStringLiteral("환자");
        model.setFilter(f);
        QTRY_COMPARE(loaded.count(), 2);
        QCOMPARE(model.rowCount(), int(PairRepository(*store).ids(f).size()));
        QVERIFY(model.rowCount() > 0);
    }
};

QTEST_GUILESS_MAIN(TestPairListModel)
#include "TestPairListModel.moc"
