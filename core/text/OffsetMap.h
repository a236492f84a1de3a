#pragma once

#include <QByteArray>
#include <QList>

namespace quarry {

// Maps each position of a derived text (clean text) back to a position in its source text (raw
// page text). Stored compactly as runs: a derived range that maps linearly onto the source is one
// entry, so a page that needed little clean-up costs a few bytes. Offsets are UTF-16 code units.
class OffsetMap
{
public:
    // Appends a derived range [derivedStart, derivedStart+length) that maps onto
    // [sourceStart, sourceStart+length). Ranges must be appended in increasing derived order.
    void appendRun(int derivedStart, int sourceStart, int length);
    // Source position of derived position `pos` (pos may equal the derived length).
    int toSource(int pos) const;
    // Derived position of a source position: the first derived position at or after it.
    int toDerived(int sourcePos) const;
    bool isEmpty() const { return m_runs.isEmpty(); }

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
    QList<Run> m_runs;
};

} // namespace quarry
