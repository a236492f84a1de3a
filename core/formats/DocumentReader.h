#pragma once

#include "formats/ExtractedDocument.h"

#include <QByteArray>
#include <QString>

namespace quarry {

// Reads one kind of flowing-text file from its bytes. Implementations are stateless and
// thread-safe; they throw quarry::Error (Kind::BadInput) with a readable reason for a file they
// cannot read (corrupt, empty, not what its name says).
class DocumentReader
{
public:
    virtual ~DocumentReader() = default;

    virtual QString kind() const = 0;
    // Decides from the file name and the first bytes (up to 4 KiB) whether this reader applies.
    virtual bool canRead(const QString& fileName, const QByteArray& head) const = 0;
    virtual ExtractedDocument read(const QByteArray& data, const QString& fileName) const = 0;
};

} // namespace quarry
