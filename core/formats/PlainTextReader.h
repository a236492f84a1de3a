#pragma once

#include "formats/DocumentReader.h"
#include "text/TextDecoder.h"

#include <QCoreApplication>

namespace quarry {

// Plain text (.txt, .csv, .log, ... and any file whose first bytes decode as text): encoding
// detected by TextDecoder, line endings made '\n', one page per form feed.
class PlainTextReader : public DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(quarry::PlainTextReader)
public:
    QString kind() const override { return QStringLiteral("text"); }
    bool canRead(const QString& fileName, const QByteArray& head) const override;
    ExtractedDocument read(const QByteArray& data, const QString& fileName) const override;

    // Shared with the Markdown reader. Decodes a text file, refusing an empty or binary one with
    // quarry::Error (BadInput) naming `fileName`.
    static DecodedText decodeFile(const QByteArray& data, const QString& fileName);
    // Line endings ("\r\n", '\r') made '\n'; one page per form feed (a trailing one adds none).
    static QList<ExtractedPage> splitPages(const QString& text);
};

} // namespace quarry
