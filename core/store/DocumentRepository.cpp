#include "store/DocumentRepository.h"

#include "store/Database.h"

#include <QJsonDocument>

namespace quarry {

namespace {

const char* const kDocumentColumns = "id, name, kind, status, page_count, pages_estimated, error, encoding, "
                                     "source_path, sha256, ocr_languages, title FROM documents";

QString nullable(Statement& st, int column)
{
    return st.isNull(column) ? QString() : st.text(column);
}

DocumentRow documentRow(Statement& st)
{
    DocumentRow d;
    d.id = st.int64(0);
    d.name = st.text(1);
    d.kind = documentKindFromString(st.text(2)).value_or(DocumentKind::Unknown);
    d.status = documentStatusFromString(st.text(3)).value_or(DocumentStatus::Pending);
    d.pageCount = st.int32(4);
    d.pagesEstimated = st.int32(5) != 0;
    d.error = nullable(st, 6);
    d.encoding = nullable(st, 7);
    d.sourcePath = st.text(8);
    d.sha256 = st.text(9);
    d.ocrLanguages = nullable(st, 10);
    d.title = nullable(st, 11);
    return d;
}

// Columns: id, document_id, page_no, method, ocr_confidence, dpi, corrected, warnings[, text]
PageRow pageRow(Statement& st, bool withText)
{
    PageRow p;
    p.id = st.int64(0);
    p.documentId = st.int64(1);
    p.pageNo = st.int32(2);
    p.method = pageMethodFromString(st.text(3)).value_or(PageMethod::None);
    if (!st.isNull(4))
        p.confidence = st.real(4);
    if (!st.isNull(5))
        p.dpi = st.int32(5);
    p.corrected = st.int32(6) != 0;
    p.warnings = QJsonDocument::fromJson(st.text(7).toUtf8()).array();
    if (withText)
        p.text = st.text(8);
    return p;
}

const char* const kPageColumns =
    "id, document_id, page_no, method, ocr_confidence, dpi, corrected_text IS NOT NULL, warnings";

} // namespace

QList<DocumentRow> DocumentRepository::list(Order order)
{
    Statement st =
        m_db.prepare(QStringLiteral("SELECT %1 ORDER BY %2")
                         .arg(QLatin1String(kDocumentColumns),
                              order == Order::ByName ? QLatin1String("name, id") : QLatin1String("id")));
    QList<DocumentRow> rows;
    while (st.step())
        rows.append(documentRow(st));
    return rows;
}

std::optional<DocumentRow> DocumentRepository::find(qint64 id)
{
    Statement st =
        m_db.prepare(QStringLiteral("SELECT %1 WHERE id = ?").arg(QLatin1String(kDocumentColumns)));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return documentRow(st);
}

bool DocumentRepository::exists(qint64 id)
{
    Statement st = m_db.prepare(QStringLiteral("SELECT 1 FROM documents WHERE id = ?"));
    st.bind(1, id);
    return st.step();
}

qint64 DocumentRepository::resolve(const QString& idOrName)
{
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT id FROM documents WHERE id = ? UNION ALL SELECT id FROM documents WHERE name = ? LIMIT 1"));
    bool isNumber = false;
    const qint64 id = idOrName.toLongLong(&isNumber);
    st.bind(1, isNumber ? id : -1);
    st.bind(2, idOrName);
    return st.step() ? st.int64(0) : 0;
}

QList<PageRow> DocumentRepository::pages(qint64 documentId)
{
    Statement st = m_db.prepare(
        QStringLiteral(
            "SELECT %1, coalesce(corrected_text, text) FROM pages WHERE document_id = ? ORDER BY page_no")
            .arg(QLatin1String(kPageColumns)));
    st.bind(1, documentId);
    QList<PageRow> rows;
    while (st.step())
        rows.append(pageRow(st, true));
    return rows;
}

std::optional<PageRow> DocumentRepository::page(qint64 documentId, int pageNo)
{
    Statement st = m_db.prepare(
        QStringLiteral(
            "SELECT %1, coalesce(corrected_text, text) FROM pages WHERE document_id = ? AND page_no = ?")
            .arg(QLatin1String(kPageColumns)));
    st.bindAll(documentId, qint64(pageNo));
    if (!st.step())
        return std::nullopt;
    return pageRow(st, true);
}

QList<PageRow> DocumentRepository::pageSummaries()
{
    Statement st = m_db.prepare(QStringLiteral("SELECT %1 FROM pages ORDER BY document_id, page_no")
                                    .arg(QLatin1String(kPageColumns)));
    QList<PageRow> rows;
    while (st.step())
        rows.append(pageRow(st, false));
    return rows;
}

} // namespace quarry
