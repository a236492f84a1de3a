#include "export/PendingPiiGuard.h"

#include "store/Database.h"

namespace quarry {

QHash<qint64, int> PendingPiiGuard::pendingByPair(Database& db)
{
    QHash<qint64, int> result;
    const QString sql = QStringLiteral(
        "WITH pending AS (SELECT id, page_id, turn_id FROM detections WHERE status = 'pending'), "
        "touches(pair_id, detection_id) AS ("
        "  SELECT t.pair_id, d.id FROM pending d JOIN turns t ON t.id = d.turn_id "
        "  UNION "
        "  SELECT ps.pair_id, d.id FROM pending d JOIN pages pg ON pg.id = d.page_id "
        "    JOIN passages pa ON pa.document_id = pg.document_id "
        "      AND pg.page_no BETWEEN pa.page_first AND pa.page_last "
        "    JOIN pair_sources ps ON ps.passage_id = pa.id "
        "  UNION "
        "  SELECT ps.pair_id, d.id FROM pending d JOIN pages pg ON pg.id = d.page_id "
        "    JOIN pair_sources ps ON ps.passage_id IS NULL AND ps.document_id = pg.document_id "
        "      AND (ps.page_no IS NULL OR ps.page_no = pg.page_no)"
        ") SELECT pair_id, count(*) FROM touches GROUP BY pair_id");
    Statement st = db.prepare(sql);
    while (st.step())
        result.insert(st.int64(0), st.int32(1));
    return result;
}

} // namespace quarry
