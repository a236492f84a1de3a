// bench_redact: MB/s of the full default rule set on one core over a large mixed Korean/English
// text, beside grep -P with five basic patterns (e-mail, KR mobile, RRN, card, IPv4) on the same
// file in the same run. CPU time is the figure compared (the machine may be shared); wall time is
// printed too. A second file holds the same text as OCR leaves it (a space between Hangul
// syllables, a look-alike letter in some numbers), where the scanner's second looks run.
//
//   bench_redact [--mb N] [--keep]

#include "BenchTool.h"
#include "redact/RuleSet.h"
#include "redact/Scanner.h"
#include "redact/Utf8Decoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>

using namespace quarry;

namespace {

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

using quarry::bench::runTool;
using Run = quarry::bench::ToolRun;

// OCR damage: a space between every two Hangul syllables, and in one number of four a digit read
// as a look-alike letter.
QString ocrNoise(const QString& line, QRandomGenerator& rng)
{
    QString out;
    out.reserve(line.size() * 2);
    auto hangul = [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; };
    bool numberDone = rng.bounded(4) != 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        QChar c = line.at(i);
        if (!numberDone && c == QLatin1Char('0') && i > 0 && line.at(i - 1).isDigit()) {
            c = QLatin1Char('O');
            numberDone = true;
        }
        out += c;
        if (hangul(c) && i + 1 < line.size() && hangul(line.at(i + 1)))
            out += QLatin1Char(' ');
    }
    return out;
}

// A deterministic mix of Korean and English business text with personal data here and there.
QByteArray makeText(qint64 targetBytes, bool ocr)
{
    QRandomGenerator rng(20261127);
    const QStringList ko = {QStringLiteral("회의는 오후 3시에 시작합니다."),
                            QStringLiteral("이번 분기 생산량은 전년 대비 12% 증가했다."),
                            QStringLiteral("설비 점검 결과 이상 없음."),
                            QStringLiteral("품질 관리 기준서 제4장을 참고하십시오."),
                            QStringLiteral("담당 부서에 문의 바랍니다."),
                            QStringLiteral("다음 주 월요일까지 제출해 주세요."),
                            QStringLiteral("라인 2의 가동률은 87.5%입니다."),
                            QStringLiteral("주문번호 2024-0115-000123 출고 완료."),
                            QStringLiteral("환자 상태는 안정적이며 다음 진료는 2주 후입니다."),
                            QStringLiteral("고객님께서 요청하신 자료를 첨부합니다.")};
    const QStringList en = {QStringLiteral("The quarterly report is attached for review."),
                            QStringLiteral("Please check the maintenance schedule for line 4."),
                            QStringLiteral("All shipments were delivered on time in March."),
                            QStringLiteral("Contact the help desk if the issue persists."),
                            QStringLiteral("Version 2.3.1 fixes the export bug reported on 2024-03-12.")};
    auto digits = [&](int n) {
        QString s;
        for (int i = 0; i < n; ++i)
            s += QChar(u'0' + int(rng.bounded(10)));
        return s;
    };
    auto pii = [&]() -> QString {
        switch (rng.bounded(10)) {
        case 0:
            return QStringLiteral("연락처 010-%1-%2").arg(digits(4), digits(4));
        case 1:
            return QStringLiteral("메일 user%1@example.com").arg(rng.bounded(1000));
        case 2:
            return QStringLiteral("주민번호 %1-%2")
                .arg(QStringLiteral("850101"), QStringLiteral("1") + digits(6));
        case 3:
            return QStringLiteral("IP 10.0.%1.%2").arg(rng.bounded(256)).arg(rng.bounded(256));
        case 4:
            return QStringLiteral("카드 4111-1111-1111-1111");
        case 5:
            return QStringLiteral("김철수 과장님께");
        case 6:
            return QStringLiteral("Dr. Emily Carter");
        case 7:
            return QStringLiteral("계좌 국민은행 %1-%2-%3").arg(digits(6), digits(2), digits(6));
        case 8:
            return QStringLiteral("서울특별시 강남구 테헤란로 %1").arg(rng.bounded(500));
        default:
            return QStringLiteral("Call +1 415-555-%1").arg(digits(4));
        }
    };
    QByteArray out;
    out.reserve(targetBytes + 4096);
    while (out.size() < targetBytes) {
        QString line;
        const int parts = 3 + int(rng.bounded(6));
        for (int i = 0; i < parts; ++i) {
            if (i)
                line += QLatin1Char(' ');
            line +=
                rng.bounded(10) < 6 ? ko.at(rng.bounded(int(ko.size()))) : en.at(rng.bounded(int(en.size())));
        }
        if (rng.bounded(2) == 0)
            line += QLatin1Char(' ') + pii();
        line += QLatin1Char('\n');
        out += (ocr ? ocrNoise(line, rng) : line).toUtf8();
    }
    return out;
}

// The UTF-8 decoding inside the scan on its own: each path of decodeUtf8() (those the CPU has)
// beside QStringDecoder, Qt's UTF-8 decoder, on the same bytes in 1 MB blocks as scanStream()
// decodes them. Paths in turn in every round, so a busy moment falls on all of them.
void benchDecoding(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray data = file.readAll();
    const auto* bytes = reinterpret_cast<const uchar*>(data.constData());
    constexpr size_t kBlock = 1 << 20;
    std::vector<char16_t> out(kBlock + 16);
    const std::pair<Utf8Path, const char*> paths[] = {{Utf8Path::Scalar, "scalar"},
                                                      {Utf8Path::Sse2, "SSE2"},
                                                      {Utf8Path::Ssse3, "SSSE3"},
                                                      {Utf8Path::Avx2, "AVX2"}};
    constexpr int kPaths = 4;
    double best[kPaths + 1];
    std::fill(std::begin(best), std::end(best), 1e9);
    size_t units[kPaths + 1] = {};
    for (int round = 0; round < 5; ++round) {
        for (int k = 0; k <= kPaths; ++k) {
            if (k < kPaths && !utf8PathSupported(paths[k].first))
                continue;
            const double start = threadCpuSeconds();
            size_t total = 0;
            if (k == kPaths) {
                QStringDecoder decoder(QStringDecoder::Utf8);
                for (qsizetype at = 0; at < data.size(); at += qsizetype(kBlock)) {
                    const qsizetype len = std::min<qsizetype>(qsizetype(kBlock), data.size() - at);
                    QChar* end = decoder.appendToBuffer(reinterpret_cast<QChar*>(out.data()),
                                                        QByteArrayView(data.constData() + at, len));
                    total += size_t(end - reinterpret_cast<QChar*>(out.data()));
                }
            } else {
                unsigned hints = 0;
                for (size_t at = 0; at < size_t(data.size());) {
                    const size_t len = std::min(kBlock, size_t(data.size()) - at);
                    size_t produced = 0;
                    const size_t taken =
                        decodeUtf8(bytes + at, len, out.data(), produced, hints, paths[k].first);
                    total += produced;
                    at += taken > 0 ? taken : 1; // a sequence cut at the block end starts the next
                }
            }
            best[k] = std::min(best[k], threadCpuSeconds() - start);
            units[k] = total;
        }
    }
    std::printf("%-52s %10s %10s %8s\n", "UTF-8 to UTF-16 alone", "GB/s cpu", "", "vs Qt");
    for (int k = 0; k < kPaths; ++k)
        if (utf8PathSupported(paths[k].first))
            std::printf(
                "%-52s %10.2f %10s %7.2fx%s\n",
                qPrintable(QStringLiteral("  decodeUtf8, %1 path").arg(QLatin1String(paths[k].second))),
                double(data.size()) / best[k] / 1e9, "", best[kPaths] / best[k],
                units[k] == units[kPaths] ? "" : "  (units differ from Qt's!)");
    std::printf("%-52s %10.2f\n\n", "  QStringDecoder (Qt)", double(data.size()) / best[kPaths] / 1e9);
}

// Scans `path` with the default rules and runs the grep references on it; prints one block.
void benchFile(const QString& path, const char* what, const QTemporaryDir& tmp)
{
    const double megabytes = double(QFile(path).size()) / 1048576.0;
    std::printf("bench_redact: %.1f MB %s (%s)\n\n", megabytes, what, qPrintable(path));

    // Quarry: the full default rule set, streaming the file (UTF-8 decoding included), one thread.
    const Scanner scanner(RuleSet::defaults());
    double bestCpu = 1e9, bestWall = 1e9;
    qint64 hits = 0;
    quint64 hitHash = 0; // FNV-1a over every hit's offsets, type and rule: the same before and after a change
    for (int round = 0; round < 3; ++round) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return;
        hits = 0;
        hitHash = 14695981039346656037ull;
        QElapsedTimer t;
        t.start();
        const double c0 = threadCpuSeconds();
        scanner.scanStream(f, [&](const Scanner::StreamHit& h) {
            ++hits;
            auto mix = [&](quint64 v) { hitHash = (hitHash ^ v) * 1099511628211ull; };
            mix(quint64(h.start));
            mix(quint64(h.end));
            mix(qHash(h.type));
            mix(qHash(h.rule));
        });
        bestCpu = std::min(bestCpu, threadCpuSeconds() - c0);
        bestWall = std::min(bestWall, double(t.nsecsElapsed()) / 1e9);
    }

    const QStringList patterns = quarry::bench::grepPatterns();
    const QString grep = QStandardPaths::findExecutable(QStringLiteral("grep"));
    const QByteArray grepOut = QFile::encodeName(tmp.filePath(QStringLiteral("grep.out")));
    std::printf("%-52s %10s %10s %8s\n", "", "MB/s cpu", "MB/s wall", "vs grep");
    std::printf("%-52s %10.1f %10.1f\n",
                qPrintable(QStringLiteral("quarry Scanner, %1 built-in rules, %2 hits")
                               .arg(RuleSet::builtins().size())
                               .arg(hits)),
                megabytes / bestCpu, megabytes / bestWall);
    std::printf("  hit hash %016llx\n", static_cast<unsigned long long>(hitHash));
    if (grep.isEmpty()) {
        std::printf("grep not found: no reference figure\n");
        return;
    }
    for (const QByteArray& locale : {QByteArray("C"), QByteArray("C.UTF-8")}) {
        // One grep -P with the five patterns as alternatives, printing every match (-o).
        Run best;
        best.cpu = best.wall = 1e9;
        for (int round = 0; round < 3; ++round) {
            const Run r = runTool(
                {grep, QStringLiteral("-P"), QStringLiteral("-o"),
                 QStringLiteral("(?:") + patterns.join(QStringLiteral(")|(?:")) + QStringLiteral(")"), path},
                locale, grepOut);
            if (!r.ok)
                continue;
            best.ok = true;
            best.cpu = std::min(best.cpu, r.cpu);
            best.wall = std::min(best.wall, r.wall);
        }
        if (best.ok)
            std::printf("%-52s %10.1f %10.1f %7.2fx\n",
                        qPrintable(QStringLiteral("grep -P -o, 5 patterns in one pass, LC_ALL=%1")
                                       .arg(QString::fromLatin1(locale))),
                        megabytes / best.cpu, megabytes / best.wall, best.cpu / bestCpu);
        // Five grep -P passes, one per pattern (what many independent regexes cost).
        Run sum;
        sum.ok = true;
        for (const QString& p : patterns) {
            const Run r =
                runTool({grep, QStringLiteral("-P"), QStringLiteral("-o"), p, path}, locale, grepOut);
            sum.ok = sum.ok && r.ok;
            sum.cpu += r.cpu;
            sum.wall += r.wall;
        }
        if (sum.ok)
            std::printf("%-52s %10.1f %10.1f %7.2fx\n",
                        qPrintable(QStringLiteral("grep -P -o, 5 separate passes, LC_ALL=%1")
                                       .arg(QString::fromLatin1(locale))),
                        megabytes / sum.cpu, megabytes / sum.wall, sum.cpu / bestCpu);
    }
    std::printf("\n");
    benchDecoding(path);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int mb = quarry::bench::megabytesArg(args);
    QTemporaryDir tmp;
    tmp.setAutoRemove(!quarry::bench::keepArg(args));
    // One file at a time, written just before it is measured and removed after: with both written
    // first, the first measurement ran some 5% slower (page cache and memory of 64 MB more).
    const std::pair<const char*, const char*> files[] = {
        {"mixed.txt", "mixed Korean/English text"},
        {"mixed-ocr.txt", "the same text as OCR leaves it (spaces between syllables, O for 0)"}};
    for (const auto& [name, what] : files) {
        const QString path = tmp.filePath(QString::fromLatin1(name));
        {
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly))
                return 1;
            f.write(makeText(qint64(mb) << 20, QByteArrayView(name).startsWith("mixed-ocr")));
        }
        benchFile(path, what, tmp);
        if (!quarry::bench::keepArg(args))
            QFile::remove(path);
    }
    std::printf("'vs grep' = grep CPU time / quarry CPU time (above 1: quarry is faster).\n");
    return 0;
}
