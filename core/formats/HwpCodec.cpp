#include "formats/HwpCodec.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <QtEndian>
#include <array>
#include <cstring>
#include <memory>
#include <openssl/evp.h>
#include <zlib.h>

namespace quarry {

namespace {

struct CipherDeleter
{
    void operator()(EVP_CIPHER_CTX* c) const { EVP_CIPHER_CTX_free(c); }
};

} // namespace

HwpCodec::Inflated HwpCodec::inflateRaw(const QByteArray& in, qint64 maxBytes, const QString& label,
                                        QByteArray* out)
{
    out->clear();
    z_stream z{};
    if (inflateInit2(&z, -15) != Z_OK)
        throw Error(tr("%1: cannot start decompression").arg(label), Error::Kind::Generic);
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.constData()));
    z.avail_in = uInt(in.size());
    std::array<char, 64 * 1024> buffer;
    int rc = Z_OK;
    while (rc == Z_OK) {
        z.next_out = reinterpret_cast<Bytef*>(buffer.data());
        z.avail_out = uInt(buffer.size());
        rc = inflate(&z, Z_NO_FLUSH);
        const qsizetype produced = qsizetype(buffer.size() - z.avail_out);
        if (out->size() + produced > maxBytes) {
            inflateEnd(&z);
            out->clear();
            throw Error(
                tr("%1 inflates to more than %2 MB; refusing to read it (possible decompression bomb)")
                    .arg(label)
                    .arg(maxBytes / (1024 * 1024)),
                Error::Kind::BadInput);
        }
        out->append(buffer.data(), produced);
        if (rc == Z_BUF_ERROR && z.avail_in == 0)
            break; // input ended before the stream did
    }
    inflateEnd(&z);
    if (rc == Z_STREAM_END)
        return Inflated::Complete;
    return out->isEmpty() ? Inflated::NotDeflate : Inflated::Truncated;
}

QByteArray HwpCodec::decryptDistribution(const QByteArray& stream)
{
    // Record header: tag 0x1C (HWPTAG_DISTRIBUTE_DOC_DATA), size 256.
    if (stream.size() < 4 + 256)
        return {};
    const quint32 header = qFromLittleEndian<quint32>(stream.constData());
    if ((header & 0x3FF) != 0x1C || (header >> 20) != 256)
        return {};
    std::array<uchar, 256> data;
    std::memcpy(data.data(), stream.constData() + 4, data.size());
    // The first DWORD seeds MSVC's rand(); its output, each value repeated a few times, is XORed over
    // the rest of the record (as Hancom's spec and the public readers describe).
    quint32 seed = quint32(data[0]) | quint32(data[1]) << 8 | quint32(data[2]) << 16 | quint32(data[3]) << 24;
    auto rand = [&seed] {
        seed = seed * 214013u + 2531011u;
        return (seed >> 16) & 0x7FFF;
    };
    uchar key = 0;
    int repeat = 0;
    for (size_t i = 0; i < data.size(); ++i) {
        if (repeat == 0) {
            key = uchar(rand() & 0xFF);
            repeat = int(rand() & 0xF) + 1;
        }
        if (i >= 4)
            data[i] ^= key;
        --repeat;
    }
    const size_t keyOffset = 4 + (data[0] & 0xF);
    const uchar* aesKey = data.data() + keyOffset;

    const qsizetype bodySize = (stream.size() - 260) / 16 * 16;
    QByteArray plain(bodySize, Qt::Uninitialized);
    if (bodySize == 0)
        return plain;
    std::unique_ptr<EVP_CIPHER_CTX, CipherDeleter> ctx(EVP_CIPHER_CTX_new());
    int written = 0;
    int final = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_128_ecb(), nullptr, aesKey, nullptr) != 1 ||
        EVP_CIPHER_CTX_set_padding(ctx.get(), 0) != 1 ||
        EVP_DecryptUpdate(ctx.get(), reinterpret_cast<uchar*>(plain.data()), &written,
                          reinterpret_cast<const uchar*>(stream.constData() + 260), int(bodySize)) != 1 ||
        EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<uchar*>(plain.data()) + written, &final) != 1)
        return {};
    plain.truncate(written + final);
    return plain;
}

} // namespace quarry
