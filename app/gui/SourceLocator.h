#pragma once

#include "curation/Pair.h"

#include <optional>

namespace quarry {
class ProjectStore;
}

namespace quarry::gui {

// Finds where a pair's source lies in the redacted text of its document's pages, for "Show
// Source": passages are cut from the redacted document text, so the quoted span is searched for
// page by page.
class SourceLocator
{
public:
    struct Location
    {
        qint64 documentId = 0;
        int pageNo = 1;
        int start = 0;
        int end = 0;
    };

    explicit SourceLocator(ProjectStore& store) : m_store(store) {}
    std::optional<Location> locate(const PairSource& source);

private:
    ProjectStore& m_store;
};

} // namespace quarry::gui
