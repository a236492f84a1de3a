#include "TestDir.h"
#include "curation/DuplicateFinder.h"
#include "curation/DuplicatesModel.h"
#include "curation/DuplicatesView.h"
#include "curation/PairEditor.h"
#include "curation/PairHistoryModel.h"
#include "curation/PairHistoryView.h"
#include "curation/PairListModel.h"
#include "curation/PairListView.h"
#include "curation/PairRepository.h"
#include "store/ProjectStore.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDir>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace quarry;
using namespace quarry::gui;

// The "possible duplicates" view and the pair history window, offscreen on a real project.
class TestDuplicatesAndHistory : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<PairRepository> m_repo;

    qint64 add(const QString& user, const QString& answer, Pair::Status status = Pair::Status::Draft)
    {
        Pair p;
        p.turns = {{Turn::Role::User, user, std::nullopt}, {Turn::Role::Assistant, answer, std::nullopt}};
        p.status = status;
        return m_repo->add(p);
    }
    // With QUARRY_SCREENSHOTS=DIR the widgets are saved as pictures, to look at them.
    static void shoot(QWidget& w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("QUARRY_SCREENSHOTS");
        if (!dir.isEmpty())
            w.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<test::TestDir>();
        m_store = ProjectStore::create(m_dir->path(QStringLiteral("p.quarry")));
        m_store->setActor(QStringLiteral("박서연"));
        m_repo = std::make_unique<PairRepository>(*m_store);
    }
    void cleanup()
    {
        m_repo.reset();
        m_store.reset();
        m_dir.reset();
    }

    void findsRejectsDeletesAndDismisses()
    {
        const qint64 a = add(QStringLiteral("퇴직금은 어떻게 계산합니까?"),
                             QStringLiteral("퇴직 전 3개월 평균임금에 근속연수를 곱하여 계산합니다."));
        const qint64 b = add(QStringLiteral("퇴직금은 어떻게 계산하나요?"),
                             QStringLiteral("퇴직 전 3개월 평균임금에 근속 연수를 곱하여 계산합니다."));
        const qint64 c = add(QStringLiteral("What is the notice period for tenants?"),
                             QStringLiteral("Two months, given in writing to the landlord."));
        const qint64 d = add(QStringLiteral("What is the notice period for tenants?"),
                             QStringLiteral("Two months, given in writing to the landlord!"));
        add(QStringLiteral("혈압 기준은?"), QStringLiteral("수축기 120 미만이 정상입니다."));
        add(QStringLiteral("Old rejected copy"),
            QStringLiteral("Two months, given in writing to the landlord."), Pair::Status::Rejected);

        QUndoStack stack;
        DuplicatesView view;
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(900, 420);
        view.setProject(m_store.get(), &stack);
        view.setThreshold(0.6);
        QSignalSpy finished(&view, &DuplicatesView::finished);
        view.find();
        QVERIFY(view.isRunning() || finished.count() == 1);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        DuplicatesModel* model = view.model();
        QCOMPARE(model->rowCount(), 2); // the rejected pair is not compared by default
        QCOMPARE(model->candidate(0)->a, c);
        QCOMPARE(model->candidate(0)->b, d);
        QCOMPARE(model->candidate(0)->firstLineA, QStringLiteral("What is the notice period for tenants?"));
        QCOMPARE(model->candidate(1)->a, a);
        QCOMPARE(model->candidate(1)->b, b);
        QVERIFY2(view.summary().contains(QLatin1String("Compared 5 pair")), qPrintable(view.summary()));
        QVERIFY(view.summary().contains(QLatin1String("2 possible duplicate")));
        shoot(view, QStringLiteral("duplicates"));

        // Open either side in the editor.
        QSignalSpy requested(&view, &DuplicatesView::pairRequested);
        view.table()->setCurrentIndex(model->index(1, 0));
        view.open(DuplicatesView::Side::B);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toLongLong(), b);

        // Reject B: undoable; the candidate leaves the list.
        view.reject(DuplicatesView::Side::B);
        QCOMPARE(toString(m_repo->get(b)->status), QStringLiteral("rejected"));
        QCOMPARE(toString(m_repo->get(a)->status), QStringLiteral("draft")); // side A untouched
        QCOMPARE(model->rowCount(), 1);
        stack.undo();
        QCOMPARE(toString(m_repo->get(b)->status), QStringLiteral("draft"));
        stack.redo();
        QCOMPARE(toString(m_repo->get(b)->status), QStringLiteral("rejected"));
        stack.undo();
        QCOMPARE(toString(m_repo->get(b)->status), QStringLiteral("draft"));

        // Delete D: undoable, restores the same pair.
        view.table()->setCurrentIndex(model->index(0, 0));
        const Pair removed = *m_repo->get(d);
        view.remove(DuplicatesView::Side::B);
        QVERIFY(!m_repo->exists(d));
        QCOMPARE(model->rowCount(), 0);
        stack.undo();
        QVERIFY(m_repo->exists(d));
        QCOMPARE(m_repo->get(d)->turns.first().content, removed.turns.first().content);
        QCOMPARE(m_repo->get(d)->turns.last().content, removed.turns.last().content);
        QCOMPARE(toString(m_repo->get(d)->status), toString(removed.status));
        stack.redo();
        QVERIFY(!m_repo->exists(d));
        stack.undo();
        QVERIFY(m_repo->exists(d));

        // Not a duplicate: hidden from the next search, kept in the project, shown on request.
        view.find();
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(model->rowCount(), 2);
        view.table()->setCurrentIndex(model->index(0, 0));
        view.toggleDismissed();
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(DuplicateFinder::dismissed(m_store->db()).contains({c, d}));
        view.find();
        QTRY_COMPARE(finished.count(), 3);
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(view.summary().contains(QLatin1String("1 marked as not a duplicate")));
        auto* show = view.findChild<QCheckBox*>();
        QVERIFY(show);
        show->setChecked(true);
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(model->candidate(0)->dismissed);
        QVERIFY(model->data(model->index(0, 0), Qt::FontRole).value<QFont>().italic());
        // ... and taken back.
        view.table()->setCurrentIndex(model->index(0, 0));
        view.toggleDismissed();
        QVERIFY(!model->candidate(0)->dismissed);
        QVERIFY(DuplicateFinder::dismissed(m_store->db()).isEmpty());
    }

    void limitsTheComparisonAndSaysSo()
    {
        for (int i = 0; i < 30; ++i)
            add(QStringLiteral("질문 %1 번째입니다").arg(i), QStringLiteral("서로 다른 답 %1").arg(i * 7919));
        QUndoStack stack;
        DuplicatesView view;
        view.setProject(m_store.get(), &stack);
        view.setMaxPairs(10);
        QSignalSpy finished(&view, &DuplicatesView::finished);
        view.find();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY2(view.summary().contains(QLatin1String("newest 10 of 30 pairs")), qPrintable(view.summary()));
        QVERIFY(view.summary().contains(QLatin1String("Older pairs were not compared")));
    }

    void cancelAndProjectChangeStopTheWorker()
    {
        for (int i = 0; i < 200; ++i)
            add(QStringLiteral("질문 %1").arg(i), QStringLiteral("답 %1").arg(i));
        QUndoStack stack;
        auto view = std::make_unique<DuplicatesView>();
        view->setProject(m_store.get(), &stack);
        QSignalSpy finished(view.get(), &DuplicatesView::finished);
        view->find();
        view->cancel();
        QTRY_COMPARE(finished.count(), 1);
        view->find();
        view->setProject(nullptr, nullptr); // waits for the worker
        QVERIFY(!view->isRunning());
        view->find(); // nothing to search: no-op
        QVERIFY(!view->isRunning());
        view.reset();
    }

    void editorFlagsExactDuplicatesOnSave()
    {
        const qint64 first = add(QStringLiteral("보증금은 얼마입니까?"), QStringLiteral("천만 원입니다."));
        const qint64 other = add(QStringLiteral("보증금은 얼마인가요?"), QStringLiteral("천만 원입니다."));
        QUndoStack stack;
        PairEditor editor;
        editor.setProject(m_store.get(), &stack);
        editor.loadPair(other);
        QVERIFY(editor.warningText().isEmpty());
        // Edited to the same turns as the first pair (spacing aside): flagged once saved.
        editor.turnEdit(0)->setPlainText(QStringLiteral("보증금은  얼마입니까?"));
        editor.saveNow();
        QVERIFY2(editor.warningText().contains(QStringLiteral("Exact duplicate of pair %1").arg(first)),
                 qPrintable(editor.warningText()));
        PairFilter warn;
        warn.hasWarnings = true;
        QCOMPARE(m_repo->ids(warn), QList<qint64>{other});
        shoot(editor, QStringLiteral("editor-duplicate"));
        stack.undo();
        QVERIFY(editor.warningText().isEmpty());
        QVERIFY(m_repo->ids(warn).isEmpty());
    }

    void historyWindowFromEditorAndList()
    {
        const qint64 id =
            add(QStringLiteral("환자의 혈압은 어떻습니까?"), QStringLiteral("혈압은 정상입니다."));
        QUndoStack stack;
        QWidget window;
        auto* editor = new PairEditor(&window);
        editor->setProject(m_store.get(), &stack);
        editor->loadPair(id);
        editor->turnEdit(1)->setPlainText(QStringLiteral("혈압은 조금 높습니다."));
        editor->saveNow();
        m_repo->setStatus({id}, Pair::Status::Approved);

        QVERIFY(editor->historyButton()->isEnabled());
        editor->historyButton()->click();
        auto* view = window.findChild<PairHistoryView*>();
        QVERIFY(view);
        QCOMPARE(view->pairId(), id);
        QAbstractItemModelTester tester(view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        PairHistoryModel* model = view->model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->data(model->index(0, PairHistoryModel::ActionColumn)).toString(),
                 QStringLiteral("Status changed"));
        QCOMPARE(model->data(model->index(0, PairHistoryModel::ChangesColumn)).toString(),
                 QStringLiteral("Status: Draft → Approved"));
        QCOMPARE(model->data(model->index(0, PairHistoryModel::UserColumn)).toString(),
                 QStringLiteral("박서연"));
        QCOMPARE(model->data(model->index(1, PairHistoryModel::ActionColumn)).toString(),
                 QStringLiteral("Edited"));
        QCOMPARE(model->data(model->index(1, PairHistoryModel::ChangesColumn)).toString(),
                 QStringLiteral("Turn 2 (assistant): “정상입니다” → “조금 높습니다”"));
        QCOMPARE(model->data(model->index(2, PairHistoryModel::ActionColumn)).toString(),
                 QStringLiteral("Created"));
        // The edit in detail: the changed words struck through and the new ones marked.
        view->table()->setCurrentIndex(model->index(1, 0));
        const QString html = view->detailsHtml();
        QVERIFY2(html.contains(QStringLiteral("정상입니다")) &&
                     html.contains(QStringLiteral("조금 높습니다")),
                 qPrintable(html));
        QVERIFY(html.contains(QLatin1String("line-through")));
        view->resize(760, 480);
        shoot(*view, QStringLiteral("history"));

        // Undo of the edit is recorded too, and the open window follows.
        stack.undo();
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->data(model->index(0, PairHistoryModel::ActionColumn)).toString(),
                 QStringLiteral("Edited"));

        // From the pair list: the same window is raised, not a second one.
        auto* list = new PairListView(&window);
        QSignalSpy loaded(list->model(), &PairListModel::loaded);
        list->setProject(m_store.get(), &stack);
        QTRY_VERIFY(loaded.count() >= 1);
        list->showHistory(id);
        QCOMPARE(window.findChildren<PairHistoryView*>().size(), 1);
        const qint64 other = add(QStringLiteral("다른 질문"), QStringLiteral("다른 답"));
        list->showHistory(other);
        QCOMPARE(window.findChildren<PairHistoryView*>().size(), 2);
        list->setProject(nullptr, nullptr);
        editor->setProject(nullptr, nullptr);
        // Closing the project clears the stack: the history windows close with it.
        QPointer<PairHistoryView> first = window.findChildren<PairHistoryView*>().first();
        stack.clear();
        QTRY_VERIFY(first.isNull());
        QTRY_COMPARE(window.findChildren<PairHistoryView*>().size(), 0);
    }
};

QTEST_MAIN(TestDuplicatesAndHistory)
#include "TestDuplicatesAndHistory.moc"
