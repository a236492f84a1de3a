#include "ZipWriter.h"

#include <archive.h>
#include <archive_entry.h>

namespace quarry::test {

namespace {

la_ssize_t appendToByteArray(archive*, void* client, const void* buffer, size_t length)
{
    static_cast<QByteArray*>(client)->append(static_cast<const char*>(buffer), qsizetype(length));
    return la_ssize_t(length);
}

} // namespace

ZipWriter::ZipWriter() : m_archive(archive_write_new())
{
    archive_write_set_format_zip(m_archive);
    archive_write_set_bytes_in_last_block(m_archive, 1);
    archive_write_open(m_archive, &m_out, nullptr, appendToByteArray, nullptr);
}

ZipWriter::~ZipWriter()
{
    if (m_archive)
        archive_write_free(m_archive);
}

void ZipWriter::add(const QString& name, const QByteArray& data)
{
    archive_entry* entry = archive_entry_new();
    archive_entry_set_pathname(entry, name.toUtf8().constData());
    archive_entry_set_size(entry, data.size());
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_write_header(m_archive, entry);
    archive_write_data(m_archive, data.constData(), size_t(data.size()));
    archive_entry_free(entry);
}

void ZipWriter::addRepeated(const QString& name, char fill, qint64 size)
{
    archive_entry* entry = archive_entry_new();
    archive_entry_set_pathname(entry, name.toUtf8().constData());
    archive_entry_set_size(entry, size);
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_write_header(m_archive, entry);
    const QByteArray chunk(1 << 20, fill);
    for (qint64 written = 0; written < size; written += chunk.size())
        archive_write_data(m_archive, chunk.constData(), size_t(std::min<qint64>(chunk.size(), size - written)));
    archive_entry_free(entry);
}

QByteArray ZipWriter::finish()
{
    archive_write_close(m_archive);
    archive_write_free(m_archive);
    m_archive = nullptr;
    return m_out;
}

QByteArray docxFromBody(const QString& bodyXml, const QByteArray& stylesXml, const QByteArray& coreXml)
{
    ZipWriter zip;
    zip.add(QStringLiteral("[Content_Types].xml"),
            QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
                              "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                              "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                              "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                              "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"));
    zip.add(QStringLiteral("word/document.xml"),
            QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                              "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                              "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:body>")
                + bodyXml.toUtf8() + QByteArrayLiteral("</w:body></w:document>"));
    if (!stylesXml.isEmpty())
        zip.add(QStringLiteral("word/styles.xml"), stylesXml);
    if (!coreXml.isEmpty())
        zip.add(QStringLiteral("docProps/core.xml"), coreXml);
    return zip.finish();
}

} // namespace quarry::test
