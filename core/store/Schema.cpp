#include "store/Schema.h"

#include "store/Database.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "util/Error.h"

#include <array>

namespace quarry {

namespace {

// Offsets (start/end columns) everywhere are UTF-16 code units into the text they refer to, the
// unit QString and the text widgets use. Timestamps are ISO 8601 UTC text. JSON columns hold
// UTF-8 JSON text.
constexpr const char* kMigration1 = R"SQL(
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE documents (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    source_path  TEXT NOT NULL,
    sha256       TEXT NOT NULL UNIQUE,
    size_bytes   INTEGER NOT NULL CHECK (size_bytes >= 0),
    kind         TEXT NOT NULL DEFAULT 'unknown'
                 CHECK (kind IN ('pdf','image','text','markdown','docx','html','unknown')),
    mime         TEXT,
    encoding     TEXT,
    title        TEXT,
    author       TEXT,
    doc_created  TEXT,
    doc_modified TEXT,
    status       TEXT NOT NULL DEFAULT 'pending'
                 CHECK (status IN ('pending','ok','ocr','warnings','failed','unsupported')),
    error        TEXT,
    warnings     TEXT NOT NULL DEFAULT '[]',
    page_count   INTEGER NOT NULL DEFAULT 0 CHECK (page_count >= 0),
    ocr_languages TEXT,
    ingested_at  TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

-- The original bytes, so that a project file is self-contained (pages can be re-rendered and
-- re-read on another machine). Kept apart so that listing documents never reads blobs.
CREATE TABLE document_files (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    data        BLOB NOT NULL
);

CREATE TABLE pages (
    id             INTEGER PRIMARY KEY,
    document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    page_no        INTEGER NOT NULL CHECK (page_no >= 1),
    method         TEXT NOT NULL CHECK (method IN ('text','ocr','none')),
    raw_text       TEXT NOT NULL DEFAULT '',
    text           TEXT NOT NULL DEFAULT '',   -- clean body text
    header         TEXT NOT NULL DEFAULT '',   -- running header/footer lines kept out of the body
    footer         TEXT NOT NULL DEFAULT '',
    offset_map     BLOB,                       -- clean text offset -> raw_text offset
    ocr_confidence REAL,
    width_pt       REAL,
    height_pt      REAL,
    dpi            INTEGER,
    warnings       TEXT NOT NULL DEFAULT '[]',
    corrected_text TEXT,                       -- the user's correction; wins over text, survives re-runs
    corrected_by   TEXT,
    corrected_at   TEXT,
    UNIQUE (document_id, page_no)
);

CREATE TABLE ocr_words (
    page_id    INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    x          INTEGER NOT NULL,
    y          INTEGER NOT NULL,
    w          INTEGER NOT NULL,
    h          INTEGER NOT NULL,
    confidence REAL NOT NULL,
    line_no    INTEGER NOT NULL DEFAULT 0,
    text_start INTEGER,                        -- where the word landed in pages.text
    text_end   INTEGER,
    PRIMARY KEY (page_id, seq)
) WITHOUT ROWID;

-- Work items of an ingest run, so that an interrupted run resumes where it stopped.
CREATE TABLE ingest_jobs (
    id          INTEGER PRIMARY KEY,
    path        TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'queued'
                CHECK (status IN ('queued','running','done','failed','skipped')),
    document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
    options     TEXT NOT NULL DEFAULT '{}',
    error       TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE redaction_rules (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL CHECK (kind IN ('builtin','regex','terms','allow')),
    entity_type TEXT NOT NULL,
    definition  TEXT NOT NULL DEFAULT '{}',
    enabled     INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0,1)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE rule_terms (
    rule_id INTEGER NOT NULL REFERENCES redaction_rules(id) ON DELETE CASCADE,
    term    TEXT NOT NULL,
    PRIMARY KEY (rule_id, term)
) WITHOUT ROWID;

CREATE TABLE pairs (
    id             INTEGER PRIMARY KEY,
    status         TEXT NOT NULL DEFAULT 'draft'
                   CHECK (status IN ('draft','review','approved','rejected')),
    system_prompt  TEXT,
    context        TEXT,                       -- Alpaca's "input"
    rating         INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
    notes          TEXT NOT NULL DEFAULT '',
    author         TEXT NOT NULL DEFAULT '',
    reviewer       TEXT NOT NULL DEFAULT '',
    origin         TEXT NOT NULL DEFAULT 'manual' CHECK (origin IN ('manual','imported','model')),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    content_hash   TEXT NOT NULL DEFAULT '',   -- of the normalised turns, for exact duplicates
    source_changed INTEGER NOT NULL DEFAULT 0 CHECK (source_changed IN (0,1)),
    duplicate_of   INTEGER REFERENCES pairs(id) ON DELETE SET NULL
);

CREATE TABLE turns (
    id      INTEGER PRIMARY KEY,
    pair_id INTEGER NOT NULL REFERENCES pairs(id) ON DELETE CASCADE,
    seq     INTEGER NOT NULL CHECK (seq >= 0),
    role    TEXT NOT NULL CHECK (role IN ('user','assistant')),
    content TEXT NOT NULL,
    weight  INTEGER CHECK (weight IS NULL OR weight IN (0,1)),
    UNIQUE (pair_id, seq)
);

CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE pair_tags (
    pair_id INTEGER NOT NULL REFERENCES pairs(id) ON DELETE CASCADE,
    tag_id  INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (pair_id, tag_id)
) WITHOUT ROWID;

-- Passages: the redacted text of a document cut into pieces that pairs are written from.
CREATE TABLE passages (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    page_first  INTEGER NOT NULL,
    page_last   INTEGER NOT NULL,
    start       INTEGER NOT NULL,              -- into the document's redacted text
    end         INTEGER NOT NULL,
    heading     TEXT,
    text        TEXT NOT NULL,
    text_hash   TEXT NOT NULL,
    stale       INTEGER NOT NULL DEFAULT 0 CHECK (stale IN (0,1)),
    UNIQUE (document_id, seq),
    CHECK (end >= start)
);

CREATE TABLE pair_sources (
    id          INTEGER PRIMARY KEY,
    pair_id     INTEGER NOT NULL REFERENCES pairs(id) ON DELETE CASCADE,
    passage_id  INTEGER REFERENCES passages(id) ON DELETE SET NULL,
    document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
    page_no     INTEGER,
    span_start  INTEGER,                       -- inside the passage, optional
    span_end    INTEGER,
    quote       TEXT NOT NULL DEFAULT '',      -- the source text when linked, to notice changes
    quote_hash  TEXT NOT NULL DEFAULT ''
);

-- Detections live either on a page (document text) or on a turn (text typed into a pair).
CREATE TABLE detections (
    id          INTEGER PRIMARY KEY,
    page_id     INTEGER REFERENCES pages(id) ON DELETE CASCADE,
    turn_id     INTEGER REFERENCES turns(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL CHECK (start >= 0),
    end         INTEGER NOT NULL,
    entity_type TEXT NOT NULL,
    rule        TEXT NOT NULL,
    score       REAL NOT NULL,
    value       TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending','accepted','rejected','manual')),
    operator    TEXT,                          -- per-detection override of the type's operator
    decided_by  TEXT,
    decided_at  TEXT,
    created_at  TEXT NOT NULL,
    CHECK (end > start),
    CHECK ((page_id IS NULL) <> (turn_id IS NULL))
);

-- Consistent pseudonyms: value_key is a keyed hash (HMAC with the project secret), never the value.
CREATE TABLE pseudonyms (
    entity_type TEXT NOT NULL,
    value_key   TEXT NOT NULL,
    number      INTEGER NOT NULL,
    PRIMARY KEY (entity_type, value_key),
    UNIQUE (entity_type, number)
) WITHOUT ROWID;

CREATE TABLE exports (
    id           INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
    actor        TEXT NOT NULL,
    format       TEXT NOT NULL,
    out_dir      TEXT NOT NULL,
    options      TEXT NOT NULL DEFAULT '{}',
    counts       TEXT NOT NULL DEFAULT '{}',
    pii_override INTEGER NOT NULL DEFAULT 0 CHECK (pii_override IN (0,1))
);

CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER,
    action    TEXT NOT NULL,
    before    TEXT,
    after     TEXT
);

CREATE INDEX pages_document ON pages(document_id);
CREATE INDEX ingest_jobs_status ON ingest_jobs(status);
CREATE INDEX pairs_status ON pairs(status, id);
CREATE INDEX pairs_updated ON pairs(updated_at);
CREATE INDEX pairs_content_hash ON pairs(content_hash);
-- Every foreign key's child column is indexed, or deleting a parent scans the child table.
CREATE INDEX pairs_duplicate_of ON pairs(duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE INDEX ingest_jobs_document ON ingest_jobs(document_id);
CREATE INDEX pair_tags_tag ON pair_tags(tag_id, pair_id);
CREATE INDEX passages_document ON passages(document_id, seq);
CREATE INDEX pair_sources_pair ON pair_sources(pair_id);
CREATE INDEX pair_sources_passage ON pair_sources(passage_id);
CREATE INDEX pair_sources_document ON pair_sources(document_id);
CREATE INDEX detections_page ON detections(page_id, start);
CREATE INDEX detections_turn ON detections(turn_id);
CREATE INDEX detections_status ON detections(status, entity_type);
CREATE INDEX audit_entity ON audit_log(entity, entity_id);
)SQL";

// Full-text search over pairs (system prompt, context, turns) with the trigram tokenizer, so that
// substring search works for Korean. SQLite refuses virtual tables inside triggers when
// trusted_schema is off, so the triggers only queue pair ids in pairs_fts_pending; the curation
// library (FullTextSearch::sync) re-indexes queued pairs inside the writer's transaction. The queue
// inserts check for the id instead of using OR IGNORE: an outer statement's conflict clause (an
// upsert, OR REPLACE) would override the trigger's.
constexpr const char* kMigration2 = R"SQL(
CREATE VIRTUAL TABLE pairs_fts USING fts5(body, tokenize = 'trigram');
CREATE TABLE pairs_fts_pending (pair_id INTEGER PRIMARY KEY);
CREATE TRIGGER pairs_fts_q_pair_ins AFTER INSERT ON pairs
BEGIN INSERT INTO pairs_fts_pending(pair_id) SELECT new.id WHERE NOT EXISTS (SELECT 1 FROM pairs_fts_pending WHERE pair_id = new.id); END;
CREATE TRIGGER pairs_fts_q_pair_upd AFTER UPDATE OF system_prompt, context ON pairs
BEGIN INSERT INTO pairs_fts_pending(pair_id) SELECT new.id WHERE NOT EXISTS (SELECT 1 FROM pairs_fts_pending WHERE pair_id = new.id); END;
CREATE TRIGGER pairs_fts_q_pair_del AFTER DELETE ON pairs
BEGIN INSERT INTO pairs_fts_pending(pair_id) SELECT old.id WHERE NOT EXISTS (SELECT 1 FROM pairs_fts_pending WHERE pair_id = old.id); END;
CREATE TRIGGER pairs_fts_q_turn_ins AFTER INSERT ON turns
BEGIN INSERT INTO pairs_fts_pending(pair_id) SELECT new.pair_id WHERE NOT EXISTS (SELECT 1 FROM pairs_fts_pending WHERE pair_id = new.pair_id); END;
CREATE TRIGGER pairs_fts_q_turn_upd AFTER UPDATE OF content, pair_id ON turns
BEGIN
  INSERT INTO pairs_fts_pending(pair_id) SELECT new.pair_id WHERE NOT EXISTS (SELECT 1 FROM pairs_fts_pending WHERE pair_id = new.pair_id);
  INSERT INTO pairs_fts_pending(pair_id) SELECT old.pair_id WHERE NOT EXISTS (SELECT 1 FROM pairs_fts_pending WHERE pair_id = old.pair_id);
END;
CREATE TRIGGER pairs_fts_q_turn_del AFTER DELETE ON turns
BEGIN INSERT INTO pairs_fts_pending(pair_id) SELECT old.pair_id WHERE NOT EXISTS (SELECT 1 FROM pairs_fts_pending WHERE pair_id = old.pair_id); END;
INSERT INTO pairs_fts(rowid, body)
SELECT p.id, coalesce(p.system_prompt, '') || char(10) || coalesce(p.context, '') || char(10) ||
       coalesce((SELECT group_concat(content, char(10)) FROM (SELECT content FROM turns WHERE pair_id = p.id
                 ORDER BY seq)), '') || char(10)
FROM pairs p;
)SQL";

// HWP and HWPX documents (issue 14): kind accepts 'hwp' and 'hwpx'; pages_estimated marks documents
// whose format stores no pages, so that their page numbers are shown and exported as estimates.
// SQLite cannot change a CHECK constraint in place: the table is rebuilt, which migrate() does with
// foreign keys off (dropping the old table would otherwise cascade to pages) and checks after.
constexpr const char* kMigration3 = R"SQL(
CREATE TABLE documents_v3 (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    source_path  TEXT NOT NULL,
    sha256       TEXT NOT NULL UNIQUE,
    size_bytes   INTEGER NOT NULL CHECK (size_bytes >= 0),
    kind         TEXT NOT NULL DEFAULT 'unknown'
                 CHECK (kind IN ('pdf','image','text','markdown','docx','html','hwp','hwpx','unknown')),
    mime         TEXT,
    encoding     TEXT,
    title        TEXT,
    author       TEXT,
    doc_created  TEXT,
    doc_modified TEXT,
    status       TEXT NOT NULL DEFAULT 'pending'
                 CHECK (status IN ('pending','ok','ocr','warnings','failed','unsupported')),
    error        TEXT,
    warnings     TEXT NOT NULL DEFAULT '[]',
    page_count   INTEGER NOT NULL DEFAULT 0 CHECK (page_count >= 0),
    ocr_languages TEXT,
    ingested_at  TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    pages_estimated INTEGER NOT NULL DEFAULT 0 CHECK (pages_estimated IN (0,1))
);
INSERT INTO documents_v3 (id, name, source_path, sha256, size_bytes, kind, mime, encoding, title, author,
                          doc_created, doc_modified, status, error, warnings, page_count, ocr_languages,
                          ingested_at, updated_at)
SELECT id, name, source_path, sha256, size_bytes, kind, mime, encoding, title, author, doc_created,
       doc_modified, status, error, warnings, page_count, ocr_languages, ingested_at, updated_at
FROM documents;
DROP TABLE documents;
ALTER TABLE documents_v3 RENAME TO documents;
)SQL";

// Drafting pairs with a local model (issue 15). pairs.origin gains 'llm' (drafted by the site's
// model) in place of 'model', which nothing ever wrote; the table is rebuilt for its CHECK, and with
// it go its indexes and full-text queue triggers, so they are made again. Every request sent is kept
// (draft_requests: the exact body, the reply, timings, usage, template and version), runs keep one
// item per passage so that an interrupted run resumes with the unfinished ones, and pair_drafts ties
// a drafted pair to its requests and the checks' flags.
constexpr const char* kMigration4 = R"SQL(
CREATE TABLE pairs_v4 (
    id             INTEGER PRIMARY KEY,
    status         TEXT NOT NULL DEFAULT 'draft'
                   CHECK (status IN ('draft','review','approved','rejected')),
    system_prompt  TEXT,
    context        TEXT,
    rating         INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
    notes          TEXT NOT NULL DEFAULT '',
    author         TEXT NOT NULL DEFAULT '',
    reviewer       TEXT NOT NULL DEFAULT '',
    origin         TEXT NOT NULL DEFAULT 'manual' CHECK (origin IN ('manual','imported','llm')),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    content_hash   TEXT NOT NULL DEFAULT '',
    source_changed INTEGER NOT NULL DEFAULT 0 CHECK (source_changed IN (0,1)),
    duplicate_of   INTEGER REFERENCES pairs(id) ON DELETE SET NULL
);
INSERT INTO pairs_v4 (id, status, system_prompt, context, rating, notes, author, reviewer, origin, created_at,
                      updated_at, content_hash, source_changed, duplicate_of)
SELECT id, status, system_prompt, context, rating, notes, author, reviewer,
       CASE origin WHEN 'model' THEN 'llm' ELSE origin END, created_at, updated_at, content_hash,
       source_changed, duplicate_of
FROM pairs;
DROP TABLE pairs;
ALTER TABLE pairs_v4 RENAME TO pairs;
CREATE INDEX pairs_status ON pairs(status, id);
CREATE INDEX pairs_updated ON pairs(updated_at);
CREATE INDEX pairs_content_hash ON pairs(content_hash);
CREATE INDEX pairs_duplicate_of ON pairs(duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE TRIGGER pairs_fts_q_pair_ins AFTER INSERT ON pairs
BEGIN INSERT INTO pairs_fts_pending(pair_id) SELECT new.id WHERE NOT EXISTS (SELECT 1 FROM pairs_fts_pending WHERE pair_id = new.id); END;
CREATE TRIGGER pairs_fts_q_pair_upd AFTER UPDATE OF system_prompt, context ON pairs
BEGIN INSERT INTO pairs_fts_pending(pair_id) SELECT new.id WHERE NOT EXISTS (SELECT 1 FROM pairs_fts_pending WHERE pair_id = new.id); END;
CREATE TRIGGER pairs_fts_q_pair_del AFTER DELETE ON pairs
BEGIN INSERT INTO pairs_fts_pending(pair_id) SELECT old.id WHERE NOT EXISTS (SELECT 1 FROM pairs_fts_pending WHERE pair_id = old.id); END;

-- Prompt templates the user edited: each save is a new version; built-in versions live in
-- resources/prompts and are never stored here.
CREATE TABLE prompt_templates (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,              -- questions, answer, pairs (one call)
    language   TEXT NOT NULL,              -- ko, en
    version    INTEGER NOT NULL CHECK (version >= 1),
    system     TEXT NOT NULL,
    user       TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (name, language, version)
);

CREATE TABLE draft_runs (
    id          INTEGER PRIMARY KEY,
    status      TEXT NOT NULL DEFAULT 'running'
                CHECK (status IN ('running','done','cancelled','failed')),
    server      TEXT NOT NULL,
    model       TEXT NOT NULL,
    options     TEXT NOT NULL DEFAULT '{}', -- mode, questions per passage, concurrency, parameters
    actor       TEXT NOT NULL,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    error       TEXT
);

-- One passage of a run. questions keeps the questions once asked, so that a resumed run asks
-- only for the answers still missing.
CREATE TABLE draft_items (
    id         INTEGER PRIMARY KEY,
    run_id     INTEGER NOT NULL REFERENCES draft_runs(id) ON DELETE CASCADE,
    passage_id INTEGER REFERENCES passages(id) ON DELETE SET NULL,
    state      TEXT NOT NULL DEFAULT 'queued'
               CHECK (state IN ('queued','running','done','failed','refused')),
    questions  TEXT,
    pairs      INTEGER NOT NULL DEFAULT 0,
    error      TEXT,
    updated_at TEXT NOT NULL,
    UNIQUE (run_id, passage_id)
);

CREATE TABLE draft_requests (
    id                INTEGER PRIMARY KEY,
    item_id           INTEGER REFERENCES draft_items(id) ON DELETE CASCADE,
    step              TEXT NOT NULL,       -- questions, answer, pairs
    attempt           INTEGER NOT NULL DEFAULT 1,
    template          TEXT NOT NULL,
    template_version  INTEGER NOT NULL,
    language          TEXT NOT NULL,
    server            TEXT NOT NULL,
    model             TEXT NOT NULL,
    structured        TEXT NOT NULL,       -- json_schema, json_object, instructions
    parameters        TEXT NOT NULL DEFAULT '{}',
    request_body      BLOB NOT NULL,       -- exactly the bytes POSTed
    response          BLOB,                -- exactly the bytes received
    content           TEXT,
    reasoning         TEXT,
    finish_reason     TEXT,
    outcome           TEXT NOT NULL,       -- ok, truncated, unparsable, wrong_language, failed
    error             TEXT,
    prompt_tokens     INTEGER,
    completion_tokens INTEGER,
    ms_first_byte     INTEGER,
    ms_total          INTEGER,
    sent_at           TEXT NOT NULL
);

CREATE TABLE pair_drafts (
    pair_id          INTEGER PRIMARY KEY REFERENCES pairs(id) ON DELETE CASCADE,
    item_id          INTEGER REFERENCES draft_items(id) ON DELETE SET NULL,
    question_request INTEGER REFERENCES draft_requests(id) ON DELETE SET NULL,
    answer_request   INTEGER REFERENCES draft_requests(id) ON DELETE SET NULL,
    flags            TEXT NOT NULL DEFAULT '[]', -- JSON array of {"flag", "detail"}
    support          REAL                        -- share of the answer's n-grams found in the passage
);

CREATE INDEX draft_items_run ON draft_items(run_id, state);
CREATE INDEX draft_items_passage ON draft_items(passage_id);
CREATE INDEX draft_requests_item ON draft_requests(item_id);
CREATE INDEX pair_drafts_item ON pair_drafts(item_id);
CREATE INDEX pair_drafts_question ON pair_drafts(question_request);
CREATE INDEX pair_drafts_answer ON pair_drafts(answer_request);
)SQL";

// Project merge (issue 17): an audit entry copied from another project keeps where it was written.
// NULL: written in this project; otherwise the file name of the project it came from.
constexpr const char* kMigration5 = R"SQL(
ALTER TABLE audit_log ADD COLUMN origin TEXT;
)SQL";

const std::array<const char*, 5> kMigrations = {kMigration1, kMigration2, kMigration3, kMigration4,
                                                 kMigration5};

} // namespace

int Schema::latestVersion()
{
    return int(kMigrations.size());
}

QString Schema::migration(int version)
{
    if (version < 1 || version > latestVersion())
        throw Error(QStringLiteral("no schema migration %1").arg(version));
    return QString::fromUtf8(kMigrations[size_t(version - 1)]);
}

void Schema::migrate(Database& db, int target)
{
    if (target < 0)
        target = latestVersion();
    int version = int(db.queryInt(QStringLiteral("PRAGMA user_version")));
    if (version >= target)
        return;
    // A migration may rebuild a table (a CHECK constraint cannot be altered): with foreign keys on,
    // dropping the old table would delete its children. They are off while migrating (the pragma
    // is a no-op inside a transaction) and checked before each commit.
    const bool foreignKeys = db.queryInt(QStringLiteral("PRAGMA foreign_keys")) != 0;
    db.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    try {
        while (version < target) {
            Transaction tx(db);
            db.exec(migration(version + 1));
            ++version;
            Statement check = db.prepare(QStringLiteral("PRAGMA foreign_key_check"));
            if (check.step())
                throw Error(QStringLiteral("schema migration %1 broke a reference in table %2")
                                .arg(version)
                                .arg(check.text(0)),
                            Error::Kind::Storage);
            db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
            db.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
            tx.commit();
        }
    } catch (...) {
        if (foreignKeys)
            db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        throw;
    }
    if (foreignKeys)
        db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

QStringList Schema::contentTables(Database& db)
{
    QStringList tables;
    Statement st = db.prepare(QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' "
        "AND name NOT IN (SELECT s.name FROM sqlite_schema v JOIN sqlite_schema s "
        "                 ON s.name LIKE v.name || '_%' WHERE v.sql LIKE 'CREATE VIRTUAL TABLE%') "
        "ORDER BY name"));
    while (st.step())
        tables << st.text(0);
    return tables;
}

} // namespace quarry
