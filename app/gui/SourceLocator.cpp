#include "SourceLocator.h"

#include "redact/Redactor.h"
#include "store/ProjectStore.h"

namespace quarry::gui {

std::optional<SourceLocator::Location> SourceLocator::locate(const PairSource& source)
{
    Database& db = m_store.db();
    QString quote = source.quote;
    std::optional<qint64> documentId = source.documentId;
    if (source.passageId) {
        Statement st = db.prepare(QStringLiteral("SELECT document_id, text FROM passages WHERE id = ?"));
        st.bind(1, *source.passageId);
        if (st.step()) {
            documentId = st.int64(0);
            const QString passage = st.text(1);
            quote = passage;
            if (source.spanStart && source.spanEnd && *source.spanEnd > *source.spanStart)
                quote = passage.mid(*source.spanStart, *source.spanEnd - *source.spanStart);
        }
    }
    if (!documentId || quote.trimmed().isEmpty())
        return std::nullopt;
    // A passage may run across pages: look for its longest first paragraph that a page contains.
    QString needle = quote.section(QStringLiteral("\n\n"), 0, 0).trimmed();
    if (needle.isEmpty())
        needle = quote.trimmed();
    Redactor redactor(m_store);
    Statement pages =
        db.prepare(QStringLiteral("SELECT id, page_no FROM pages WHERE document_id = ? ORDER BY page_no"));
    pages.bind(1, *documentId);
    while (pages.step()) {
        const QString text = redactor.redactedPageText(pages.int64(0));
        const qsizetype at = text.indexOf(needle);
        if (at >= 0)
            return Location{*documentId, pages.int32(1), int(at), int(at + needle.size())};
    }
    return Location{*documentId, source.pageNo.value_or(1), 0, 0};
}

} // namespace quarry::gui
