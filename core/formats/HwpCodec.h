#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace quarry {

// The byte-level transforms of HWP 5 streams: raw deflate (zlib window bits -15, not
// zlib-wrapped) with an output cap, and the encryption of distribution documents (배포용).
class HwpCodec
{
    Q_DECLARE_TR_FUNCTIONS(quarry::HwpCodec)
public:
    enum class Inflated
    {
        Complete,   // the deflate stream ended properly
        Truncated,  // output stops early (damaged or cut stream); what came out is kept
        NotDeflate, // not a deflate stream at all: the caller tries the bytes as stored
    };

    // Inflates `in` into `out`. Throws quarry::Error (BadInput) naming `label` when the output
    // would exceed maxBytes (a decompression bomb).
    static Inflated inflateRaw(const QByteArray& in, qint64 maxBytes, const QString& label, QByteArray* out);

    // A ViewText/SectionN stream of a distribution document: the 4-byte record header and the
    // 256-byte DISTRIBUTE_DOC_DATA record give the AES-128 key, the rest is AES-128-ECB. Returns the
    // decrypted bytes (still compressed if the document is), or a null array when the stream does
    // not have that layout.
    static QByteArray decryptDistribution(const QByteArray& stream);
};

} // namespace quarry
