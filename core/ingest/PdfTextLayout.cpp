#include "ingest/PdfTextLayout.h"

#include <algorithm>
#include <vector>

namespace quarry {

namespace {

using Words = QList<PdfTextLayout::Word>;

// Words [first, last] of one Poppler line with no gap wider than a character between them.
struct Segment
{
    qsizetype first = 0;
    qsizetype last = 0;
    QRectF box;
    int words = 0;
};

// What reading order produces: runs of segments that form one text line, and where blocks end.
struct Output
{
    const Words& words;
    const std::vector<Segment>& segs;
    QString text;
    // How the next line starts: 0 nothing written yet, 1 a line break, 2 a blank line.
    int pendingBreak = 0;

    void breakBlock(int strength) { pendingBreak = std::max(pendingBreak, strength); }

    void line(const std::vector<int>& row)
    {
        if (!text.isEmpty())
            text += pendingBreak >= 2 ? QStringLiteral("\n\n") : QStringLiteral("\n");
        pendingBreak = 1;
        for (size_t k = 0; k < row.size(); ++k) {
            const Segment& s = segs[size_t(row[k])];
            if (k > 0) {
                const Segment& prev = segs[size_t(row[k - 1])];
                const double gap = s.box.left() - prev.box.right();
                const double height = std::min(s.box.height(), prev.box.height());
                // Segments are cut at gaps wider than a character: cells of a table row get a tab
                // between them (the clean-up keeps tab-separated rows), runs of a line a space.
                if (gap > 1.0 * height)
                    text += QLatin1Char('\t');
                else if (words[prev.last].spaceAfter || gap > 0.15 * height)
                    text += QLatin1Char(' ');
            }
            for (qsizetype i = s.first; i <= s.last; ++i) {
                text += words[i].text;
                if (i < s.last && words[i].spaceAfter)
                    text += QLatin1Char(' ');
            }
        }
    }
};

// How much of the smaller of two vertical extents the two share (0..1).
double verticalOverlap(const QRectF& a, const QRectF& b)
{
    const double shared = std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
    const double smaller = std::min(a.height(), b.height());
    return smaller > 0 ? std::max(0.0, shared) / smaller : 0.0;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(v.size() / 2), v.end());
    return v[v.size() / 2];
}

class Layout
{
public:
    Layout(const Words& words, const std::vector<Segment>& segs) : m_segs(segs), m_out{words, segs, {}, 0} {}

    struct Gutter
    {
        double left = 0;
        double right = 0;
    };

    // The gutters of the whole page.
    std::vector<Gutter> pageGutters()
    {
        initLineHeight();
        std::vector<int> all(m_segs.size());
        for (size_t i = 0; i < all.size(); ++i)
            all[i] = int(i);
        return gutters(all);
    }

    QString run()
    {
        initLineHeight();
        std::vector<int> all(m_segs.size());
        for (size_t i = 0; i < all.size(); ++i)
            all[i] = int(i);
        order(all, 0);
        return m_out.text;
    }

    static bool crosses(const QRectF& box, const Gutter& g)
    {
        return box.left() < g.right - 0.01 && box.right() > g.left + 0.01;
    }

private:
    void initLineHeight()
    {
        std::vector<double> heights;
        for (const Segment& s : m_segs)
            heights.push_back(s.box.height());
        m_lineHeight = std::max(1.0, median(heights));
    }

    // Vertical bands that (almost) nothing in `ids` crosses, with text on both sides: where the
    // number of segments covering an x is at most a quarter of the most seen on either side (a few
    // full-width lines may cross a gutter), over at least a character's width.
    std::vector<Gutter> gutters(const std::vector<int>& ids) const
    {
        std::vector<std::pair<double, int>> events;
        events.reserve(ids.size() * 2);
        for (int id : ids) {
            events.emplace_back(m_segs[size_t(id)].box.left(), +1);
            events.emplace_back(m_segs[size_t(id)].box.right(), -1);
        }
        std::sort(events.begin(), events.end());
        // Pieces of constant coverage between consecutive event positions.
        struct Piece
        {
            double x0, x1;
            int count;
        };
        std::vector<Piece> pieces;
        int count = 0;
        for (size_t i = 0; i < events.size(); ++i) {
            count += events[i].second;
            if (i + 1 < events.size() && events[i + 1].first > events[i].first)
                pieces.push_back({events[i].first, events[i + 1].first, count});
        }
        const size_t n = pieces.size();
        std::vector<int> before(n + 1, 0);
        std::vector<int> after(n + 1, 0);
        for (size_t i = 0; i < n; ++i)
            before[i + 1] = std::max(before[i], pieces[i].count);
        for (size_t i = n; i-- > 0;)
            after[i] = std::max(after[i + 1], pieces[i].count);
        std::vector<Gutter> out;
        const double minWidth = 0.8 * m_lineHeight;
        size_t i = 0;
        while (i < n) {
            auto low = [&](size_t k) {
                const int side = std::min(before[k], after[k + 1]);
                return side >= 2 && pieces[k].count * 5 <= side * 2;
            };
            if (!low(i)) {
                ++i;
                continue;
            }
            size_t j = i;
            while (j + 1 < n && low(j + 1))
                ++j;
            // The gutter proper is the emptiest part of the run: the run also takes in the ragged
            // ends of the longer lines, which must not count as crossing it.
            int least = pieces[i].count;
            for (size_t k = i; k <= j; ++k)
                least = std::min(least, pieces[k].count);
            Gutter best;
            for (size_t k = i; k <= j;) {
                if (pieces[k].count != least) {
                    ++k;
                    continue;
                }
                size_t e = k;
                while (e + 1 <= j && pieces[e + 1].count == least)
                    ++e;
                if (pieces[e].x1 - pieces[k].x0 > best.right - best.left)
                    best = {pieces[k].x0, pieces[e].x1};
                k = e + 1;
            }
            if (best.right - best.left >= minWidth)
                out.push_back(best);
            i = j + 1;
        }
        return out;
    }

    void order(std::vector<int> ids, int depth)
    {
        if (ids.empty())
            return;
        const std::vector<Gutter> gs = depth < 8 ? gutters(ids) : std::vector<Gutter>();
        if (gs.empty()) {
            rows(ids);
            return;
        }
        // Bands: runs of rows that cross no gutter, cut by rows that do. Whole rows, so that the
        // pieces of one line never land on both sides of a cut.
        std::vector<int> band;
        std::vector<int> spanning;
        auto flushBand = [&] {
            if (!band.empty())
                columns(band, gs, depth);
            band.clear();
        };
        auto flushSpanning = [&] {
            if (!spanning.empty()) {
                m_out.breakBlock(2);
                rows(spanning);
                m_out.breakBlock(2);
            }
            spanning.clear();
        };
        for (const std::vector<int>& row : groupRows(std::move(ids))) {
            const bool crossing = std::any_of(row.begin(), row.end(), [&](int id) {
                return std::any_of(gs.begin(), gs.end(),
                                   [&](const Gutter& g) { return crosses(m_segs[size_t(id)].box, g); });
            });
            if (crossing) {
                flushBand();
                spanning.insert(spanning.end(), row.begin(), row.end());
            } else {
                flushSpanning();
                band.insert(band.end(), row.begin(), row.end());
            }
        }
        flushBand();
        flushSpanning();
    }

    // One band: the parts between gutters, left to right, when they are columns of text.
    void columns(const std::vector<int>& ids, const std::vector<Gutter>& gs, int depth)
    {
        std::vector<std::vector<int>> parts(gs.size() + 1);
        for (int id : ids) {
            const double cx = m_segs[size_t(id)].box.center().x();
            size_t k = 0;
            while (k < gs.size() && cx > gs[k].left)
                ++k;
            parts[k].push_back(id);
        }
        parts.erase(
            std::remove_if(parts.begin(), parts.end(), [](const std::vector<int>& p) { return p.empty(); }),
            parts.end());
        // Table cells are a word or two each; a text column has a good share of lines of several
        // words, even beside a code listing or a figure's labels. Side by side cells are read row
        // by row.
        bool text = parts.size() > 1;
        for (const std::vector<int>& p : parts) {
            const auto longer =
                std::count_if(p.begin(), p.end(), [&](int id) { return m_segs[size_t(id)].words >= 4; });
            text = text && longer * 4 >= qsizetype(p.size());
        }
        if (!text) {
            rows(ids);
            return;
        }
        m_out.breakBlock(2);
        for (size_t k = 0; k < parts.size(); ++k) {
            // The next column continues the text with a plain line break (see the class comment).
            if (k > 0)
                m_out.pendingBreak = 1;
            order(parts[k], depth + 1);
        }
        m_out.breakBlock(2);
    }

    // Segments read as rows: those sharing most of their height form one line, left to right.
    // Segments sharing most of their height, top to bottom; each row left to right.
    std::vector<std::vector<int>> groupRows(std::vector<int> ids) const
    {
        std::sort(ids.begin(), ids.end(), [&](int a, int b) {
            const QRectF& x = m_segs[size_t(a)].box;
            const QRectF& y = m_segs[size_t(b)].box;
            return x.center().y() != y.center().y() ? x.center().y() < y.center().y() : x.left() < y.left();
        });
        std::vector<std::vector<int>> out;
        QRectF rowBox;
        for (int id : ids) {
            const QRectF& box = m_segs[size_t(id)].box;
            bool same = false;
            if (!out.empty()) {
                const double shared =
                    std::min(rowBox.bottom(), box.bottom()) - std::max(rowBox.top(), box.top());
                same = shared >= 0.5 * std::min(rowBox.height(), box.height());
            }
            if (same) {
                out.back().push_back(id);
                rowBox |= box;
            } else {
                out.push_back({id});
                rowBox = box;
            }
        }
        for (std::vector<int>& row : out)
            std::sort(row.begin(), row.end(), [&](int a, int b) {
                return m_segs[size_t(a)].box.left() < m_segs[size_t(b)].box.left();
            });
        return out;
    }

    // Segments read as rows: one line per row.
    void rows(std::vector<int> ids)
    {
        QRectF lastRowBox;
        for (const std::vector<int>& row : groupRows(std::move(ids))) {
            QRectF rowBox;
            for (int id : row)
                rowBox |= m_segs[size_t(id)].box;
            if (!lastRowBox.isNull()) {
                // A gap of most of a line between two rows is a paragraph or block break.
                const double gap = rowBox.top() - lastRowBox.bottom();
                if (gap > 0.8 * std::max(m_lineHeight, std::min(rowBox.height(), lastRowBox.height())))
                    m_out.breakBlock(2);
            }
            m_out.line(row);
            lastRowBox = rowBox;
        }
    }

    const std::vector<Segment>& m_segs;
    Output m_out;
    double m_lineHeight = 10;
};

// Poppler's lines in Poppler's order (what pdftotext prints), with a line Poppler cut in two on
// one baseline joined again, unless a gutter lies between the two parts.
QString popplerOrder(const Words& words, const std::vector<Layout::Gutter>& gutters)
{
    struct Line
    {
        qsizetype first = 0;
        qsizetype last = 0;
        QRectF box;
    };
    std::vector<Line> lines;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (lines.empty() || words[i - 1].lineEnd)
            lines.push_back({i, i, words[i].box});
        else {
            lines.back().last = i;
            lines.back().box |= words[i].box;
        }
    }
    auto acrossGutter = [&](const QRectF& a, const QRectF& b) {
        const double from = std::min(a.right(), b.right());
        const double to = std::max(a.left(), b.left());
        return std::any_of(gutters.begin(), gutters.end(), [&](const Layout::Gutter& g) {
            return g.left >= from - 0.01 && g.right <= to + 0.01;
        });
    };
    QString out;
    QRectF visual; // the visual line being written
    for (size_t k = 0; k < lines.size(); ++k) {
        const Line& l = lines[k];
        if (k > 0) {
            const double height = std::max(visual.height(), l.box.height());
            const double gap = l.box.left() - visual.right();
            if (verticalOverlap(visual, l.box) >= 0.5 && gap > -0.2 * height &&
                !acrossGutter(visual, l.box)) {
                // Poppler cut one visual line in two: runs in other fonts or off the baseline (a
                // space at most), or the cells of a table row (a tab, which the clean-up keeps).
                if (gap > 1.0 * height)
                    out += QLatin1Char('\t');
                else if (words[l.first - 1].spaceAfter || gap > 0.15 * l.box.height())
                    out += QLatin1Char(' ');
                visual |= l.box;
            } else {
                // A simple next line starts below the last one, not much further down than a
                // line's height, and overlaps it horizontally; so does the top of the next column
                // (see the class comment). Anything else starts a new block.
                const double down = l.box.top() - visual.bottom();
                const bool below =
                    down > -0.3 * height && down < 0.8 * height &&
                    std::min(visual.right(), l.box.right()) > std::max(visual.left(), l.box.left());
                const bool nextColumn =
                    l.box.top() < visual.top() && l.box.left() >= visual.right() - 0.5 * height;
                out += (below || nextColumn) ? QStringLiteral("\n") : QStringLiteral("\n\n");
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

// How often Poppler's order reads across a gutter: consecutive lines side by side on one row, or
// one line whose words jump over a gutter.
int splices(const Words& words, const std::vector<Layout::Gutter>& gutters)
{
    auto between = [&](const QRectF& a, const QRectF& b) {
        const QRectF& l = a.left() < b.left() ? a : b;
        const QRectF& r = a.left() < b.left() ? b : a;
        return std::any_of(gutters.begin(), gutters.end(), [&](const Layout::Gutter& g) {
            return l.right() <= g.left + 0.01 && r.left() >= g.right - 0.01;
        });
    };
    int count = 0;
    QRectF line;
    QRectF previousLine;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QRectF& box = words[i].box;
        if (i > 0 && !words[i - 1].lineEnd && between(words[i - 1].box, box))
            ++count;
        line = (i == 0 || words[i - 1].lineEnd) ? box : (line | box);
        if (words[i].lineEnd) {
            if (!previousLine.isNull() && verticalOverlap(previousLine, line) >= 0.5 &&
                between(previousLine, line))
                ++count;
            previousLine = line;
        }
    }
    return count;
}

} // namespace

QString PdfTextLayout::text(const QList<Word>& words)
{
    std::vector<Segment> segs;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const Word& w = words[i];
        bool startNew = segs.empty() || words[i - 1].lineEnd;
        if (!startNew) {
            const Segment& s = segs.back();
            const double height = std::max(s.box.height(), w.box.height());
            const double gap = w.box.left() - words[i - 1].box.right();
            // Wider than a character, or backwards (Poppler joined text from elsewhere): a new segment.
            startNew = gap > 1.0 * height || gap < -0.5 * height;
        }
        if (startNew) {
            segs.push_back({i, i, w.box, 1});
        } else {
            segs.back().last = i;
            segs.back().box |= w.box;
            ++segs.back().words;
        }
    }
    if (segs.empty())
        return {};
    Layout layout(words, segs);
    const std::vector<Layout::Gutter> gutters = layout.pageGutters();
    // Poppler's order where it reads the columns one after the other (most papers: its blocks
    // and flows also order figures, captions and footnotes the way pdftotext prints them); the
    // layout of our own where it reads across a gutter.
    if (gutters.empty() || splices(words, gutters) < 2)
        return popplerOrder(words, gutters);
    return layout.run();
}

} // namespace quarry
