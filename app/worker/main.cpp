// quarry-worker: the crash-prone half of ingest (Poppler, Tesseract, format readers), driven by
// quarry::IngestPipeline over JSON lines on stdin/stdout (see core/ingest/WorkerServer.h).

#include "ingest/WorkerServer.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdlib>

#include <sys/prctl.h>
#include <unistd.h>

int main(int argc, char* argv[])
{
    // libgomp reads OMP_THREAD_LIMIT when libtesseract is loaded, before main(): if the parent did
    // not set it, set it and start again. OpenMP threads make a page ~5x slower on two cores, and
    // the pipeline already runs one worker per core.
    if (!std::getenv("OMP_THREAD_LIMIT")) {
        ::setenv("OMP_THREAD_LIMIT", "1", 1);
        ::execv("/proc/self/exe", argv);
        // execv failed: carry on, only slower.
    }
    // Die with the pipeline: no orphan workers when Quarry is killed.
    const pid_t parent = ::getppid();
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent)
        return 1;

    // Before Qt and the libraries allocate: a hostile file must cost its page, not the machine.
    quarry::WorkerServer::applyMemoryLimit();

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("quarry-worker"));
    quarry::WorkerServer server;
    return server.run();
}
