#pragma once

#include "text/OffsetMap.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace quarry {

struct CleanPage
{
    QString text;   // body text: NFC, hyphenation joined, layout whitespace collapsed
    QString header; // running header lines removed from the body ('\n'-joined), kept for reference
    QString footer; // running footer lines and page numbers
    OffsetMap map;  // text -> raw page text
};

// Turns the raw pages of one document into clean body text. Works on the whole document at once
// because running headers and footers are recognised by repeating across pages.
class TextCleaner
{
public:
    QList<CleanPage> clean(const QStringList& rawPages) const;
};

} // namespace quarry
