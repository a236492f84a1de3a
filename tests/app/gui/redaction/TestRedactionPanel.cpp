#include "TestDir.h"
#include "redact/DetectionStore.h"
#include "redact/RuleSet.h"
#include "redact/Scanner.h"
#include "redaction/RedactionPanel.h"
#include "store/ProjectStore.h"
#include "store/Statement.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace quarry;

class TestRedactionPanel : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ProjectStore> makeProject(const test::TestDir& dir)
    {
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        const QStringList docs = {QStringLiteral("a.txt"), QStringLiteral("b.txt")};
        for (const QString& name : docs) {
            Statement doc = store->db().prepare(QStringLiteral(
                "INSERT INTO documents(name, source_path, sha256, size_bytes, kind, status, page_count, ingested_at, "
                "updated_at) VALUES (?, ?, ?, 0, 'text', 'ok', 1, 't', 't')"));
            doc.bindAll(name, name, name);
            doc.run();
            Statement p = store->db().prepare(
                QStringLiteral("INSERT INTO pages(document_id, page_no, method, text) VALUES (?, 1, 'text', ?)"));
            p.bindAll(store->db().lastInsertId(),
                      QStringLiteral("홍길동님 연락처 010-1234-5678, 메일 hong@example.com, 예비 010-2222-3333"));
            p.run();
        }
        DetectionStore(*store).scanProject(Scanner(RuleSet::defaults()));
        return store;
    }

    int countStatus(ProjectStore& store, const QString& status)
    {
        DetectionFilter f;
        f.statuses = {status};
        return int(DetectionStore(store).list(f).size());
    }

private slots:
    void listsAndFilters()
    {
        test::TestDir dir;
        auto store = makeProject(dir);
        gui::RedactionPanel panel;
        QVERIFY(!panel.isEnabled());
        panel.setProject(store.get());
        panel.show();
        QVERIFY(panel.isEnabled());
        QCOMPARE(panel.rowCount(), 8); // 2 documents x (person, 2 phones, e-mail)
        panel.typeFilter()->setCurrentIndex(panel.typeFilter()->findData(QStringLiteral("PHONE")));
        QCOMPARE(panel.rowCount(), 4);
        panel.typeFilter()->setCurrentIndex(0);
        panel.ruleFilter()->setCurrentIndex(panel.ruleFilter()->findData(QStringLiteral("email")));
        QCOMPARE(panel.rowCount(), 2);
        panel.ruleFilter()->setCurrentIndex(0);
        panel.minScoreFilter()->setValue(0.9);
        QVERIFY(panel.rowCount() < 8);
        panel.minScoreFilter()->setValue(0.0);
        panel.statusFilter()->setCurrentIndex(panel.statusFilter()->findData(QStringLiteral("accepted")));
        QCOMPARE(panel.rowCount(), 0);
        panel.setProject(nullptr);
        QCOMPARE(panel.rowCount(), 0);
    }

    void actions()
    {
        test::TestDir dir;
        auto store = makeProject(dir);
        gui::RedactionPanel panel;
        panel.setProject(store.get());
        QSignalSpy changed(&panel, &gui::RedactionPanel::decisionsChanged);

        panel.table()->selectRow(0);
        panel.acceptSelected();
        QCOMPARE(countStatus(*store, QStringLiteral("accepted")), 1);

        // Reject the value of a phone row everywhere: both documents.
        panel.typeFilter()->setCurrentIndex(panel.typeFilter()->findData(QStringLiteral("PHONE")));
        int row = -1;
        for (int r = 0; r < panel.rowCount(); ++r)
            if (panel.table()->item(r, 3)->text() == QStringLiteral("010-1234-5678"))
                row = r;
        QVERIFY(row >= 0);
        panel.table()->selectRow(row);
        panel.rejectValueEverywhere();
        QCOMPARE(countStatus(*store, QStringLiteral("rejected")), 2);

        // Accept all phones of the first document only.
        panel.typeFilter()->setCurrentIndex(panel.typeFilter()->findData(QStringLiteral("PHONE")));
        panel.table()->selectRow(0);
        const qint64 doc = panel.table()->item(0, 0)->data(Qt::UserRole + 2).toLongLong();
        panel.acceptTypeInDocument();
        DetectionFilter f;
        f.type = QStringLiteral("PHONE");
        f.documentId = doc;
        for (const StoredDetection& d : DetectionStore(*store).list(f))
            QCOMPARE(d.status, QStringLiteral("accepted"));
        QCOMPARE(changed.count(), 3);
        QVERIFY(!store->audit().entries(QStringLiteral("detection")).isEmpty());

        QSignalSpy activated(&panel, &gui::RedactionPanel::detectionActivated);
        emit panel.table()->cellActivated(0, 0);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().at(1).toInt(), 1);
    }
};

QTEST_MAIN(TestRedactionPanel)
#include "TestRedactionPanel.moc"
