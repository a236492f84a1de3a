#pragma once

#include <cstdint>

namespace quarry {

// A small, fully specified PRNG (Steele, Lea and Flood's SplitMix64). Splits and shuffles use it
// instead of std::shuffle / std::uniform_int_distribution, whose results differ between standard
// libraries: the same seed must give the same dataset on every machine.
class SplitMix64
{
public:
    explicit SplitMix64(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, bound) without modulo bias (Lemire's method with rejection).
    std::uint64_t below(std::uint64_t bound)
    {
        if (bound <= 1)
            return 0;
        const std::uint64_t threshold = (0 - bound) % bound;
        for (;;) {
            const std::uint64_t r = next();
            if (r >= threshold)
                return r % bound;
        }
    }

    // Fisher-Yates over any random-access container.
    template <typename Container> void shuffle(Container& c)
    {
        for (auto i = c.size(); i > 1; --i) {
            const auto j = below(std::uint64_t(i));
            using std::swap;
            swap(c[i - 1], c[decltype(i)(j)]);
        }
    }

private:
    std::uint64_t m_state;
};

} // namespace quarry
