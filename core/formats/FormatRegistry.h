#pragma once

#include "formats/DocumentReader.h"

#include <memory>
#include <vector>

namespace quarry {

// The one place where the flowing-text readers (plain text, Markdown, DOCX, HTML, HWP, HWPX) are
// registered.
// PDF and images are handled by the ingest pipeline, which renders and OCRs pages.
class FormatRegistry
{
public:
    FormatRegistry();
    ~FormatRegistry();

    // The first reader whose canRead() accepts the file, or null.
    const DocumentReader* readerFor(const QString& fileName, const QByteArray& head) const;
    const std::vector<std::unique_ptr<DocumentReader>>& readers() const { return m_readers; }

private:
    std::vector<std::unique_ptr<DocumentReader>> m_readers;
};

} // namespace quarry
