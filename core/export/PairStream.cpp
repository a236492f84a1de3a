#include "export/PairStream.h"

#include "store/Database.h"

#include <QStringList>
#include <utility>

namespace quarry {

namespace {
QString pairsSql(const QList<Pair::Status>& statuses, bool details)
{
    QString sql = details ? QStringLiteral("SELECT id, status, system_prompt, context, rating FROM pairs")
                          : QStringLiteral("SELECT id FROM pairs");
    if (!statuses.isEmpty()) {
        QStringList quoted;
        for (Pair::Status s : statuses)
            quoted << QLatin1Char('\'') + toString(s) + QLatin1Char('\''); // fixed enum spellings
        sql += QStringLiteral(" WHERE status IN (%1)").arg(quoted.join(QLatin1Char(',')));
    }
    return sql + QStringLiteral(" ORDER BY id");
}
} // namespace

PairStream::PairStream(Database& db, const QList<Pair::Status>& statuses, Parts parts)
    : m_pairs(db, pairsSql(statuses, parts.details || parts.text)), m_text(parts.text),
      m_details(parts.details || parts.text)
{
    if (parts.turns) {
        m_turns.st.emplace(
            db, QStringLiteral("SELECT pair_id, role, content, weight FROM turns ORDER BY pair_id, seq"));
        m_turns.advance();
    }
    if (parts.tags) {
        m_tags.st.emplace(db,
                          QStringLiteral("SELECT pt.pair_id, t.name FROM pair_tags pt JOIN tags t ON t.id = "
                                         "pt.tag_id ORDER BY pt.pair_id, t.name"));
        m_tags.advance();
    }
    if (parts.sources) {
        m_sources.st.emplace(
            db, QStringLiteral("SELECT ps.pair_id, ps.id, ps.passage_id, "
                               "coalesce(ps.document_id, pa.document_id), "
                               "coalesce(ps.page_no, pa.page_first), ps.span_start, ps.span_end "
                               "FROM pair_sources ps LEFT JOIN passages pa ON pa.id = ps.passage_id "
                               "ORDER BY ps.pair_id, ps.id"));
        m_sources.advance();
    }
}

bool PairStream::next(ExportRecord& record)
{
    if (!m_pairs.step())
        return false;
    record.clear();
    record.id = m_pairs.int64(0);
    if (m_details)
        readDetails(record);
    readChildren(record);
    return true;
}

void PairStream::readDetails(ExportRecord& record)
{
    // Compared with the enum's one spelling table (toString) without making a QString per row.
    const QUtf8StringView status(m_pairs.utf8(1));
    for (Pair::Status s :
         {Pair::Status::Draft, Pair::Status::Review, Pair::Status::Approved, Pair::Status::Rejected})
        if (QAnyStringView::equal(status, toString(s)))
            record.status = s;
    if (m_text) {
        record.setSystemPrompt(m_pairs.utf8(2).toByteArray());
        record.setContext(m_pairs.utf8(3));
    }
    record.rating = m_pairs.isNull(4) ? std::nullopt : std::optional<int>(m_pairs.int32(4));
}

void PairStream::readChildren(ExportRecord& record)
{
    if (m_turns.st && m_turns.seek(record.id)) {
        do {
            Statement& st = *m_turns.st;
            const Turn::Role role =
                st.utf8(1) == QByteArrayView("assistant") ? Turn::Role::Assistant : Turn::Role::User;
            record.addTurn(role, st.utf8(2), st.isNull(3) ? std::nullopt : std::optional<int>(st.int32(3)));
            m_turns.advance();
        } while (m_turns.pairId == record.id);
    }
    if (m_tags.st && m_tags.seek(record.id)) {
        do {
            record.tags << m_tags.st->text(1);
            m_tags.advance();
        } while (m_tags.pairId == record.id);
    }
    if (m_sources.st && m_sources.seek(record.id)) {
        do {
            Statement& st = *m_sources.st;
            PairSource s;
            s.id = st.int64(1);
            if (!st.isNull(2))
                s.passageId = st.int64(2);
            if (!st.isNull(3))
                s.documentId = st.int64(3);
            if (!st.isNull(4))
                s.pageNo = st.int32(4);
            if (!st.isNull(5))
                s.spanStart = st.int32(5);
            if (!st.isNull(6))
                s.spanEnd = st.int32(6);
            record.sources << std::move(s);
            m_sources.advance();
        } while (m_sources.pairId == record.id);
    }
}

} // namespace quarry
