// bench_hwp: HWP 5 and HWPX text extraction on a generated report (Korean paragraphs with
// numbers, tables every few paragraphs, a running header, footnotes, page breaks).
//   HWP: HwpReader::read on a file of at least --hwp-mb MB (default 3.5; target: under 1 s)
//   HWPX: HwpxReader::read on the same document as HWPX, its section XML throughput printed beside
//         `unzip -p FILE 'Contents/section*.xml'` (inflating the same sections, a floor)
// Usage: bench_hwp [--hwp-mb X] [--runs N] [--keep]

#include "BenchSupport.h"
#include "HwpTestWriter.h"
#include "formats/HwpReader.h"
#include "formats/HwpxReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <sys/resource.h>
#include <vector>

using namespace quarry;
using quarry::test::HwpTestWriter;

namespace {

// Words of varied length from a fixed syllable set, so that the text compresses like prose rather
// than like a repeated line.
QString sentence(QRandomGenerator& random)
{
    static const QString syllables = QStringLiteral("가나다라마바사아자차카타파하고노도로모보소오조초코토포호"
                                                    "구누두루무부수우주추쿠투푸후기니디리미비시이지치"
                                                    "키티피히개내대래매배새애재채캐태패해검넘덤럼멈범섬엄점첨"
                                                    "컴텀펌험관리점검안전보고설비운영기준절차확인");
    QStringList words;
    const int n = 6 + int(random.bounded(10));
    for (int w = 0; w < n; ++w) {
        QString word;
        const int len = 1 + int(random.bounded(4));
        for (int s = 0; s < len; ++s)
            word += syllables.at(random.bounded(int(syllables.size())));
        if (random.bounded(8) == 0)
            word += QString::number(random.bounded(100000));
        words << word;
    }
    return words.join(QLatin1Char(' ')) + QStringLiteral(".");
}

HwpTestWriter document(int paragraphs)
{
    QRandomGenerator random(14);
    HwpTestWriter w;
    w.header(QStringLiteral("설비 점검 보고서"));
    for (int i = 0; i < paragraphs; ++i) {
        QString p;
        for (int s = 0; s < 3; ++s)
            p += sentence(random) + QLatin1Char(' ');
        w.paragraph(p.trimmed(), i > 0 && i % 400 == 0);
        if (i % 25 == 0)
            w.table({{QStringLiteral("항목"), QStringLiteral("기준"), QStringLiteral("결과")},
                     {sentence(random), QString::number(random.bounded(1000)), sentence(random)},
                     {sentence(random), QString::number(random.bounded(1000)), sentence(random)}});
        if (i % 60 == 0)
            w.footnote(sentence(random), sentence(random));
    }
    w.footer(QStringLiteral("- 대외비 -"));
    return w;
}

struct Timing
{
    double bestWall = 1e9;
    double medianWall = 0;
    double cpu = 0; // per run
    qsizetype chars = 0;
    int pages = 0;
};

template <typename Run> Timing time(int runs, Run run)
{
    std::vector<double> walls;
    const double cpu0 = bench::cpuSeconds(RUSAGE_SELF);
    Timing t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const ExtractedDocument doc = run();
        walls.push_back(double(timer.nsecsElapsed()) / 1e9);
        t.chars = 0;
        for (const ExtractedPage& p : doc.pages)
            t.chars += p.text.size();
        t.pages = int(doc.pages.size());
    }
    t.cpu = (bench::cpuSeconds(RUSAGE_SELF) - cpu0) / runs;
    std::sort(walls.begin(), walls.end());
    t.bestWall = walls.front();
    t.medianWall = walls[walls.size() / 2];
    return t;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("hwp-mb"), QStringLiteral("HWP file size in MB."), QStringLiteral("X"),
                      QStringLiteral("3.5")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each reader."), QStringLiteral("N"),
                      QStringLiteral("5")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Keep the generated files.")});
    parser.process(app);
    const double targetMb = parser.value(QStringLiteral("hwp-mb")).toDouble();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    QTemporaryDir dir;
    dir.setAutoRemove(!parser.isSet(QStringLiteral("keep")));

    // Grow the document until its HWP file reaches the size asked for.
    int paragraphs = 4000;
    QByteArray hwp;
    HwpTestWriter w;
    for (;;) {
        w = document(paragraphs);
        hwp = w.hwp();
        if (double(hwp.size()) >= targetMb * 1024 * 1024)
            break;
        paragraphs = int(paragraphs * std::max(1.05, targetMb * 1024 * 1024 / double(hwp.size())));
    }
    const QByteArray hwpx = w.hwpx();
    const QString hwpPath = dir.filePath(QStringLiteral("report.hwp"));
    const QString hwpxPath = dir.filePath(QStringLiteral("report.hwpx"));
    for (const auto& [path, bytes] : {std::pair{hwpPath, hwp}, std::pair{hwpxPath, hwpx}}) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
    }
    LINE("document: %d paragraphs; HWP %.2f MB, HWPX %.2f MB (%s)", paragraphs, hwp.size() / 1048576.0,
         hwpx.size() / 1048576.0, qPrintable(dir.path()));

    const Timing h = time(runs, [&] { return HwpReader().read(hwp, QStringLiteral("report.hwp")); });
    LINE("HWP  HwpReader::read: best %.3f s, median %.3f s, CPU %.3f s/run; %lld characters, %d estimated "
         "pages "
         "(%.1f M chars/s)",
         h.bestWall, h.medianWall, h.cpu, qlonglong(h.chars), h.pages, h.chars / h.bestWall / 1e6);
    LINE("     target: a 3.5 MB HWP in under 1 s: %s", h.medianWall < 1.0 ? "met" : "NOT met");

    // The section XML the HWPX reader has to get through.
    QProcess unzip;
    qint64 xmlBytes = 0;
    std::vector<double> unzipWalls;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        unzip.start(QStringLiteral("unzip"),
                    {QStringLiteral("-p"), hwpxPath, QStringLiteral("Contents/section*.xml")});
        unzip.waitForFinished(-1);
        unzipWalls.push_back(double(timer.nsecsElapsed()) / 1e9);
        xmlBytes = unzip.readAllStandardOutput().size();
    }
    std::sort(unzipWalls.begin(), unzipWalls.end());
    const Timing x = time(runs, [&] { return HwpxReader().read(hwpx, QStringLiteral("report.hwpx")); });
    const double mb = xmlBytes / 1048576.0;
    LINE("HWPX HwpxReader::read: best %.3f s, median %.3f s, CPU %.3f s/run; %lld characters (%.1f MB of "
         "section XML: %.1f MB/s)",
         x.bestWall, x.medianWall, x.cpu, qlonglong(x.chars), mb, mb / x.bestWall);
    LINE("     reference `unzip -p FILE 'Contents/section*.xml'`: best %.3f s, median %.3f s (%.1f MB/s)",
         unzipWalls.front(), unzipWalls[unzipWalls.size() / 2], mb / unzipWalls.front());
    LINE("     same text from both formats: %s", h.chars == x.chars ? "yes" : "NO");
    return 0;
}
