#include "ingest/OcrEngine.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <clocale>
#include <string>
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

QString tr(const char* text)
{
    return QCoreApplication::translate("quarry::OcrEngine", text);
}

bool cancelTrampoline(void* data, int /*words*/)
{
    const auto* fn = static_cast<const std::function<bool()>*>(data);
    return fn && *fn && (*fn)();
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
        m_languages = defaultLanguages();
    validateLanguages(m_languages);
    CLocaleGuard guard;
    const QByteArray dir = QFile::encodeName(tessdataDir());
    if (m_api->Init(dir.isEmpty() ? nullptr : dir.constData(), m_languages.toUtf8().constData(),
                    tesseract::OEM_DEFAULT) != 0)
        throw Error(tr("OCR languages \"%1\" could not be loaded by Tesseract from %2")
                        .arg(m_languages, tessdataDir()),
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

OcrResult OcrEngine::recognize(const QImage& image, int dpi, const std::function<bool()>& cancel, int deadlineMs)
{
    if (image.isNull())
        throw Error(tr("OCR was given an empty page image"), Error::Kind::BadInput);
    // Tesseract reads 32-bit pixels as R,G,B,A bytes, which Format_RGB32 is not on little-endian
    // machines; 8-bit grayscale is exact and a quarter of the memory.
    const QImage gray = image.format() == QImage::Format_Grayscale8 ? image : image.convertToFormat(QImage::Format_Grayscale8);
    CLocaleGuard guard;
    auto setImage = [&] {
        m_api->SetImage(gray.constBits(), gray.width(), gray.height(), 1, int(gray.bytesPerLine()));
        // After SetImage: SetImage resets the resolution it stores.
        m_api->SetSourceResolution(dpi > 0 ? dpi : 300);
    };
    if (m_psm == AutoPageSegMode) {
        m_lastPsm = hasColumns(gray) ? int(tesseract::PSM_AUTO) : int(tesseract::PSM_SINGLE_COLUMN);
        m_api->SetPageSegMode(tesseract::PageSegMode(m_lastPsm));
    } else {
        m_lastPsm = m_psm;
    }
    setImage();

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

    OcrResult result;
    std::unique_ptr<tesseract::ResultIterator> it(m_api->GetIterator());
    double confSum = 0;
    int line = -1;
    if (it) {
        const auto level = tesseract::RIL_WORD;
        do {
            if (it->Empty(level))
                continue;
            const bool newBlock = it->IsAtBeginningOf(tesseract::RIL_BLOCK) || it->IsAtBeginningOf(tesseract::RIL_PARA);
            const bool newLine = it->IsAtBeginningOf(tesseract::RIL_TEXTLINE);
            QString word = takeText(it->GetUTF8Text(level)).trimmed();
            if (word.isEmpty())
                continue;
            if (!result.text.isEmpty())
                result.text += newBlock ? QStringLiteral("\n\n") : newLine ? QStringLiteral("\n") : QStringLiteral(" ");
            if (newLine || line < 0)
                ++line;
            int x1 = 0, y1 = 0, x2 = 0, y2 = 0;
            it->BoundingBox(level, &x1, &y1, &x2, &y2);
            OcrWord w;
            w.text = word;
            w.box = QRect(x1, y1, x2 - x1, y2 - y1);
            w.confidence = double(it->Confidence(level));
            w.lineNo = line;
            w.rawStart = int(result.text.size());
            result.text += word;
            w.rawEnd = int(result.text.size());
            confSum += w.confidence;
            result.words.append(w);
        } while (it->Next(level));
    }
    if (!result.words.isEmpty())
        result.confidence = confSum / double(result.words.size());
    m_api->Clear();
    return result;
}

bool OcrEngine::hasColumns(const QImage& gray)
{
    // A projection profile instead of Tesseract's layout analysis, which would cost a tenth of the
    // page's OCR time: side-by-side columns leave a vertical gutter, a band of pixel columns that
    // (almost) no text row crosses, with text on both sides.
    const int w = gray.width();
    const int h = gray.height();
    if (w < 200 || h < 200)
        return false;
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
        return false; // a few lines: nothing to lay out
    int left = 0;
    while (left < w && colInk[size_t(left)] == 0)
        ++left;
    int right = w - 1;
    while (right > left && colInk[size_t(right)] == 0)
        --right;
    const int contentW = right - left;
    if (contentW < w / 3)
        return false;
    // A text column is crossed by ink in a steady share of rows; a gutter by (almost) none, save a
    // title or rule across both columns. Compare against the median column of the content.
    std::vector<int> sorted(colInk.begin() + left, colInk.begin() + right + 1);
    std::nth_element(sorted.begin(), sorted.begin() + qsizetype(sorted.size() / 2), sorted.end());
    const int median = sorted[sorted.size() / 2];
    if (median <= 0)
        return false;
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
        if (leftInk > contentW / 5 && rightInk > contentW / 5)
            return true;
    }
    return false;
}

QString OcrEngine::tessdataDir()
{
    const QString env = qEnvironmentVariable("TESSDATA_PREFIX");
    if (!env.isEmpty()) {
        // Tesseract accepts both the tessdata folder and its parent.
        if (QFileInfo::exists(env + QStringLiteral("/tessdata")))
            return env + QStringLiteral("/tessdata");
        return env;
    }
    for (const QString& d : {QStringLiteral("/usr/share/tesseract-ocr/5/tessdata"),
                             QStringLiteral("/usr/share/tesseract-ocr/4.00/tessdata"),
                             QStringLiteral("/usr/share/tessdata"), QStringLiteral("/usr/local/share/tessdata")})
        if (QFileInfo::exists(d))
            return d;
    return {};
}

QStringList OcrEngine::availableLanguages()
{
    QStringList langs;
    const QDir dir(tessdataDir());
    for (const QFileInfo& fi : dir.entryInfoList({QStringLiteral("*.traineddata")}, QDir::Files, QDir::Name)) {
        if (fi.completeBaseName() != QLatin1String("osd"))
            langs << fi.completeBaseName();
    }
    return langs;
}

void OcrEngine::validateLanguages(const QString& languages)
{
    const QStringList available = availableLanguages();
    const QStringList wanted = languages.split(QLatin1Char('+'), Qt::SkipEmptyParts);
    if (wanted.isEmpty())
        throw Error(tr("no OCR language given"), Error::Kind::BadInput);
    for (const QString& lang : wanted)
        if (!available.contains(lang))
            throw Error(tr("OCR language \"%1\" is not installed (installed: %2)")
                            .arg(lang, available.join(QStringLiteral(", "))),
                        Error::Kind::BadInput);
}

} // namespace quarry
