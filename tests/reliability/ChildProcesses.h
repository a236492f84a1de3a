#pragma once

#include <QList>

namespace quarry::test {

// Makes the test process the "subreaper" of everything it starts, so that a grandchild left
// behind by a killed quarry-cli (an ingest worker) is re-parented to the test instead of init and
// can be found and counted.
class ChildProcesses
{
public:
    // Call once, before starting any process.
    static bool becomeSubreaper();
    // Live processes whose parent is this process (zombies are reaped and not counted).
    static QList<int> living();
    // Waits up to `timeoutMs` for living() to become empty; kills and reaps what is left and
    // returns the pids that had to be killed.
    static QList<int> waitForNone(int timeoutMs);
    // The command line of a process, for messages.
    static QString commandLine(int pid);
};

} // namespace quarry::test
