#!/usr/bin/env bash
# Makes the frozen project files schema-v<N>.quarry in this folder: one per released schema
# version, each as the Quarry of that version left it. Run once per new schema version (the files
# are committed; re-running rewrites them) from anywhere inside the git checkout:
#   tests/data/projects/make-projects.sh
# The schema SQL is taken from the commit that released each version (git show), not from today's
# code, so that a later edit of an old migration cannot make the old files match it:
#   v1  d8be31c  Foundation (migration 1)
#   v2  5adec8b  migration 2 (full-text search) as main has had it since. Its first form, a9cb3b9
#                (INSERT OR IGNORE in the queue triggers), lived 23 minutes of history; a file made
#                with it breaks today's pair edits (UNIQUE constraint failed: pairs_fts_pending,
#                the turn upsert's conflict clause overrides the trigger's), so it is not frozen here.
#   v3  f0411a9  migration 3 (document kinds hwp/hwpx, pages_estimated)
#   v4  086b0b7  migration 4 (drafting with a local model: pairs.origin 'llm', draft tables)
#   v5  53411d2 migration 5 (audit_log.origin, project merge)
# Like ProjectStore::create of those commits: WAL journal, each migration in its own transaction
# setting user_version and application_id. The rows are what those versions wrote: documents with
# their original bytes, pages, detections on pages, pairs with turns, tags, a source and an audit
# entry. In v2 the FTS queue is drained the way that version's FullTextSearch::sync did, inside the
# writer's transaction (core/curation/FullTextSearch.cpp of that commit). Needs git, sqlite3, python3.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
top=$(git rev-parse --show-toplevel)

# The raw SQL string kMigration<N> of Schema.cpp at a commit.
migration() {
  git -C "$top" show "$1:core/store/Schema.cpp" | python3 -c '
import re, sys
src = sys.stdin.read()
m = re.search(r"constexpr const char\* kMigration%s = R\"SQL\((.*?)\)SQL\";" % sys.argv[1], src, re.S)
sys.stdout.write(m.group(1))' "$2"
}

# The two original documents (made-up content; the resident number has a valid check digit).
file1=$'성명: 김민준\n주민등록번호: 900101-1234568\n연락처: 010-2345-6789\n위 사람은 당사에 재직 중임을 증명합니다.'
file2=$'# Shelf notes\nBox 17 is on shelf C.\n```\nunclosed'

# What every version wrote: the same content in all files, so the test can expect the same rows.
# The files' bytes, SHA-256 and size are filled in by python3.
data() {
  python3 -c '
import hashlib, sys
sql = sys.stdin.read()
for i, text in enumerate(sys.argv[1:], 1):
    raw = text.encode()
    sql = sql.replace("@SHA%d@" % i, hashlib.sha256(raw).hexdigest()).replace("@SIZE%d@" % i, str(len(raw)))
    sql = sql.replace("@FILE%d@" % i, text.replace(chr(39), chr(39) * 2))
sys.stdout.write(sql)' "$file1" "$file2" <<'SQL'
INSERT INTO documents(id, name, source_path, sha256, size_bytes, kind, mime, encoding, title, status,
                      warnings, page_count, ingested_at, updated_at)
VALUES (1, '재직증명서.txt', '/home/kim/docs/재직증명서.txt',
        '@SHA1@', @SIZE1@, 'text', 'text/plain',
        'UTF-8', '재직증명서', 'ok', '[]', 2, '2026-11-27T21:00:00Z', '2026-11-27T21:00:00Z'),
       (2, 'shelf-notes.md', '/home/kim/docs/shelf-notes.md',
        '@SHA2@', @SIZE2@, 'markdown', 'text/markdown',
        'UTF-8', NULL, 'warnings', '["line 3: unclosed code fence"]', 1, '2026-11-27T21:01:00Z',
        '2026-11-27T21:01:00Z');
INSERT INTO document_files(document_id, data)
VALUES (1, CAST('@FILE1@' AS BLOB)), (2, CAST('@FILE2@' AS BLOB));
INSERT INTO pages(id, document_id, page_no, method, raw_text, text, warnings)
VALUES (1, 1, 1, 'text', '성명: 김민준
주민등록번호: 900101-1234568', '성명: 김민준
주민등록번호: 900101-1234568', '[]'),
       (2, 1, 2, 'text', '연락처: 010-2345-6789
위 사람은 당사에 재직 중임을 증명합니다.', '연락처: 010-2345-6789
위 사람은 당사에 재직 중임을 증명합니다.', '[]'),
       (3, 2, 1, 'text', '# Shelf notes
Box 17 is on shelf C.', 'Shelf notes
Box 17 is on shelf C.', '["line 3: unclosed code fence"]');
-- Offsets are UTF-16 units into pages.text: 김민준 at 4..7, the resident number at 16..30, the phone at 5..18.
INSERT INTO detections(id, page_id, start, end, entity_type, rule, score, value, status, decided_by,
                       decided_at, created_at)
VALUES (1, 1, 4, 7, 'PERSON', 'builtin:person_ko', 0.7, '김민준', 'accepted', 'kim', '2026-11-27T21:05:00Z',
        '2026-11-27T21:02:00Z'),
       (2, 1, 16, 30, 'KR_RRN', 'builtin:kr_rrn', 1.0, '900101-1234568', 'accepted', 'kim',
        '2026-11-27T21:05:00Z', '2026-11-27T21:02:00Z'),
       (3, 2, 5, 18, 'PHONE', 'builtin:phone_kr', 0.9, '010-2345-6789', 'pending', NULL, NULL,
        '2026-11-27T21:02:00Z');
INSERT INTO pairs(id, status, system_prompt, context, rating, notes, author, origin, created_at, updated_at,
                  content_hash)
VALUES (1, 'approved', '인사팀 도우미입니다.', NULL, 5, '', 'kim', 'manual', '2026-11-27T21:10:00Z',
        '2026-11-27T21:10:00Z', 'h1'),
       (2, 'review', NULL, '재직증명서 양식', NULL, '검토 필요', 'kim', 'manual', '2026-11-27T21:11:00Z',
        '2026-11-27T21:11:00Z', 'h2'),
       (3, 'draft', NULL, NULL, 3, '', 'lee', 'imported', '2026-11-27T21:12:00Z', '2026-11-27T21:12:00Z', 'h3'),
       (4, 'rejected', NULL, NULL, NULL, '', 'lee', 'imported', '2026-11-27T21:13:00Z', '2026-11-27T21:13:00Z',
        'h4');
INSERT INTO turns(id, pair_id, seq, role, content)
VALUES (1, 1, 0, 'user', '재직증명서는 어디서 발급받나요?'),
       (2, 1, 1, 'assistant', '인사팀 포털의 증명서 메뉴에서 발급받을 수 있습니다.'),
       (3, 2, 0, 'user', '재직증명서에 주민등록번호가 들어가나요?'),
       (4, 2, 1, 'assistant', '뒷자리는 가려서 발급됩니다.'),
       (5, 3, 0, 'user', 'Which shelf holds box 17?'),
       (6, 3, 1, 'assistant', 'Shelf C.'),
       (7, 4, 0, 'user', '환자 기록은 몇 년 보관하나요?'),
       (8, 4, 1, 'assistant', '10년입니다.'),
       (9, 4, 2, 'user', 'And after that?'),
       (10, 4, 3, 'assistant', 'They are destroyed.');
INSERT INTO tags(id, name) VALUES (1, '인사'), (2, 'warehouse');
INSERT INTO pair_tags(pair_id, tag_id) VALUES (1, 1), (2, 1), (3, 2);
INSERT INTO pair_sources(id, pair_id, document_id, page_no, quote, quote_hash)
VALUES (1, 3, 2, 1, 'Box 17 is on shelf C.', 'q1');
INSERT INTO audit_log(id, at, actor, entity, entity_id, action, before, after)
VALUES (1, '2026-11-27T21:10:00Z', 'kim', 'pair', 1, 'create', NULL, '{"status":"draft"}');
SQL
}

make() {
  local version=$1 file=$2
  shift 2
  rm -f "$file" "$file-wal" "$file-shm"
  {
    echo "PRAGMA journal_mode = WAL;"
    local n=0 commit
    for commit in "$@"; do
      n=$((n + 1))
      echo "BEGIN;"
      migration "$commit" "$n"
      echo "PRAGMA user_version = $n;"
      echo "PRAGMA application_id = 1364349529;" # 0x51525259 'QRRY'
      echo "COMMIT;"
    done
    echo "BEGIN;"
    data
    if [ "$version" -ge 2 ]; then
      # FullTextSearch::sync of 5adec8b, as its writers ran it before committing.
      cat <<'SQL'
DELETE FROM pairs_fts WHERE rowid IN (SELECT pair_id FROM pairs_fts_pending);
INSERT INTO pairs_fts(rowid, body)
SELECT p.id, coalesce(p.system_prompt, '') || char(10) || coalesce(p.context, '') || char(10) ||
       coalesce((SELECT group_concat(content, char(10)) FROM (SELECT content FROM turns WHERE pair_id = p.id
                 ORDER BY seq)), '') || char(10)
FROM pairs p WHERE p.id IN (SELECT pair_id FROM pairs_fts_pending);
DELETE FROM pairs_fts_pending;
SQL
    fi
    echo "COMMIT;"
    # Closed cleanly, as ProjectStore's destructor did: the log checkpointed into the file.
    echo "PRAGMA wal_checkpoint(TRUNCATE);"
  } | sqlite3 -bail "$file" >/dev/null
  rm -f "$file-wal" "$file-shm"
  echo "$file: user_version $(sqlite3 "$file" 'PRAGMA user_version'), $(stat -c %s "$file") bytes"
}

make 1 schema-v1.quarry d8be31c
make 2 schema-v2.quarry d8be31c 5adec8b
make 3 schema-v3.quarry d8be31c 5adec8b f0411a9
make 4 schema-v4.quarry d8be31c 5adec8b f0411a9 086b0b7
make 5 schema-v5.quarry d8be31c 5adec8b f0411a9 086b0b7 53411d2
