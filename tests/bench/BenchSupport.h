#pragma once

// What the benchmarks share: CPU time next to wall time, and printing a line at once.

#include <cstdio>
#include <sys/resource.h>

namespace quarry::bench {

// CPU seconds (user + system) of this process (RUSAGE_SELF) or of its finished children
// (RUSAGE_CHILDREN): on a shared, loaded machine wall time says more about the neighbours than
// about the code, so both are printed.
inline double cpuSeconds(int who)
{
    rusage u{};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

} // namespace quarry::bench

// printf with a literal format (checked by -Wformat), then a newline and a flush.
#define LINE(...)                                                                                            \
    do {                                                                                                     \
        std::printf(__VA_ARGS__);                                                                            \
        std::printf("\n");                                                                                   \
        std::fflush(stdout);                                                                                 \
    } while (false)
