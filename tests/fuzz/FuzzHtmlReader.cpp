// The HTML tokenizer, charset sniffing and entity decoding on arbitrary bytes.
#include "FuzzTargets.h"
#include "formats/HtmlReader.h"
#include "util/Error.h"

#include <cstdint>

int quarry::fuzz::htmlReader(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    quarry::HtmlReader reader;
    reader.canRead(QStringLiteral("fuzz"), bytes.left(4096));
    try {
        reader.read(bytes, QStringLiteral("fuzz.html"));
    } catch (const quarry::Error&) {
    }
    return 0;
}
