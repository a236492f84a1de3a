// The HWP 5 reader. Input starting with the CFB signature is the whole file (libgsf's container
// parsing, streams, flags, distribution decryption); anything else is taken as the records of one
// BodyText section and fed to HwpBodyParser directly, and through the raw inflater and the
// distribution decryption, so that mutations reach the record walk instead of the container.
#include "FuzzTargets.h"
#include "formats/HwpBodyParser.h"
#include "formats/HwpCodec.h"
#include "formats/HwpDocumentBuilder.h"
#include "formats/HwpReader.h"
#include "util/Error.h"

#include <cstdint>
#include <cstdlib>

int quarry::fuzz::hwpReader(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    if (bytes.startsWith(QByteArrayLiteral("\xD0\xCF\x11\xE0"))) {
        try {
            const ExtractedDocument doc = HwpReader().read(bytes, QStringLiteral("fuzz.hwp"));
            if (doc.pages.isEmpty()) // the reader promises text or an error
                abort();
        } catch (const Error&) {
        }
        return 0;
    }
    HwpDocumentBuilder builder;
    HwpBodyParser parser(builder);
    parser.parseSection(bytes);
    for (const ExtractedPage& p : builder.finish())
        if (p.text.trimmed().isEmpty()) // pages without text are dropped
            abort();
    try {
        QByteArray out;
        HwpCodec::inflateRaw(bytes, 1 << 24, QStringLiteral("fuzz"), &out);
        HwpCodec::decryptDistribution(bytes);
    } catch (const Error&) {
    }
    return 0;
}
