#pragma once

#include "curation/Pair.h"

#include <QString>

namespace quarry {

class Database;

// A new pair started from text selected in a document's redacted text ("New Pair from Selection",
// `quarry-cli pairs add --quote`): the selection is its context and its source, linked to the
// passage that contains it (with the span) when there is one; the turns are left for the writer.
class SelectionPair
{
public:
    // documentId 0: an empty pair (a user and an assistant turn, no source).
    static Pair build(Database& db, qint64 documentId, int pageNo, const QString& text);
    // The passage of a document that contains `text` exactly (its first one), 0 if none;
    // `offset` gets where, in UTF-16 units.
    static qint64 passageContaining(Database& db, qint64 documentId, const QString& text,
                                    int* offset = nullptr);
};

} // namespace quarry
