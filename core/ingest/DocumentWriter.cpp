#include "ingest/DocumentWriter.h"

#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/JobStatus.h"
#include "store/Transaction.h"
#include "text/TextCleaner.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace quarry {

namespace {

QString jsonList(const QStringList& list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

std::optional<QString> isoOrNull(const QDateTime& dt)
{
    if (!dt.isValid())
        return std::nullopt;
    return dt.toUTC().toString(Qt::ISODate);
}

std::optional<QString> textOrNull(const QString& s)
{
    if (s.isEmpty())
        return std::nullopt;
    return s;
}

// Statement binds a null QString as SQL NULL; these columns are NOT NULL and want ''.
QString nn(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

qint64 DocumentWriter::write(const DocumentRecord& r, qint64 existingId, qint64 jobId)
{
    const QString status = toString(r.status.value_or(DocumentStatus::Pending));
    // Clean-up runs before the transaction: the write lock is held only while writing.
    QStringList raw;
    raw.reserve(r.pages.size());
    for (const PageResult& p : r.pages)
        raw << p.text;
    const QList<CleanPage> clean = raw.isEmpty() ? QList<CleanPage>() : TextCleaner().clean(raw);

    const QString now = nowUtcIso();
    Transaction tx(m_db);
    qint64 id = existingId;
    if (existingId > 0) {
        Statement st = m_db.prepare(QStringLiteral(
            "UPDATE documents SET name = ?, source_path = ?, size_bytes = ?, kind = ?, mime = ?, encoding = ?, "
            "title = ?, author = ?, doc_created = ?, doc_modified = ?, status = ?, error = ?, warnings = ?, "
            "page_count = ?, ocr_languages = ?, updated_at = ?, pages_estimated = ? WHERE id = ?"));
        st.bindAll(r.name, r.sourcePath, r.sizeBytes, toString(r.kind), textOrNull(r.mime),
                   textOrNull(r.encoding), textOrNull(r.title), textOrNull(r.author), isoOrNull(r.created),
                   isoOrNull(r.modified), status, textOrNull(r.error), jsonList(r.warnings),
                   qint64(r.pages.size()), textOrNull(r.ocrLanguages), now, qint64(r.pagesEstimated ? 1 : 0),
                   existingId);
        st.run();
    } else {
        Statement st = m_db.prepare(QStringLiteral(
            "INSERT INTO documents (name, source_path, sha256, size_bytes, kind, mime, encoding, title, author, "
            "doc_created, doc_modified, status, error, warnings, page_count, ocr_languages, ingested_at, "
            "updated_at, pages_estimated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        st.bindAll(r.name, r.sourcePath, r.sha256, r.sizeBytes, toString(r.kind), textOrNull(r.mime),
                   textOrNull(r.encoding), textOrNull(r.title), textOrNull(r.author), isoOrNull(r.created),
                   isoOrNull(r.modified), status, textOrNull(r.error), jsonList(r.warnings),
                   qint64(r.pages.size()), textOrNull(r.ocrLanguages), now, now,
                   qint64(r.pagesEstimated ? 1 : 0));
        st.run();
        id = m_db.lastInsertId();
    }

    if (r.bytes && !r.bytes->isEmpty()) {
        Statement st = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO document_files (document_id, data) VALUES (?, ?)"));
        st.bindAll(id, *r.bytes);
        st.run();
    }

    Statement findPage = m_db.prepare(QStringLiteral("SELECT id FROM pages WHERE document_id = ? AND page_no = ?"));
    // Updating in place keeps the page id (detections point at it) and corrected_text.
    Statement updatePage = m_db.prepare(QStringLiteral(
        "UPDATE pages SET method = ?, raw_text = ?, text = ?, header = ?, footer = ?, offset_map = ?, "
        "ocr_confidence = ?, width_pt = ?, height_pt = ?, dpi = ?, warnings = ? WHERE id = ?"));
    Statement insertPage = m_db.prepare(QStringLiteral(
        "INSERT INTO pages (document_id, page_no, method, raw_text, text, header, footer, offset_map, "
        "ocr_confidence, width_pt, height_pt, dpi, warnings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Statement deleteWords = m_db.prepare(QStringLiteral("DELETE FROM ocr_words WHERE page_id = ?"));
    Statement insertWord = m_db.prepare(QStringLiteral(
        "INSERT INTO ocr_words (page_id, seq, text, x, y, w, h, confidence, line_no, text_start, text_end) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));

    for (qsizetype i = 0; i < r.pages.size(); ++i) {
        const PageResult& p = r.pages[i];
        const CleanPage& c = clean[i];
        const int pageNo = int(i + 1);
        QStringList warnings = p.warnings;
        if (p.failed())
            warnings.prepend(p.error);
        // What OCR did to the page (enlarged and read again) is kept with its warnings, where the
        // document view and `quarry-cli docs --json` show it; the document's status was decided
        // on the warnings alone.
        warnings += p.notes;
        const QByteArray map = c.map.serialize();
        // Numeric NULLs are bound one by one: std::optional<number> through bindAll trips GCC's
        // -Wmaybe-uninitialized at -O3.
        auto bindNumbers = [&](Statement& st, int first) {
            p.confidence ? st.bind(first, *p.confidence) : st.bindNull(first);
            p.widthPt > 0 ? st.bind(first + 1, p.widthPt) : st.bindNull(first + 1);
            p.heightPt > 0 ? st.bind(first + 2, p.heightPt) : st.bindNull(first + 2);
            p.dpi > 0 ? st.bind(first + 3, qint64(p.dpi)) : st.bindNull(first + 3);
        };
        qint64 pageId = 0;
        findPage.reset();
        findPage.bindAll(id, pageNo);
        if (findPage.step()) {
            pageId = findPage.int64(0);
            updatePage.reset();
            updatePage.bindAll(p.method, nn(p.text), nn(c.text), nn(c.header), nn(c.footer), map, 0.0, 0.0, 0.0,
                               qint64(0), jsonList(warnings), pageId);
            bindNumbers(updatePage, 7);
            updatePage.run();
            deleteWords.reset();
            deleteWords.bind(1, pageId);
            deleteWords.run();
        } else {
            insertPage.reset();
            insertPage.bindAll(id, qint64(pageNo), p.method, nn(p.text), nn(c.text), nn(c.header), nn(c.footer), map,
                               0.0, 0.0, 0.0, qint64(0), jsonList(warnings));
            bindNumbers(insertPage, 9);
            insertPage.run();
            pageId = m_db.lastInsertId();
        }
        for (qsizetype k = 0; k < p.words.size(); ++k) {
            const OcrWord& word = p.words[k];
            // Word offsets are raw-text positions; the GUI marks words in the clean text.
            const qint64 start = c.map.isEmpty() ? word.rawStart : c.map.toDerived(word.rawStart);
            const qint64 end = c.map.isEmpty() ? word.rawEnd : c.map.toDerived(word.rawEnd);
            insertWord.reset();
            insertWord.bindAll(pageId, qint64(k), nn(word.text), qint64(word.box.x()), qint64(word.box.y()),
                               qint64(word.box.width()), qint64(word.box.height()), word.confidence,
                               qint64(word.lineNo), start, qMax(start, end));
            insertWord.run();
        }
    }
    // A re-ingest that read no pages (failed to open) keeps the pages and corrections it had.
    if (!(existingId > 0 && r.pages.isEmpty())) {
        Statement st = m_db.prepare(QStringLiteral("DELETE FROM pages WHERE document_id = ? AND page_no > ?"));
        st.bindAll(id, qint64(r.pages.size()));
        st.run();
    }
    {
        Statement st = m_db.prepare(QStringLiteral(
            "UPDATE documents SET page_count = (SELECT count(*) FROM pages WHERE document_id = ?1) WHERE id = ?1"));
        st.bind(1, id);
        st.run();
    }
    if (jobId > 0) {
        Statement st = m_db.prepare(QStringLiteral(
            "UPDATE ingest_jobs SET status = ?, document_id = ?, error = ?, updated_at = ? WHERE id = ?"));
        st.bindAll(toString(r.status == DocumentStatus::Failed ? JobStatus::Failed : JobStatus::Done), id,
                   textOrNull(r.error), now, jobId);
        st.run();
    }
    AuditLog(m_db).record(m_actor, QStringLiteral("document"), id,
                          existingId > 0 ? QStringLiteral("reingest") : QStringLiteral("ingest"), {},
                          QJsonObject{{QStringLiteral("name"), r.name},
                                      {QStringLiteral("sha256"), r.sha256},
                                      {QStringLiteral("status"), status},
                                      {QStringLiteral("pages"), int(r.pages.size())}});
    tx.commit();
    return id;
}

} // namespace quarry
