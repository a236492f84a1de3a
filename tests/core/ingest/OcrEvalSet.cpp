#include "OcrEvalSet.h"

#include "IngestFixtures.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QPainter>
#include <QRandomGenerator>
#include <cmath>
#include <vector>

namespace quarry::test {

namespace {

struct EvalText
{
    QString family;
    QStringList lines;
    QStringList personal;
};

QString serifFamily()
{
    for (const QString& f : QFontDatabase::families())
        if (f.startsWith(QLatin1String("Noto Serif CJK KR")))
            return f;
    return cjkFamily();
}

QList<EvalText> texts()
{
    const QString rrnA = OcrEvalSet::residentNumber(QStringLiteral("850312-123456"));
    const QString cardA = OcrEvalSet::luhnCard(QStringLiteral("4532-0151-1283-036"));
    const QString rrnB = OcrEvalSet::residentNumber(QStringLiteral("790421-154321"));
    const QString cardB = OcrEvalSet::luhnCard(QStringLiteral("5425-2334-3010-990"));
    return {
        {cjkFamily(),
         {QStringLiteral("설비 점검 및 인사 기록 안내 (제2공장 B라인)"),
          QStringLiteral("작업자는 프레스를 가동하기 전에 유압이 180~210 bar 범위인지 확인한다."),
          QStringLiteral("담당: 정비팀 김민수 과장, 휴대전화 010-2345-6789"),
          QStringLiteral("이메일 minsu.kim@example.co.kr 로 점검 결과를 보고한다."),
          QStringLiteral("주민등록번호 %1 은 기록 카드에 적지 않는다.").arg(rrnA),
          QStringLiteral("야간 당직 이영희 대리, 사무실 02-3456-7890"),
          QStringLiteral("부품 대금은 신한은행 계좌 110-234-567890 으로 입금한다."),
          QStringLiteral("법인카드 %1 사용 내역은 월말에 정산한다.").arg(cardA),
          QStringLiteral("Inspection of press line 8 was signed off by Ms. Jane Cooper on 3 March."),
          QStringLiteral("Questions go to jane.cooper@example.com or 02-3456-7891.")},
         {QStringLiteral("김민수"), QStringLiteral("010-2345-6789"),
          QStringLiteral("minsu.kim@example.co.kr"), rrnA, QStringLiteral("이영희"),
          QStringLiteral("02-3456-7890"), QStringLiteral("110-234-567890"), cardA,
          QStringLiteral("Jane Cooper"), QStringLiteral("jane.cooper@example.com"),
          QStringLiteral("02-3456-7891")}},
        {serifFamily(),
         {QStringLiteral("Employee record update / 직원 정보 변경 신청서"),
          QStringLiteral("성명: 박지훈 (영업부 차장), 생년월일 1979년 4월 21일"),
          QStringLiteral("주민등록번호: %1").arg(rrnB),
          QStringLiteral("연락처: 010-8765-4321 / 자택 031-987-6543"),
          QStringLiteral("E-mail: jihoon.park@example.kr"),
          QStringLiteral("급여 계좌: 국민은행 123456-78-901234 (예금주 박지훈)"),
          QStringLiteral("Corporate card %1 expires 09/28.").arg(cardB),
          QStringLiteral("승인자 최수진 부장님께서 변경 사항을 확인하였습니다."),
          QStringLiteral("The request was received by Mr. Michael Brown, HR desk, ext. 2041."),
          QStringLiteral("문의: hr-desk@example.com, 전화 02-555-0147")},
         {QStringLiteral("박지훈"), rrnB, QStringLiteral("010-8765-4321"), QStringLiteral("031-987-6543"),
          QStringLiteral("jihoon.park@example.kr"), QStringLiteral("123456-78-901234"), cardB,
          QStringLiteral("최수진"), QStringLiteral("Michael Brown"), QStringLiteral("hr-desk@example.com"),
          QStringLiteral("02-555-0147")}},
    };
}

int dotsPerMeter(int dpi)
{
    return qRound(dpi / 0.0254);
}

} // namespace

int OcrEvalSet::textCount()
{
    return int(texts().size());
}

QString OcrEvalSet::residentNumber(const QString& firstTwelveDigits)
{
    // C = (11 - sum(d_i * w_i) mod 11) mod 10, w = 2..9, 2..5 (identifiers.md).
    static const int weights[12] = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
    int sum = 0;
    int k = 0;
    for (const QChar c : firstTwelveDigits)
        if (c.isDigit() && k < 12)
            sum += c.digitValue() * weights[k++];
    return firstTwelveDigits + QString::number((11 - sum % 11) % 10);
}

QString OcrEvalSet::luhnCard(const QString& firstFifteenDigits)
{
    std::vector<int> digits;
    for (const QChar c : firstFifteenDigits)
        if (c.isDigit())
            digits.push_back(c.digitValue());
    // The check digit will be rightmost: double every second digit counting from the one before it.
    int sum = 0;
    for (size_t i = 0; i < digits.size(); ++i) {
        int d = digits[digits.size() - 1 - i];
        if (i % 2 == 0) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return firstFifteenDigits + QString::number((10 - sum % 10) % 10);
}

QImage OcrEvalSet::render(const QStringList& lines, const QString& family, int dpi, double skewDegrees)
{
    // An A4-wide strip holding the text: 10.5 pt type, 1.6 line spacing, 1 inch left margin.
    const double px = 10.5 * dpi / 72.0;
    const int lineHeight = qRound(px * 1.6);
    const int width = qRound(8.27 * dpi);
    const int top = qRound(0.8 * dpi);
    const int height = top * 2 + lineHeight * int(lines.size());
    QImage img(width, height, QImage::Format_RGB32);
    img.fill(Qt::white);
    {
        QPainter p(&img);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.setRenderHint(QPainter::Antialiasing);
        QFont font(family);
        font.setPixelSize(qRound(px));
        p.setFont(font);
        p.setPen(Qt::black);
        // Skew as a sheet fed at an angle: the whole page turns around its centre.
        p.translate(width / 2.0, height / 2.0);
        p.rotate(skewDegrees);
        p.translate(-width / 2.0, -height / 2.0);
        int y = top + qRound(px);
        for (const QString& line : lines) {
            p.drawText(dpi, y, line);
            y += lineHeight;
        }
    }
    QImage gray = img.convertToFormat(QImage::Format_Grayscale8);
    gray.setDotsPerMeterX(dotsPerMeter(dpi));
    gray.setDotsPerMeterY(dotsPerMeter(dpi));
    return gray;
}

QImage OcrEvalSet::degrade(const QImage& clean, int dpi, quint32 seed)
{
    // What an office scanner does to a page: grey paper and ink, optics blur (a wider kernel at
    // higher resolution, the same blur in millimetres), sensor noise, then JPEG.
    QRandomGenerator rng(seed);
    const int w = clean.width();
    const int h = clean.height();
    std::vector<float> px(size_t(w) * size_t(h));
    for (int y = 0; y < h; ++y) {
        const uchar* line = clean.constScanLine(y);
        for (int x = 0; x < w; ++x)
            px[size_t(y) * size_t(w) + size_t(x)] = 45.0f + float(line[x]) * (232.0f - 45.0f) / 255.0f;
    }
    const int passes = dpi >= 300 ? 2 : 1; // [1 2 1] once ~ sigma 0.7 px
    std::vector<float> tmp(px.size());
    for (int pass = 0; pass < passes; ++pass) {
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x) {
                const size_t i = size_t(y) * size_t(w) + size_t(x);
                const float l = px[x > 0 ? i - 1 : i];
                const float r = px[x + 1 < w ? i + 1 : i];
                tmp[i] = (l + 2 * px[i] + r) / 4;
            }
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x) {
                const size_t i = size_t(y) * size_t(w) + size_t(x);
                const float u = tmp[y > 0 ? i - size_t(w) : i];
                const float d = tmp[y + 1 < h ? i + size_t(w) : i];
                px[i] = (u + 2 * tmp[i] + d) / 4;
            }
    }
    QImage out(w, h, QImage::Format_Grayscale8);
    for (int y = 0; y < h; ++y) {
        uchar* line = out.scanLine(y);
        for (int x = 0; x < w; ++x) {
            // Box-Muller, sigma 12 grey levels.
            const double u1 = qMax(1e-12, rng.generateDouble());
            const double u2 = rng.generateDouble();
            const double n = std::sqrt(-2.0 * std::log(u1)) * std::cos(2 * M_PI * u2) * 12.0;
            line[x] = uchar(qBound(0, int(std::lround(px[size_t(y) * size_t(w) + size_t(x)] + n)), 255));
        }
    }
    QByteArray jpeg;
    QBuffer buf(&jpeg);
    buf.open(QIODevice::WriteOnly);
    out.save(&buf, "JPEG", 55);
    QImage decoded = QImage::fromData(jpeg, "JPEG").convertToFormat(QImage::Format_Grayscale8);
    decoded.setDotsPerMeterX(dotsPerMeter(dpi));
    decoded.setDotsPerMeterY(dotsPerMeter(dpi));
    return decoded;
}

OcrEvalPage OcrEvalSet::page(int textNo, int dpi, bool degraded)
{
    const QList<EvalText> all = texts();
    const EvalText& t = all.at(textNo);
    OcrEvalPage p;
    p.name = QStringLiteral("%1-%2-%3")
                 .arg(QChar(QLatin1Char('a' + textNo)))
                 .arg(dpi)
                 .arg(degraded ? QStringLiteral("scan") : QStringLiteral("clean"));
    p.dpi = dpi;
    p.degraded = degraded;
    p.truth = t.lines.join(QLatin1Char('\n'));
    p.personalValues = t.personal;
    const quint32 seed = quint32(textNo * 1000 + dpi);
    // 1 to 2 degrees, alternating direction.
    const double skew = degraded ? (1.0 + (seed % 7) / 7.0) * (textNo % 2 ? -1 : 1) : 0.0;
    const QImage clean = render(t.lines, t.family, dpi, skew);
    p.image = degraded ? degrade(clean, dpi, seed) : clean;
    return p;
}

QList<OcrEvalPage> OcrEvalSet::pages()
{
    QList<OcrEvalPage> out;
    for (int t = 0; t < textCount(); ++t)
        for (const int dpi : dpis())
            for (const bool degraded : {false, true})
                out << page(t, dpi, degraded);
    return out;
}

} // namespace quarry::test
