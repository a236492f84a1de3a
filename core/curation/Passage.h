#pragma once

#include <QString>

namespace quarry {

// A piece of one document's (redacted) text that pairs are written from. start/end are UTF-16
// offsets into the document text: the pages' text joined with "\n\n" (see Chunker::documentText).
struct Passage
{
    qint64 id = 0;
    qint64 documentId = 0;
    int seq = 0;
    int pageFirst = 1;
    int pageLast = 1;
    int start = 0;
    int end = 0;
    QString heading; // the heading of the section the passage belongs to, if any
    QString text;
    QString textHash;
    bool stale = false;

    bool operator==(const Passage&) const = default;
};

} // namespace quarry
