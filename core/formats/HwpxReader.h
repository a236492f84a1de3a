#pragma once

#include "formats/DocumentReader.h"

#include <QCoreApplication>

namespace quarry {

// Hancom HWPX documents (OWPML: a ZIP of XML parts), read with the ZIP limits of ZipArchive and
// QXmlStreamReader: `mimetype` checked, sections in the order of Contents/content.hpf's spine
// (sectionN.xml order without one), hp:t text with its inline children, tables, text boxes,
// headers/footers and notes through the same HwpDocumentBuilder as HWP 5, tracked deletions
// left out, pageBreak="1" and the layout cache for estimated pages. DTDs are refused (no entity
// expansion), nesting and part sizes are limited; an encrypted package gets a clear reason.
class HwpxReader : public DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(quarry::HwpxReader)
public:
    QString kind() const override { return QStringLiteral("hwpx"); }
    // By content only: a ZIP whose first entries are HWPX's mimetype or its Contents/ parts.
    bool canRead(const QString& fileName, const QByteArray& head) const override;
    ExtractedDocument read(const QByteArray& data, const QString& fileName) const override;

    // Hancom's plain-text preview (Preview/PrvText.txt), or a null string; for checks only.
    static QString previewText(const QByteArray& data);
};

} // namespace quarry
