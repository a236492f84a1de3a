#include "ProjectBuilder.h"

#include "store/Database.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "util/Clock.h"

#include <QCryptographicHash>

namespace quarry::test {

namespace {

std::optional<QString> orNull(const QString& s)
{
    return s.isEmpty() ? std::nullopt : std::optional<QString>(s);
}

} // namespace

qint64 ProjectBuilder::addDocument(const Document& d)
{
    Transaction tx(m_db);
    const QString now = nowUtcIso();
    // Distinct per document (sha256 is UNIQUE, and tests add the same bytes under two names): a
    // hash of name, id and bytes.
    const qint64 id =
        d.id.value_or(m_db.queryInt(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM documents")));
    const QByteArray hashed = (d.name + QLatin1Char('#') + QString::number(id)).toUtf8() + d.data;
    Statement doc =
        m_db.prepare(QStringLiteral("INSERT INTO documents(id, name, source_path, sha256, size_bytes, kind, "
                                    "title, status, error, page_count, "
                                    "ingested_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    doc.bindAll(id, d.name, QStringLiteral("/in/") + d.name,
                QString::fromLatin1(QCryptographicHash::hash(hashed, QCryptographicHash::Sha256).toHex()),
                qint64(d.data.size()), d.kind, orNull(d.title), d.status, orNull(d.error),
                d.pageCount.value_or(int(d.pages.size())), now, now);
    doc.run();
    if (!d.data.isNull()) {
        Statement file =
            m_db.prepare(QStringLiteral("INSERT INTO document_files(document_id, data) VALUES (?, ?)"));
        file.bindAll(id, d.data).run();
    }
    for (int i = 0; i < d.pages.size(); ++i)
        addPage(id, i + 1, d.pages[i], d.method, d.dpi);
    tx.commit();
    return id;
}

qint64 ProjectBuilder::addPage(qint64 documentId, int pageNo, const QString& text, const QString& method,
                               std::optional<int> dpi)
{
    Statement st = m_db.prepare(QStringLiteral(
        "INSERT INTO pages(document_id, page_no, method, raw_text, text, dpi) VALUES (?, ?, ?, ?, ?, ?)"));
    st.bindAll(documentId, pageNo, method, text, text, dpi).run();
    return m_db.lastInsertId();
}

qint64 ProjectBuilder::pageId(qint64 documentId, int pageNo) const
{
    Statement st = m_db.prepare(QStringLiteral("SELECT id FROM pages WHERE document_id = ? AND page_no = ?"));
    st.bindAll(documentId, pageNo);
    return st.step() ? st.int64(0) : 0;
}

qint64 ProjectBuilder::addDetection(qint64 pageId, int start, int end, const QString& entityType,
                                    const QString& status)
{
    Statement st = m_db.prepare(QStringLiteral(
        "INSERT INTO detections(page_id, start, end, entity_type, rule, score, value, status, created_at) "
        "SELECT ?1, ?2, ?3, ?4, 'test', 1.0, substr(text, ?2 + 1, ?3 - ?2), ?5, ?6 FROM pages WHERE id = "
        "?1"));
    st.bindAll(pageId, start, end, entityType, status, nowUtcIso()).run();
    return m_db.lastInsertId();
}

} // namespace quarry::test
