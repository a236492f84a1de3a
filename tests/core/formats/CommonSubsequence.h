#pragma once

#include <QString>
#include <algorithm>
#include <vector>

namespace quarry::test {

// Length of the longest common subsequence (characters in order); the HWP tests compare
// extracted text with a reference this way, so layout differences do not fail them.
inline int longestCommonSubsequence(const QString& a, const QString& b)
{
    std::vector<int> previous(size_t(b.size()) + 1, 0), current(size_t(b.size()) + 1, 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j)
            current[size_t(j)] = a[i - 1] == b[j - 1] ? previous[size_t(j - 1)] + 1
                                                      : std::max(previous[size_t(j)], current[size_t(j - 1)]);
        std::swap(previous, current);
    }
    return previous[size_t(b.size())];
}

} // namespace quarry::test
