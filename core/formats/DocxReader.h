#pragma once

#include "formats/DocumentReader.h"

#include <QCoreApplication>

namespace quarry {

// Word documents (.docx): the ZIP is read from memory with libarchive under size limits, then
// word/document.xml with QXmlStreamReader: paragraphs, headings (Title/Heading n styles or an
// outline level) as their own paragraphs, tables as tab-separated rows, line breaks, page breaks
// as new pages; title, author and dates from docProps/core.xml.
class DocxReader : public DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(quarry::DocxReader)
public:
    QString kind() const override { return QStringLiteral("docx"); }
    bool canRead(const QString& fileName, const QByteArray& head) const override;
    ExtractedDocument read(const QByteArray& data, const QString& fileName) const override;
};

} // namespace quarry
