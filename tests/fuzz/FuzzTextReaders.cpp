// Plain text and Markdown readers, and the registry's choice, on arbitrary bytes.
#include "FuzzTargets.h"
#include "formats/FormatRegistry.h"
#include "formats/MarkdownReader.h"
#include "formats/PlainTextReader.h"
#include "util/Error.h"

#include <cstdint>

int quarry::fuzz::textReaders(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    static const quarry::FormatRegistry registry;
    registry.readerFor(QStringLiteral("fuzz"), bytes.left(4096));
    try {
        quarry::MarkdownReader().read(bytes, QStringLiteral("fuzz.md"));
    } catch (const quarry::Error&) {
    }
    try {
        quarry::PlainTextReader().read(bytes, QStringLiteral("fuzz.txt"));
    } catch (const quarry::Error&) {
    }
    return 0;
}
