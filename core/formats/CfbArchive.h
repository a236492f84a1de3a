#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

struct _GsfInput;
struct _GsfInfile;

namespace quarry {

// Streams of a Compound File Binary (OLE2) container held in memory, read with libgsf: the
// mini stream, DIFAT chains and loops in the FAT, mini FAT or directory are its business (a
// hand-written reader is where such files hang or overflow). Streams are read whole, under a
// size cap, because HWP sections are inflated and parsed in memory anyway.
class CfbArchive
{
    Q_DECLARE_TR_FUNCTIONS(quarry::CfbArchive)
public:
    // Throws quarry::Error (BadInput) when the bytes are not a readable compound file.
    CfbArchive(const QByteArray& data, const QString& label);
    ~CfbArchive();
    CfbArchive(const CfbArchive&) = delete;
    CfbArchive& operator=(const CfbArchive&) = delete;

    // Whether a stream or storage exists; `path` is '/'-separated ("BodyText/Section0").
    bool contains(const QString& path) const;
    // Names of the direct children of a storage ("" = the root), in directory order.
    QStringList children(const QString& storage) const;
    // The whole stream, or a null QByteArray when there is no such stream. Throws quarry::Error
    // (BadInput) when it is larger than maxBytes or cannot be read.
    QByteArray read(const QString& path, qint64 maxBytes) const;

    // Whether the bytes start with the CFB signature.
    static bool looksLikeCfb(const QByteArray& head);

private:
    _GsfInput* open(const QString& path) const; // a new reference, or null

    QByteArray m_data; // libgsf reads from this buffer without copying it
    QString m_label;
    _GsfInput* m_input = nullptr;
    _GsfInfile* m_root = nullptr;
};

} // namespace quarry
