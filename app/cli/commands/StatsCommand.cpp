#include "StatsCommand.h"

#include "curation/ProjectStatistics.h"
#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <algorithm>

namespace quarry::cli {

namespace {

// Terminal columns of a string: East Asian wide characters (Hangul, CJK, full-width forms) take
// two, so that tables with Korean tag or document names stay aligned.
int displayWidth(const QString& s)
{
    int w = 0;
    for (const uint c : s.toUcs4()) {
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
                          (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                          (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                          (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        w += wide ? 2 : 1;
    }
    return w;
}

QString padRight(const QString& s, int width)
{
    return s + QString(std::max(0, width - displayWidth(s)), QLatin1Char(' '));
}

QString padLeft(const QString& s, int width)
{
    return QString(std::max(0, width - displayWidth(s)), QLatin1Char(' ')) + s;
}

QString percent(qint64 n, qint64 total)
{
    return total > 0 ? QStringLiteral("%1%").arg(100.0 * double(n) / double(total), 0, 'f', 1)
                     : QStringLiteral("-");
}

// One table: a heading, then label / count / share rows with the columns lined up.
struct Table
{
    QString heading;
    QStringList header;
    QList<QStringList> rows;

    void print(QTextStream& out) const
    {
        const qsizetype columns = header.size();
        QList<int> widths(columns, 0);
        for (qsizetype c = 0; c < columns; ++c)
            widths[c] = displayWidth(header[c]);
        for (const QStringList& r : rows)
            for (qsizetype c = 0; c < columns && c < r.size(); ++c)
                widths[c] = std::max(widths[c], displayWidth(r[c]));
        out << heading << "\n";
        auto line = [&](const QStringList& cells) {
            QString text;
            for (qsizetype c = 0; c < columns; ++c) {
                const QString cell = cells.value(c);
                // The first column is a name, the others are figures.
                text += c == 0 ? padRight(cell, widths[c]) : padLeft(cell, widths[c]);
                if (c + 1 < columns)
                    text += QStringLiteral("  ");
            }
            // Right-aligned figures end the line; a short name in the last column must not leave
            // trailing blanks.
            while (text.endsWith(QLatin1Char(' ')))
                text.chop(1);
            out << "  " << text << "\n";
        };
        line(header);
        for (const QStringList& r : rows)
            line(r);
        out << "\n";
    }
};

Table countTable(const QString& heading, const QString& what, const QList<NamedCount>& counts, qint64 total,
                 int limit = -1)
{
    Table t{heading, {what, StatsCommand::tr("Count"), StatsCommand::tr("Share")}, {}};
    qint64 rest = 0;
    qsizetype restNames = 0;
    for (qsizetype i = 0; i < counts.size(); ++i) {
        if (limit >= 0 && i >= limit) {
            rest += counts[i].count;
            ++restNames;
            continue;
        }
        t.rows.append({counts[i].key, QString::number(counts[i].count), percent(counts[i].count, total)});
    }
    if (restNames)
        t.rows.append(
            {StatsCommand::tr("(%1 more)").arg(restNames), QString::number(rest), percent(rest, total)});
    return t;
}

QString bucketLabel(const LengthHistogram& h, qsizetype i)
{
    if (i + 1 < h.lower.size())
        return QStringLiteral("%1-%2").arg(h.lower[i]).arg(h.lower[i + 1] - 1);
    return QStringLiteral("%1+").arg(h.lower[i]);
}

Table histogramTable(const QString& heading, const QString& unit, const LengthHistogram& user,
                     const LengthHistogram& assistant)
{
    Table t{heading, {unit, StatsCommand::tr("User side"), StatsCommand::tr("Assistant side")}, {}};
    for (qsizetype i = 0; i < user.lower.size(); ++i)
        t.rows.append({bucketLabel(user, i), QString::number(user.counts.value(i)),
                       QString::number(assistant.counts.value(i))});
    t.rows.append({StatsCommand::tr("mean"), QString::number(user.mean(), 'f', 1),
                   QString::number(assistant.mean(), 'f', 1)});
    t.rows.append({StatsCommand::tr("max"), QString::number(user.max), QString::number(assistant.max)});
    return t;
}

} // namespace

QString StatsCommand::description() const
{
    return tr("Show a project's statistics: pairs by status, origin, rating, tag and document, length "
              "histograms, detections and documents.");
}

void StatsCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
}

QList<std::tuple<QString, QString, QString>> StatsCommand::positionals() const
{
    return {{QStringLiteral("PROJECT"), tr("The project file."), QStringLiteral("PROJECT")}};
}

int StatsCommand::minPositional() const
{
    return 1;
}

int StatsCommand::maxPositional() const
{
    return 1;
}

ProjectCommand::Access StatsCommand::access(const QCommandLineParser&) const
{
    return Access::ReadOnly;
}

int StatsCommand::executeWithProject(const QCommandLineParser& parser, CommandContext& ctx)
{
    ProjectStore* store = &project();
    const ProjectFigures f = ProjectStatistics(store->db()).compute();
    if (parser.isSet(QStringLiteral("json"))) {
        writeJson(ctx, f.toJson());
        return ExitOk;
    }

    QTextStream& out = ctx.out;
    out << tr("Project: %1").arg(store->path()) << "\n"
        << tr("Pairs: %1, documents: %2, pages: %3, detections: %4")
               .arg(f.pairs)
               .arg(f.documents)
               .arg(f.pages)
               .arg(f.detections)
        << "\n\n";
    countTable(tr("Pairs by status"), tr("Status"), f.pairsByStatus, f.pairs).print(out);
    countTable(tr("Pairs by origin"), tr("Origin"), f.pairsByOrigin, f.pairs).print(out);
    QList<NamedCount> ratings{{tr("unrated"), f.ratings.value(0)}};
    for (int r = 1; r <= 5; ++r)
        ratings.append({QString::number(r), f.ratings.value(r)});
    countTable(tr("Pairs by rating"), tr("Rating"), ratings, f.pairs).print(out);
    QList<NamedCount> tags = f.pairsByTag;
    const int shown = 20;
    Table tagTable = countTable(tr("Pairs by tag"), tr("Tag"), tags, f.pairs, shown);
    tagTable.rows.append(
        {tr("(no tag)"), QString::number(f.untaggedPairs), percent(f.untaggedPairs, f.pairs)});
    tagTable.print(out);
    Table docTable =
        countTable(tr("Pairs by source document"), tr("Document"), f.pairsByDocument, f.pairs, shown);
    docTable.rows.append(
        {tr("(no source)"), QString::number(f.pairsWithoutSource), percent(f.pairsWithoutSource, f.pairs)});
    docTable.print(out);
    histogramTable(tr("Length per pair, characters"), tr("Characters"), f.userChars, f.assistantChars)
        .print(out);
    histogramTable(tr("Length per pair, approximate tokens (4 ASCII characters or 1 other character each)"),
                   tr("Tokens"), f.userTokens, f.assistantTokens)
        .print(out);
    countTable(tr("Detections by type"), tr("Type"), f.detectionsByType, f.detections).print(out);
    countTable(tr("Detections by status"), tr("Status"), f.detectionsByStatus, f.detections).print(out);
    countTable(tr("Documents by status"), tr("Status"), f.documentsByStatus, f.documents).print(out);
    countTable(tr("Pages by method"), tr("Method"), f.pagesByMethod, f.pages).print(out);
    out << tr("Computed in %1 ms.").arg(f.elapsedMs) << "\n";
    out.flush();
    return ExitOk;
}

} // namespace quarry::cli
