#include "PdfLayoutFixtures.h"

#include "IngestFixtures.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <algorithm>

namespace quarry::test {

namespace {

QFont fontFor(const PlacedText& t)
{
    QFont f(t.family.isEmpty() ? QStringLiteral("DejaVu Sans") : t.family);
    f.setPointSizeF(t.pointSize);
    return f;
}

// `count` lines of about `chars` characters drawn from `words` by a linear congruential generator
// started at `state`: proseLines() and koreanLines() differ only in the words and the seed mixing.
QStringList randomLines(const QStringList& words, int count, int chars, quint32 state)
{
    QStringList out;
    for (int l = 0; l < count; ++l) {
        QString line;
        while (line.size() < chars) {
            state = state * 1103515245u + 12345u;
            if (!line.isEmpty())
                line += QLatin1Char(' ');
            line += words[qsizetype((state >> 16) % quint32(words.size()))];
        }
        out << line;
    }
    return out;
}

} // namespace

void writeLayoutPdf(const QString& path, const QList<QList<PlacedText>>& pages, QSizeF sizePt)
{
    QPdfWriter writer(path);
    writer.setPageSize(sizePt.isEmpty() ? QPageSize(QPageSize::A4) : QPageSize(sizePt, QPageSize::Point));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    // 720 DPI: coordinates given in points land within 0.1 pt of where they were asked.
    writer.setResolution(720);
    const double scale = 10;
    QPainter p(&writer);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        double runEnd = 0; // device x where the last text drawn ends
        for (const PlacedText& t : pages[i]) {
            const QFont f = fontFor(t);
            p.setFont(f);
            const double x = t.baseline.x() < 0 ? runEnd : t.baseline.x() * scale;
            p.drawText(QPointF(x, t.baseline.y() * scale), t.text);
            runEnd = x + QFontMetricsF(f, &writer).horizontalAdvance(t.text);
        }
    }
    p.end();
}

QList<PlacedText> column(double left, double top, const QStringList& lines, double pointSize, double leading,
                         const QString& family)
{
    QList<PlacedText> out;
    for (qsizetype i = 0; i < lines.size(); ++i)
        out.append({QPointF(left, top + double(i) * leading), lines[i], family, pointSize});
    return out;
}

QList<PlacedText> mixedLine(double left, double baseline, const QList<PlacedText>& runs)
{
    QList<PlacedText> out;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        PlacedText t = runs[i];
        // The run's y is its offset from the line's baseline; x < 0 tells writeLayoutPdf() to start
        // it where the previous run's advance ends.
        t.baseline = QPointF(i == 0 ? left : -1, baseline + runs[i].baseline.y());
        out.append(t);
    }
    return out;
}

QStringList proseLines(int count, int chars, int seed)
{
    static const QStringList words =
        QStringLiteral(
            "the press runs at a steady pressure while every operator checks the valve before each shift and "
            "writes the reading into the maintenance log so that the next team knows what changed since the "
            "last inspection of hydraulic lines pumps strainers seals and gauges")
            .split(QLatin1Char(' '));
    return randomLines(words, count, chars, quint32(seed) * 2654435761u + 1);
}

QStringList koreanLines(int count, int chars, int seed)
{
    static const QStringList words = QStringLiteral("작업자는 설비를 점검하고 유압을 확인한다 매일 교대 전에 "
                                                    "밸브와 배관의 상태를 기록하며 이상이 있으면 "
                                                    "담당자에게 보고한다 점검 결과는 관리 대장에 남긴다")
                                         .split(QLatin1Char(' '));
    return randomLines(words, count, chars, quint32(seed) * 2246822519u + 7);
}

QStringList pdftotextPages(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    QStringList pages = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

namespace {

template <typename Seq> double levenshteinSimilarity(const Seq& x, const Seq& y)
{
    if (x.isEmpty() && y.isEmpty())
        return 1.0;
    return 1.0 - double(editDistance(x, y)) / double(std::max(x.size(), y.size()));
}

} // namespace

double similarity(const QString& a, const QString& b)
{
    return levenshteinSimilarity(a.simplified(), b.simplified());
}

double wordSimilarity(const QString& a, const QString& b)
{
    return levenshteinSimilarity(a.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts),
                                 b.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts));
}

} // namespace quarry::test
