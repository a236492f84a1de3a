#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace quarry {

// Maps each position of a derived text (clean text) back to a position in its source text (raw
// page text). Stored compactly as runs: a derived range that maps linearly onto the source is one
// entry, so a page that needed little clean-up costs a few bytes. Offsets are UTF-16 code units.
class OffsetMap
{
    Q_DECLARE_TR_FUNCTIONS(quarry::OffsetMap)
public:
    // Appends a derived range [derivedStart, derivedStart+length) that maps onto
    // [sourceStart, sourceStart+length). Ranges must be appended in increasing derived order.
    void appendRun(int derivedStart, int sourceStart, int length);
    // Source position of derived position `pos` (pos may equal the derived length).
    int toSource(int pos) const;
    // Derived position of a source position: the first derived position at or after it.
    int toDerived(int sourcePos) const;
    bool isEmpty() const { return m_runs.isEmpty(); }

    // Added for the clean-up and its tests: whether derived position `pos` lies in a run, i.e. has
    // a source character (false for characters the clean-up synthesized, such as a paragraph
    // break where the source had one line break).
    bool contains(int pos) const;
    int runCount() const { return int(m_runs.size()); }
    // The derived length covered by the runs (end of the last run).
    int derivedEnd() const { return m_runs.isEmpty() ? 0 : m_runs.last().derivedStart + m_runs.last().length; }
    // A map where every position maps onto itself, for text that needed no change.
    static OffsetMap identity(int length);
    bool operator==(const OffsetMap& other) const;

    QByteArray serialize() const;
    static OffsetMap deserialize(const QByteArray& data);
    // Composes: this maps B->A, `inner` maps C->B; the result maps C->A.
    OffsetMap compose(const OffsetMap& inner) const;

private:
    struct Run
    {
        int derivedStart;
        int sourceStart;
        int length;
    };
    // The run containing derived position `pos`, or the index of the first run after it.
    qsizetype runAtOrAfter(int pos) const;

    QList<Run> m_runs;
};

} // namespace quarry
