#pragma once

#include "formats/DocumentReader.h"

#include <QCoreApplication>

namespace quarry {

// Hancom HWP 5.x documents (.hwp): a compound file (libgsf) whose BodyText/SectionN streams are
// raw-deflated records (HwpBodyParser). Distribution documents (배포용) are read from their
// decrypted ViewText streams; password, DRM and HWP 3.0 files get a clear reason and nothing
// half-read. Pages are estimated (HWP stores none). Title, author and dates come from
// \005HwpSummaryInformation. BinData and Scripts are never opened.
class HwpReader : public DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(quarry::HwpReader)
public:
    QString kind() const override { return QStringLiteral("hwp"); }
    // By content only: an HWP 3 signature, or a compound file that names HWP streams in its
    // directory (or whose directory lies beyond `head`, so that read() decides).
    bool canRead(const QString& fileName, const QByteArray& head) const override;
    ExtractedDocument read(const QByteArray& data, const QString& fileName) const override;

    // Hancom's plain-text preview (PrvText), or a null string; for checks, never as the text.
    static QString previewText(const QByteArray& data);
};

} // namespace quarry
