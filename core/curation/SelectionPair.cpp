#include "curation/SelectionPair.h"

#include "store/Database.h"
#include "store/Statement.h"

namespace quarry {

Pair SelectionPair::build(Database& db, qint64 documentId, int pageNo, const QString& text)
{
    Pair pair;
    pair.turns = {{Turn::Role::User, QString(), std::nullopt},
                  {Turn::Role::Assistant, QString(), std::nullopt}};
    if (!documentId)
        return pair;
    pair.context = text;
    PairSource source;
    source.documentId = documentId;
    source.pageNo = pageNo;
    int offset = 0;
    if (const qint64 passage = passageContaining(db, documentId, text, &offset)) {
        source.passageId = passage;
        source.spanStart = offset;
        source.spanEnd = offset + int(text.size());
    }
    source.quote = text;
    pair.sources.append(source);
    return pair;
}

qint64 SelectionPair::passageContaining(Database& db, qint64 documentId, const QString& text, int* offset)
{
    Statement st = db.prepare(QStringLiteral(
        "SELECT id, text FROM passages WHERE document_id = ?2 AND instr(text, ?1) > 0 ORDER BY seq LIMIT 1"));
    st.bindAll(text, documentId);
    if (!st.step())
        return 0;
    // instr() counts code points; stored offsets are UTF-16 units.
    if (offset)
        *offset = int(st.text(1).indexOf(text));
    return st.int64(0);
}

} // namespace quarry
