#include "ingest/PdfTextLayout.h"

#include <algorithm>

namespace quarry {

namespace {

struct Line
{
    qsizetype first = 0; // words [first, last]
    qsizetype last = 0;
    QRectF box;
};

// How much of the smaller of two vertical extents the two share (0..1).
double verticalOverlap(const QRectF& a, const QRectF& b)
{
    const double shared = std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
    const double smaller = std::min(a.height(), b.height());
    return smaller > 0 ? std::max(0.0, shared) / smaller : 0.0;
}

// `next` continues `line` on the same baseline: it starts just right of where `line` ends and the
// two share most of their height. A gap of more than about one character height is a gutter or a
// table column, never a word space.
bool sameVisualLine(const QRectF& line, const QRectF& next)
{
    const double height = std::max(line.height(), next.height());
    const double gap = next.left() - line.right();
    return verticalOverlap(line, next) >= 0.5 && gap > -0.2 * height && gap < 1.0 * height;
}

} // namespace

QString PdfTextLayout::text(const QList<Word>& words)
{
    // Poppler's lines, in its order.
    QList<Line> lines;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (lines.isEmpty() || words[i - 1].lineEnd) {
            Line l;
            l.first = i;
            l.last = i;
            l.box = words[i].box;
            lines.append(l);
        } else {
            lines.last().last = i;
            lines.last().box |= words[i].box;
        }
    }

    QString out;
    qsizetype chars = 0;
    for (const Word& w : words)
        chars += w.text.size() + 1;
    out.reserve(chars + lines.size());
    QRectF visual; // the visual line being written (Poppler lines joined again)
    QRectF lastVisual;
    for (qsizetype k = 0; k < lines.size(); ++k) {
        const Line& l = lines[k];
        if (k > 0) {
            if (sameVisualLine(visual, l.box)) {
                // Poppler cut one visual line in two: a space unless the runs touch.
                if (words[l.first - 1].spaceAfter || l.box.left() - visual.right() > 0.15 * l.box.height())
                    out += QLatin1Char(' ');
                visual |= l.box;
            } else {
                lastVisual = visual;
                const double height = std::max(lastVisual.height(), l.box.height());
                const double gap = l.box.top() - lastVisual.bottom();
                // A simple next line starts below the last one, not much further down than a
                // line's height, and overlaps it horizontally. So does the top of the next column
                // (up and to the right): text often runs on from one column into the next, and
                // the clean-up decides from the line's length whether a paragraph ended there.
                // Anything else (a paragraph or block gap, a heading, a caption, a footer, a jump
                // sideways within a table) starts a new block, which the clean-up never joins.
                const bool below = gap > -0.3 * height && gap < 0.8 * height;
                const bool overlapsHorizontally =
                    std::min(lastVisual.right(), l.box.right()) > std::max(lastVisual.left(), l.box.left());
                const bool nextColumn =
                    l.box.top() < lastVisual.top() && l.box.left() >= lastVisual.right() - 0.5 * height;
                out += ((below && overlapsHorizontally) || nextColumn) ? QStringLiteral("\n")
                                                                       : QStringLiteral("\n\n");
                visual = l.box;
            }
        } else {
            visual = l.box;
        }
        for (qsizetype i = l.first; i <= l.last; ++i) {
            out += words[i].text;
            if (i < l.last && words[i].spaceAfter)
                out += QLatin1Char(' ');
        }
    }
    return out;
}

} // namespace quarry
