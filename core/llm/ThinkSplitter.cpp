#include "ThinkSplitter.h"

namespace quarry {

namespace {

const QLatin1String openTag("<think>");
const QLatin1String closeTag("</think>");

// How many characters at the end of `s` could start `tag`.
qsizetype partialTagAtEnd(const QString& s, QLatin1String tag)
{
    for (qsizetype k = qMin<qsizetype>(tag.size() - 1, s.size()); k > 0; --k)
        if (QStringView(s).right(k) == tag.left(k))
            return k;
    return 0;
}

} // namespace

ThinkSplitter::Parts ThinkSplitter::split(const QString& content)
{
    Parts parts;
    QString rest = content;
    // A closing tag before any opening one: everything up to it was thinking.
    const qsizetype firstClose = rest.indexOf(closeTag);
    const qsizetype firstOpen = rest.indexOf(openTag);
    if (firstClose >= 0 && (firstOpen < 0 || firstClose < firstOpen)) {
        parts.reasoning += rest.left(firstClose).trimmed();
        rest = rest.mid(firstClose + closeTag.size());
    }
    QString answer;
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = rest.indexOf(openTag, pos);
        if (open < 0) {
            answer += QStringView(rest).mid(pos);
            break;
        }
        answer += QStringView(rest).mid(pos, open - pos);
        const qsizetype close = rest.indexOf(closeTag, open + openTag.size());
        const QString thought = close < 0 ? rest.mid(open + openTag.size())
                                          : rest.mid(open + openTag.size(), close - open - openTag.size());
        if (!parts.reasoning.isEmpty() && !thought.trimmed().isEmpty())
            parts.reasoning += QLatin1Char('\n');
        parts.reasoning += thought.trimmed();
        if (close < 0)
            break; // cut while thinking: no answer follows
        pos = close + closeTag.size();
    }
    parts.answer = answer.trimmed();
    return parts;
}

QString ThinkSplitter::feed(const QString& delta)
{
    m_pending += delta;
    QString out;
    while (!m_pending.isEmpty()) {
        const QLatin1String tag = m_inThink ? closeTag : openTag;
        const qsizetype at = m_pending.indexOf(tag);
        if (at >= 0) {
            if (!m_inThink)
                out += QStringView(m_pending).left(at);
            m_pending.remove(0, at + tag.size());
            m_inThink = !m_inThink;
            continue;
        }
        // A closing tag with no opening one: drop what came before from now on.
        if (!m_inThink) {
            const qsizetype stray = m_pending.indexOf(closeTag);
            if (stray >= 0) {
                m_pending.remove(0, stray + closeTag.size());
                continue;
            }
        }
        const qsizetype keep =
            qMax(partialTagAtEnd(m_pending, tag), m_inThink ? 0 : partialTagAtEnd(m_pending, closeTag));
        if (!m_inThink)
            out += QStringView(m_pending).left(m_pending.size() - keep);
        m_pending = m_pending.right(keep);
        break;
    }
    return out;
}

} // namespace quarry
