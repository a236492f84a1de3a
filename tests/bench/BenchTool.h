#pragma once

// What bench_redact and bench_scan_cli share: running a reference tool (or quarry-cli) as a child
// process timed by its own CPU time, and the common command line (--mb N, --keep).

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>
#include <algorithm>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char** environ;

namespace quarry::bench {

struct ToolRun
{
    double cpu = 0;  // user + sys seconds of the child
    double wall = 0; // seconds
    bool ok = false;
};

// Runs a program under LC_ALL=locale (LANG dropped too) with stdout to a file; CPU time from
// wait4's rusage. A real file, not /dev/null: GNU grep stops at the first match when its output is
// /dev/null. Exit status 1 counts as success (grep's "no match").
inline ToolRun runTool(const QStringList& args, const QByteArray& locale, const QByteArray& outFile)
{
    std::vector<QByteArray> bytes;
    for (const QString& a : args)
        bytes.push_back(a.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> envBytes;
    for (char** e = environ; *e; ++e)
        if (qstrncmp(*e, "LC_ALL=", 7) != 0 && qstrncmp(*e, "LANG=", 5) != 0)
            envBytes.emplace_back(*e);
    envBytes.push_back("LC_ALL=" + locale);
    std::vector<char*> envp;
    for (QByteArray& b : envBytes)
        envp.push_back(b.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, outFile.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    QElapsedTimer t;
    t.start();
    pid_t pid = 0;
    ToolRun r;
    const int spawned = posix_spawnp(&pid, argv[0], &fa, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&fa);
    if (spawned != 0)
        return r;
    int status = 0;
    rusage ru{};
    wait4(pid, &status, 0, &ru);
    r.wall = double(t.nsecsElapsed()) / 1e9;
    r.cpu = double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
            double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
    r.ok = WIFEXITED(status) && (WEXITSTATUS(status) == 0 || WEXITSTATUS(status) == 1);
    return r;
}

// The size of the generated text in MB (--mb N, at least 1, default 32).
// The reference of the model-server benchmarks: curl posting `body` `requests` times to
// `baseUrl`/chat/completions in one process (written to a file in `dir` first), as `runTool` runs it.
inline ToolRun curlPosts(const QString& baseUrl, const QByteArray& body, int requests, const QString& dir)
{
    const QString bodyFile = dir + QStringLiteral("/body.json");
    QFile f(bodyFile);
    if (!f.open(QIODevice::WriteOnly) || f.write(body) != body.size())
        return {};
    f.close();
    QStringList curl{QStringLiteral("curl"),
                     QStringLiteral("-s"),
                     QStringLiteral("--noproxy"),
                     QStringLiteral("*"),
                     QStringLiteral("-H"),
                     QStringLiteral("Content-Type: application/json"),
                     QStringLiteral("--data-binary"),
                     QStringLiteral("@") + bodyFile};
    const QString url = baseUrl + QStringLiteral("/chat/completions");
    for (int i = 0; i < requests; ++i)
        curl << url;
    return runTool(curl, "C.UTF-8", (dir + QStringLiteral("/curl.out")).toLocal8Bit());
}

inline int megabytesArg(const QStringList& args)
{
    const qsizetype at = args.indexOf(QStringLiteral("--mb"));
    return at >= 0 && at + 1 < args.size() ? std::max(1, args.at(at + 1).toInt()) : 32;
}

// --keep: leave the generated files behind for a look.
inline bool keepArg(const QStringList& args)
{
    return args.contains(QStringLiteral("--keep"));
}

// The reference: five basic patterns for grep -P (e-mail, KR mobile, RRN, card, IPv4).
inline QStringList grepPatterns()
{
    return {
        QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"),
        QStringLiteral("(?<!\\d)01[016789][-. ]?\\d{3,4}[-. ]?\\d{4}(?!\\d)"),
        QStringLiteral("(?<!\\d)\\d{6}[- ]?[1-8]\\d{6}(?!\\d)"),
        QStringLiteral("(?<!\\d)\\d{4}(?:[- ]?\\d{4}){3}(?!\\d)"),
        QStringLiteral("(?<!\\d)(?:\\d{1,3}\\.){3}\\d{1,3}(?!\\d)"),
    };
}

} // namespace quarry::bench
