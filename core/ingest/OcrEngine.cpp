#include "ingest/OcrEngine.h"

#include "ingest/OcrLanguages.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <algorithm>
#include <array>
#include <climits>
#include <clocale>
#include <cmath>
#include <string>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>
#include <vector>

namespace quarry {

namespace {

// Tesseract parses its parameter files with the C library's number functions; under a locale with
// a decimal comma it misreads them (gImageReader guards the same way).
class CLocaleGuard
{
public:
    CLocaleGuard()
    {
        const char* old = std::setlocale(LC_NUMERIC, nullptr);
        m_old = old ? old : "C";
        std::setlocale(LC_NUMERIC, "C");
    }
    ~CLocaleGuard() { std::setlocale(LC_NUMERIC, m_old.c_str()); }
    CLocaleGuard(const CLocaleGuard&) = delete;
    CLocaleGuard& operator=(const CLocaleGuard&) = delete;

private:
    std::string m_old;
};

bool cancelTrampoline(void* data, int /*words*/)
{
    const auto* fn = static_cast<const std::function<bool()>*>(data);
    return fn && *fn && (*fn)();
}

// A box Tesseract reports on the (possibly resized) image, in pixels of the caller's image: outward
// rounding, so that the word stays inside its box.
QRect toImageBox(int x1, int y1, int x2, int y2, double scale, const QSize& size)
{
    if (scale == 1.0)
        return QRect(x1, y1, x2 - x1, y2 - y1);
    const int l = std::clamp(int(std::floor(x1 / scale)), 0, size.width());
    const int t = std::clamp(int(std::floor(y1 / scale)), 0, size.height());
    const int r = std::clamp(int(std::ceil(x2 / scale)), l, size.width());
    const int b = std::clamp(int(std::ceil(y2 / scale)), t, size.height());
    return QRect(l, t, r - l, b - t);
}

QString takeText(char* s)
{
    QString out = QString::fromUtf8(s ? s : "");
    delete[] s;
    return out;
}

} // namespace

OcrEngine::OcrEngine(const QString& languages, int pageSegMode)
    : m_api(std::make_unique<tesseract::TessBaseAPI>()), m_languages(languages), m_psm(pageSegMode)
{
    if (m_languages.isEmpty())
        m_languages = OcrLanguages::defaultLanguages();
    OcrLanguages::validate(m_languages);
    CLocaleGuard guard;
    const QByteArray dir = QFile::encodeName(OcrLanguages::tessdataDir());
    if (m_api->Init(dir.isEmpty() ? nullptr : dir.constData(), m_languages.toUtf8().constData(),
                    tesseract::OEM_DEFAULT) != 0)
        throw Error(tr("OCR languages \"%1\" could not be loaded by Tesseract from %2")
                        .arg(m_languages, OcrLanguages::tessdataDir()),
                    Error::Kind::BadInput);
    if (m_psm < 0 || m_psm > 13)
        m_psm = AutoPageSegMode;
    else
        m_api->SetPageSegMode(tesseract::PageSegMode(m_psm));
}

OcrEngine::~OcrEngine()
{
    if (m_api)
        m_api->End();
}

OcrResult OcrEngine::recognize(const QImage& image, int dpi, const std::function<bool()>& cancel,
                               int deadlineMs)
{
    if (image.isNull())
        throw Error(tr("OCR was given an empty page image"), Error::Kind::BadInput);
    // Tesseract reads 32-bit pixels as R,G,B,A bytes, which Format_RGB32 is not on little-endian
    // machines; 8-bit grayscale is exact and a quarter of the memory.
    const QImage gray = image.format() == QImage::Format_Grayscale8
                            ? image
                            : image.convertToFormat(QImage::Format_Grayscale8);
    const double pixels = std::max(1.0, double(gray.width()) * double(gray.height()));
    const double cap = std::sqrt(double(MaxPixels) / pixels);
    QElapsedTimer timer;
    timer.start();
    // Both automatic choices look at the glyphs: the enlargement at their height, the layout rule
    // at whether Tesseract's layout covers them. Measuring costs a few milliseconds a page.
    const OcrTextMeasure measure =
        m_scale == AutoScale || m_psm == AutoPageSegMode ? measureText(gray) : OcrTextMeasure{};
    if (m_scale != AutoScale)
        return recognizeAt(gray, dpi, std::min(m_scale > 0 ? m_scale : 1.0, cap), cancel, deadlineMs,
                           measure.glyphBoxes);

    QString note;
    bool problem = false;
    const double enlarge = chooseScale(gray.size(), measure, &note, &problem);
    OcrResult first = recognizeAt(gray, dpi, std::min(1.0, cap), cancel, deadlineMs, measure.glyphBoxes);
    first.textHeight = measure.height;
    auto record = [&](OcrResult& r) {
        if (!note.isEmpty())
            (problem ? r.warnings : r.notes) << note;
        return std::move(r);
    };
    if (cap < 1.0 || enlarge <= 1.0 || !isDoubtful(first))
        return record(first);

    // Measured (bench_ingest, issue 13): enlarging every page is a coin toss on clean and scanned
    // 10.5 pt pages at 150-300 DPI (CER up or down by 0.01-0.03), but wins big on a page Tesseract
    // itself doubts (the Korean notice scan: mean word confidence 89 and 8% of words under 60 at
    // 1x, CER 0.112; 92 and CER 0.022 at 1.5x). So a doubtful first reading is repeated enlarged,
    // and the reading Tesseract is surer of is kept. Clean pages pay nothing.
    const int remaining = deadlineMs > 0 ? deadlineMs - int(timer.elapsed()) : 0;
    if (deadlineMs > 0 && remaining < deadlineMs / 4) {
        note = tr("OCR: doubtful reading (mean confidence %1) not repeated enlarged: too little time left")
                   .arg(first.confidence.value_or(0), 0, 'f', 1);
        problem = false;
        return record(first);
    }
    OcrResult second;
    try {
        second = recognizeAt(gray, dpi, enlarge, cancel, remaining, measure.glyphBoxes);
    } catch (const Error& e) {
        if (e.kind() != Error::Kind::Cancelled || (cancel && cancel()))
            throw;
        note =
            tr("OCR: doubtful reading (mean confidence %1) could not be repeated enlarged in the time left")
                .arg(first.confidence.value_or(0), 0, 'f', 1);
        problem = false;
        return record(first);
    }
    second.textHeight = measure.height;
    const double c1 = first.confidence.value_or(0);
    const double c2 = second.confidence.value_or(0);
    problem = false;
    if (c2 > c1) {
        note = tr("OCR: enlarged %1× and read again (text %2 px high; mean confidence %3 → %4)")
                   .arg(second.scale, 0, 'f', 2)
                   .arg(measure.height)
                   .arg(c1, 0, 'f', 1)
                   .arg(c2, 0, 'f', 1);
        return record(second);
    }
    note = tr("OCR: enlarged %1× and read again, kept the first reading (mean confidence %2, enlarged %3)")
               .arg(second.scale, 0, 'f', 2)
               .arg(c1, 0, 'f', 1)
               .arg(c2, 0, 'f', 1);
    return record(first);
}

bool OcrEngine::isDoubtful(const OcrResult& r)
{
    if (r.words.size() < 10 || !r.confidence)
        return false; // too little text to judge; enlarging a near-empty page wins nothing
    qsizetype low = 0;
    for (const OcrWord& w : r.words)
        low += w.confidence < LowWordConfidence;
    return *r.confidence < DoubtfulMeanConfidence || double(low) / double(r.words.size()) > DoubtfulLowShare;
}

OcrResult OcrEngine::recognizeAt(const QImage& gray, int dpi, double scale,
                                 const std::function<bool()>& cancel, int deadlineMs,
                                 const QList<QRect>& glyphs)
{
    OcrResult result;
    QImage scaled;
    if (std::abs(scale - 1.0) > 0.01) {
        scaled = gray.scaled(std::max(1, int(std::lround(gray.width() * scale))),
                             std::max(1, int(std::lround(gray.height() * scale))), Qt::IgnoreAspectRatio,
                             Qt::SmoothTransformation);
        if (scaled.isNull())
            throw Error(tr("the page image (%1 × %2 px) could not be resized for OCR (out of memory)")
                            .arg(gray.width())
                            .arg(gray.height()),
                        Error::Kind::BadInput);
        // The factor actually applied, for mapping boxes back.
        scale = double(scaled.width()) / double(gray.width());
    } else {
        scale = 1.0;
    }
    result.scale = scale;
    const QImage& work = scale == 1.0 ? gray : scaled;
    CLocaleGuard guard;
    auto setImage = [&] {
        m_api->SetImage(work.constBits(), work.width(), work.height(), 1, int(work.bytesPerLine()));
        // After SetImage: SetImage resets the resolution it stores. An enlarged page is the same
        // paper seen at a higher resolution.
        m_api->SetSourceResolution(int(std::lround((dpi > 0 ? dpi : 300) * scale)));
    };
    if (m_psm != AutoPageSegMode) {
        m_lastPsm = m_psm;
        setImage();
    } else {
        m_lastPsm = choosePageSegMode(setImage, gutterAt(gray), glyphs, scale, gray.size(), &result.notes);
    }
    if (cancel && cancel())
        throw Error(tr("OCR stopped (cancelled or over its time limit)"), Error::Kind::Cancelled);

    tesseract::ETEXT_DESC monitor;
    monitor.cancel = &cancelTrampoline;
    monitor.cancel_this = const_cast<std::function<bool()>*>(&cancel);
    if (deadlineMs > 0)
        monitor.set_deadline_msecs(deadlineMs);
    if (m_api->Recognize(&monitor) != 0) {
        m_api->Clear();
        throw Error(tr("OCR stopped (cancelled or over its time limit)"), Error::Kind::Cancelled);
    }
    if ((cancel && cancel()) || (deadlineMs > 0 && monitor.deadline_exceeded())) {
        m_api->Clear();
        throw Error(tr("OCR stopped (cancelled or over its time limit)"), Error::Kind::Cancelled);
    }

    // Languages whose traineddata set preserve_interword_spaces (kor does) mark the blanks between
    // Tesseract's "words" themselves: Hangul comes out one syllable a word with 0 blanks inside a
    // written word. Tesseract's own text output then joins by those blanks; without the flag it
    // puts one space between words. Doing the same keeps "작업자는" one word instead of "작 업 자 는".
    bool preserveBlanks = false;
    m_api->GetBoolVariable("preserve_interword_spaces", &preserveBlanks);
    std::unique_ptr<tesseract::ResultIterator> it(m_api->GetIterator());
    double confSum = 0;
    int confCount = 0;
    int line = -1;
    if (it) {
        const auto level = tesseract::RIL_WORD;
        do {
            if (it->Empty(level))
                continue;
            const bool newBlock =
                it->IsAtBeginningOf(tesseract::RIL_BLOCK) || it->IsAtBeginningOf(tesseract::RIL_PARA);
            const bool newLine = it->IsAtBeginningOf(tesseract::RIL_TEXTLINE);
            QString word = takeText(it->GetUTF8Text(level)).trimmed();
            if (word.isEmpty())
                continue;
            const bool blank = !preserveBlanks || it->BlanksBeforeWord() > 0;
            // A piece that follows the previous one with no blank on the same line continues the
            // written word: one OcrWord per word as the page shows it, so that a click on the image
            // selects "과장", not "과".
            const bool continues = !result.words.isEmpty() && !newBlock && !newLine && !blank;
            if (!result.text.isEmpty())
                result.text += newBlock  ? QStringLiteral("\n\n")
                               : newLine ? QStringLiteral("\n")
                               : blank   ? QStringLiteral(" ")
                                         : QString();
            if (newLine || line < 0)
                ++line;
            int x1 = 0, y1 = 0, x2 = 0, y2 = 0;
            it->BoundingBox(level, &x1, &y1, &x2, &y2);
            const QRect box = toImageBox(x1, y1, x2, y2, scale, gray.size());
            const double confidence = double(it->Confidence(level));
            confSum += confidence;
            ++confCount;
            if (continues) {
                // The weakest piece decides: one doubtful syllable makes the word worth checking.
                OcrWord& w = result.words.last();
                w.text += word;
                w.box = w.box.united(box);
                w.confidence = std::min(w.confidence, confidence);
                result.text += word;
                w.rawEnd = int(result.text.size());
                continue;
            }
            OcrWord w;
            w.text = word;
            w.box = box;
            w.confidence = confidence;
            w.lineNo = line;
            w.rawStart = int(result.text.size());
            result.text += word;
            w.rawEnd = int(result.text.size());
            result.words.append(w);
        } while (it->Next(level));
    }
    if (confCount > 0)
        result.confidence = confSum / double(confCount);
    m_api->Clear();
    return result;
}

int OcrEngine::choosePageSegMode(const std::function<void()>& setImage, int gutter,
                                 const QList<QRect>& glyphs, double scale, const QSize& size,
                                 QStringList* notes)
{
    // Measured on the OcrEvalSet pages and the notice scan (bench_ingest, issue 13): where its
    // layout is right, Tesseract's own layout analysis (mode 3) reads a single-column page as well
    // as mode 4 or a few characters better; where it is wrong it loses a tenth to a third of the
    // page. Its wrong layouts show before any recognition: vertical text found in horizontal
    // Korean lines, text blocks that overlap (a line cut between two blocks), or glyphs that no
    // text line holds (lines dropped). Mode 3 is trusted only without any of them. One layout
    // analysis costs about a tenth of recognising the page, and when mode 3 is kept Recognize()
    // reuses it; a second layout analysis in mode 4, to compare, cost 30% a page and was dropped.
    // A page with a gutter is different: mode 4 reads across it and interleaves the columns (CER
    // 0.65-0.71 on the two-column pages), so there mode 3 is kept whatever its layout, as long as
    // that layout agrees there are columns: a block of three lines or more on each side of the
    // gutter. A form with two fields a row has a gutter in its ink but is one column of rows, and
    // Tesseract sees no column of text beside it (found on the held-out form, where mode 3 dropped
    // its last line: CER 0.32, mode 4 0.03). Such a page gets the single-column checks.
    auto singleColumn = [&] {
        m_api->SetPageSegMode(tesseract::PSM_SINGLE_COLUMN);
        setImage();
        return int(tesseract::PSM_SINGLE_COLUMN);
    };
    m_api->SetPageSegMode(tesseract::PSM_AUTO);
    setImage();
    if (glyphs.isEmpty())
        return gutter >= 0 ? int(tesseract::PSM_AUTO) : singleColumn(); // nothing to check against
    QList<QRect> blocks;
    QList<int> blockLines;
    QList<QRect> lines;
    bool vertical = false;
    {
        std::unique_ptr<tesseract::PageIterator> it(m_api->AnalyseLayout());
        if (!it)
            return singleColumn();
        do {
            if (it->Empty(tesseract::RIL_TEXTLINE))
                continue;
            const tesseract::PolyBlockType type = it->BlockType();
            if (type == tesseract::PT_VERTICAL_TEXT)
                vertical = true;
            if (!tesseract::PTIsTextType(type))
                continue;
            int x1 = 0, y1 = 0, x2 = 0, y2 = 0;
            if (it->IsAtBeginningOf(tesseract::RIL_BLOCK) &&
                it->BoundingBox(tesseract::RIL_BLOCK, &x1, &y1, &x2, &y2)) {
                blocks << toImageBox(x1, y1, x2, y2, scale, size);
                blockLines << 0;
            }
            if (!blockLines.isEmpty())
                ++blockLines.last();
            if (it->BoundingBox(tesseract::RIL_TEXTLINE, &x1, &y1, &x2, &y2))
                lines << toImageBox(x1, y1, x2, y2, scale, size);
        } while (it->Next(tesseract::RIL_TEXTLINE));
    }
    if (gutter >= 0) {
        bool leftColumn = false;
        bool rightColumn = false;
        for (qsizetype b = 0; b < blocks.size(); ++b) {
            leftColumn = leftColumn || (blockLines[b] >= 3 && blocks[b].right() < gutter);
            rightColumn = rightColumn || (blockLines[b] >= 3 && blocks[b].left() > gutter);
        }
        if (leftColumn && rightColumn)
            return tesseract::PSM_AUTO; // its layout is in place: Recognize() reuses it
    }
    if (vertical || lines.isEmpty())
        return singleColumn();
    for (qsizetype a = 0; a < blocks.size(); ++a)
        for (qsizetype b = a + 1; b < blocks.size(); ++b)
            if (blocks[a].intersects(blocks[b]))
                return singleColumn();
    // Every glyph against every line is a few hundred thousand tests on a page of text; a page of
    // speckle could make it billions, so glyphs are then sampled evenly.
    const qsizetype stride = std::max<qsizetype>(1, glyphs.size() * lines.size() / 20'000'000);
    qsizetype held = 0;
    qsizetype tested = 0;
    for (qsizetype i = 0; i < glyphs.size(); i += stride, ++tested) {
        const QPoint c = glyphs[i].center();
        held += std::any_of(lines.begin(), lines.end(), [&](const QRect& l) { return l.contains(c); });
    }
    const double coverage = double(held) / double(tested);
    if (coverage < MinLayoutCoverage)
        return singleColumn();
    if (notes)
        *notes << tr("OCR: read with Tesseract's page layout analysis (mode 3): one column, %1 lines holding "
                     "%2% of the glyphs")
                      .arg(lines.size())
                      .arg(coverage * 100, 0, 'f', 1);
    return tesseract::PSM_AUTO; // its layout is in place: Recognize() reuses it
}

bool OcrEngine::hasColumns(const QImage& gray)
{
    return gutterAt(gray) >= 0;
}

int OcrEngine::gutterAt(const QImage& gray)
{
    // A projection profile instead of Tesseract's layout analysis, which would cost a tenth of the
    // page's OCR time: side-by-side columns leave a vertical gutter, a band of pixel columns that
    // (almost) no text row crosses, with text on both sides.
    const int w = gray.width();
    const int h = gray.height();
    if (w < 200 || h < 200)
        return -1;
    // colInk[x]: how many rows have ink in pixel column x.
    std::vector<int> colInk(size_t(w), 0);
    int top = -1;
    int bottom = -1;
    for (int y = 0; y < h; ++y) {
        const uchar* line = gray.constScanLine(y);
        bool any = false;
        for (int x = 0; x < w; ++x) {
            const bool dark = line[x] < 128;
            colInk[size_t(x)] += dark;
            any = any || dark;
        }
        if (!any)
            continue;
        if (top < 0)
            top = y;
        bottom = y;
    }
    if (top < 0 || bottom - top < h / 4)
        return -1; // a few lines: nothing to lay out
    int left = 0;
    while (left < w && colInk[size_t(left)] == 0)
        ++left;
    int right = w - 1;
    while (right > left && colInk[size_t(right)] == 0)
        --right;
    const int contentW = right - left;
    if (contentW < w / 3)
        return -1;
    // A text column is crossed by ink in a steady share of rows; a gutter by (almost) none, save a
    // title or rule across both columns. Compare against the median column of the content.
    std::vector<int> sorted(colInk.begin() + left, colInk.begin() + right + 1);
    std::nth_element(sorted.begin(), sorted.begin() + qsizetype(sorted.size() / 2), sorted.end());
    const int median = sorted[sorted.size() / 2];
    if (median <= 0)
        return -1;
    const int quiet = median / 5;
    const int minGap = qMax(8, w / 100);
    int run = 0;
    for (int x = left + contentW / 4; x <= left + contentW * 3 / 4; ++x) {
        run = colInk[size_t(x)] <= quiet ? run + 1 : 0;
        if (run < minGap)
            continue;
        // Text on both sides of the gutter, not a ragged margin.
        const int gapStart = x - run + 1;
        int leftInk = 0;
        int rightInk = 0;
        for (int k = left; k < gapStart; ++k)
            leftInk += colInk[size_t(k)] > quiet;
        for (int k = x + 1; k <= right; ++k)
            rightInk += colInk[size_t(k)] > quiet;
        if (leftInk > contentW / 5 && rightInk > contentW / 5) {
            int end = x;
            while (end + 1 <= right && colInk[size_t(end + 1)] <= quiet)
                ++end;
            return (gapStart + end) / 2;
        }
    }
    return -1;
}

OcrTextMeasure OcrEngine::measureText(const QImage& gray)
{
    OcrTextMeasure m;
    const int w = gray.width();
    const int h = gray.height();
    if (w < 16 || h < 16) {
        m.problem = tr("the page image is %1 × %2 px, too small to measure text on").arg(w).arg(h);
        m.odd = true;
        return m;
    }
    if (qint64(w) * qint64(h) > MaxPixels) {
        m.problem = tr("the page image is %1 × %2 px, too large to measure text on").arg(w).arg(h);
        m.odd = true;
        return m;
    }
    // Otsu's threshold: scans are grey on grey, a fixed 128 loses faint print.
    std::array<qint64, 256> hist{};
    for (int y = 0; y < h; ++y) {
        const uchar* line = gray.constScanLine(y);
        for (int x = 0; x < w; ++x)
            ++hist[line[x]];
    }
    const double total = double(w) * double(h);
    int lo = 0;
    while (lo < 255 && hist[size_t(lo)] == 0)
        ++lo;
    int hi = 255;
    while (hi > 0 && hist[size_t(hi)] == 0)
        --hi;
    if (hi - lo < 40) {
        m.problem = tr("the page has no contrast (blank or uniformly dark)");
        m.odd = hi < 128; // a white page is routine, a black one is not
        return m;
    }
    double sumAll = 0;
    for (int i = 0; i < 256; ++i)
        sumAll += double(i) * double(hist[size_t(i)]);
    double sumB = 0;
    double wB = 0;
    double best = -1;
    int threshold = 127;
    for (int t = 0; t < 256; ++t) {
        wB += double(hist[size_t(t)]);
        if (wB == 0)
            continue;
        const double wF = total - wB;
        if (wF == 0)
            break;
        sumB += double(t) * double(hist[size_t(t)]);
        const double mB = sumB / wB;
        const double mF = (sumAll - sumB) / wF;
        const double between = wB * wF * (mB - mF) * (mB - mF);
        if (between > best) {
            best = between;
            threshold = t;
        }
    }
    qint64 dark = 0;
    for (int i = 0; i <= threshold; ++i)
        dark += hist[size_t(i)];
    m.inkShare = double(dark) / total;
    if (m.inkShare > 0.5) {
        m.problem =
            tr("most of the page is dark (%1%): no text height measured").arg(qRound(m.inkShare * 100));
        return m;
    }

    // Connected components (8-connected) over runs of dark pixels, merged with a union-find: a
    // page has a few hundred thousand runs at most, so this costs a few milliseconds. Runs are
    // capped: a page of speckle gets a reason, not a long pause.
    constexpr size_t maxRuns = 4'000'000;
    std::vector<int> runX0, runX1, runY, parent;
    auto find = [&](int i) {
        while (parent[size_t(i)] != i) {
            parent[size_t(i)] = parent[size_t(parent[size_t(i)])];
            i = parent[size_t(i)];
        }
        return i;
    };
    size_t prevBegin = 0;
    size_t prevEnd = 0;
    for (int y = 0; y < h; ++y) {
        const uchar* line = gray.constScanLine(y);
        const size_t rowBegin = runX0.size();
        for (int x = 0; x < w;) {
            if (line[x] > threshold) {
                ++x;
                continue;
            }
            const int x0 = x;
            while (x < w && line[x] <= threshold)
                ++x;
            if (runX0.size() >= maxRuns) {
                m.problem = tr("the page is too speckled to measure text on");
                m.odd = true;
                return m;
            }
            const int id = int(runX0.size());
            runX0.push_back(x0);
            runX1.push_back(x - 1);
            runY.push_back(y);
            parent.push_back(id);
        }
        // Join with the previous row's runs that touch, diagonals included.
        size_t k = prevBegin;
        for (size_t r = rowBegin; r < runX0.size(); ++r) {
            while (k < prevEnd && runX1[k] + 1 < runX0[r])
                ++k;
            for (size_t q = k; q < prevEnd && runX0[q] <= runX1[r] + 1; ++q) {
                const int a = find(int(r));
                const int b = find(int(q));
                if (a != b)
                    parent[size_t(std::max(a, b))] = std::min(a, b);
            }
        }
        prevBegin = rowBegin;
        prevEnd = runX0.size();
    }
    struct Box
    {
        int x0 = INT_MAX, y0 = INT_MAX, x1 = -1, y1 = -1;
    };
    std::vector<Box> boxes(runX0.size());
    for (size_t r = 0; r < runX0.size(); ++r) {
        Box& b = boxes[size_t(find(int(r)))];
        b.x0 = std::min(b.x0, runX0[r]);
        b.x1 = std::max(b.x1, runX1[r]);
        b.y0 = std::min(b.y0, runY[r]);
        b.y1 = std::max(b.y1, runY[r]);
    }
    // Glyph-like components: not specks (under 3 px), not rules, frames or photos.
    std::vector<int> heights;
    for (size_t r = 0; r < boxes.size(); ++r) {
        if (parent[r] != int(r))
            continue;
        const Box& b = boxes[r];
        const int bw = b.x1 - b.x0 + 1;
        const int bh = b.y1 - b.y0 + 1;
        if (bh < 3 && bw < 3) {
            ++m.specks;
            continue;
        }
        if (bh < 3 || bw > w / 4 || bh > h / 4 || bw > bh * 6)
            continue;
        heights.push_back(bh);
        m.glyphBoxes.append(QRect(b.x0, b.y0, bw, bh));
    }
    m.glyphs = int(heights.size());
    if (heights.size() < 20) {
        m.problem = tr("too few glyphs on the page (%1) to measure text height").arg(heights.size());
        return m;
    }
    std::nth_element(heights.begin(), heights.begin() + qsizetype(heights.size() / 2), heights.end());
    m.height = heights[heights.size() / 2];
    return m;
}

double OcrEngine::chooseScale(const QSize& size, const OcrTextMeasure& m, QString* note, bool* problem)
{
    const double pixels = std::max(1.0, double(size.width()) * double(size.height()));
    const double cap = std::sqrt(double(MaxPixels) / pixels);
    auto say = [&](const QString& text, bool isProblem = true) {
        if (note)
            *note = text;
        if (problem)
            *problem = isProblem && !text.isEmpty();
    };
    if (cap < 1.0) {
        say(tr("OCR: page image %1 × %2 px reduced %3× to stay within %4 megapixels")
                .arg(size.width())
                .arg(size.height())
                .arg(cap, 0, 'f', 2)
                .arg(MaxPixels / 1'000'000));
        return cap;
    }
    if (m.height <= 0) {
        // A blank or nearly blank page is routine; a strip or a dark page is worth a warning.
        if (m.odd)
            say(tr("OCR: %1").arg(m.problem));
        return 1.0;
    }
    if (m.height < MinPlausibleHeight || m.height > MaxPlausibleHeight) {
        say(tr("OCR: not enlarged: measured text height %1 px is implausible").arg(m.height));
        return 1.0;
    }
    if (m.height >= MaxHeightToEnlarge)
        return 1.0;
    // Enlarge towards the height Tesseract reads best, by RetryScale at most.
    return std::min({RetryScale, std::max(1.0, MaxHeightToEnlarge / m.height), cap});
}

} // namespace quarry
