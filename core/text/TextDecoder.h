#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace quarry {

// The result of decoding a text file: the text, the encoding it was read as and what went wrong.
struct DecodedText
{
    QString text;
    QString encoding;         // "UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE", "CP949",
                              // "WINDOWS-1252", "ISO-8859-1", or another iconv name
    bool hadBom = false;      // the byte-order mark is not part of `text`
    int invalidSequences = 0; // byte sequences replaced with U+FFFD
    QStringList warnings;     // user-readable, one line each
};

// Turns the bytes of a text file into a QString, detecting the encoding: byte-order mark, strict
// UTF-8, UTF-16 without a BOM (NUL-byte pattern), then uchardet, with a CP949 validity check
// because uchardet often misreads short Korean texts. Invalid sequences become U+FFFD and a
// warning; no input makes it fail. Stateless and thread-safe.
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(quarry::TextDecoder)
public:
    // Detects the encoding of `bytes` and decodes them.
    static DecodedText decode(const QByteArray& bytes);
    // Decodes `bytes` as `encoding` (any name iconv knows, plus the names above). A BOM matching
    // the encoding is skipped. Throws quarry::Error (BadInput) for an encoding nobody knows.
    static DecodedText decodeAs(const QByteArray& bytes, const QString& encoding);
    // The encoding decode() would use, without decoding everything.
    static QString detectEncoding(const QByteArray& bytes);
    // Whether the first bytes of a file look like text in some encoding (not binary): no NUL bytes
    // outside a UTF-16/32 pattern and few control characters. `head` may end mid-character.
    static bool looksLikeText(const QByteArray& head);
};

} // namespace quarry
