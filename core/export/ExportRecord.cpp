#include "export/ExportRecord.h"

#include "text/Utf8.h"

namespace quarry {

void ExportRecord::clear()
{
    id = 0;
    status = Pair::Status::Draft;
    rating.reset();
    m_systemPrompt.clear();
    tags.clear();
    sources.clear();
    m_text.resize(0);
    m_contextSize = 0;
    m_turns.resize(0);
}

void ExportRecord::appendText(QByteArrayView utf8)
{
    // Most records fit; one allocation instead of a few as the turns arrive.
    if (m_text.capacity() == 0)
        m_text.reserve(1024);
    if (utf8::isValid(utf8))
        m_text.append(utf8);
    else
        m_text.append(utf8::toValid(utf8));
}

void ExportRecord::setSystemPrompt(const QByteArray& utf8)
{
    m_systemPrompt = utf8::isValid(utf8) ? utf8 : utf8::toValid(utf8);
}

void ExportRecord::setContext(QByteArrayView utf8)
{
    Q_ASSERT(m_turns.isEmpty());
    m_text.resize(0);
    appendText(utf8);
    m_contextSize = m_text.size();
}

void ExportRecord::addTurn(Turn::Role role, QByteArrayView utf8, std::optional<int> weight)
{
    const qsizetype offset = m_text.size();
    appendText(utf8);
    m_turns.append(TurnInfo{role, weight, offset, m_text.size() - offset});
}

ExportRecord ExportRecord::fromPair(const Pair& pair)
{
    ExportRecord r;
    r.id = pair.id;
    r.status = pair.status;
    r.rating = pair.rating;
    r.setSystemPrompt(pair.systemPrompt.toUtf8());
    r.tags = pair.tags;
    r.sources = pair.sources;
    r.setContext(pair.context.toUtf8());
    for (const Turn& t : pair.turns)
        r.addTurn(t.role, t.content.toUtf8(), t.weight);
    return r;
}

} // namespace quarry
