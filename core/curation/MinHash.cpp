#include "curation/MinHash.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <limits>

namespace quarry {

namespace {

// splitmix64: a cheap, well-mixed 64-bit hash step; slot i uses a different seed.
quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

quint64 fnv1a(const QChar* s, int n)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (int i = 0; i < n; ++i) {
        h ^= s[i].unicode();
        h *= 0x100000001b3ULL;
    }
    return h;
}

} // namespace

QString MinHash::normalise(const QString& text)
{
    const QString nfc = text.normalized(QString::NormalizationForm_C).toCaseFolded();
    QString out;
    out.reserve(nfc.size());
    for (QChar c : nfc)
        if (!c.isSpace())
            out += c;
    return out;
}

QList<quint32> MinHash::signature(const QString& text, int numHashes, int shingle)
{
    QList<quint32> sig(numHashes);
    std::vector<quint64> scratch;
    signature(text, sig.data(), scratch, numHashes, shingle);
    return sig;
}

void MinHash::signature(const QString& text, quint32* out, std::vector<quint64>& scratch, int numHashes,
                        int shingle)
{
    const QString norm = normalise(text);
    std::fill(out, out + numHashes, std::numeric_limits<quint32>::max());
    if (norm.isEmpty())
        return;
    const int k = std::max(1, std::min(shingle, int(norm.size())));
    // The distinct shingle hashes: sorted and deduplicated in place, cheaper than a set.
    scratch.clear();
    for (int i = 0; i + k <= norm.size(); ++i)
        scratch.push_back(fnv1a(norm.constData() + i, k));
    std::sort(scratch.begin(), scratch.end());
    scratch.erase(std::unique(scratch.begin(), scratch.end()), scratch.end());
    for (quint64 s : scratch)
        for (int j = 0; j < numHashes; ++j)
            out[j] = std::min(out[j], quint32(mix(s ^ (quint64(j + 1) * 0x9E3779B97F4A7C15ULL)) >> 32));
}

double MinHash::similarity(const QList<quint32>& a, const QList<quint32>& b)
{
    const qsizetype n = std::min(a.size(), b.size());
    if (n == 0)
        return 0;
    qsizetype same = 0;
    for (qsizetype i = 0; i < n; ++i)
        if (a[i] == b[i])
            ++same;
    return double(same) / double(n);
}

QList<MinHash::Candidate> MinHash::candidates(const QList<QPair<qint64, QList<quint32>>>& items,
                                              double threshold, int bands)
{
    QList<Candidate> out;
    if (items.isEmpty() || bands <= 0)
        return out;
    const int len = int(items.first().second.size());
    const int rows = std::max(1, len / bands);
    QSet<QPair<int, int>> seen;
    for (int band = 0; band * rows + rows <= len; ++band) {
        QHash<quint64, QList<int>> buckets;
        for (int i = 0; i < items.size(); ++i) {
            const QList<quint32>& sig = items.at(i).second;
            if (sig.size() < len)
                continue;
            quint64 h = quint64(band) * 0x9E3779B97F4A7C15ULL;
            for (int r = 0; r < rows; ++r)
                h = mix(h ^ sig[band * rows + r]);
            buckets[h].append(i);
        }
        for (const QList<int>& bucket : std::as_const(buckets)) {
            for (int x = 0; x < bucket.size(); ++x) {
                for (int y = x + 1; y < bucket.size(); ++y) {
                    const QPair<int, int> key(bucket[x], bucket[y]);
                    if (seen.contains(key))
                        continue;
                    seen.insert(key);
                    const double s = similarity(items.at(key.first).second, items.at(key.second).second);
                    if (s >= threshold) {
                        qint64 a = items.at(key.first).first;
                        qint64 b = items.at(key.second).first;
                        if (a > b)
                            std::swap(a, b);
                        out.append({a, b, s});
                    }
                }
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const Candidate& l, const Candidate& r) {
        return l.similarity != r.similarity ? l.similarity > r.similarity
                                            : (l.a != r.a ? l.a < r.a : l.b < r.b);
    });
    return out;
}

} // namespace quarry
