// The HWPX reader. Input starting with "PK" is the whole file (ZIP damage, limits, package and
// manifest); anything else is taken as Contents/section0.xml and zipped with a mimetype first, so
// that the fuzzer reaches the section XML (mixed content, frames, deletions, depth, DTDs).
#include "FuzzTargets.h"
#include "formats/HwpxReader.h"
#include "util/Error.h"

#include <archive.h>
#include <archive_entry.h>
#include <cstdint>
#include <cstdlib>

namespace {

la_ssize_t append(archive*, void* client, const void* buffer, size_t length)
{
    static_cast<QByteArray*>(client)->append(static_cast<const char*>(buffer), qsizetype(length));
    return la_ssize_t(length);
}

void addEntry(archive* a, const char* name, const QByteArray& bytes)
{
    archive_entry* entry = archive_entry_new();
    archive_entry_set_pathname(entry, name);
    archive_entry_set_size(entry, bytes.size());
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_write_header(a, entry);
    archive_write_data(a, bytes.constData(), size_t(bytes.size()));
    archive_entry_free(entry);
}

QByteArray zipSection(const QByteArray& xml)
{
    QByteArray out;
    archive* a = archive_write_new();
    archive_write_set_format_zip(a);
    archive_write_set_options(a, "zip:compression=store");
    archive_write_open(a, &out, nullptr, append, nullptr);
    addEntry(a, "mimetype", QByteArrayLiteral("application/hwp+zip"));
    addEntry(a, "Contents/section0.xml", xml);
    archive_write_close(a);
    archive_write_free(a);
    return out;
}

} // namespace

int quarry::fuzz::hwpxReader(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QByteArray hwpx = bytes.startsWith("PK") ? bytes : zipSection(bytes);
    try {
        const ExtractedDocument doc = HwpxReader().read(hwpx, QStringLiteral("fuzz.hwpx"));
        if (doc.pages.isEmpty()) // the reader promises text or an error
            abort();
    } catch (const Error&) {
    }
    return 0;
}
