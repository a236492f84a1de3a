// ProjectMerger (issue 17): projects made apart become one, documents once per content, every other
// row with new ids and its references intact; differences reported; refusals before anything is
// written; the output whole or absent.
#include "ProjectBuilder.h"
#include "TestDir.h"
#include "store/Database.h"
#include "store/ProjectMerger.h"
#include "store/ProjectStore.h"
#include "store/Schema.h"
#include "store/Statement.h"
#include "util/Error.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace quarry;

namespace {

// A project as curated apart: documents (one shared with the other project by content), a
// correction, detections with decisions, a rule with terms, pairs with turns, tags and a source.
struct Shard
{
    QString path;
    qint64 sharedDoc = 0;
};

Shard makeProject(const test::TestDir& dir, const QString& name, const QString& own,
                  const QString& correction, const QString& decision, const QString& ruleDefinition,
                  const QString& term)
{
    Shard shard;
    shard.path = dir.path(name);
    auto store = ProjectStore::create(shard.path);
    Database& db = store->db();
    test::ProjectBuilder builder(db);
    test::ProjectBuilder::Document mine;
    mine.name = own + QStringLiteral(".txt");
    mine.pages = {own + QStringLiteral(" 첫 쪽"), own + QStringLiteral(" 둘째 쪽")};
    mine.data = own.toUtf8();
    const qint64 ownDoc = builder.addDocument(mine);
    test::ProjectBuilder::Document shared;
    shared.name = QStringLiteral("shared.txt");
    shared.pages = {QStringLiteral("성명: 김민준 연락처: 010-2345-6789")};
    shared.data = QByteArrayLiteral("the same bytes in both projects");
    shard.sharedDoc = builder.addDocument(shared);
    const qint64 sharedPage = builder.pageId(shard.sharedDoc, 1);
    builder.addDetection(sharedPage, 4, 7, QStringLiteral("PERSON"), decision);
    builder.addDetection(builder.pageId(ownDoc, 1), 0, 2, QStringLiteral("PERSON"),
                         QStringLiteral("accepted"));
    if (!correction.isEmpty()) {
        Statement st = db.prepare(QStringLiteral("UPDATE pages SET corrected_text = ?, corrected_by = 'kim', "
                                                 "corrected_at = '2026-12-01T00:00:00Z' "
                                                 "WHERE id = ?"));
        st.bindAll(correction, sharedPage);
        st.run();
    }
    Statement rule = db.prepare(QStringLiteral(
        "INSERT INTO redaction_rules(name, kind, entity_type, definition, created_at, updated_at) "
        "VALUES ('staff', 'terms', 'PERSON', ?, 'x', 'x')"));
    rule.bind(1, ruleDefinition);
    rule.run();
    Statement terms = db.prepare(QStringLiteral("INSERT INTO rule_terms(rule_id, term) VALUES (?, ?)"));
    terms.bindAll(db.lastInsertId(), term);
    terms.run();
    db.exec(QStringLiteral("INSERT INTO tags(name) VALUES ('인사'), ('%1')").arg(own));
    for (int i = 0; i < 3; ++i) {
        Statement pair =
            db.prepare(QStringLiteral("INSERT INTO pairs(status, author, created_at, updated_at, "
                                      "content_hash) VALUES ('draft', ?, 'x', 'x', ?)"));
        pair.bindAll(own, QStringLiteral("%1-%2").arg(own).arg(i));
        pair.run();
        const qint64 pairId = db.lastInsertId();
        Statement turn = db.prepare(
            QStringLiteral("INSERT INTO turns(pair_id, seq, role, content) VALUES (?, 0, 'user', ?), (?, 1, "
                           "'assistant', 'answer')"));
        turn.bindAll(pairId, QStringLiteral("%1 question %2").arg(own).arg(i), pairId);
        turn.run();
        Statement tag = db.prepare(QStringLiteral(
            "INSERT INTO pair_tags(pair_id, tag_id) SELECT ?, id FROM tags WHERE name = '인사'"));
        tag.bind(1, pairId);
        tag.run();
        Statement source = db.prepare(QStringLiteral(
            "INSERT INTO pair_sources(pair_id, document_id, page_no, quote) VALUES (?, ?, 1, 'quote')"));
        source.bindAll(pairId, i == 0 ? shard.sharedDoc : ownDoc);
        source.run();
        store->audit().record(own, QStringLiteral("pair"), pairId, QStringLiteral("create"));
    }
    store->audit().record(own, QStringLiteral("document"), shard.sharedDoc, QStringLiteral("ingest"));
    return shard;
}

// Every row of every table, in a stable order: what "the same content" means.
QStringList dump(const QString& path, bool skipMergeTime)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    QStringList rows;
    for (const QString& table : Schema::contentTables(*db)) {
        Statement st = db->prepare(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2").arg(table));
        while (st.step()) {
            QStringList cells{table};
            for (int c = 0; c < st.columnCount(); ++c)
                cells << (st.isNull(c) ? QStringLiteral("NULL") : st.text(c));
            // The merge's own audit entry says when it ran.
            if (skipMergeTime && table == QLatin1String("audit_log") &&
                cells.contains(QStringLiteral("merge")))
                cells[2] = QStringLiteral("(time)");
            rows << cells.join(QLatin1Char('|'));
        }
    }
    return rows;
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestProjectMerger : public QObject
{
    Q_OBJECT

private slots:
    void everyTableOfTheSchemaIsHandled()
    {
        test::TestDir dir;
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        QStringList schemaTables;
        Statement st =
            store->db().prepare(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name "
                                               "NOT LIKE 'sqlite_%' ORDER BY name"));
        while (st.step())
            schemaTables << st.text(0);
        const QStringList known = ProjectMerger::knownTables();
        for (const QString& table : schemaTables)
            QVERIFY2(known.contains(table),
                     qPrintable(table + QStringLiteral(": no rule in ProjectMerger::tables()")));
        for (const ProjectMerger::TableRule& rule : ProjectMerger::tables()) {
            QVERIFY2(schemaTables.contains(rule.table),
                     qPrintable(rule.table + QStringLiteral(": not in the schema")));
            QVERIFY(!rule.how.isEmpty());
        }
    }

    void mergesWithNewIdsAndOneCopyPerDocument()
    {
        test::TestDir dir;
        const Shard a =
            makeProject(dir, QStringLiteral("a.quarry"), QStringLiteral("alpha"), {},
                        QStringLiteral("accepted"), QStringLiteral("{}"), QStringLiteral("김민준"));
        const Shard b =
            makeProject(dir, QStringLiteral("b.quarry"), QStringLiteral("beta"), {},
                        QStringLiteral("accepted"), QStringLiteral("{}"), QStringLiteral("김민준"));
        // b's pairs are indexed for search (as FullTextSearch::sync does), a's still queued.
        Database::open(b.path, Database::Mode::ReadWrite)
            ->exec(QStringLiteral("INSERT INTO pairs_fts(rowid, body) SELECT p.id, (SELECT "
                                  "group_concat(content, char(10)) FROM turns t "
                                  "WHERE t.pair_id = p.id) FROM pairs p; DELETE FROM pairs_fts_pending;"));
        const QString out = dir.path(QStringLiteral("merged.quarry"));
        ProjectMerger merger;
        merger.setActor(QStringLiteral("lead"));
        const MergeReport report = merger.merge(out, {a.path, b.path});
        QVERIFY2(report.conflicts.isEmpty(), qPrintable(report.conflicts.join(QLatin1Char('\n'))));
        QCOMPARE(report.documents, 3);
        QCOMPARE(report.duplicateDocuments, 1);
        QCOMPARE(report.pages, 5);
        QCOMPARE(report.pairs, 6);

        auto store = ProjectStore::open(out, ProjectStore::OpenMode::ReadOnly);
        Database& db = store->db();
        QVERIFY2(store->check().ok(), qPrintable(store->check().problems.join(QLatin1Char('\n'))));
        QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM documents WHERE name = 'shared.txt'")), 1);
        QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM document_files")), 3);
        // The shared document's detection once, the own documents' each.
        QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM detections")), 3);
        QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM turns")), 12);
        // Every pair keeps its own turns and tags: beta's pairs point at beta's questions.
        QCOMPARE(db.queryInt(QStringLiteral(
                     "SELECT count(*) FROM pairs p JOIN turns t ON t.pair_id = p.id AND t.seq = 0 "
                     "WHERE t.content LIKE p.author || ' question %'")),
                 6);
        QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM tags")), 3);
        QCOMPARE(
            db.queryInt(QStringLiteral("SELECT count(*) FROM pair_tags pt JOIN tags t ON t.id = pt.tag_id "
                                       "WHERE t.name = '인사'")),
            6);
        // Sources: the shared document's pairs (one per input) point at the one kept copy.
        QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM pair_sources s JOIN documents d ON d.id = "
                                            "s.document_id WHERE d.name = 'shared.txt'")),
                 2);
        QCOMPARE(
            db.queryInt(QStringLiteral("SELECT count(*) FROM pair_sources s JOIN pairs p ON p.id = s.pair_id "
                                       "JOIN documents d ON d.id = s.document_id WHERE d.name = 'shared.txt' "
                                       "OR d.name = p.author || '.txt'")),
            6);
        // One rule, its term once.
        QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM redaction_rules")), 1);
        QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM rule_terms")), 1);
        // Audit entries keep their origin and point at the merged objects.
        QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE origin = 'b.quarry'")), 4);
        QCOMPARE(
            db.queryInt(QStringLiteral("SELECT count(*) FROM audit_log a JOIN pairs p ON p.id = a.entity_id "
                                       "WHERE a.entity = 'pair' AND a.actor = p.author")),
            6);
        QCOMPARE(db.queryInt(
                     QStringLiteral("SELECT count(*) FROM audit_log a JOIN documents d ON d.id = a.entity_id "
                                    "WHERE a.entity = 'document' AND d.name = 'shared.txt'")),
                 2);
        QCOMPARE(db.queryText(
                     QStringLiteral("SELECT actor FROM audit_log WHERE action = 'merge' AND origin IS NULL")),
                 QStringLiteral("lead"));
        // What an input had indexed is indexed under the new ids; what it had queued stays queued.
        QCOMPARE(db.queryInt(QStringLiteral(
                     "SELECT count(*) FROM pairs_fts_pending q JOIN pairs p ON p.id = q.pair_id "
                     "WHERE p.author = 'alpha'")),
                 3);
        QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM pairs_fts_pending")), 3);
        QCOMPARE(db.queryInt(
                     QStringLiteral("SELECT count(*) FROM pairs_fts f JOIN pairs p ON p.id = f.rowid WHERE "
                                    "p.author = 'beta' AND f.body LIKE 'beta question%'")),
                 3);
        QCOMPARE(db.queryInt(QStringLiteral(
                     "SELECT count(*) FROM pairs_fts WHERE pairs_fts MATCH '\"beta question\"'")),
                 3);
        QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM pairs_fts")), 3);
        // The inputs are untouched.
        QCOMPARE(Database::open(a.path, Database::Mode::ReadOnly)
                     ->queryInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE origin IS NOT NULL")),
                 0);
    }

    void conflictsAreReportedAndRecorded()
    {
        test::TestDir dir;
        const Shard a =
            makeProject(dir, QStringLiteral("a.quarry"), QStringLiteral("alpha"), {},
                        QStringLiteral("accepted"), QStringLiteral("{}"), QStringLiteral("김민준"));
        const Shard b = makeProject(dir, QStringLiteral("b.quarry"), QStringLiteral("beta"),
                                    QStringLiteral("성명: 김민준 연락처: (지움)"), QStringLiteral("rejected"),
                                    QStringLiteral("{\"whole_word\":true}"), QStringLiteral("이서연"));
        const QString out = dir.path(QStringLiteral("merged.quarry"));
        const MergeReport report = ProjectMerger().merge(out, {a.path, b.path});
        const QString all = report.conflicts.join(QLatin1Char('\n'));
        QCOMPARE(report.conflicts.size(), 4);
        QVERIFY2(all.contains(QStringLiteral("page 1: corrected in b.quarry")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("(지움)")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("PERSON at 4-7 is rejected in b.quarry but accepted")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("redaction rule staff: defined differently in b.quarry")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("redaction rule staff: 1 term(s) of b.quarry")),
                 qPrintable(all));

        auto db = Database::open(out, Database::Mode::ReadOnly);
        // The first input's versions are kept, the term lists joined.
        QCOMPARE(db->queryInt(QStringLiteral("SELECT count(*) FROM pages WHERE corrected_text IS NOT NULL")),
                 0);
        QCOMPARE(db->queryInt(QStringLiteral("SELECT count(*) FROM detections WHERE status = 'rejected'")),
                 0);
        QCOMPARE(db->queryText(QStringLiteral("SELECT definition FROM redaction_rules")),
                 QStringLiteral("{}"));
        QCOMPARE(db->queryInt(QStringLiteral("SELECT count(*) FROM rule_terms")), 2);
        // The conflicts are in the merged project too, not only on the screen.
        const QJsonObject after =
            QJsonDocument::fromJson(
                db->queryText(QStringLiteral("SELECT after FROM audit_log WHERE action = 'merge'")).toUtf8())
                .object();
        QCOMPARE(after.value(QStringLiteral("conflicts")).toArray().size(), 4);
        QCOMPARE(after.value(QStringLiteral("inputs")).toArray().size(), 2);
    }

    void pseudonymsOfOneSecretAreJoinedAndClashesRenumbered()
    {
        test::TestDir dir;
        const Shard a =
            makeProject(dir, QStringLiteral("a.quarry"), QStringLiteral("alpha"), {},
                        QStringLiteral("accepted"), QStringLiteral("{}"), QStringLiteral("김민준"));
        const Shard b =
            makeProject(dir, QStringLiteral("b.quarry"), QStringLiteral("beta"), {},
                        QStringLiteral("accepted"), QStringLiteral("{}"), QStringLiteral("김민준"));
        const QString secret =
            QStringLiteral("INSERT INTO settings(key, value) VALUES ('redact.secret', '[\"ab\"]');");
        Database::open(a.path, Database::Mode::ReadWrite)
            ->exec(secret +
                   QStringLiteral("INSERT INTO pseudonyms VALUES ('PERSON', 'k1', 1), ('PERSON', 'k2', 2)"));
        Database::open(b.path, Database::Mode::ReadWrite)
            ->exec(secret +
                   QStringLiteral("INSERT INTO pseudonyms VALUES ('PERSON', 'k1', 1), ('PERSON', 'k3', 2), "
                                  "('PERSON', 'k2', 5), ('PHONE', 'k9', 1)"));
        const QString out = dir.path(QStringLiteral("merged.quarry"));
        const MergeReport report = ProjectMerger().merge(out, {a.path, b.path});
        QCOMPARE(report.conflicts.size(), 2);
        QVERIFY2(report.conflicts.join(QLatin1Char('\n'))
                     .contains(QStringLiteral("PERSON_5 of b.quarry is PERSON_2")),
                 qPrintable(report.conflicts.join(QLatin1Char('\n'))));
        QVERIFY2(report.conflicts.join(QLatin1Char('\n'))
                     .contains(QStringLiteral("PERSON_2 of b.quarry names another value")),
                 qPrintable(report.conflicts.join(QLatin1Char('\n'))));
        auto db = Database::open(out, Database::Mode::ReadOnly);
        QCOMPARE(db->queryInt(QStringLiteral("SELECT number FROM pseudonyms WHERE value_key = 'k1'")), 1);
        QCOMPARE(db->queryInt(QStringLiteral("SELECT number FROM pseudonyms WHERE value_key = 'k2'")), 2);
        QCOMPARE(db->queryInt(QStringLiteral("SELECT number FROM pseudonyms WHERE value_key = 'k3'")), 3);
        QCOMPARE(db->queryInt(QStringLiteral("SELECT number FROM pseudonyms WHERE value_key = 'k9'")), 1);
        QCOMPARE(db->queryText(QStringLiteral("SELECT value FROM settings WHERE key = 'redact.secret'")),
                 QStringLiteral("[\"ab\"]"));
    }

    // Drafting's records (issue 15) travel with their pairs: runs, items on the mapped passage,
    // request bodies, the pair's flags; a template version saved differently in two projects is
    // kept as a new version, reported, and its requests follow it.
    void draftingRecordsFollowTheirPairs()
    {
        test::TestDir dir;
        QStringList paths;
        for (const QString& own : {QStringLiteral("alpha"), QStringLiteral("beta")}) {
            const Shard s =
                makeProject(dir, own + QStringLiteral(".quarry"), own, {}, QStringLiteral("accepted"),
                            QStringLiteral("{}"), QStringLiteral("김민준"));
            auto db = Database::open(s.path, Database::Mode::ReadWrite);
            db->exec(QStringLiteral(
                         "INSERT INTO passages(document_id, seq, page_first, page_last, start, end, text, "
                         "text_hash) VALUES (%1, 1, 1, 1, 0, 5, 'text', 'h');"
                         "INSERT INTO prompt_templates(name, language, version, system, user, created_by, "
                         "created_at) VALUES ('questions', 'ko', 1, 'sys', '%2 user', 'kim', 'x');"
                         "INSERT INTO draft_runs(server, model, actor, started_at) VALUES "
                         "('http://127.0.0.1:8080/v1', "
                         "'m', 'kim', 'x');"
                         "INSERT INTO draft_items(run_id, passage_id, state, updated_at) VALUES ((SELECT "
                         "max(id) FROM draft_runs), (SELECT max(id) FROM passages), 'done', 'x');"
                         "INSERT INTO draft_requests(item_id, step, template, template_version, language, "
                         "server, model, structured, request_body, outcome, sent_at) VALUES ((SELECT max(id) "
                         "FROM draft_items), 'questions', 'questions', 1, 'ko', 's', 'm', 'json_schema', "
                         "CAST('{}' AS BLOB), 'ok', 'x');"
                         "INSERT INTO pair_drafts(pair_id, item_id, question_request, flags) VALUES ((SELECT "
                         "max(id) FROM pairs), (SELECT max(id) FROM draft_items), (SELECT max(id) FROM "
                         "draft_requests), '[{\"flag\":\"unsupported\"}]');")
                         .arg(s.sharedDoc)
                         .arg(own));
            paths << s.path;
        }
        const QString out = dir.path(QStringLiteral("merged.quarry"));
        const MergeReport report = ProjectMerger().merge(out, paths);
        QVERIFY2(
            report.conflicts.join(QLatin1Char('\n')).contains(QStringLiteral("prompt template questions")),
            qPrintable(report.conflicts.join(QLatin1Char('\n'))));
        auto db = Database::open(out, Database::Mode::ReadOnly);
        QCOMPARE(db->queryInt(QStringLiteral("SELECT count(*) FROM draft_runs")), 2);
        QCOMPARE(db->queryInt(QStringLiteral("SELECT count(*) FROM prompt_templates")), 2);
        QCOMPARE(
            db->queryText(QStringLiteral("SELECT group_concat(version || ':' || user, ',') FROM (SELECT * "
                                         "FROM prompt_templates ORDER BY version)")),
            QStringLiteral("1:alpha user,2:beta user"));
        // Every request points at an item of its own run, and at the template version it was sent with.
        QCOMPARE(
            db->queryText(QStringLiteral(
                "SELECT group_concat(t.user, ',') FROM (SELECT * FROM draft_requests ORDER BY id) r "
                "JOIN prompt_templates t ON t.name = r.template AND t.language = r.language AND t.version "
                "= r.template_version")),
            QStringLiteral("alpha user,beta user"));
        QCOMPARE(
            db->queryInt(QStringLiteral(
                "SELECT count(*) FROM pair_drafts d JOIN pairs p ON p.id = d.pair_id JOIN draft_items i ON "
                "i.id = d.item_id JOIN draft_requests r ON r.id = d.question_request AND r.item_id = i.id "
                "JOIN passages g ON g.id = i.passage_id")),
            2);
        QCOMPARE(db->queryInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'draft_run'")),
                 db->queryInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'draft_run' AND "
                                             "entity_id IN (SELECT id FROM draft_runs)")));
    }

    void theSameInputsGiveTheSameContent()
    {
        test::TestDir dir;
        const Shard a =
            makeProject(dir, QStringLiteral("a.quarry"), QStringLiteral("alpha"), {},
                        QStringLiteral("accepted"), QStringLiteral("{}"), QStringLiteral("김민준"));
        const Shard b =
            makeProject(dir, QStringLiteral("b.quarry"), QStringLiteral("beta"), {},
                        QStringLiteral("rejected"), QStringLiteral("{}"), QStringLiteral("이서연"));
        ProjectMerger().merge(dir.path(QStringLiteral("one.quarry")), {a.path, b.path});
        ProjectMerger().merge(dir.path(QStringLiteral("two.quarry")), {a.path, b.path});
        const QStringList one = dump(dir.path(QStringLiteral("one.quarry")), true);
        QVERIFY(one.size() > 40);
        QCOMPARE(dump(dir.path(QStringLiteral("two.quarry")), true), one);
    }

    void refusesBeforeWritingAnything_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("newer schema")
            << QStringLiteral("PRAGMA user_version = %1").arg(Schema::latestVersion() + 1)
            << QStringLiteral("made by a newer version of Quarry");
        QTest::newRow("unknown table") << QStringLiteral("CREATE TABLE shelf_labels (id INTEGER PRIMARY KEY)")
                                       << QStringLiteral("has a table merge does not know (shelf_labels)");
        QTest::newRow("unfinished ingest")
            << QStringLiteral(
                   "INSERT INTO ingest_jobs(path, status, created_at, updated_at) VALUES ('/x.pdf', "
                   "'queued', 'x', 'x')")
            << QStringLiteral("its ingest did not finish (1 file(s) queued or running)");
        QTest::newRow("other secret")
            << QStringLiteral("INSERT INTO settings(key, value) VALUES ('redact.secret', '[\"bb\"]')")
            << QStringLiteral("have different pseudonym secrets");
    }

    void refusesBeforeWritingAnything()
    {
        QFETCH(QString, damage);
        QFETCH(QString, expected);
        test::TestDir dir;
        const Shard a =
            makeProject(dir, QStringLiteral("a.quarry"), QStringLiteral("alpha"), {},
                        QStringLiteral("accepted"), QStringLiteral("{}"), QStringLiteral("김민준"));
        const Shard b =
            makeProject(dir, QStringLiteral("b.quarry"), QStringLiteral("beta"), {},
                        QStringLiteral("accepted"), QStringLiteral("{}"), QStringLiteral("김민준"));
        Database::open(a.path, Database::Mode::ReadWrite)
            ->exec(QStringLiteral("INSERT INTO settings(key, value) VALUES ('redact.secret', '[\"aa\"]')"));
        Database::open(b.path, Database::Mode::ReadWrite)->exec(damage);
        const QByteArray before = fileHash(b.path);
        const QString out = dir.path(QStringLiteral("merged.quarry"));
        try {
            ProjectMerger().merge(out, {a.path, b.path});
            QFAIL("merge did not refuse");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
        }
        QVERIFY(!QFile::exists(out));
        QCOMPARE(fileHash(b.path), before);
        // Nothing left behind beside the output either.
        QCOMPARE(QDir(dir.path())
                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                     .filter(QStringLiteral("merg")),
                 QStringList());
    }

    void refusesMergingAProjectIntoItself()
    {
        test::TestDir dir;
        const Shard a =
            makeProject(dir, QStringLiteral("a.quarry"), QStringLiteral("alpha"), {},
                        QStringLiteral("accepted"), QStringLiteral("{}"), QStringLiteral("김민준"));
        const QByteArray before = fileHash(a.path);
        for (const QStringList& inputs : {QStringList{a.path}, QStringList{a.path, a.path}}) {
            try {
                ProjectMerger().merge(inputs.size() == 1 ? a.path : dir.path(QStringLiteral("m.quarry")),
                                      inputs);
                QFAIL("merge did not refuse");
            } catch (const Error& e) {
                QVERIFY2(e.message().contains(inputs.size() == 1 ? QStringLiteral("into itself")
                                                                 : QStringLiteral("named twice")),
                         qPrintable(e.message()));
            }
        }
        QCOMPARE(fileHash(a.path), before);
        QVERIFY(!QFile::exists(dir.path(QStringLiteral("m.quarry"))));
    }

    void refusesAnInputInUse()
    {
        test::TestDir dir;
        const Shard a =
            makeProject(dir, QStringLiteral("a.quarry"), QStringLiteral("alpha"), {},
                        QStringLiteral("accepted"), QStringLiteral("{}"), QStringLiteral("김민준"));
        // Open for writing (an ingest still running, say), here in a process of our own.
        QProcess holder;
        holder.start(QStringLiteral(STORE_HOLDER), {QStringLiteral("hold"), a.path});
        QVERIFY(holder.waitForReadyRead(10000));
        const QString out = dir.path(QStringLiteral("merged.quarry"));
        try {
            ProjectMerger().merge(out, {a.path});
            QFAIL("merge did not refuse");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::InUse);
            QVERIFY2(e.message().contains(QStringLiteral("in use by")), qPrintable(e.message()));
        }
        holder.kill();
        holder.waitForFinished();
        QVERIFY(!QFile::exists(out));
    }

    void olderInputIsUpgradedOnACopy()
    {
        test::TestDir dir;
        const QString old = dir.path(QStringLiteral("old.quarry"));
        QVERIFY(
            QFile::copy(test::sourceDir() + QStringLiteral("/tests/data/projects/schema-v3.quarry"), old));
        QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray before = fileHash(old);
        const Shard a =
            makeProject(dir, QStringLiteral("a.quarry"), QStringLiteral("alpha"), {},
                        QStringLiteral("accepted"), QStringLiteral("{}"), QStringLiteral("김민준"));
        const QString out = dir.path(QStringLiteral("merged.quarry"));
        const MergeReport report = ProjectMerger().merge(out, {a.path, old});
        QCOMPARE(fileHash(old), before);
        QCOMPARE(
            Database::open(old, Database::Mode::ReadOnly)->queryInt(QStringLiteral("PRAGMA user_version")),
            3);
        auto store = ProjectStore::open(out, ProjectStore::OpenMode::ReadOnly);
        QCOMPARE(store->schemaVersion(), Schema::latestVersion());
        QVERIFY2(store->check().ok(), qPrintable(store->check().problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.documents, 4); // alpha, shared, and the frozen project's two
        QCOMPARE(store->db().queryInt(QStringLiteral("SELECT count(*) FROM pairs")), 3 + 4);
        QCOMPARE(store->db().queryInt(
                     QStringLiteral("SELECT count(*) FROM audit_log WHERE origin = 'old.quarry'")),
                 1);
        // No scratch copy left behind.
        QCOMPARE(QDir(dir.path())
                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                     .filter(QStringLiteral(".quarry-merge")),
                 QStringList());
    }

    void aKilledMergesStagingFileIsRemovedByTheNext()
    {
        test::TestDir dir;
        const Shard a =
            makeProject(dir, QStringLiteral("a.quarry"), QStringLiteral("alpha"), {},
                        QStringLiteral("accepted"), QStringLiteral("{}"), QStringLiteral("김민준"));
        // What a merge killed by SIGKILL leaves: its staging file, named after a process now gone.
        QProcess gone;
        gone.start(QStringLiteral("true"), {});
        QVERIFY(gone.waitForStarted());
        const qint64 pid = gone.processId();
        QVERIFY(gone.waitForFinished());
        const QString stale = dir.path(QStringLiteral(".merged.quarry.merging-%1").arg(pid));
        QFile(stale).open(QIODevice::WriteOnly);
        QFile(stale + QStringLiteral("-journal")).open(QIODevice::WriteOnly);
        QVERIFY(QFile::exists(stale));
        ProjectMerger().merge(dir.path(QStringLiteral("merged.quarry")), {a.path});
        QCOMPARE(QDir(dir.path())
                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                     .filter(QStringLiteral(".merging-")),
                 QStringList());
    }

    void aCancelledMergeLeavesNoOutput()
    {
        test::TestDir dir;
        const Shard a =
            makeProject(dir, QStringLiteral("a.quarry"), QStringLiteral("alpha"), {},
                        QStringLiteral("accepted"), QStringLiteral("{}"), QStringLiteral("김민준"));
        const Shard b =
            makeProject(dir, QStringLiteral("b.quarry"), QStringLiteral("beta"), {},
                        QStringLiteral("accepted"), QStringLiteral("{}"), QStringLiteral("김민준"));
        const QString out = dir.path(QStringLiteral("merged.quarry"));
        TaskContext* self = nullptr;
        TaskContext task([&](qint64 done, qint64, const QString&) {
            if (done == 1) // the first input is in: stop before the second
                self->cancel();
        });
        self = &task;
        try {
            ProjectMerger().merge(out, {a.path, b.path}, task);
            QFAIL("a cancelled merge finished");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Cancelled);
        }
        QVERIFY(!QFile::exists(out));
        QCOMPARE(QDir(dir.path())
                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                     .filter(QStringLiteral("merg")),
                 QStringList());
    }
};

QTEST_GUILESS_MAIN(TestProjectMerger)
#include "TestProjectMerger.moc"
