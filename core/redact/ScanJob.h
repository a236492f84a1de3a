#pragma once

#include "redact/Recognizer.h"
#include "redact/ScanDefs.h"

#include <QString>
#include <QStringView>
#include <algorithm>
#include <vector>

namespace quarry {

class ScanTables;

// All the work of one scan() call, and what the recognizers use of it: the normalised text, the
// candidates reported so far, context words before a position. The core of the scanner: one pass
// over the text with the keyword automaton and the trigger characters, the digit runs read and
// offered to the recognizers of numbers (with a second look for OCR damage), then the user's term
// lists and patterns and the recognizers' own passes. Reads the shared ScanTables only.
class ScanJob
{
public:
    struct Cand
    {
        int start;
        int end;
        int rule; // builtin index, or RuleCount + index of a user rule
        const QString* type;
        double score;
    };

    ScanJob(const ScanTables& tables, const QString& norm);

    std::vector<Cand> run();

    const ScanTables& tables() const { return m_t; }
    const char16_t* text() const { return m_s; }
    int size() const { return m_n; }
    char16_t at(int i) const { return i >= 0 && i < m_n ? m_s[i] : u'\0'; }
    // A short piece of the text for a regular expression: PCRE checks the whole subject for valid
    // UTF-16 on every call, so matching on the full text from a position costs the full text.
    QStringView window(int from, int length) const
    {
        int e = std::min(m_n, from + length);
        if (e > from && e < m_n && QChar::isHighSurrogate(m_s[e - 1]))
            --e;
        return QStringView(m_s + from, e - from);
    }
    // A candidate of a built-in rule (dropped when the rule is off).
    void report(int rule, int start, int end, double score);
    std::vector<Cand>& candidates() { return m_out; }
    // Whether a context word of `mask` ends within `window` characters before pos.
    bool hasContext(quint32 mask, int pos, int window = 48) const;
    // Part of a longer code (ORD-240115-1234567, A12-3456): letters or code punctuation attached.
    bool glued(int start, int end) const;

private:
    struct CtxHit
    {
        int start;
        int end;
        quint32 mask;
    };

    void stepKeyword(int i, char16_t c);
    void keywordsEndingAt(int end); // the keywords of the automaton's state
    void onKeyword(int a, int b, int id);
    bool character(int i, char16_t c);
    int digitRun(int i);
    int digitRunAt(int i);
    bool classifyGroups(const scan::Groups& groups, const scan::Seps& seps, bool plus, bool paren);
    bool classify(const scan::Groups& g, const scan::Seps& sep, size_t first, size_t count, bool plus,
                  bool paren);
    void finishRun(const scan::Groups& g, const scan::Seps& sep, bool plus, bool paren, size_t outBefore);
    bool confusableRegion(int i, int end, int* from, int* to, bool* inside) const;
    std::vector<int> convertConfusables(int from, int to);
    void termPass();
    void regexPass();

    const ScanTables& m_t;
    const char16_t* m_s;
    int m_n;
    const QString& m_norm;
    std::vector<Cand> m_out;
    int m_kstate = 0;          // keyword automaton state
    std::vector<int> m_resume; // per character hook: where it wants to be called next
    QString m_fixed;           // the text with look-alike letters read as digits (made on first use)
    bool m_retrying = false;   // digitRun() is taking its second look
    // Subtracted from scores while a second look reports: what OCR may have misread is left for
    // review rather than accepted with the default threshold.
    double m_penalty = 0.0;
    // hasContext(), fast path: the context automaton ran from the root at m_cFrom up to m_cTo and
    // stopped in m_cState; m_cHits are the words it found there (in order of their end).
    mutable int m_cFrom = 0;
    mutable int m_cTo = 0;
    mutable int m_cState = 0;
    mutable std::vector<CtxHit> m_cHits;
    mutable int m_ctxPos = -1;
    mutable int m_ctxWindow = 0;
    mutable std::vector<CtxHit> m_ctxHits;
};

} // namespace quarry
