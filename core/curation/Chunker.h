#pragma once

#include "curation/Passage.h"
#include "util/TaskContext.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace quarry {

class Database;
class ProjectStore;

struct ChunkOptions
{
    int targetLength = 1200; // UTF-16 units a passage aims for
    int maxLength = 2000;    // no passage is longer (a longer paragraph is cut by size)
    int overlap = 150;       // text repeated at the start of the next piece when a paragraph is cut
};

struct ChunkReport
{
    int documents = 0;
    int passages = 0;
    int relinked = 0; // pair sources re-pointed to a new passage
    int flagged = 0;  // pairs whose quoted source text changed (source_changed = 1)
};

// Cuts each document's text into passages: sections at headings, paragraphs packed up to the
// target length, paragraphs longer than the maximum cut by size (at a sentence end or a space when
// there is one) with overlap. Never across documents. Re-chunking keeps pairs linked: each old
// passage is matched to the new passage with the same text, else the one overlapping its range
// most; pair sources are re-pointed, and a pair whose quoted text no longer appears is flagged.
class Chunker
{
public:
    struct PageRange
    {
        int pageNo = 1;
        int start = 0;
        int end = 0;
    };

    explicit Chunker(ChunkOptions options = {});

    // Pure splitting, for tests and previews; documentId/seq/page numbers filled in.
    QList<Passage> split(const QString& text, const QList<PageRange>& pages, qint64 documentId = 0) const;

    // The document text passages refer to: each page's text (see setPageTextSource) joined with
    // "\n\n".
    QString documentText(Database& db, qint64 documentId, QList<PageRange>* pages = nullptr) const;

    // THE hook for redaction: where the text of one page comes from. By default the page's
    // effective text (coalesce(corrected_text, text)); applications set it to the redaction
    // library's redacted text, e.g.
    //   chunker.setPageTextSource([&](qint64 id, const QString&) { return redactor.redactedPageText(id); });
    using PageTextSource = std::function<QString(qint64 pageId, const QString& effectiveText)>;
    void setPageTextSource(PageTextSource source) { m_pageText = std::move(source); }
#ifdef QUARRY_HAVE_REDACT
    // Cuts passages from the redacted text (quarry_redact's Redactor::redactedPageText). The store
    // must outlive the chunking calls.
    void useRedactedText(ProjectStore& store);
#endif

    // Re-chunks one document / every document inside one transaction with an audit record.
    ChunkReport chunkDocument(Database& db, qint64 documentId, const QString& actor);
    // A cancel of `task` rolls every document back (Error::Kind::Cancelled); progress counts documents.
    ChunkReport chunkAll(Database& db, const QString& actor, const TaskContext& task = TaskContext::none());

    static QList<Passage> passages(Database& db, qint64 documentId);
    // One passage by id (a pair's source), whatever its document; nullopt when it is gone.
    static std::optional<Passage> passage(Database& db, qint64 passageId);

private:
    ChunkReport store(Database& db, qint64 documentId, const QList<Passage>& fresh);
    void cutBySize(const QString& text, int start, int end, QList<QPair<int, int>>& out) const;

    ChunkOptions m_options;
    PageTextSource m_pageText;
};

} // namespace quarry
