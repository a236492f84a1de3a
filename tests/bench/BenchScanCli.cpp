// bench_scan_cli: `quarry-cli scan FILE > out` end to end, as a user runs it (process start, rule
// set, UTF-8 decoding, the full default rules, JSON lines written to a file), in MB of input per CPU
// second, beside `grep -oP` with five basic patterns (e-mail, KR mobile, RRN, card, IPv4) on the
// same file in the same run. The text mixes the sentences of the redaction evaluation sets
// (tests/data/redact/*.jsonl: forms, slips, minutes, signatures; a detection every few lines) with
// plain Korean and English business prose. CPU time is the figure compared (the machine may be
// shared); wall time is printed too, for the default (one thread) and for --threads 2.
// Best of three rounds each.
//
//   bench_scan_cli [--mb N] [--keep]

#include "BenchSupport.h"
#include "BenchTool.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

namespace {

using quarry::bench::runTool;
using Run = quarry::bench::ToolRun;

Run best(const QStringList& args, const QByteArray& outFile)
{
    Run b;
    b.cpu = b.wall = 1e9;
    for (int round = 0; round < 3; ++round) {
        const Run r = runTool(args, "C.UTF-8", outFile);
        if (!r.ok)
            continue;
        b.ok = true;
        b.cpu = std::min(b.cpu, r.cpu);
        b.wall = std::min(b.wall, r.wall);
    }
    return b;
}

QByteArray makeText(qint64 targetBytes)
{
    QStringList sentences;
    for (const char* name : {"eval.jsonl", "heldout-ko.jsonl", "heldout-en.jsonl"}) {
        QFile f(QStringLiteral(QUARRY_SOURCE_DIR "/tests/data/redact/") + QString::fromLatin1(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        while (!f.atEnd()) {
            const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
            sentences
                << o.value(QStringLiteral("text")).toString().replace(QLatin1Char('\n'), QLatin1Char(' '));
        }
    }
    const QStringList prose = {QStringLiteral("회의는 오후 3시에 시작합니다."),
                               QStringLiteral("이번 분기 생산량은 전년 대비 12% 증가했다."),
                               QStringLiteral("설비 점검 결과 이상 없음."),
                               QStringLiteral("품질 관리 기준서 제4장을 참고하십시오."),
                               QStringLiteral("담당 부서에 문의 바랍니다."),
                               QStringLiteral("다음 주 월요일까지 제출해 주세요."),
                               QStringLiteral("The quarterly report is attached for review."),
                               QStringLiteral("Please check the maintenance schedule for line 4."),
                               QStringLiteral("All shipments were delivered on time in March."),
                               QStringLiteral("Version 2.3.1 fixes the export bug reported on 2024-03-12.")};
    QRandomGenerator rng(20261203);
    QByteArray out;
    out.reserve(targetBytes + 4096);
    while (out.size() < targetBytes) {
        QString line;
        const int parts = 2 + int(rng.bounded(5));
        for (int i = 0; i < parts; ++i) {
            if (i)
                line += QLatin1Char(' ');
            line += prose.at(rng.bounded(int(prose.size())));
        }
        if (!sentences.isEmpty() && rng.bounded(3) == 0)
            line += QLatin1Char(' ') + sentences.at(rng.bounded(int(sentences.size())));
        line += QLatin1Char('\n');
        out += line.toUtf8();
    }
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int mb = quarry::bench::megabytesArg(args);
    QTemporaryDir tmp;
    tmp.setAutoRemove(!quarry::bench::keepArg(args));
    const QString path = tmp.filePath(QStringLiteral("mixed.txt"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(makeText(qint64(mb) << 20));
    }
    const double megabytes = double(QFile(path).size()) / 1048576.0;
    LINE("bench_scan_cli: %.1f MB mixed Korean/English text (%s)", megabytes, qPrintable(path));
    LINE("%s", "");

    // quarry-cli as it runs by default (one thread) and with --threads 2 (windows scanned on two
    // threads); grep -oP runs on one core. Both outputs must be the same.
    const QByteArray scanOut = QFile::encodeName(tmp.filePath(QStringLiteral("scan.jsonl")));
    const QByteArray scanOut1 = QFile::encodeName(tmp.filePath(QStringLiteral("scan1.jsonl")));
    const Run quarry = best({QStringLiteral(QUARRY_BENCH_CLI), QStringLiteral("scan"), path}, scanOut);
    const Run quarry1 = best({QStringLiteral(QUARRY_BENCH_CLI), QStringLiteral("scan"),
                              QStringLiteral("--threads"), QStringLiteral("2"), path},
                             scanOut1);
    if (!quarry.ok || !quarry1.ok) {
        LINE("quarry-cli scan failed");
        return 1;
    }
    qint64 detections = 0;
    QByteArray all, all1;
    {
        QFile f(QString::fromLocal8Bit(scanOut));
        if (f.open(QIODevice::ReadOnly))
            all = f.readAll();
        detections = all.count('\n');
        QFile f1(QString::fromLocal8Bit(scanOut1));
        if (f1.open(QIODevice::ReadOnly))
            all1 = f1.readAll();
    }
    if (all != all1) {
        LINE("quarry-cli scan: the output with two threads differs from the default");
        return 1;
    }
    LINE("%-52s %10s %10s %8s %9s", "", "MB/s cpu", "MB/s wall", "vs grep", "ms cpu/MB");
    LINE("%-52s %10.1f %10.1f %8s %9.2f",
         qPrintable(QStringLiteral("quarry-cli scan > out (%1 detections)").arg(detections)),
         megabytes / quarry.cpu, megabytes / quarry.wall, "", 1000 * quarry.cpu / megabytes);
    LINE("%-52s %10.1f %10.1f %8s %9.2f", "quarry-cli scan --threads 2 > out", megabytes / quarry1.cpu,
         megabytes / quarry1.wall, "", 1000 * quarry1.cpu / megabytes);

    const QString grep = QStandardPaths::findExecutable(QStringLiteral("grep"));
    if (grep.isEmpty()) {
        LINE("grep not found: no reference figure");
        return 0;
    }
    const QStringList patterns = quarry::bench::grepPatterns();
    const Run g =
        best({grep, QStringLiteral("-oP"),
              QStringLiteral("(?:") + patterns.join(QStringLiteral(")|(?:")) + QStringLiteral(")"), path},
             QFile::encodeName(tmp.filePath(QStringLiteral("grep.out"))));
    if (g.ok) {
        LINE("%-52s %10.1f %10.1f %8s %9.2f", "grep -oP, 5 patterns in one pass, LC_ALL=C.UTF-8",
             megabytes / g.cpu, megabytes / g.wall, "", 1000 * g.cpu / megabytes);
        LINE("vs grep, CPU time per MB:  default %.2fx, --threads 2 %.2fx", g.cpu / quarry.cpu,
             g.cpu / quarry1.cpu);
        LINE("vs grep, wall time per MB: default %.2fx, --threads 2 %.2fx", g.wall / quarry.wall,
             g.wall / quarry1.wall);
    }
    LINE("%s", "");
    LINE("'vs grep' = grep time / quarry-cli time (above 1: quarry-cli is faster); grep -oP uses one core.");
    return 0;
}
