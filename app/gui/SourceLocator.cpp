#include "SourceLocator.h"

#include "curation/Chunker.h"
#include "redact/Redactor.h"
#include "store/DocumentRepository.h"
#include "store/ProjectStore.h"

namespace quarry::gui {

std::optional<SourceLocator::Location> SourceLocator::locate(const PairSource& source)
{
    Database& db = m_store.db();
    QString quote = source.quote;
    std::optional<qint64> documentId = source.documentId;
    if (source.passageId) {
        if (const std::optional<Passage> found = Chunker::passage(db, *source.passageId)) {
            documentId = found->documentId;
            const QString& passage = found->text;
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
    for (const PageRow& page : DocumentRepository(db).pages(*documentId)) {
        const QString text = redactor.redactedPageText(page.id);
        const qsizetype at = text.indexOf(needle);
        if (at >= 0)
            return Location{*documentId, page.pageNo, int(at), int(at + needle.size())};
    }
    return Location{*documentId, source.pageNo.value_or(1), 0, 0};
}

} // namespace quarry::gui
