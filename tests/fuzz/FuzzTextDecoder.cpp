// Encoding detection and decoding of arbitrary bytes: must never crash, hang or read out of
// bounds, and must always produce some text for non-empty input.
#include "FuzzTargets.h"
#include "text/TextDecoder.h"
#include "util/Error.h"

#include <cstdint>
#include <cstdlib>

int quarry::fuzz::textDecoder(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const quarry::DecodedText decoded = quarry::TextDecoder::decode(bytes);
    if (size > 0 && decoded.text.isEmpty() && !decoded.hadBom)
        abort();
    if (decoded.invalidSequences > 0 && decoded.warnings.isEmpty())
        abort();
    quarry::TextDecoder::looksLikeText(bytes.left(4096));
    // The named decoders too, chosen by the first byte.
    static const char* const names[] = {"UTF-8",    "UTF-16",   "UTF-16BE", "UTF-32",      "CP949",
                                        "EUC-KR",   "ISO-8859-1", "WINDOWS-1252", "SHIFT_JIS", "ISO-2022-KR"};
    if (size > 1) {
        const char* name = names[data[0] % (sizeof names / sizeof names[0])];
        try {
            quarry::TextDecoder::decodeAs(bytes.mid(1), QString::fromLatin1(name));
        } catch (const quarry::Error&) {
        }
    }
    return 0;
}
