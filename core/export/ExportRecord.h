#pragma once

#include "curation/Pair.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <optional>

namespace quarry {

// A pair as an export reads, checks and writes it. The texts stay in SQLite's UTF-8 from the query
// to the JSONL line: decoding them to QString and encoding them back was a third of the work of
// exporting a million pairs. The context and the turns share one buffer (one allocation per record
// rather than one per text); the system prompt is a QByteArray of its own so that the records
// given the project-wide prompt all share it.
//
// The texts are always well-formed UTF-8: the setters check (and repair what a damaged project
// file may hold, as QString::fromUtf8 would), so that everything downstream (JSON escaping, the
// duplicate hash, lengths, the final scan) can take well-formedness for granted.
class ExportRecord
{
public:
    struct TurnInfo
    {
        Turn::Role role = Turn::Role::User;
        std::optional<int> weight;
        qsizetype offset = 0; // of the content in the shared buffer
        qsizetype size = 0;
    };

    qint64 id = 0;
    Pair::Status status = Pair::Status::Draft;
    std::optional<int> rating;
    QStringList tags;
    QList<PairSource> sources;

    // Empties the record for reuse; the buffer keeps its capacity.
    void clear();
    // Call before addTurn(): the context leads the buffer.
    void setContext(QByteArrayView utf8);
    // Empty: none.
    void setSystemPrompt(const QByteArray& utf8);
    void addTurn(Turn::Role role, QByteArrayView utf8, std::optional<int> weight);

    const QByteArray& systemPrompt() const { return m_systemPrompt; }
    QByteArrayView context() const { return QByteArrayView(m_text.constData(), m_contextSize); }
    qsizetype turnCount() const { return m_turns.size(); }
    const TurnInfo& turn(qsizetype i) const { return m_turns[i]; }
    QByteArrayView content(qsizetype i) const
    {
        return QByteArrayView(m_text.constData() + m_turns[i].offset, m_turns[i].size);
    }

    // For callers that hold a Pair (import, previews of unsaved pairs, tests).
    static ExportRecord fromPair(const Pair& pair);

private:
    void appendText(QByteArrayView utf8);

    QByteArray m_systemPrompt;
    QByteArray m_text;
    qsizetype m_contextSize = 0;
    QList<TurnInfo> m_turns;
};

} // namespace quarry
