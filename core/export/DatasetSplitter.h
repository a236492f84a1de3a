#pragma once

#include <QList>

#include <cstdint>
#include <vector>

namespace quarry {

// Assigns pairs to train/validation/test. Pairs are grouped (by default through their source
// documents: pairs that share a document, directly or through a chain of pairs, form one group, and
// a pair without a source is a group of its own); whole groups are assigned, so that no document
// feeds two splits. Groups are shuffled with SplitMix64(seed) and each goes to the split furthest
// below its target share. With strata (e.g. each pair's first tag), each stratum is split on its
// own so that every split gets its share of every stratum.
class DatasetSplitter
{
public:
    struct Options
    {
        QList<double> ratios{0.9, 0.1};
        std::uint64_t seed = 42;
        bool groupByDocument = true;
    };

    // Items are pairs in ascending id order (item i); links are (item, document id) pairs; strata
    // holds one small integer per item (-1: none) or is empty. Returns the split index per item.
    static std::vector<int> assign(std::size_t itemCount, const std::vector<std::pair<std::uint32_t, qint64>>& links,
                                   const std::vector<int>& strata, const Options& options);
};

} // namespace quarry
