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

QImage OcrEvalSet::renderLayout(const QString& layout, int dpi, double skewDegrees, QString* truth,
                                QStringList* personal)
{
    // Positions in inches on an A4-wide sheet; text at 10.5 pt as on the other pages, titles 14 pt.
    struct Text
    {
        double x;
        double y; // baseline
        QString text;
        double pt = 10.5;
    };
    QList<Text> texts;
    QList<QLineF> rules; // inches
    QStringList lines;   // the reading order, one entry a line of the truth
    const QString rrn = residentNumber(QStringLiteral("880714-234567"));
    const QString card = luhnCard(QStringLiteral("3562-1180-4455-912"));
    if (layout == QLatin1String("columns")) {
        const QString title = QStringLiteral("설비 안전 소식 제12호 / Plant Safety Bulletin No. 12");
        texts.append({1.0, 1.0, title, 14});
        lines << title;
        const QStringList left{
            QStringLiteral("지난달 프레스 2호기에서"),      QStringLiteral("유압 호스 누유가 발견되어"),
            QStringLiteral("정비팀 오세훈 대리가 교체"),    QStringLiteral("작업을 마쳤다. 교체 후"),
            QStringLiteral("압력은 195 bar로 안정되었다."), QStringLiteral("문의는 010-3141-5926 으로"),
            QStringLiteral("하면 된다. 다음 점검일은"),     QStringLiteral("4월 둘째 주 화요일이다."),
            QStringLiteral("Spare hoses are kept in"),      QStringLiteral("cabinet C, key with Mr."),
            QStringLiteral("Daniel Hughes at the gate."),   QStringLiteral("점검표는 매주 제출한다.")};
        const QStringList right{
            QStringLiteral("신규 입사자 교육은 3월"),    QStringLiteral("18일에 열린다. 담당은"),
            QStringLiteral("인사팀 윤서연 과장이며"),    QStringLiteral("메일 seoyeon.yoon@example.kr"),
            QStringLiteral("로 신청을 받는다. 교육비"),  QStringLiteral("환급 계좌는 우리은행"),
            QStringLiteral("1002-345-678901 이다."),     QStringLiteral("The safety video lasts"),
            QStringLiteral("forty minutes and ends"),    QStringLiteral("with a short quiz for"),
            QStringLiteral("every new worker on site."), QStringLiteral("안전모 착용은 필수이다.")};
        for (qsizetype i = 0; i < left.size(); ++i) {
            texts.append({1.0, 1.5 + 0.23 * double(i), left[i]});
            texts.append({4.4, 1.5 + 0.23 * double(i), right[i]});
        }
        lines += left;
        lines += right;
        *personal = {QStringLiteral("오세훈"),
                     QStringLiteral("010-3141-5926"),
                     QStringLiteral("Daniel Hughes"),
                     QStringLiteral("윤서연"),
                     QStringLiteral("seoyeon.yoon@example.kr"),
                     QStringLiteral("1002-345-678901")};
    } else if (layout == QLatin1String("table")) {
        const QString title = QStringLiteral("비상 연락망 (2공장 정비팀)");
        texts.append({1.0, 1.0, title, 14});
        lines << title;
        const QList<QStringList> rows{{QStringLiteral("성명"), QStringLiteral("직위"),
                                       QStringLiteral("휴대전화"), QStringLiteral("내선")},
                                      {QStringLiteral("한지민"), QStringLiteral("팀장"),
                                       QStringLiteral("010-4455-1203"), QStringLiteral("2101")},
                                      {QStringLiteral("강동원"), QStringLiteral("과장"),
                                       QStringLiteral("010-7788-3490"), QStringLiteral("2102")},
                                      {QStringLiteral("Laura Kim"), QStringLiteral("대리"),
                                       QStringLiteral("010-2299-8812"), QStringLiteral("2103")},
                                      {QStringLiteral("배수지"), QStringLiteral("사원"),
                                       QStringLiteral("010-6120-4477"), QStringLiteral("2104")},
                                      {QStringLiteral("임시완"), QStringLiteral("사원"),
                                       QStringLiteral("010-5032-9160"), QStringLiteral("2105")}};
        const double colX[] = {1.0, 2.6, 3.8, 5.8, 6.8};
        const double top = 1.3;
        const double rowH = 0.34;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < 4; ++c)
                texts.append({colX[c] + 0.12, top + rowH * double(r) + 0.23, rows[r][c]});
            lines << rows[r].join(QLatin1Char(' '));
        }
        for (qsizetype r = 0; r <= rows.size(); ++r)
            rules.append(QLineF(colX[0], top + rowH * double(r), colX[4], top + rowH * double(r)));
        for (const double x : colX)
            rules.append(QLineF(x, top, x, top + rowH * double(rows.size())));
        const QString note = QStringLiteral("야간에는 당직자 휴대전화로 먼저 연락한다.");
        texts.append({1.0, top + rowH * double(rows.size()) + 0.45, note});
        lines << note;
        *personal = {QStringLiteral("한지민"),    QStringLiteral("010-4455-1203"),
                     QStringLiteral("강동원"),    QStringLiteral("010-7788-3490"),
                     QStringLiteral("Laura Kim"), QStringLiteral("010-2299-8812"),
                     QStringLiteral("배수지"),    QStringLiteral("010-6120-4477"),
                     QStringLiteral("임시완"),    QStringLiteral("010-5032-9160")};
    } else {
        const QString title = QStringLiteral("출입증 발급 신청서 / Access Card Application");
        texts.append({1.0, 1.0, title, 14});
        lines << title;
        // Two fields a row: a label, then its value in a box.
        const QList<QStringList> fields{
            {QStringLiteral("성명"), QStringLiteral("정우성"), QStringLiteral("소속"),
             QStringLiteral("설비보전팀")},
            {QStringLiteral("주민등록번호"), rrn, QStringLiteral("연락처"), QStringLiteral("010-8123-4567")},
            {QStringLiteral("E-mail"), QStringLiteral("woosung.jung@example.com"), QStringLiteral("차량"),
             QStringLiteral("12가 3456")},
            {QStringLiteral("법인카드"), card, QStringLiteral("발급일"), QStringLiteral("2026-03-02")}};
        double y = 1.45;
        for (const QStringList& f : fields) {
            const double boxes[2][2] = {{2.2, 4.2}, {5.4, 7.3}}; // value box left/right edges
            for (int k = 0; k < 2; ++k) {
                texts.append({k == 0 ? 1.0 : 4.45, y, f[k * 2]});
                texts.append({boxes[k][0] + 0.08, y, f[k * 2 + 1]});
                rules.append(QLineF(boxes[k][0], y - 0.2, boxes[k][1], y - 0.2));
                rules.append(QLineF(boxes[k][0], y + 0.1, boxes[k][1], y + 0.1));
                rules.append(QLineF(boxes[k][0], y - 0.2, boxes[k][0], y + 0.1));
                rules.append(QLineF(boxes[k][1], y - 0.2, boxes[k][1], y + 0.1));
            }
            lines << f.join(QLatin1Char(' '));
            y += 0.45;
        }
        const QString sign = QStringLiteral("위 내용이 사실임을 확인합니다. 신청인 정우성 (서명)");
        texts.append({1.0, y + 0.2, sign});
        lines << sign;
        *personal = {QStringLiteral("정우성"), rrn, QStringLiteral("010-8123-4567"),
                     QStringLiteral("woosung.jung@example.com"), card};
    }
    *truth = lines.join(QLatin1Char('\n'));

    double bottom = 0;
    for (const Text& t : texts)
        bottom = std::max(bottom, t.y);
    const int width = qRound(8.27 * dpi);
    const int height = qRound((bottom + 0.8) * dpi);
    QImage img(width, height, QImage::Format_RGB32);
    img.fill(Qt::white);
    {
        QPainter p(&img);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.setRenderHint(QPainter::Antialiasing);
        p.translate(width / 2.0, height / 2.0);
        p.rotate(skewDegrees);
        p.translate(-width / 2.0, -height / 2.0);
        p.setPen(QPen(Qt::black, std::max(1.0, dpi / 150.0)));
        for (const QLineF& l : rules)
            p.drawLine(QLineF(l.p1() * dpi, l.p2() * dpi));
        for (const Text& t : texts) {
            QFont font(cjkFamily());
            font.setPixelSize(qRound(t.pt * dpi / 72.0));
            p.setFont(font);
            p.drawText(QPointF(t.x * dpi, t.y * dpi), t.text);
        }
    }
    QImage gray = img.convertToFormat(QImage::Format_Grayscale8);
    gray.setDotsPerMeterX(dotsPerMeter(dpi));
    gray.setDotsPerMeterY(dotsPerMeter(dpi));
    return gray;
}

OcrEvalPage OcrEvalSet::layoutPage(const QString& layout, int dpi, bool degraded)
{
    OcrEvalPage p;
    p.name = QStringLiteral("%1-%2-%3")
                 .arg(layout)
                 .arg(dpi)
                 .arg(degraded ? QStringLiteral("scan") : QStringLiteral("clean"));
    p.dpi = dpi;
    p.degraded = degraded;
    const quint32 seed = quint32(7000 + layoutNames().indexOf(layout) * 1000 + dpi);
    const double skew = degraded ? 1.2 * (layout.size() % 2 ? -1 : 1) : 0.0;
    const QImage clean = renderLayout(layout, dpi, skew, &p.truth, &p.personalValues);
    p.image = degraded ? degrade(clean, dpi, seed) : clean;
    return p;
}

QList<OcrEvalPage> OcrEvalSet::layoutPages()
{
    QList<OcrEvalPage> out;
    for (const QString& layout : layoutNames()) {
        out << layoutPage(layout, 300, false);
        out << layoutPage(layout, 200, true);
    }
    return out;
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
