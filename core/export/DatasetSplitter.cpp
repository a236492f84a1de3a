#include "export/DatasetSplitter.h"

#include "export/SplitMix64.h"
#include "util/Error.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <numeric>

namespace quarry {

namespace {

struct DisjointSets
{
    explicit DisjointSets(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), std::uint32_t(0)); }
    std::uint32_t find(std::uint32_t x)
    {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
    // The smaller index stays the root, so a group's root is its first (lowest-id) pair.
    void unite(std::uint32_t a, std::uint32_t b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            parent[std::max(a, b)] = std::min(a, b);
    }
    std::vector<std::uint32_t> parent;
};

struct Group
{
    std::uint32_t root = 0;
    std::uint32_t size = 0;
    int stratum = -1;
};

} // namespace

std::vector<int> DatasetSplitter::assign(std::size_t itemCount,
                                         const std::vector<std::pair<std::uint32_t, qint64>>& links,
                                         const std::vector<int>& strata, const Options& options)
{
    const qsizetype splits = options.ratios.size();
    double total = 0;
    for (double r : options.ratios) {
        if (!(r >= 0))
            throw Error(QCoreApplication::translate("quarry::DatasetSplitter", "split ratio %1 is negative").arg(r),
                        Error::Kind::BadInput);
        total += r;
    }
    if (splits == 0 || splits > 3 || total <= 0)
        throw Error(QCoreApplication::translate("quarry::DatasetSplitter",
                                                "split ratios must be one to three non-negative numbers with a "
                                                "positive sum"),
                    Error::Kind::BadInput);

    DisjointSets sets(itemCount);
    if (options.groupByDocument) {
        std::vector<std::pair<qint64, std::uint32_t>> byDocument;
        byDocument.reserve(links.size());
        for (const auto& [item, document] : links)
            byDocument.emplace_back(document, item);
        std::sort(byDocument.begin(), byDocument.end());
        for (std::size_t i = 1; i < byDocument.size(); ++i)
            if (byDocument[i].first == byDocument[i - 1].first)
                sets.unite(byDocument[i].second, byDocument[i - 1].second);
    }

    // Groups in order of their first pair; a group's stratum is the most common one of its pairs
    // (ties: the smaller stratum number, so the choice does not depend on hash order).
    std::vector<std::uint32_t> groupOfRoot(itemCount, UINT32_MAX);
    std::vector<Group> groups;
    std::vector<std::uint32_t> groupOfItem(itemCount);
    for (std::uint32_t i = 0; i < itemCount; ++i) {
        const std::uint32_t r = sets.find(i);
        if (groupOfRoot[r] == UINT32_MAX) {
            groupOfRoot[r] = std::uint32_t(groups.size());
            groups.push_back(Group{r, 0, -1});
        }
        groupOfItem[i] = groupOfRoot[r];
        ++groups[groupOfRoot[r]].size;
    }
    if (!strata.empty()) {
        std::vector<std::map<int, std::uint32_t>> votes(groups.size());
        for (std::uint32_t i = 0; i < itemCount; ++i)
            ++votes[groupOfItem[i]][strata[i]];
        for (std::size_t g = 0; g < groups.size(); ++g) {
            std::uint32_t best = 0;
            for (const auto& [stratum, n] : votes[g])
                if (n > best) {
                    best = n;
                    groups[g].stratum = stratum;
                }
        }
    }

    std::map<int, std::vector<std::uint32_t>> byStratum; // ordered: deterministic
    for (std::uint32_t g = 0; g < groups.size(); ++g)
        byStratum[groups[g].stratum].push_back(g);

    SplitMix64 rng(options.seed);
    std::vector<int> splitOfGroup(groups.size(), 0);
    for (auto& [stratum, members] : byStratum) {
        rng.shuffle(members);
        double stratumSize = 0;
        for (std::uint32_t g : members)
            stratumSize += groups[g].size;
        std::vector<double> target(static_cast<std::size_t>(splits), 0.0);
        std::vector<double> have(static_cast<std::size_t>(splits), 0.0);
        for (qsizetype s = 0; s < splits; ++s)
            target[std::size_t(s)] = options.ratios[s] / total * stratumSize;
        for (std::uint32_t g : members) {
            // A split with ratio 0 never gets anything, even when every other one is full.
            std::size_t best = SIZE_MAX;
            double bestDeficit = 0;
            for (std::size_t s = 0; s < std::size_t(splits); ++s) {
                if (options.ratios[qsizetype(s)] <= 0)
                    continue;
                const double deficit = target[s] - have[s];
                if (best == SIZE_MAX || deficit > bestDeficit + 1e-9) {
                    bestDeficit = deficit;
                    best = s;
                }
            }
            splitOfGroup[g] = int(best);
            have[best] += groups[g].size;
        }
    }

    std::vector<int> result(itemCount);
    for (std::uint32_t i = 0; i < itemCount; ++i)
        result[i] = splitOfGroup[groupOfItem[i]];
    return result;
}

} // namespace quarry
