#include "formats/ZipArchive.h"

#include "util/Error.h"

#include <QCoreApplication>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace quarry {

namespace {

struct ArchiveDeleter
{
    void operator()(archive* a) const { archive_read_free(a); }
};

QString archiveError(archive* a)
{
    const char* message = archive_error_string(a);
    return message ? QString::fromLocal8Bit(message) : ZipArchive::tr("unknown error");
}

} // namespace

bool ZipArchive::looksLikeZip(const QByteArray& head)
{
    return head.startsWith(QByteArrayLiteral("PK\x03\x04")) || head.startsWith(QByteArrayLiteral("PK\x05\x06"));
}

QHash<QString, QByteArray> ZipArchive::extract(const QByteArray& data, const QStringList& wanted,
                                               const QString& label, const Limits& limits)
{
    std::unique_ptr<archive, ArchiveDeleter> a(archive_read_new());
    if (!a)
        throw Error(tr("%1: out of memory opening the archive").arg(label), Error::Kind::Generic);
    archive_read_support_format_zip(a.get());
    if (archive_read_open_memory(a.get(), data.constData(), size_t(data.size())) != ARCHIVE_OK)
        throw Error(tr("%1: not a valid ZIP archive (%2)").arg(label, archiveError(a.get())), Error::Kind::BadInput);

    QHash<QString, QByteArray> result;
    qint64 total = 0;
    int entries = 0;
    char buffer[64 * 1024];
    for (;;) {
        archive_entry* entry = nullptr;
        const int r = archive_read_next_header(a.get(), &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r < ARCHIVE_WARN)
            throw Error(tr("%1: the ZIP archive is damaged (%2)").arg(label, archiveError(a.get())),
                        Error::Kind::BadInput);
        if (++entries > limits.maxEntries)
            throw Error(tr("%1: the archive has more than %2 entries; refusing to read it")
                            .arg(label)
                            .arg(limits.maxEntries),
                        Error::Kind::BadInput);
        const char* rawName = archive_entry_pathname(entry);
        const QString name = rawName ? QString::fromUtf8(rawName) : QString();
        if (!wanted.contains(name) || result.contains(name))
            continue; // archive_read_next_header skips the data without inflating it
        if (archive_entry_is_encrypted(entry))
            throw Error(tr("%1: the archive is encrypted (password-protected)").arg(label), Error::Kind::BadInput);
        QByteArray bytes;
        for (;;) {
            const la_ssize_t n = archive_read_data(a.get(), buffer, sizeof buffer);
            if (n == 0)
                break;
            if (n < 0)
                throw Error(tr("%1: cannot read %2 from the archive (%3)").arg(label, name, archiveError(a.get())),
                            Error::Kind::BadInput);
            total += n;
            if (bytes.size() + n > limits.maxEntryBytes || total > limits.maxTotalBytes)
                throw Error(tr("%1: %2 inflates to more than %3 MB; refusing to read it (possible zip bomb)")
                                .arg(label, name)
                                .arg(std::min(limits.maxEntryBytes, limits.maxTotalBytes) / (1024 * 1024)),
                            Error::Kind::BadInput);
            bytes.append(buffer, n);
        }
        result.insert(name, bytes);
    }
    return result;
}

} // namespace quarry
