#include "redact/KeywordMatcher.h"

#include <deque>

namespace quarry {

KeywordMatcher::KeywordMatcher(bool skipSpaces, bool straySpaces)
    : m_skipSpaces(skipSpaces), m_straySpaces(straySpaces && !skipSpaces), m_alpha(65536, 0), m_fail(1, 0),
      m_outHead(1, -1), m_children(1)
{}

int KeywordMatcher::addClass(char16_t c)
{
    const char16_t f = fold(c);
    if (m_alpha[f] == 0) {
        m_alpha[f] = quint16(m_classes++);
        if (f >= u'a' && f <= u'z')
            m_alpha[f - 32] = m_alpha[f]; // upper case shares the class
    }
    return m_alpha[f];
}

int KeywordMatcher::child(int state, int cls) const
{
    const auto it = m_edges.find(key(state, cls));
    return it == m_edges.end() ? 0 : it->second;
}

void KeywordMatcher::add(const QString& keyword, int id)
{
    int state = 0;
    int len = 0;
    const char16_t* k = reinterpret_cast<const char16_t*>(keyword.utf16());
    for (qsizetype i = 0; i < keyword.size(); ++i) {
        const char16_t c = k[i];
        if (m_skipSpaces && isSpace(c))
            continue;
        if (m_straySpaces && i > 0 && i + 1 < keyword.size() && strayAt(k, i))
            continue; // the text may have it or not
        if (m_classes >= 65535)
            return; // alphabet full; a keyword this exotic is dropped rather than mis-matched
        const int cls = addClass(c);
        int t = child(state, cls);
        if (t == 0) {
            t = int(m_fail.size());
            m_fail.push_back(0);
            m_outHead.push_back(-1);
            m_children.emplace_back();
            m_edges.emplace(key(state, cls), t);
            m_children[size_t(state)].emplace_back(cls, t);
        }
        state = t;
        ++len;
    }
    if (len == 0)
        return;
    for (int o = m_outHead[size_t(state)]; o >= 0; o = m_outs[size_t(o)].next)
        if (m_outs[size_t(o)].id == id)
            return;
    m_outs.push_back({id, len, m_outHead[size_t(state)]});
    m_outHead[size_t(state)] = int(m_outs.size() - 1);
    m_maxLen = std::max(m_maxLen, len);
    ++m_keywordCount;
}

void KeywordMatcher::build()
{
    // Breadth-first: each state's failure link is the longest proper suffix that is also a state;
    // its outputs are appended to the state's own so that scan() follows one list.
    std::deque<int> queue;
    for (const auto& [c, t] : m_children[0]) {
        m_fail[size_t(t)] = 0;
        queue.push_back(t);
    }
    while (!queue.empty()) {
        const int s = queue.front();
        queue.pop_front();
        for (const auto& [c, t] : m_children[size_t(s)]) {
            int f = m_fail[size_t(s)];
            int target = 0;
            while (true) {
                const int cand = child(f, c);
                if (cand > 0 && cand != t) {
                    target = cand;
                    break;
                }
                if (f == 0)
                    break;
                f = m_fail[size_t(f)];
            }
            m_fail[size_t(t)] = target;
            if (m_outHead[size_t(target)] >= 0) {
                if (m_outHead[size_t(t)] < 0) {
                    m_outHead[size_t(t)] = m_outHead[size_t(target)];
                } else {
                    int o = m_outHead[size_t(t)];
                    while (m_outs[size_t(o)].next >= 0 && m_outs[size_t(o)].next != m_outHead[size_t(target)])
                        o = m_outs[size_t(o)].next;
                    m_outs[size_t(o)].next = m_outHead[size_t(target)];
                }
            }
            queue.push_back(t);
        }
    }
    m_rootRow.assign(size_t(m_classes), 0);
    for (const auto& [c, t] : m_children[0])
        m_rootRow[size_t(c)] = t;
    m_csrStart.assign(m_fail.size() + 1, 0);
    m_csrClass.clear();
    m_csrTarget.clear();
    for (size_t st = 0; st < m_fail.size(); ++st) {
        m_csrStart[st] = int(m_csrClass.size());
        if (st != 0)
            for (const auto& [c, t] : m_children[st]) {
                m_csrClass.push_back(c);
                m_csrTarget.push_back(t);
            }
    }
    m_csrStart[m_fail.size()] = int(m_csrClass.size());
    m_startFlags.assign(65536, 0);
    for (int c = 0; c < 65536; ++c) {
        if (m_alpha[size_t(c)] != 0 && m_rootRow[m_alpha[size_t(c)]] != 0)
            m_startFlags[size_t(c)] |= StartsKeyword;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            m_startFlags[size_t(c)] |= StartLetter;
    }
    m_startPairs = CharPairSet();
    auto chars = std::vector<std::vector<char16_t>>(size_t(m_classes));
    for (int c = 0; c < 65536; ++c)
        if (m_alpha[size_t(c)] != 0)
            chars[m_alpha[size_t(c)]].push_back(char16_t(c));
    for (int c1 = 1; c1 < m_classes; ++c1) {
        const int q = m_rootRow[size_t(c1)];
        if (q == 0)
            continue;
        for (int k = m_csrStart[size_t(q)]; k < m_csrStart[size_t(q) + 1]; ++k)
            for (char16_t a : chars[size_t(c1)])
                for (char16_t b : chars[size_t(m_csrClass[size_t(k)])])
                    m_startPairs.add(a, b);
    }
}

} // namespace quarry
