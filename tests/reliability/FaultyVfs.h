#pragma once

#include <QString>

namespace quarry::test {

// An SQLite VFS that passes everything to the default one ("unix") but can be told to fail: after
// a budget of successful writes every further write (and truncate) returns SQLITE_FULL, as a full
// disk would, or every fsync returns SQLITE_IOERR_FSYNC. Installed as the default VFS, so that
// Quarry's own Database::open goes through it unchanged.
class FaultyVfs
{
public:
    enum class Fault
    {
        DiskFull,
        FsyncFails,
    };

    // Registers the VFS as the default one (once per process).
    static void install();
    // Starts failing after `writesLeft` more successful writes (0: the next write fails).
    static void failAfter(int writesLeft, Fault fault = Fault::DiskFull);
    // Back to normal.
    static void heal();
    // Writes and faults seen since the last failAfter()/heal().
    static int writes();
    static int faults();
};

} // namespace quarry::test
