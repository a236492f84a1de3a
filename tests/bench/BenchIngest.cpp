// bench_ingest: ingest throughput and memory against the reference tools, on files made here.
//   text-layer PDFs: IngestPipeline (2 workers) vs `pdftotext` run sequentially on the same files
//   OCR: IngestPipeline vs the `tesseract` CLI, one process per page, OMP_THREAD_LIMIT=1,
//        sequential, same page images and page segmentation mode; character error rates for both
//   memory: peak RSS of the pipeline process and of its largest worker for a 1,000-page PDF
// Usage: bench_ingest [--pdfs N] [--pages-per-pdf N] [--ocr-pages N] [--big-pages N] [--keep]

#include "BenchSupport.h"
#include "IngestFixtures.h"
#include "ingest/IngestPipeline.h"
#include "ingest/OcrEngine.h"
#include "store/ProjectStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

#include <sys/resource.h>

using namespace quarry;

namespace {

QString pageText(int doc, int page)
{
    QStringList lines;
    for (int l = 0; l < 38; ++l)
        lines << QStringLiteral("Document %1 page %2 line %3: pressure 180-210 bar, 점검 결과 기록 %4")
                     .arg(doc)
                     .arg(page)
                     .arg(l)
                     .arg((doc * 131 + page * 17 + l) % 1000);
    return lines.join(QLatin1Char('\n'));
}

void writeManyPagePdf(const QString& path, int doc, int pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    QPainter p(&writer);
    QFont font(test::cjkFamily());
    font.setPointSize(9);
    p.setFont(font);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        int y = 250;
        for (const QString& line : pageText(doc, i + 1).split(QLatin1Char('\n'))) {
            p.drawText(200, y, line);
            y += 85;
        }
    }
    p.end();
}

qint64 vmHwmKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

void resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

int g_psm = -2;

double childCpuSeconds()
{
    return bench::cpuSeconds(RUSAGE_CHILDREN);
}

double selfCpuSeconds()
{
    return bench::cpuSeconds(RUSAGE_SELF);
}

double runPipeline(const QString& project, const QStringList& files, IngestSummary* summary, const QString& psmLang = {})
{
    auto store = ProjectStore::create(project);
    IngestPipeline::Options o;
    o.workers = 2;
    o.pageSegMode = g_psm;
    if (!psmLang.isEmpty())
        o.ocrLanguages = psmLang;
    IngestPipeline pipeline(*store, o);
    QElapsedTimer t;
    t.start();
    *summary = pipeline.run(files);
    return t.elapsed() / 1000.0;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("pdfs"), QStringLiteral("text PDFs"), QStringLiteral("N"), QStringLiteral("20")},
                       {QStringLiteral("pages-per-pdf"), QStringLiteral("pages each"), QStringLiteral("N"), QStringLiteral("50")},
                       {QStringLiteral("ocr-pages"), QStringLiteral("OCR pages"), QStringLiteral("N"), QStringLiteral("8")},
                       {QStringLiteral("big-pages"), QStringLiteral("pages of the big PDF"), QStringLiteral("N"), QStringLiteral("1000")},
                       {QStringLiteral("psm"), QStringLiteral("page segmentation for Quarry (-1 automatic)"), QStringLiteral("N"), QStringLiteral("-1")},
                       {QStringLiteral("keep"), QStringLiteral("keep the generated files (for profiling)")}});
    parser.process(app);
    const int pdfs = parser.value(QStringLiteral("pdfs")).toInt();
    const int perPdf = parser.value(QStringLiteral("pages-per-pdf")).toInt();
    const int ocrPages = parser.value(QStringLiteral("ocr-pages")).toInt();
    const int bigPages = parser.value(QStringLiteral("big-pages")).toInt();
    g_psm = parser.value(QStringLiteral("psm")).toInt();
    if (qEnvironmentVariableIsEmpty("QUARRY_WORKER"))
        qputenv("QUARRY_WORKER", QUARRY_BENCH_WORKER);

    QTemporaryDir tmp;
    tmp.setAutoRemove(!parser.isSet(QStringLiteral("keep")));
    const QDir dir(tmp.path());
    std::printf("bench_ingest: generating fixtures in %s\n", qPrintable(tmp.path()));
    std::fflush(stdout);

    // Fixtures first: no child process runs before the memory phase, so RUSAGE_CHILDREN's peak is
    // the workers'.
    QDir().mkpath(dir.filePath(QStringLiteral("text")));
    QDir().mkpath(dir.filePath(QStringLiteral("ocr")));
    QStringList textFiles;
    for (int i = 0; i < pdfs; ++i) {
        const QString path = dir.filePath(QStringLiteral("text/doc-%1.pdf").arg(i, 3, 10, QLatin1Char('0')));
        writeManyPagePdf(path, i, perPdf);
        textFiles << path;
    }
    const QString big = dir.filePath(QStringLiteral("big.pdf"));
    writeManyPagePdf(big, 999, bigPages);
    QStringList ocrFiles;
    QStringList ocrTruth;
    for (int i = 0; i < ocrPages; ++i) {
        QStringList lines;
        for (int l = 0; l < 12; ++l)
            lines << (l % 2 ? QStringLiteral("설비 점검 안내문 %1: 유압 %2 bar 확인, 담당 김민수 010-2345-%3")
                                  .arg(i)
                                  .arg(180 + l)
                                  .arg(6789 + l)
                            : QStringLiteral("Inspection note %1: keep the press between %2 and 210 bar.").arg(i).arg(180 + l));
        const QString path = dir.filePath(QStringLiteral("ocr/page-%1.png").arg(i, 3, 10, QLatin1Char('0')));
        test::renderTextImage(lines, test::cjkFamily(), 42, 2480).save(path, "PNG");
        ocrFiles << path;
        ocrTruth << lines.join(QLatin1Char('\n'));
    }

    // --- memory: one 1,000-page PDF ---
    resetPeakRss();
    IngestSummary s;
    const double bigSeconds = runPipeline(dir.filePath(QStringLiteral("big.quarry")), {big}, &s);
    struct rusage children{};
    getrusage(RUSAGE_CHILDREN, &children);
    const qint64 selfPeakKb = vmHwmKb();
    const qint64 workerPeakKb = children.ru_maxrss;
    std::printf("\n[memory] %d-page PDF: %d pages in %.2f s; peak RSS pipeline %.1f MB, largest worker %.1f MB, "
                "pipeline + 2 workers <= %.1f MB (target < 500 MB)\n",
                bigPages, s.pages, bigSeconds, selfPeakKb / 1024.0, workerPeakKb / 1024.0,
                (selfPeakKb + 2 * workerPeakKb) / 1024.0);

    // --- text-layer PDFs ---
    QElapsedTimer t;
    const double refCpu0 = childCpuSeconds();
    t.start();
    for (const QString& f : textFiles) {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {f, dir.filePath(QStringLiteral("out.txt"))});
        p.waitForFinished(-1);
    }
    const double refSeconds = t.elapsed() / 1000.0;
    const double refCpu = childCpuSeconds() - refCpu0;
    const double ourCpu0 = childCpuSeconds() + selfCpuSeconds();
    const double oursSeconds = runPipeline(dir.filePath(QStringLiteral("text.quarry")), textFiles, &s);
    const double ourCpu = childCpuSeconds() + selfCpuSeconds() - ourCpu0;
    const int textPages = pdfs * perPdf;
    std::printf("\n[text] %d PDFs, %d pages: pdftotext (sequential) %.1f pages/s; quarry ingest %.1f pages/s "
                "(%d stored) -> %.2fx (target >= 1.5x)\n",
                pdfs, textPages, textPages / refSeconds, textPages / oursSeconds, s.pages, refSeconds / oursSeconds);
    std::printf("[text] CPU: pdftotext %.2f ms/page; quarry (pipeline + workers, incl. clean-up and SQLite) %.2f ms/page\n",
                refCpu * 1000 / textPages, ourCpu * 1000 / textPages);

    // --- OCR ---
    // The CLI runs with its default mode (3) and with mode 4, the one Quarry's automatic mode picks
    // for single-column pages such as these; the speed ratio is against the faster of the two.
    double refCer = 0;
    double ocrRefSeconds = 0;
    const int n = int(ocrFiles.size());
    for (int psm : {3, 4}) {
        double cerSum = 0;
        const double cpu0 = childCpuSeconds();
        t.restart();
        for (int i = 0; i < ocrFiles.size(); ++i) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("OMP_THREAD_LIMIT"), QStringLiteral("1"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral("tesseract"), {ocrFiles[i], QStringLiteral("-"), QStringLiteral("-l"),
                                                  QStringLiteral("kor+eng"), QStringLiteral("--psm"), QString::number(psm)});
            p.waitForFinished(-1);
            cerSum += test::cer(ocrTruth[i], QString::fromUtf8(p.readAllStandardOutput()));
        }
        const double secs = t.elapsed() / 1000.0;
        std::printf("\n[ocr] tesseract CLI --psm %d (sequential, OMP_THREAD_LIMIT=1): %.2f pages/s, CER %.4f, "
                    "%.2f CPU s/page",
                    psm, n / secs, cerSum / n, (childCpuSeconds() - cpu0) / n);
        if (ocrRefSeconds == 0 || secs < ocrRefSeconds) {
            ocrRefSeconds = secs;
            refCer = cerSum;
        }
    }
    const QString ocrProject = dir.filePath(QStringLiteral("ocr.quarry"));
    const double ocrCpu0 = childCpuSeconds();
    const double ocrSeconds = runPipeline(ocrProject, ocrFiles, &s, QStringLiteral("kor+eng"));
    const double ocrCpu = childCpuSeconds() - ocrCpu0;
    double ourCer = 0;
    {
        auto store = ProjectStore::open(ocrProject, ProjectStore::OpenMode::ReadOnly);
        Statement st = store->db().prepare(QStringLiteral(
            "SELECT d.name, p.raw_text FROM pages p JOIN documents d ON d.id = p.document_id ORDER BY d.name"));
        while (st.step()) {
            const int i = int(ocrFiles.indexOf(dir.filePath(QStringLiteral("ocr/")) + st.text(0)));
            if (i >= 0)
                ourCer += test::cer(ocrTruth[i], st.text(1));
        }
    }
    std::printf("\n[ocr] %d pages (kor+eng, 300 DPI): fastest tesseract CLI %.2f pages/s, CER %.4f; quarry ingest "
                "(psm %d, 2 workers) %.2f pages/s, CER %.4f, %.2f CPU s/page -> %.2fx (target >= 1.7x, CER no worse)\n",
                n, n / ocrRefSeconds, refCer / n, g_psm, n / ocrSeconds, ourCer / n, ocrCpu / n, ocrRefSeconds / ocrSeconds);
    return 0;
}
