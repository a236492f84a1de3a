#pragma once

#include <QByteArray>
#include <QString>

struct archive;

namespace quarry::test {

// Builds a ZIP archive in memory with libarchive, to make real DOCX fixtures from XML strings in
// the tests without external tools.
class ZipWriter
{
public:
    ZipWriter();
    ~ZipWriter();
    ZipWriter(const ZipWriter&) = delete;
    ZipWriter& operator=(const ZipWriter&) = delete;

    void add(const QString& name, const QByteArray& data);
    // An entry of `size` copies of `fill`, written in chunks (a zip bomb in a few kilobytes).
    void addRepeated(const QString& name, char fill, qint64 size);
    QByteArray finish();

private:
    ::archive* m_archive = nullptr;
    QByteArray m_out;
};

// The parts of a minimal Word document around a body (the XML inside <w:body>).
QByteArray docxFromBody(const QString& bodyXml, const QByteArray& stylesXml = {}, const QByteArray& coreXml = {});

} // namespace quarry::test
