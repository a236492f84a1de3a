#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace quarry {

// Reads selected entries of a ZIP archive held in memory, through libarchive (robust against
// damaged archives, no temporary files). Limits guard against zip bombs: sizes in the archive's
// headers are not trusted, the bytes actually inflated are counted.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(quarry::ZipArchive)
public:
    struct Limits
    {
        qint64 maxTotalBytes = 200LL * 1024 * 1024; // inflated bytes of all extracted entries
        qint64 maxEntryBytes = 100LL * 1024 * 1024; // inflated bytes of one entry
        int maxEntries = 20000;                      // entries listed, extracted or not
    };

    // Entries whose names are in `wanted` (exact, case-sensitive paths such as
    // "word/document.xml"), keyed by name. `label` names the file in error messages. Throws
    // quarry::Error (BadInput) for a damaged or encrypted archive or one over the limits.
    static QHash<QString, QByteArray> extract(const QByteArray& data, const QStringList& wanted,
                                              const QString& label, const Limits& limits);
    static QHash<QString, QByteArray> extract(const QByteArray& data, const QStringList& wanted,
                                              const QString& label)
    {
        return extract(data, wanted, label, Limits());
    }
    // Whether the bytes start like a ZIP archive (local file header or empty-archive record).
    static bool looksLikeZip(const QByteArray& head);
};

} // namespace quarry
