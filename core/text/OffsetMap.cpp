#include "text/OffsetMap.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <algorithm>

namespace quarry {

namespace {

// Serialized form: a format byte, then per run three LEB128 varints relative to the end of the
// previous run (derived gap, zig-zag source delta, length). A page with a few edits is a few bytes.
constexpr char kFormat = 1;

void putVarint(QByteArray& out, quint64 v)
{
    while (v >= 0x80) {
        out.append(char((v & 0x7F) | 0x80));
        v >>= 7;
    }
    out.append(char(v));
}

quint64 zigzag(qint64 v)
{
    return (quint64(v) << 1) ^ quint64(v >> 63);
}

qint64 unzigzag(quint64 v)
{
    return qint64(v >> 1) ^ -qint64(v & 1);
}

bool getVarint(const QByteArray& in, qsizetype& pos, quint64& v)
{
    v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (pos >= in.size())
            return false;
        const auto byte = quint8(in[pos++]);
        v |= quint64(byte & 0x7F) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

} // namespace

void OffsetMap::appendRun(int derivedStart, int sourceStart, int length)
{
    if (length <= 0)
        return;
    if (!m_runs.isEmpty()) {
        Run& last = m_runs.last();
        Q_ASSERT(derivedStart >= last.derivedStart + last.length);
        // Contiguous in both texts: extend, so that unchanged text stays one run.
        if (last.derivedStart + last.length == derivedStart &&
            last.sourceStart + last.length == sourceStart) {
            last.length += length;
            return;
        }
    }
    m_runs.append(Run{derivedStart, sourceStart, length});
}

qsizetype OffsetMap::runAtOrAfter(int pos) const
{
    // First run whose end is beyond pos.
    auto it = std::upper_bound(m_runs.cbegin(), m_runs.cend(), pos,
                               [](int p, const Run& r) { return p < r.derivedStart + r.length; });
    return it - m_runs.cbegin();
}

bool OffsetMap::contains(int pos) const
{
    const qsizetype i = runAtOrAfter(pos);
    return i < m_runs.size() && m_runs[i].derivedStart <= pos;
}

int OffsetMap::toSource(int pos) const
{
    if (m_runs.isEmpty())
        return pos;
    const qsizetype i = runAtOrAfter(pos);
    if (i < m_runs.size() && m_runs[i].derivedStart <= pos)
        return m_runs[i].sourceStart + (pos - m_runs[i].derivedStart);
    // A synthesized character or the end: the source position just after the previous run.
    if (i > 0)
        return m_runs[i - 1].sourceStart + m_runs[i - 1].length;
    return m_runs[0].sourceStart;
}

int OffsetMap::toDerived(int sourcePos) const
{
    if (m_runs.isEmpty())
        return sourcePos;
    // Runs are in derived order; clean-up keeps source order too, but a scan keeps this correct
    // for any map: the smallest derived position whose source is at or after sourcePos.
    int best = -1;
    for (const Run& r : m_runs) {
        if (sourcePos < r.sourceStart + r.length) {
            const int d = r.derivedStart + std::max(0, sourcePos - r.sourceStart);
            if (best < 0 || d < best)
                best = d;
            if (sourcePos >= r.sourceStart)
                break; // inside this run: nothing earlier in derived order can be closer
        }
    }
    return best >= 0 ? best : derivedEnd();
}

QByteArray OffsetMap::serialize() const
{
    QByteArray out;
    out.reserve(1 + m_runs.size() * 4);
    out.append(kFormat);
    qint64 derivedEnd = 0;
    qint64 sourceEnd = 0;
    for (const Run& r : m_runs) {
        putVarint(out, quint64(r.derivedStart - derivedEnd));
        putVarint(out, zigzag(qint64(r.sourceStart) - sourceEnd));
        putVarint(out, quint64(r.length));
        derivedEnd = r.derivedStart + r.length;
        sourceEnd = r.sourceStart + r.length;
    }
    return out;
}

OffsetMap OffsetMap::deserialize(const QByteArray& data)
{
    OffsetMap map;
    if (data.isEmpty())
        return map;
    if (data[0] != kFormat)
        throw Error(tr("offset map: unknown format %1").arg(int(quint8(data[0]))), Error::Kind::BadInput);
    qsizetype pos = 1;
    qint64 derivedEnd = 0;
    qint64 sourceEnd = 0;
    while (pos < data.size()) {
        quint64 gap = 0, delta = 0, length = 0;
        if (!getVarint(data, pos, gap) || !getVarint(data, pos, delta) || !getVarint(data, pos, length))
            throw Error(tr("offset map: truncated data"), Error::Kind::BadInput);
        // Each field is bounded before it is added: the ends so far are at most INT_MAX, so the
        // sums below cannot overflow (a varint can hold up to 2^64).
        const qint64 shift = unzigzag(delta);
        if (gap > quint64(INT_MAX) || length == 0 || length > quint64(INT_MAX) || shift < -qint64(INT_MAX) ||
            shift > qint64(INT_MAX))
            throw Error(tr("offset map: corrupt data"), Error::Kind::BadInput);
        const qint64 derivedStart = derivedEnd + qint64(gap);
        const qint64 sourceStart = sourceEnd + shift;
        if (sourceStart < 0 || derivedStart + qint64(length) > INT_MAX ||
            sourceStart + qint64(length) > INT_MAX)
            throw Error(tr("offset map: corrupt data"), Error::Kind::BadInput);
        map.m_runs.append(Run{int(derivedStart), int(sourceStart), int(length)});
        derivedEnd = derivedStart + qint64(length);
        sourceEnd = sourceStart + qint64(length);
    }
    return map;
}

OffsetMap OffsetMap::compose(const OffsetMap& inner) const
{
    OffsetMap result;
    if (m_runs.isEmpty()) // an empty map is the identity
        return inner;
    if (inner.m_runs.isEmpty())
        return *this;
    for (const Run& c : inner.m_runs) {
        // c maps derived [c.derivedStart, +length) onto our derived range [c.sourceStart, +length);
        // split it along our runs, dropping what falls into our gaps (text we synthesized).
        int b = c.sourceStart;
        const int bEnd = c.sourceStart + c.length;
        qsizetype i = runAtOrAfter(b);
        while (b < bEnd && i < m_runs.size()) {
            const Run& r = m_runs[i];
            if (r.derivedStart >= bEnd)
                break;
            const int from = std::max(b, r.derivedStart);
            const int to = std::min(bEnd, r.derivedStart + r.length);
            if (to > from)
                result.appendRun(c.derivedStart + (from - c.sourceStart),
                                 r.sourceStart + (from - r.derivedStart), to - from);
            b = to;
            ++i;
        }
    }
    return result;
}

OffsetMap OffsetMap::identity(int length)
{
    OffsetMap map;
    map.appendRun(0, 0, length);
    return map;
}

bool OffsetMap::operator==(const OffsetMap& other) const
{
    if (m_runs.size() != other.m_runs.size())
        return false;
    for (qsizetype i = 0; i < m_runs.size(); ++i) {
        const Run& a = m_runs[i];
        const Run& b = other.m_runs[i];
        if (a.derivedStart != b.derivedStart || a.sourceStart != b.sourceStart || a.length != b.length)
            return false;
    }
    return true;
}

} // namespace quarry
