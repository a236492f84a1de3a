#include "ProjectBuilder.h"
#include "TestDir.h"
#include "curation/PairEditor.h"
#include "curation/PairListModel.h"
#include "curation/PairListView.h"
#include "curation/PairRepository.h"
#include "curation/ReviewWidget.h"
#include "store/Database.h"
#include "store/ProjectStore.h"
#include "store/Statement.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace quarry;
using namespace quarry::gui;

class TestCurationWidgets : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<PairRepository> m_repo;
    QList<qint64> m_ids;

    qint64 add(const QString& user, const QString& answer, Pair::Status status = Pair::Status::Draft)
    {
        Pair p;
        p.turns = {{Turn::Role::User, user, std::nullopt}, {Turn::Role::Assistant, answer, std::nullopt}};
        p.status = status;
        return m_repo->add(p);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<test::TestDir>();
        m_store = ProjectStore::create(m_dir->path(QStringLiteral("p.quarry")));
        m_repo = std::make_unique<PairRepository>(*m_store);
        m_ids = {add(QStringLiteral("환자의 혈압은?"), QStringLiteral("정상입니다."), Pair::Status::Review),
                 add(QStringLiteral("What is the deposit?"), QStringLiteral("Ten million won."),
                     Pair::Status::Review),
                 add(QStringLiteral("퇴직금 계산"), QStringLiteral("평균임금 기준"))};
    }
    void cleanup()
    {
        m_repo.reset();
        m_store.reset();
        m_dir.reset();
    }

    void listFiltersSearchesAndBulkActions()
    {
        QUndoStack stack;
        PairListView view;
        QSignalSpy loaded(view.model(), &PairListModel::loaded);
        view.setProject(m_store.get(), &stack);
        QTRY_VERIFY(loaded.count() >= 1);
        QCOMPARE(view.model()->rowCount(), 3);

        view.setSearchText(QStringLiteral("환자"));
        QTRY_COMPARE(view.model()->rowCount(), 1);
        view.setSearchText(QString());
        QTRY_COMPARE(view.model()->rowCount(), 3);

        view.table()->selectRow(0);
        view.table()->selectionModel()->select(view.model()->index(2, 0),
                                               QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(view.selectedIds(), (QList<qint64>{m_ids[0], m_ids[2]}));
        // Each pair's status and tags, exactly, after every step (do, undo, redo).
        const auto statuses = [&] {
            QStringList out;
            for (qint64 id : m_ids)
                out << toString(m_repo->get(id)->status) + QLatin1Char(':') +
                           m_repo->get(id)->tags.join(QLatin1Char(','));
            return out;
        };
        const QStringList start = statuses();
        view.setStatusOfSelection(int(Pair::Status::Approved));
        QStringList approved = start;
        approved[0] = QStringLiteral("approved:") + start[0].section(QLatin1Char(':'), 1);
        approved[2] = QStringLiteral("approved:") + start[2].section(QLatin1Char(':'), 1);
        QCOMPARE(statuses(), approved);
        view.addTagToSelection(QStringLiteral("checked"));
        QCOMPARE(m_repo->get(m_ids[2])->tags, QStringList{QStringLiteral("checked")});
        stack.undo();
        QVERIFY(m_repo->get(m_ids[2])->tags.isEmpty());
        QCOMPARE(statuses(), approved);
        stack.undo();
        QCOMPARE(statuses(), start);
        stack.redo();
        QCOMPARE(statuses(), approved);

        view.table()->clearSelection();
        view.table()->selectRow(1);
        view.deleteSelection();
        QVERIFY(!m_repo->get(m_ids[1]));
        QTRY_COMPARE(view.model()->rowCount(), 2);
        stack.undo();
        QVERIFY(m_repo->get(m_ids[1]).has_value());
        QTRY_COMPARE(view.model()->rowCount(), 3);
    }

    void editorAutosavesThroughTheUndoStack()
    {
        QUndoStack stack;
        PairEditor editor;
        editor.setProject(m_store.get(), &stack);
        editor.loadPair(m_ids[0]);
        QCOMPARE(editor.turnEdit(1)->toPlainText(), QStringLiteral("정상입니다."));
        editor.turnEdit(1)->setPlainText(QStringLiteral("조금 높습니다."));
        editor.tagsEdit()->setText(QStringLiteral("medical, ko"));
        emit editor.tagsEdit()->textEdited(editor.tagsEdit()->text());
        editor.ratingBox()->setValue(4);
        QSignalSpy saved(&editor, &PairEditor::saved);
        QTRY_COMPARE(saved.count(), 1); // one autosave after the pause
        Pair stored = *m_repo->get(m_ids[0]);
        QCOMPARE(stored.turns[1].content, QStringLiteral("조금 높습니다."));
        QCOMPARE(stored.tags, (QStringList{QStringLiteral("ko"), QStringLiteral("medical")}));
        QCOMPARE(stored.rating, std::optional<int>(4));
        QCOMPARE(stack.count(), 1);

        editor.systemPromptEdit()->setPlainText(QStringLiteral("간호사처럼 답하세요."));
        editor.saveNow();
        QCOMPARE(stack.count(), 1); // merged with the previous edit of the same pair
        stack.undo();
        QCOMPARE(m_repo->get(m_ids[0])->turns[1].content, QStringLiteral("정상입니다."));
        QCOMPARE(editor.turnEdit(1)->toPlainText(), QStringLiteral("정상입니다.")); // editor follows undo
        stack.redo();
        QCOMPARE(editor.systemPromptEdit()->toPlainText(), QStringLiteral("간호사처럼 답하세요."));
    }

    void reviewKeys()
    {
        // A source for the first pair, to be shown beside it.
        Database& db = m_store->db();
        test::ProjectBuilder::Document d;
        d.id = 1;
        d.name = QStringLiteral("d");
        d.pages = {QStringLiteral("혈압은 120/80으로 정상이다.")};
        test::ProjectBuilder(db).addDocument(d);
        db.exec(QStringLiteral(
            "INSERT INTO passages(id, document_id, seq, page_first, page_last, start, end, text, text_hash) "
            "VALUES (5, 1, 0, 1, 1, 0, 20, '혈압은 120/80으로 정상이다.', 'x')"));
        Pair p = *m_repo->get(m_ids[0]);
        p.sources = {PairSource{0, 5, 1, 1, 0, 10, QStringLiteral("혈압은 120/80")}};
        m_repo->update(p);

        QUndoStack stack;
        ReviewWidget review;
        review.setProject(m_store.get(), &stack);
        QCOMPARE(review.count(), 2);
        QCOMPARE(review.currentPairId(), m_ids[0]);
        QVERIFY(review.pairText().contains(QStringLiteral("환자의 혈압은?")));
        QVERIFY(review.sourceText().contains(QStringLiteral("120/80으로 정상이다")));

        QTest::keyClick(&review, Qt::Key_N);
        QCOMPARE(review.currentPairId(), m_ids[1]);
        QTest::keyClick(&review, Qt::Key_P);
        QCOMPARE(review.currentPairId(), m_ids[0]);
        QSignalSpy edit(&review, &ReviewWidget::editRequested);
        QTest::keyClick(&review, Qt::Key_E);
        QCOMPARE(edit.count(), 1);
        QCOMPARE(edit.first().first().toLongLong(), m_ids[0]);

        QTest::keyClick(&review, Qt::Key_A);
        QVERIFY(m_repo->get(m_ids[0])->status == Pair::Status::Approved);
        QCOMPARE(review.currentPairId(), m_ids[1]);
        QSignalSpy finished(&review, &ReviewWidget::finished);
        QTest::keyClick(&review, Qt::Key_R);
        QVERIFY(m_repo->get(m_ids[1])->status == Pair::Status::Rejected);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(review.count(), 0);

        stack.undo();
        stack.undo();
        review.reload();
        QCOMPARE(review.count(), 2);
    }
};

QTEST_MAIN(TestCurationWidgets)
#include "TestCurationWidgets.moc"
