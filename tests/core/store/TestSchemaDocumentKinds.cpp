// Migration 3 (HWP/HWPX) rebuilds the documents table: a project written by the previous schema
// keeps every document, page, detection and source, and accepts the new kinds afterwards.
#include "TestDir.h"
#include "store/Database.h"
#include "store/ProjectStore.h"
#include "store/Schema.h"
#include "store/Statement.h"
#include "util/Error.h"

#include <QTest>

using namespace quarry;

class TestSchemaDocumentKinds : public QObject
{
    Q_OBJECT

private slots:
    void migrationKeepsDocumentsAndTheirChildren()
    {
        test::TestDir dir;
        const QString path = dir.path(QStringLiteral("v2.quarry"));
        {
            auto db = Database::open(path, Database::Mode::Create);
            db->exec(QStringLiteral("PRAGMA journal_mode = WAL"));
            db->exec(QStringLiteral("PRAGMA application_id = %1").arg(Schema::ApplicationId));
            db->exec(QStringLiteral("PRAGMA foreign_keys = ON"));
            Schema::migrate(*db, 2);
            db->exec(QStringLiteral(
                "INSERT INTO documents (id, name, source_path, sha256, size_bytes, kind, status, page_count, "
                "ingested_at, updated_at) VALUES (7, 'a.docx', '/a.docx', 'abc', 10, 'docx', 'ok', 1, 'x', "
                "'x');"
                "INSERT INTO document_files (document_id, data) VALUES (7, x'00');"
                "INSERT INTO pages (id, document_id, page_no, method, text) VALUES (3, 7, 1, 'text', "
                "'010-1234-5678');"
                "INSERT INTO detections (page_id, start, end, entity_type, rule, score, value, created_at) "
                "VALUES (3, 0, 13, 'PHONE', 'phone', 0.9, '010-1234-5678', 'x');"));
        }
        auto store = ProjectStore::open(path);
        QCOMPARE(store->schemaVersion(), Schema::latestVersion());
        Database& db = store->db();
        QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM pages WHERE document_id = 7")), 1);
        QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM document_files WHERE document_id = 7")), 1);
        QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM detections WHERE page_id = 3")), 1);
        QCOMPARE(db.queryInt(QStringLiteral("SELECT pages_estimated FROM documents WHERE id = 7")), 0);
        QCOMPARE(db.queryInt(QStringLiteral("PRAGMA foreign_keys")), 1);
        db.exec(
            QStringLiteral("INSERT INTO documents (name, source_path, sha256, size_bytes, kind, status, "
                           "pages_estimated, ingested_at, updated_at) VALUES ('b.hwp', '/b.hwp', 'def', 1, "
                           "'hwp', 'ok', 1, 'x', 'x')"));
        QVERIFY_THROWS_EXCEPTION(
            Error, db.exec(QStringLiteral(
                       "INSERT INTO documents (name, source_path, sha256, size_bytes, kind, "
                       "ingested_at, updated_at) VALUES ('c', '/c', 'ghi', 1, 'odt', 'x', 'x')")));
        // Foreign keys still hold after the rebuild: deleting the document removes its pages.
        db.exec(QStringLiteral("DELETE FROM documents WHERE id = 7"));
        QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM pages")), 0);
        const CheckReport report = store->check();
        QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestSchemaDocumentKinds)
#include "TestSchemaDocumentKinds.moc"
