#include "store/PageCorrections.h"

#include "store/ProjectStore.h"
#include "store/Transaction.h"
#include "util/Clock.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace quarry {

std::optional<QString> PageCorrections::correction(qint64 pageId)
{
    Statement st = m_store.db().prepare(QStringLiteral("SELECT corrected_text FROM pages WHERE id = ?"));
    st.bind(1, pageId);
    if (!st.step())
        throw Error(QCoreApplication::translate("quarry::PageCorrections", "no page %1").arg(pageId),
                    Error::Kind::NotFound);
    return st.optText(0);
}

qint64 PageCorrections::pageId(qint64 documentId, int pageNo)
{
    Statement st =
        m_store.db().prepare(QStringLiteral("SELECT id FROM pages WHERE document_id = ? AND page_no = ?"));
    st.bindAll(documentId, pageNo);
    return st.step() ? st.int64(0) : 0;
}

void PageCorrections::setCorrection(qint64 pageId, const QString& text, const Rescan& rescan)
{
    write(pageId, text, rescan);
}

void PageCorrections::clearCorrection(qint64 pageId, const Rescan& rescan)
{
    write(pageId, std::nullopt, rescan);
}

void PageCorrections::write(qint64 pageId, const std::optional<QString>& text, const Rescan& rescan)
{
    const std::optional<QString> before = correction(pageId);
    if (before == text)
        return;
    Database& db = m_store.db();
    Transaction tx(db);
    Statement st = db.prepare(QStringLiteral(
        "UPDATE pages SET corrected_text = ?, corrected_by = ?, corrected_at = ? WHERE id = ?"));
    if (text)
        st.bind(1, *text);
    else
        st.bindNull(1);
    st.bind(2, text ? m_store.actor() : QString());
    st.bind(3, text ? nowUtcIso() : QString());
    st.bind(4, pageId);
    st.run();
    if (rescan)
        rescan(pageId);
    // Offsets are UTF-16 units: utf16_length (Database), not length(), which counts code points.
    Statement stale =
        db.prepare(QStringLiteral("DELETE FROM detections WHERE page_id = ?1 AND end > (SELECT "
                                  "utf16_length(coalesce(corrected_text, text)) FROM pages WHERE id = ?1)"));
    stale.bind(1, pageId).run();
    auto json = [](const std::optional<QString>& t) {
        return QJsonObject{{QStringLiteral("corrected_text"), t ? QJsonValue(*t) : QJsonValue()}};
    };
    m_store.audit().record(m_store.actor(), QStringLiteral("page"), pageId,
                           text ? QStringLiteral("correct") : QStringLiteral("clear-correction"),
                           json(before), json(text));
    tx.commit();
}

} // namespace quarry
