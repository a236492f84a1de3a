#include "formats/FormatRegistry.h"

#include "formats/DocxReader.h"
#include "formats/HtmlReader.h"
#include "formats/HwpReader.h"
#include "formats/HwpxReader.h"
#include "formats/MarkdownReader.h"
#include "formats/PlainTextReader.h"

namespace quarry {

FormatRegistry::FormatRegistry()
{
    // Most specific first: plain text accepts anything that decodes as text, so it comes last.
    // HWP and HWPX decide by content alone and come before DOCX, which also trusts the name.
    m_readers.push_back(std::make_unique<HwpReader>());
    m_readers.push_back(std::make_unique<HwpxReader>());
    m_readers.push_back(std::make_unique<DocxReader>());
    m_readers.push_back(std::make_unique<HtmlReader>());
    m_readers.push_back(std::make_unique<MarkdownReader>());
    m_readers.push_back(std::make_unique<PlainTextReader>());
}

FormatRegistry::~FormatRegistry() = default;

const DocumentReader* FormatRegistry::readerFor(const QString& fileName, const QByteArray& head) const
{
    for (const auto& reader : m_readers)
        if (reader->canRead(fileName, head))
            return reader.get();
    return nullptr;
}

} // namespace quarry
