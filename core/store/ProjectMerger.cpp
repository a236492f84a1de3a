#include "store/ProjectMerger.h"

#include "store/Database.h"
#include "store/ProjectLock.h"
#include "store/ProjectStore.h"
#include "store/Schema.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "util/Clock.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sqlite3.h>
#include <unistd.h>

namespace quarry {

namespace {

QString sqlLiteral(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// Tables whose rows get new ids (old id + the output's largest id before this input).
const char* const kIdTables[] = {"documents",    "pages",       "ingest_jobs",   "redaction_rules",
                                 "pairs",        "turns",       "tags",          "passages",
                                 "pair_sources", "detections",  "exports",       "audit_log",
                                 "draft_runs",   "draft_items", "draft_requests"};

void removeDatabaseFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

bool fsyncPath(const QString& path, bool directory)
{
    const int fd =
        ::open(QFile::encodeName(path).constData(), directory ? (O_RDONLY | O_DIRECTORY) : O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

struct ProjectMerger::Context
{
    Database& db;
    QString name; // the input's file name: the origin of its audit entries and the name in reports
    QHash<QString, qint64> offset;
    MergeReport& report;

    qint64 off(const char* table) const { return offset.value(QString::fromLatin1(table)); }
    QString offText(const char* table) const { return QString::number(off(table)); }

    // INSERT INTO main.T (every column) SELECT … FROM `from`, where a column is copied from the
    // source row aliased s unless `overrides` gives its expression. The columns are read from the
    // schema so that a column added later is copied without anyone remembering this function.
    void copy(const QString& table, const QHash<QString, QString>& overrides, const QString& from,
              const QString& verb = QStringLiteral("INSERT"))
    {
        QStringList columns;
        QStringList values;
        Statement info = db.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?, 'main')"));
        info.bind(1, table);
        while (info.step()) {
            const QString column = info.text(0);
            columns << QLatin1Char('"') + column + QLatin1Char('"');
            values << overrides.value(column, QStringLiteral("s.\"%1\"").arg(column));
        }
        db.exec(QStringLiteral("%1 INTO main.\"%2\" (%3) SELECT %4 FROM %5")
                    .arg(verb, table, columns.join(QLatin1Char(',')), values.join(QLatin1Char(',')), from));
    }

    void conflict(const QString& message) { report.conflicts << message; }
};

namespace {

using Context = ProjectMerger::Context;

void mergeSettings(Context& c)
{
    // The pseudonym secret was compared before anything was written: equal or absent here.
    Statement st = c.db.prepare(QStringLiteral("SELECT s.key, s.value, m.value FROM src.settings s LEFT JOIN "
                                               "main.settings m ON m.key = s.key ORDER BY s.key"));
    Statement insert = c.db.prepare(QStringLiteral("INSERT INTO main.settings(key, value) VALUES (?, ?)"));
    while (st.step()) {
        if (st.isNull(2)) {
            insert.reset();
            insert.bindAll(st.text(0), st.text(1));
            insert.run();
        } else if (st.text(1) != st.text(2)) {
            c.conflict(ProjectMerger::tr("setting %1: %2 in %3, %4 kept from an earlier input")
                           .arg(st.text(0), st.text(1), c.name, st.text(2)));
        }
    }
}

void mergeDocuments(Context& c)
{
    c.db.exec(QStringLiteral("INSERT INTO temp.map_documents (old, new, dup) "
                             "SELECT s.id, coalesce(m.id, s.id + %1), m.id IS NOT NULL "
                             "FROM src.documents s LEFT JOIN main.documents m ON m.sha256 = s.sha256")
                  .arg(c.offText("documents")));
    c.report.duplicateDocuments +=
        c.db.queryInt(QStringLiteral("SELECT count(*) FROM temp.map_documents WHERE dup"));
    c.copy(QStringLiteral("documents"), {{QStringLiteral("id"), QStringLiteral("d.new")}},
           QStringLiteral("src.documents s JOIN temp.map_documents d ON d.old = s.id WHERE NOT d.dup"));
}

void mergeDocumentFiles(Context& c)
{
    c.copy(QStringLiteral("document_files"), {{QStringLiteral("document_id"), QStringLiteral("d.new")}},
           QStringLiteral(
               "src.document_files s JOIN temp.map_documents d ON d.old = s.document_id WHERE NOT d.dup"));
}

void mergePages(Context& c)
{
    // A duplicate's pages are those of the copy kept; they are mapped for the audit log.
    c.db.exec(QStringLiteral(
                  "INSERT INTO temp.map_pages (old, new) SELECT s.id, CASE WHEN d.dup THEN "
                  "(SELECT m.id FROM main.pages m WHERE m.document_id = d.new AND m.page_no = s.page_no) "
                  "ELSE s.id + %1 END FROM src.pages s JOIN temp.map_documents d ON d.old = s.document_id")
                  .arg(c.offText("pages")));
    Statement st = c.db.prepare(QStringLiteral(
        "SELECT k.name, k.id, s.page_no, m.corrected_text IS NULL, s.corrected_text FROM src.pages s "
        "JOIN temp.map_documents d ON d.old = s.document_id AND d.dup "
        "JOIN main.documents k ON k.id = d.new "
        "LEFT JOIN main.pages m ON m.document_id = d.new AND m.page_no = s.page_no "
        "WHERE s.corrected_text IS NOT NULL AND m.corrected_text IS NOT s.corrected_text ORDER BY k.id, "
        "s.page_no"));
    while (st.step())
        c.conflict(
            (st.int32(3)
                 ? ProjectMerger::tr(
                       "document %1 (id %2) page %3: corrected in %4, not in the copy kept from an earlier "
                       "input; the correction of %4 was: %5")
                 : ProjectMerger::tr(
                       "document %1 (id %2) page %3: corrected differently in %4 than in the copy kept from "
                       "an earlier input; the correction of %4 was: %5"))
                .arg(st.text(0))
                .arg(st.int64(1))
                .arg(st.int32(2))
                .arg(c.name, st.text(4)));
    c.copy(QStringLiteral("pages"),
           {{QStringLiteral("id"), QStringLiteral("s.id + %1").arg(c.offText("pages"))},
            {QStringLiteral("document_id"), QStringLiteral("d.new")}},
           QStringLiteral("src.pages s JOIN temp.map_documents d ON d.old = s.document_id WHERE NOT d.dup"));
}

void mergeOcrWords(Context& c)
{
    c.copy(QStringLiteral("ocr_words"),
           {{QStringLiteral("page_id"), QStringLiteral("s.page_id + %1").arg(c.offText("pages"))}},
           QStringLiteral("src.ocr_words s JOIN src.pages p ON p.id = s.page_id "
                          "JOIN temp.map_documents d ON d.old = p.document_id WHERE NOT d.dup"));
}

void mergeIngestJobs(Context& c)
{
    // Only finished jobs are here (an input with queued or running ones was refused): their history.
    c.copy(QStringLiteral("ingest_jobs"),
           {{QStringLiteral("id"), QStringLiteral("s.id + %1").arg(c.offText("ingest_jobs"))},
            {QStringLiteral("document_id"),
             QStringLiteral("(SELECT new FROM temp.map_documents WHERE old = s.document_id)")}},
           QStringLiteral("src.ingest_jobs s"));
}

void mergeRules(Context& c)
{
    Statement st = c.db.prepare(QStringLiteral(
        "SELECT s.name FROM src.redaction_rules s JOIN main.redaction_rules m ON m.name = s.name "
        "WHERE m.kind IS NOT s.kind OR m.entity_type IS NOT s.entity_type OR m.definition IS NOT "
        "s.definition "
        "OR m.enabled IS NOT s.enabled ORDER BY s.name"));
    while (st.step())
        c.conflict(
            ProjectMerger::tr(
                "redaction rule %1: defined differently in %2; the definition of an earlier input is kept")
                .arg(st.text(0), c.name));
    c.db.exec(
        QStringLiteral(
            "INSERT INTO temp.map_rules (old, new, existed) SELECT s.id, coalesce(m.id, s.id + %1), "
            "m.id IS NOT NULL FROM src.redaction_rules s LEFT JOIN main.redaction_rules m ON m.name = s.name")
            .arg(c.offText("redaction_rules")));
    c.copy(QStringLiteral("redaction_rules"), {{QStringLiteral("id"), QStringLiteral("r.new")}},
           QStringLiteral("src.redaction_rules s JOIN temp.map_rules r ON r.old = s.id WHERE NOT r.existed"));
}

void mergeRuleTerms(Context& c)
{
    // A term list is a set: the merged rule has every input's terms. Terms one input adds to a rule
    // an earlier input had are reported, since the earlier rule now matches more.
    Statement st = c.db.prepare(QStringLiteral(
        "SELECT m.name, count(*) FROM src.rule_terms s JOIN temp.map_rules r ON r.old = s.rule_id AND "
        "r.existed "
        "JOIN main.redaction_rules m ON m.id = r.new "
        "WHERE NOT EXISTS (SELECT 1 FROM main.rule_terms t WHERE t.rule_id = r.new AND t.term = s.term) "
        "GROUP BY m.name ORDER BY m.name"));
    while (st.step())
        c.conflict(
            ProjectMerger::tr(
                "redaction rule %1: %2 term(s) of %3 were not in the list of an earlier input; the merged "
                "list has both")
                .arg(st.text(0))
                .arg(st.int64(1))
                .arg(c.name));
    c.copy(QStringLiteral("rule_terms"), {{QStringLiteral("rule_id"), QStringLiteral("r.new")}},
           QStringLiteral("src.rule_terms s JOIN temp.map_rules r ON r.old = s.rule_id"),
           QStringLiteral("INSERT OR IGNORE"));
}

void mergeTags(Context& c)
{
    c.db.exec(QStringLiteral(
                  "INSERT INTO temp.map_tags (old, new, existed) SELECT s.id, coalesce(m.id, s.id + %1), "
                  "m.id IS NOT NULL FROM src.tags s LEFT JOIN main.tags m ON m.name = s.name")
                  .arg(c.offText("tags")));
    c.copy(QStringLiteral("tags"), {{QStringLiteral("id"), QStringLiteral("t.new")}},
           QStringLiteral("src.tags s JOIN temp.map_tags t ON t.old = s.id WHERE NOT t.existed"));
}

void mergePairs(Context& c)
{
    const QString off = c.offText("pairs");
    c.copy(QStringLiteral("pairs"),
           {{QStringLiteral("id"), QStringLiteral("s.id + %1").arg(off)},
            {QStringLiteral("duplicate_of"), QStringLiteral("s.duplicate_of + %1").arg(off)}},
           QStringLiteral("src.pairs s"));
}

void mergeTurns(Context& c)
{
    c.copy(QStringLiteral("turns"),
           {{QStringLiteral("id"), QStringLiteral("s.id + %1").arg(c.offText("turns"))},
            {QStringLiteral("pair_id"), QStringLiteral("s.pair_id + %1").arg(c.offText("pairs"))}},
           QStringLiteral("src.turns s"));
}

void mergePairTags(Context& c)
{
    c.copy(QStringLiteral("pair_tags"),
           {{QStringLiteral("pair_id"), QStringLiteral("s.pair_id + %1").arg(c.offText("pairs"))},
            {QStringLiteral("tag_id"), QStringLiteral("t.new")}},
           QStringLiteral("src.pair_tags s JOIN temp.map_tags t ON t.old = s.tag_id"));
}

void mergePassages(Context& c)
{
    c.db.exec(
        QStringLiteral("INSERT INTO temp.map_passages (old, new) SELECT s.id, CASE WHEN d.dup THEN "
                       "(SELECT m.id FROM main.passages m WHERE m.document_id = d.new AND m.seq = s.seq AND "
                       "m.text_hash = s.text_hash) ELSE s.id + %1 END "
                       "FROM src.passages s JOIN temp.map_documents d ON d.old = s.document_id")
            .arg(c.offText("passages")));
    c.copy(
        QStringLiteral("passages"),
        {{QStringLiteral("id"), QStringLiteral("s.id + %1").arg(c.offText("passages"))},
         {QStringLiteral("document_id"), QStringLiteral("d.new")}},
        QStringLiteral("src.passages s JOIN temp.map_documents d ON d.old = s.document_id WHERE NOT d.dup"));
}

void mergePairSources(Context& c)
{
    const qint64 unlinked =
        c.db.queryInt(QStringLiteral("SELECT count(*) FROM src.pair_sources s JOIN temp.map_passages p ON "
                                     "p.old = s.passage_id WHERE p.new IS NULL"));
    if (unlinked > 0)
        c.conflict(ProjectMerger::tr(
                       "%1 source(s) of pairs from %2 quote a passage the kept copy of their document cut "
                       "differently; they keep their document, page and quote but no passage")
                       .arg(unlinked)
                       .arg(c.name));
    c.copy(QStringLiteral("pair_sources"),
           {{QStringLiteral("id"), QStringLiteral("s.id + %1").arg(c.offText("pair_sources"))},
            {QStringLiteral("pair_id"), QStringLiteral("s.pair_id + %1").arg(c.offText("pairs"))},
            {QStringLiteral("passage_id"),
             QStringLiteral("(SELECT new FROM temp.map_passages WHERE old = s.passage_id)")},
            {QStringLiteral("document_id"),
             QStringLiteral("(SELECT new FROM temp.map_documents WHERE old = s.document_id)")}},
           QStringLiteral("src.pair_sources s"));
}

void mergeDetections(Context& c)
{
    // A duplicate document's detections are matched to the kept copy's by place and type; a
    // decision the kept copy does not share is a conflict.
    c.db.exec(QStringLiteral(
        "INSERT INTO temp.map_detections (old, new) SELECT s.id, (SELECT m.id FROM main.detections m WHERE "
        "m.page_id = p.new AND m.start = s.start AND m.end = s.end AND m.entity_type = s.entity_type) "
        "FROM src.detections s JOIN src.pages sp ON sp.id = s.page_id "
        "JOIN temp.map_documents d ON d.old = sp.document_id AND d.dup JOIN temp.map_pages p ON p.old = "
        "s.page_id"));
    Statement st = c.db.prepare(QStringLiteral(
        "SELECT k.name, k.id, sp.page_no, s.entity_type, s.start, s.end, s.status, m.status FROM "
        "temp.map_detections x "
        "JOIN src.detections s ON s.id = x.old JOIN src.pages sp ON sp.id = s.page_id "
        "JOIN temp.map_documents d ON d.old = sp.document_id JOIN main.documents k ON k.id = d.new "
        "LEFT JOIN main.detections m ON m.id = x.new "
        "WHERE s.status <> 'pending' AND (m.id IS NULL OR m.status IS NOT s.status OR m.operator IS NOT "
        "s.operator) "
        "ORDER BY k.id, sp.page_no, s.start"));
    while (st.step())
        c.conflict(
            ProjectMerger::tr(
                "document %1 (id %2) page %3: %4 at %5-%6 is %7 in %8 but %9 in the copy kept from an "
                "earlier input")
                .arg(st.text(0))
                .arg(st.int64(1))
                .arg(st.int32(2))
                .arg(st.text(3))
                .arg(st.int64(4))
                .arg(st.int64(5))
                .arg(st.text(6), c.name, st.isNull(7) ? ProjectMerger::tr("not detected") : st.text(7)));
    const QString off = c.offText("detections");
    c.copy(QStringLiteral("detections"),
           {{QStringLiteral("id"), QStringLiteral("s.id + %1").arg(off)},
            {QStringLiteral("page_id"), QStringLiteral("s.page_id + %1").arg(c.offText("pages"))}},
           QStringLiteral("src.detections s JOIN src.pages p ON p.id = s.page_id "
                          "JOIN temp.map_documents d ON d.old = p.document_id WHERE NOT d.dup"));
    c.copy(QStringLiteral("detections"),
           {{QStringLiteral("id"), QStringLiteral("s.id + %1").arg(off)},
            {QStringLiteral("turn_id"), QStringLiteral("s.turn_id + %1").arg(c.offText("turns"))}},
           QStringLiteral("src.detections s WHERE s.turn_id IS NOT NULL"));
}

void mergePseudonyms(Context& c)
{
    // One secret (checked before): the same value has the same key in every input, but each
    // project numbered its values itself. A number another value already has is renumbered.
    Statement st = c.db.prepare(QStringLiteral(
        "SELECT s.entity_type, s.value_key, s.number, m.number FROM src.pseudonyms s LEFT JOIN "
        "main.pseudonyms m "
        "ON m.entity_type = s.entity_type AND m.value_key = s.value_key ORDER BY s.entity_type, s.number"));
    Statement taken =
        c.db.prepare(QStringLiteral("SELECT 1 FROM main.pseudonyms WHERE entity_type = ? AND number = ?"));
    Statement insert = c.db.prepare(QStringLiteral(
        "INSERT INTO main.pseudonyms(entity_type, value_key, number) VALUES (?1, ?2, coalesce(?3, "
        "(SELECT coalesce(max(number), 0) + 1 FROM main.pseudonyms WHERE entity_type = ?1)))"));
    while (st.step()) {
        const QString type = st.text(0);
        const int number = st.int32(2);
        if (!st.isNull(3)) {
            if (st.int32(3) != number)
                c.conflict(ProjectMerger::tr(
                               "pseudonym %1_%2 of %3 is %1_%4 in an earlier input; redacted text of %3 made "
                               "before the merge still says %1_%2")
                               .arg(type)
                               .arg(number)
                               .arg(c.name)
                               .arg(st.int32(3)));
            continue;
        }
        taken.reset();
        taken.bindAll(type, number);
        const bool clash = taken.step();
        insert.reset();
        insert.bindAll(type, st.text(1));
        clash ? insert.bindNull(3) : insert.bind(3, number);
        insert.run();
        if (clash)
            c.conflict(
                ProjectMerger::tr(
                    "pseudonym %1_%2 of %3 names another value in an earlier input; it is renumbered, and "
                    "redacted text of %3 made before the merge still says %1_%2")
                    .arg(type)
                    .arg(number)
                    .arg(c.name));
    }
}

void mergeExports(Context& c)
{
    c.copy(QStringLiteral("exports"),
           {{QStringLiteral("id"), QStringLiteral("s.id + %1").arg(c.offText("exports"))}},
           QStringLiteral("src.exports s"));
}

void mergeAuditLog(Context& c)
{
    // Entries keep their project of origin and point at the same objects under their new ids.
    const QString entityId =
        QStringLiteral(
            "CASE s.entity "
            "WHEN 'document' THEN (SELECT new FROM temp.map_documents WHERE old = s.entity_id) "
            "WHEN 'page' THEN (SELECT new FROM temp.map_pages WHERE old = s.entity_id) "
            "WHEN 'detection' THEN CASE WHEN EXISTS (SELECT 1 FROM temp.map_detections WHERE old = "
            "s.entity_id) THEN (SELECT new FROM temp.map_detections WHERE old = s.entity_id) "
            "ELSE s.entity_id + %1 END "
            "WHEN 'pair' THEN s.entity_id + %2 "
            "WHEN 'redaction_rule' THEN (SELECT new FROM temp.map_rules WHERE old = s.entity_id) "
            "WHEN 'export' THEN s.entity_id + %3 "
            "WHEN 'draft_run' THEN s.entity_id + %4 "
            "ELSE s.entity_id END")
            .arg(c.offText("detections"), c.offText("pairs"), c.offText("exports"), c.offText("draft_runs"));
    c.copy(QStringLiteral("audit_log"),
           {{QStringLiteral("id"), QStringLiteral("s.id + %1").arg(c.offText("audit_log"))},
            {QStringLiteral("entity_id"), entityId},
            {QStringLiteral("origin"), QStringLiteral("coalesce(s.origin, %1)").arg(sqlLiteral(c.name))}},
           QStringLiteral("src.audit_log s"));
}

void mergePromptTemplates(Context& c)
{
    // A version is a name's text at one save: the same (name, language, version) with the same text
    // is one template; with another text the later input's becomes the next free version, reported,
    // and its requests' template_version follows (temp.map_templates).
    c.db.exec(QStringLiteral(
        "INSERT INTO temp.map_templates (name, language, old, new) "
        "SELECT s.name, s.language, s.version, CASE "
        "WHEN m.id IS NULL THEN s.version "
        "WHEN m.system = s.system AND m.user = s.user THEN s.version "
        "ELSE (SELECT max(version) FROM main.prompt_templates t WHERE t.name = s.name AND t.language = "
        "s.language) + (SELECT count(*) FROM src.prompt_templates e JOIN main.prompt_templates f ON "
        "f.name = e.name AND f.language = e.language AND f.version = e.version AND (f.system <> e.system OR "
        "f.user <> e.user) WHERE e.name = s.name AND e.language = s.language AND e.version <= s.version) "
        "END FROM src.prompt_templates s LEFT JOIN main.prompt_templates m ON m.name = s.name AND "
        "m.language = s.language AND m.version = s.version"));
    Statement st = c.db.prepare(QStringLiteral("SELECT name, language, old, new FROM temp.map_templates "
                                               "WHERE old <> new ORDER BY name, language, old"));
    while (st.step())
        c.conflict(ProjectMerger::tr(
                       "prompt template %1 (%2) version %3 of %4 differs from the earlier input's; it is "
                       "kept as version %5")
                       .arg(st.text(0), st.text(1))
                       .arg(st.int64(2))
                       .arg(c.name)
                       .arg(st.int64(3)));
    c.copy(QStringLiteral("prompt_templates"),
           {{QStringLiteral("id"), QStringLiteral("NULL")},
            {QStringLiteral("version"), QStringLiteral("t.new")}},
           QStringLiteral("src.prompt_templates s JOIN temp.map_templates t ON t.name = s.name AND "
                          "t.language = s.language AND t.old = s.version WHERE NOT EXISTS (SELECT 1 FROM "
                          "main.prompt_templates m WHERE m.name = s.name AND m.language = s.language AND "
                          "m.version = t.new) ORDER BY s.id"));
}

void mergeDraftRuns(Context& c)
{
    c.copy(QStringLiteral("draft_runs"),
           {{QStringLiteral("id"), QStringLiteral("s.id + %1").arg(c.offText("draft_runs"))}},
           QStringLiteral("src.draft_runs s"));
}

void mergeDraftItems(Context& c)
{
    // A duplicate document's passages map to the kept copy's; one the kept copy cut differently
    // loses its passage link (the run's record stays).
    c.copy(QStringLiteral("draft_items"),
           {{QStringLiteral("id"), QStringLiteral("s.id + %1").arg(c.offText("draft_items"))},
            {QStringLiteral("run_id"), QStringLiteral("s.run_id + %1").arg(c.offText("draft_runs"))},
            {QStringLiteral("passage_id"),
             QStringLiteral("(SELECT new FROM temp.map_passages WHERE old = s.passage_id)")}},
           QStringLiteral("src.draft_items s"));
}

void mergeDraftRequests(Context& c)
{
    c.copy(QStringLiteral("draft_requests"),
           {{QStringLiteral("id"), QStringLiteral("s.id + %1").arg(c.offText("draft_requests"))},
            {QStringLiteral("item_id"), QStringLiteral("s.item_id + %1").arg(c.offText("draft_items"))},
            {QStringLiteral("template_version"),
             QStringLiteral("coalesce((SELECT new FROM temp.map_templates t WHERE t.name = s.template AND "
                            "t.language = s.language AND t.old = s.template_version), s.template_version)")}},
           QStringLiteral("src.draft_requests s"));
}

void mergePairDrafts(Context& c)
{
    c.copy(QStringLiteral("pair_drafts"),
           {{QStringLiteral("pair_id"), QStringLiteral("s.pair_id + %1").arg(c.offText("pairs"))},
            {QStringLiteral("item_id"), QStringLiteral("s.item_id + %1").arg(c.offText("draft_items"))},
            {QStringLiteral("question_request"),
             QStringLiteral("s.question_request + %1").arg(c.offText("draft_requests"))},
            {QStringLiteral("answer_request"),
             QStringLiteral("s.answer_request + %1").arg(c.offText("draft_requests"))}},
           QStringLiteral("src.pair_drafts s"));
}

void mergeFullText(Context& c)
{
    // The inputs' indexed text is indexed again here (FTS5 rowids cannot be offset inside its own
    // b-trees), so that the merged project is searchable at once: left queued, the first edit of
    // a pair would index a million pairs inside its transaction. The queue triggers were dropped
    // for the load (merge()), so copying pairs and turns queued nothing.
    c.db.exec(QStringLiteral(
                  "INSERT INTO main.pairs_fts(rowid, body) SELECT f.rowid + %1, f.body FROM src.pairs_fts f "
                  "JOIN src.pairs p ON p.id = f.rowid "
                  "WHERE NOT EXISTS (SELECT 1 FROM src.pairs_fts_pending q WHERE q.pair_id = f.rowid)")
                  .arg(c.offText("pairs")));
}

void mergeFullTextQueue(Context& c)
{
    // Queued pairs (changed since the input's last index update) are queued here too; a queued id
    // without a pair was a deletion, whose text was not copied.
    c.db.exec(QStringLiteral("INSERT INTO main.pairs_fts_pending(pair_id) SELECT q.pair_id + %1 FROM "
                             "src.pairs_fts_pending q JOIN src.pairs p ON p.id = q.pair_id")
                  .arg(c.offText("pairs")));
}

// Checked before the output exists, so that a refusal costs nothing.
void checkInput(Database& db, const QString& path)
{
    const QStringList known = ProjectMerger::knownTables();
    Statement tables = db.prepare(QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (tables.step())
        if (!known.contains(tables.text(0)))
            throw Error(
                ProjectMerger::tr(
                    "%1: has a table merge does not know (%2), probably from a newer Quarry; refusing "
                    "rather than leaving it out of the merged project")
                    .arg(path, tables.text(0)),
                Error::Kind::BadInput);
    const qint64 unfinished =
        db.queryInt(QStringLiteral("SELECT count(*) FROM ingest_jobs WHERE status IN ('queued', 'running')"));
    if (unfinished > 0)
        throw Error(
            ProjectMerger::tr(
                "%1: its ingest did not finish (%2 file(s) queued or running); run the same ingest again "
                "on it, then merge")
                .arg(path)
                .arg(unfinished),
            Error::Kind::Generic);
}

} // namespace

const std::vector<ProjectMerger::TableRule>& ProjectMerger::tables()
{
    // The one place that says what becomes of each table. A table missing here makes merge refuse
    // inputs that have it (checkInput), and TestProjectMerger fails for a Schema table missing here.
    static const std::vector<TableRule> rules = {
        {QStringLiteral("settings"), QStringLiteral("first input's value kept; differing values reported"),
         mergeSettings},
        {QStringLiteral("documents"),
         QStringLiteral("one per SHA-256; a later input's duplicate maps to the kept one"), mergeDocuments},
        {QStringLiteral("document_files"), QStringLiteral("with their document"), mergeDocumentFiles},
        {QStringLiteral("pages"),
         QStringLiteral("with their document; a duplicate's corrections compared, "
                        "differences reported"),
         mergePages},
        {QStringLiteral("ocr_words"), QStringLiteral("with their page"), mergeOcrWords},
        {QStringLiteral("ingest_jobs"), QStringLiteral("finished jobs copied as history"), mergeIngestJobs},
        {QStringLiteral("redaction_rules"), QStringLiteral("one per name; differing definitions reported"),
         mergeRules},
        {QStringLiteral("rule_terms"),
         QStringLiteral("union per rule; terms added to an earlier rule reported"), mergeRuleTerms},
        {QStringLiteral("tags"), QStringLiteral("one per name (case-insensitive)"), mergeTags},
        {QStringLiteral("pairs"), QStringLiteral("all, new ids"), mergePairs},
        {QStringLiteral("turns"), QStringLiteral("with their pair"), mergeTurns},
        {QStringLiteral("pair_tags"), QStringLiteral("with their pair, tags mapped by name"), mergePairTags},
        {QStringLiteral("passages"),
         QStringLiteral("with their document; a duplicate's mapped by place and text"), mergePassages},
        {QStringLiteral("pair_sources"), QStringLiteral("with their pair, passage and document mapped"),
         mergePairSources},
        {QStringLiteral("detections"),
         QStringLiteral("with their page or turn; a duplicate's decisions compared, "
                        "differences reported"),
         mergeDetections},
        {QStringLiteral("pseudonyms"),
         QStringLiteral("one secret required; numbers that clash renumbered, reported"), mergePseudonyms},
        {QStringLiteral("exports"), QStringLiteral("all, as history"), mergeExports},
        {QStringLiteral("audit_log"), QStringLiteral("all, ids remapped, origin project kept"),
         mergeAuditLog},
        {QStringLiteral("prompt_templates"),
         QStringLiteral("one per name, language and text; a differing version renumbered, reported"),
         mergePromptTemplates},
        {QStringLiteral("draft_runs"), QStringLiteral("all, as history"), mergeDraftRuns},
        {QStringLiteral("draft_items"), QStringLiteral("with their run, passages mapped"), mergeDraftItems},
        {QStringLiteral("draft_requests"), QStringLiteral("with their item, template versions mapped"),
         mergeDraftRequests},
        {QStringLiteral("pair_drafts"), QStringLiteral("with their pair, item and requests"),
         mergePairDrafts},
        {QStringLiteral("pairs_fts"),
         QStringLiteral("indexed text of every pair the input had indexed, under the pair's new id"),
         mergeFullText},
        {QStringLiteral("pairs_fts_pending"),
         QStringLiteral("pairs the input had not indexed yet stay queued, under their new ids"),
         mergeFullTextQueue},
    };
    return rules;
}

QStringList ProjectMerger::knownTables()
{
    QStringList names;
    for (const TableRule& rule : tables()) {
        names << rule.table;
        if (rule.table == QLatin1String("pairs_fts"))
            for (const char* shadow : {"_data", "_idx", "_content", "_docsize", "_config"})
                names << rule.table + QLatin1String(shadow);
    }
    return names;
}

MergeReport ProjectMerger::merge(const QString& out, const QStringList& inputs, const TaskContext& task)
{
    if (inputs.isEmpty())
        throw Error(tr("nothing to merge: name at least one input project"), Error::Kind::BadInput);
    const QFileInfo outInfo(out);
    const QString outCanonical =
        QDir(outInfo.absolutePath()).canonicalPath() + QLatin1Char('/') + outInfo.fileName();
    if (outInfo.exists() && !inputs.isEmpty()) {
        for (const QString& in : inputs)
            if (QFileInfo(in).canonicalFilePath() == QFileInfo(out).canonicalFilePath())
                throw Error(tr("%1: cannot merge a project into itself; name a new output file").arg(in),
                            Error::Kind::BadInput);
        throw Error(tr("%1: the file already exists; merge writes a new project").arg(out),
                    Error::Kind::BadInput);
    }
    if (!QFileInfo(outInfo.absolutePath()).isDir())
        throw Error(tr("%1: no such folder").arg(outInfo.absolutePath()), Error::Kind::NotFound);

    // Inputs are checked and locked (no ingest may write them meanwhile) before the output exists.
    std::vector<std::unique_ptr<ProjectLock>> locks;
    QStringList seen;
    QStringList secrets;
    QString secretOwner;
    // Made only when an input needs upgrading: a folder for its copy beside the output.
    std::unique_ptr<QTemporaryDir> scratch;
    QStringList attachPaths;
    for (const QString& in : inputs) {
        task.throwIfCancelled();
        ProjectStore::validateFile(in); // refuses a newer schema, a foreign or damaged file
        const QString canonical = QFileInfo(in).canonicalFilePath();
        if (canonical == outCanonical)
            throw Error(tr("%1: cannot merge a project into itself; name a new output file").arg(in),
                        Error::Kind::BadInput);
        if (seen.contains(canonical))
            throw Error(tr("%1: named twice; each project can be merged once").arg(in),
                        Error::Kind::BadInput);
        seen << canonical;
        // An input in a folder we may not write to (a read-only archive copy) cannot be locked,
        // and is read as it is.
        auto lock = std::make_unique<ProjectLock>(in);
        if (QFileInfo(QFileInfo(in).absolutePath()).isWritable() && !lock->tryLock())
            throw Error(tr("%1: in use by %2; merge it when that has finished").arg(in, lock->holder()),
                        Error::Kind::InUse);
        locks.push_back(std::move(lock));

        auto db = Database::open(in, Database::Mode::ReadOnly);
        checkInput(*db, in);
        const QString secret =
            db->queryInt(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'redact.secret'"))
                ? db->queryText(QStringLiteral("SELECT value FROM settings WHERE key = 'redact.secret'"))
                : QString();
        if (!secret.isEmpty()) {
            if (!secrets.isEmpty() && !secrets.contains(secret))
                throw Error(
                    tr("%1 and %2 have different pseudonym secrets: the same name or number would get "
                       "different pseudonyms. Merge projects whose shards started from one project (copy it "
                       "before ingesting), or merge them without their redaction")
                        .arg(secretOwner, in),
                    Error::Kind::Generic);
            secrets << secret;
            secretOwner = in;
        }
        const int version = int(db->queryInt(QStringLiteral("PRAGMA user_version")));
        if (version == Schema::latestVersion()) {
            attachPaths << QFileInfo(in).absoluteFilePath();
            continue;
        }
        // An older project is brought up to date on a copy: the input stays as it was.
        if (!scratch)
            scratch = std::make_unique<QTemporaryDir>(outInfo.absolutePath() +
                                                      QStringLiteral("/.quarry-merge-XXXXXX"));
        if (!scratch->isValid())
            throw Error(tr("%1: cannot make a scratch folder to upgrade %2").arg(outInfo.absolutePath(), in),
                        Error::Kind::Storage);
        const QString copy = scratch->filePath(QStringLiteral("input-%1.quarry").arg(attachPaths.size()));
        Statement vacuum = db->prepare(QStringLiteral("VACUUM INTO ?"));
        vacuum.bind(1, copy);
        vacuum.run();
        db.reset();
        auto upgraded = Database::open(copy, Database::Mode::ReadWrite);
        Schema::migrate(*upgraded);
        checkInput(*upgraded, in);
        attachPaths << copy;
    }

    // The output is built under a hidden name in the same folder and linked into place when whole.
    // Staging files of merges that were killed (their process is gone) are removed here.
    const QString prefix = QStringLiteral(".%1.merging-").arg(outInfo.fileName());
    const QDir outDir(outInfo.absolutePath());
    for (const QString& name : outDir.entryList({prefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden)) {
        bool ok = false;
        const int pid = name.mid(prefix.size()).section(QLatin1Char('-'), 0, 0).toInt(&ok);
        if (ok && ::kill(pid, 0) != 0 && errno == ESRCH)
            QFile::remove(outDir.filePath(name));
    }
    const QString staging = outDir.filePath(prefix + QString::number(::getpid()));
    removeDatabaseFiles(staging);
    MergeReport report;
    report.inputs = int(inputs.size());
    try {
        {
            auto db = Database::open(staging, Database::Mode::Create);
            // Inputs are attached to this connection: none of their schema may run code here.
            sqlite3_db_config(db->handle(), SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
            Schema::migrate(*db);
            // A staging file is thrown away on any failure: it needs no journal and no syncs until
            // it is complete, which is what makes merging about as fast as copying the rows.
            db->exec(QStringLiteral("PRAGMA journal_mode = OFF"));
            db->exec(QStringLiteral("PRAGMA synchronous = OFF"));
            db->exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
            db->exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
            // Index maintenance at random keys (content hashes, timestamps) is what copying a
            // million pairs costs most: a larger cache, and the secondary indexes of the curation
            // tables built once after the load (sorted) instead of row by row. Merge's own lookups
            // use the unique indexes and the detection index, which stay. The full-text queue
            // triggers are dropped too: the index is copied (mergeFullText), not queued.
            db->exec(QStringLiteral("PRAGMA cache_size = -262144"));
            QStringList deferred;
            {
                QStringList drops;
                Statement st = db->prepare(QStringLiteral("SELECT type, name, sql FROM sqlite_schema WHERE "
                                                          "sql IS NOT NULL AND ((type = 'index' AND sql "
                                                          "NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN "
                                                          "('pairs', 'turns', 'pair_tags', 'pair_sources', "
                                                          "'audit_log', 'ingest_jobs')) OR (type = 'trigger' "
                                                          "AND name LIKE 'pairs_fts_q_%')) ORDER BY rowid"));
                while (st.step()) {
                    drops << QStringLiteral("DROP %1 \"%2\"").arg(st.text(0).toUpper(), st.text(1));
                    deferred << st.text(2);
                }
                st.reset();
                for (const QString& drop : drops)
                    db->exec(drop);
            }
            db->exec(
                QStringLiteral("CREATE TEMP TABLE map_documents (old INTEGER PRIMARY KEY, new INTEGER NOT "
                               "NULL, dup INTEGER NOT NULL);"
                               "CREATE TEMP TABLE map_pages (old INTEGER PRIMARY KEY, new INTEGER);"
                               "CREATE TEMP TABLE map_rules (old INTEGER PRIMARY KEY, new INTEGER NOT NULL, "
                               "existed INTEGER NOT NULL);"
                               "CREATE TEMP TABLE map_tags (old INTEGER PRIMARY KEY, new INTEGER NOT NULL, "
                               "existed INTEGER NOT NULL);"
                               "CREATE TEMP TABLE map_passages (old INTEGER PRIMARY KEY, new INTEGER);"
                               "CREATE TEMP TABLE map_detections (old INTEGER PRIMARY KEY, new INTEGER);"
                               "CREATE TEMP TABLE map_templates (name TEXT, language TEXT, old INTEGER, new "
                               "INTEGER, PRIMARY KEY (name, language, old));"));
            TaskContext::CancelHook hook(task, [&db] { db->interrupt(); });
            for (int i = 0; i < attachPaths.size(); ++i) {
                task.throwIfCancelled();
                task.progress(i, attachPaths.size(), inputs.at(i));
                // ATTACH is refused inside a transaction: one transaction per input.
                Statement attach = db->prepare(QStringLiteral("ATTACH DATABASE ? AS src"));
                attach.bind(1, attachPaths.at(i));
                attach.run();
                Transaction tx(*db);
                db->exec(QStringLiteral("DELETE FROM temp.map_documents; DELETE FROM temp.map_pages; "
                                        "DELETE FROM temp.map_rules; DELETE FROM temp.map_tags; "
                                        "DELETE FROM temp.map_passages; DELETE FROM temp.map_detections; "
                                        "DELETE FROM temp.map_templates;"));
                Context c{*db, QFileInfo(inputs.at(i)).fileName(), {}, report};
                for (const char* table : kIdTables)
                    c.offset.insert(
                        QString::fromLatin1(table),
                        db->queryInt(QStringLiteral("SELECT coalesce(max(id), 0) FROM main.\"%1\"")
                                         .arg(QLatin1String(table))));
                for (const TableRule& rule : tables()) {
                    task.throwIfCancelled();
                    if (rule.merge)
                        rule.merge(c);
                }
                tx.commit();
                db->exec(QStringLiteral("DETACH DATABASE src"));
            }
            Transaction tx(*db);
            task.throwIfCancelled();
            for (const QString& sql : deferred)
                db->exec(sql);
            // References remapped through the id maps are checked; those moved by an offset
            // (pairs, turns, OCR words) point where they did in their input.
            for (const char* table : {"document_files", "pages", "passages", "pair_sources", "detections",
                                      "pair_tags", "rule_terms", "ingest_jobs"}) {
                Statement fk =
                    db->prepare(QStringLiteral("PRAGMA foreign_key_check(%1)").arg(QLatin1String(table)));
                if (fk.step())
                    throw Error(
                        tr("merging left a row of %1 pointing at a missing row of %2; nothing was written")
                            .arg(fk.text(0), fk.text(2)),
                        Error::Kind::Storage);
            }
            QJsonArray names;
            for (const QString& in : inputs)
                names.append(QFileInfo(in).fileName());
            QJsonArray conflicts;
            for (const QString& conflict : report.conflicts)
                conflicts.append(conflict);
            Statement audit =
                db->prepare(QStringLiteral("INSERT INTO audit_log(at, actor, entity, entity_id, action, "
                                           "before, after) VALUES (?, ?, 'project', "
                                           "NULL, 'merge', NULL, ?)"));
            audit.bindAll(
                nowUtcIso(), m_actor.isEmpty() ? QStringLiteral("user") : m_actor,
                QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("inputs"), names},
                                                            {QStringLiteral("conflicts"), conflicts}})
                                      .toJson(QJsonDocument::Compact)));
            audit.run();
            tx.commit();
            report.documents = db->queryInt(QStringLiteral("SELECT count(*) FROM documents"));
            report.pages = db->queryInt(QStringLiteral("SELECT count(*) FROM pages"));
            report.detections = db->queryInt(QStringLiteral("SELECT count(*) FROM detections"));
            report.pairs = db->queryInt(QStringLiteral("SELECT count(*) FROM pairs"));
            report.auditEntries = db->queryInt(QStringLiteral("SELECT count(*) FROM audit_log"));
            db->exec(QStringLiteral("PRAGMA synchronous = FULL"));
            db->exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        }
        if (!fsyncPath(staging, false))
            throw Error(tr("%1: cannot write: %2").arg(out, QString::fromLocal8Bit(std::strerror(errno))),
                        Error::Kind::Storage);
        // link() refuses to replace a file that appeared meanwhile.
        if (::link(QFile::encodeName(staging).constData(), QFile::encodeName(out).constData()) != 0) {
            const int err = errno;
            throw Error(
                err == EEXIST
                    ? tr("%1: the file already exists; merge writes a new project").arg(out)
                    : tr("%1: cannot create: %2").arg(out, QString::fromLocal8Bit(std::strerror(err))),
                err == EEXIST ? Error::Kind::BadInput : Error::Kind::Storage);
        }
    } catch (...) {
        removeDatabaseFiles(staging);
        throw;
    }
    removeDatabaseFiles(staging);
    fsyncPath(outInfo.absolutePath(), true);
    task.progress(attachPaths.size(), attachPaths.size(), {});
    return report;
}

} // namespace quarry
