#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace quarry {

class ProjectStore;

// The user's corrections of extracted page text (OCR mistakes, mangled text layers). A correction
// replaces the page's effective text — coalesce(corrected_text, text) — and survives re-ingest;
// the extracted text stays as it was. Each change is audited.
class PageCorrections
{
public:
    explicit PageCorrections(ProjectStore& store) : m_store(store) {}

    // Detections point into the text they were found in. `rescan` runs inside the same transaction
    // after the text changed, to find them again (the redaction library follows decided ones to
    // their new place); without it, detections that no longer fit the text are dropped.
    using Rescan = std::function<void(qint64 pageId)>;

    std::optional<QString> correction(qint64 pageId);
    void setCorrection(qint64 pageId, const QString& text, const Rescan& rescan = {});
    void clearCorrection(qint64 pageId, const Rescan& rescan = {});
    // The page id of a document's page, or 0.
    qint64 pageId(qint64 documentId, int pageNo);

private:
    void write(qint64 pageId, const std::optional<QString>& text, const Rescan& rescan);

    ProjectStore& m_store;
};

} // namespace quarry
