// The DOCX reader. Input starting with "PK" is the whole file (ZIP damage, limits); anything else
// is taken as word/document.xml and zipped first, so that the fuzzer reaches the XML parsing
// instead of spending its time on deflate streams.
#include "FuzzTargets.h"
#include "formats/DocxReader.h"
#include "util/Error.h"

#include <archive.h>
#include <archive_entry.h>

#include <cstdint>

namespace {

la_ssize_t append(archive*, void* client, const void* buffer, size_t length)
{
    static_cast<QByteArray*>(client)->append(static_cast<const char*>(buffer), qsizetype(length));
    return la_ssize_t(length);
}

QByteArray zipDocument(const QByteArray& xml)
{
    QByteArray out;
    archive* a = archive_write_new();
    archive_write_set_format_zip(a);
    archive_write_set_options(a, "zip:compression=store");
    archive_write_open(a, &out, nullptr, append, nullptr);
    archive_entry* entry = archive_entry_new();
    archive_entry_set_pathname(entry, "word/document.xml");
    archive_entry_set_size(entry, xml.size());
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_write_header(a, entry);
    archive_write_data(a, xml.constData(), size_t(xml.size()));
    archive_entry_free(entry);
    archive_write_close(a);
    archive_write_free(a);
    return out;
}

} // namespace

int quarry::fuzz::docxReader(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QByteArray docx = bytes.startsWith("PK") ? bytes : zipDocument(bytes);
    try {
        quarry::DocxReader().read(docx, QStringLiteral("fuzz.docx"));
    } catch (const quarry::Error&) {
    }
    return 0;
}
