#include "export/DatasetCard.h"

#include "curation/ProjectStatistics.h"
#include "export/Exporter.h"
#include "store/DetectionStatus.h"

#include <QJsonDocument>
#include <QVarLengthArray>
#include <algorithm>
#include <cmath>
#include <numeric>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace quarry {

namespace {

QString mdEscape(QString s)
{
    s.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s;
}

struct Summary
{
    qint64 count = 0, min = 0, max = 0, median = 0, p95 = 0, total = 0;
    double mean = 0;
};

// Selection instead of a sort: the same order statistics in linear time (a million records per
// split made the sort a noticeable part of the export).
Summary summarise(std::vector<std::uint32_t> v)
{
    Summary s;
    s.count = qint64(v.size());
    if (v.empty())
        return s;
    const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
    s.min = *lo;
    s.max = *hi;
    for (auto x : v)
        s.total += x;
    s.mean = double(s.total) / double(v.size());
    const std::size_t median = v.size() / 2;
    const std::size_t p95 = std::min(v.size() - 1, std::size_t(std::ceil(double(v.size()) * 0.95)) - 1);
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(median), v.end());
    s.median = v[median];
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(p95), v.end());
    s.p95 = v[p95];
    return s;
}

// Power-of-two buckets, drawn with '#' scaled to the largest bucket.
QString histogram(const std::vector<std::uint32_t>& values, const QString& unit)
{
    if (values.empty())
        return QStringLiteral("(no records)\n");
    std::vector<qint64> buckets(33, 0);
    for (auto v : values) {
        int b = 0;
        while (b < 32 && (std::uint64_t(1) << (b + 1)) <= std::uint64_t(v) + 1)
            ++b;
        ++buckets[std::size_t(b)];
    }
    std::size_t first = 0, last = buckets.size() - 1;
    while (first < last && buckets[first] == 0)
        ++first;
    while (last > first && buckets[last] == 0)
        --last;
    const qint64 peak = *std::max_element(buckets.begin(), buckets.end());
    QString out;
    for (std::size_t b = first; b <= last; ++b) {
        const qint64 lo = (qint64(1) << b) - 1;
        const qint64 hi = (qint64(1) << (b + 1)) - 2;
        const int bar = peak ? int((buckets[b] * 40 + peak - 1) / peak) : 0;
        out += QStringLiteral("%1–%2 %3 | %4 %5\n")
                   .arg(lo, 7)
                   .arg(hi, -7)
                   .arg(unit)
                   .arg(QString(bar, QLatin1Char('#')))
                   .arg(buckets[b]);
    }
    return out;
}

} // namespace

DatasetCard::DatasetCard(QStringList splitNames)
    : m_splitNames(std::move(splitNames)), m_chars(std::size_t(m_splitNames.size())),
      m_tokens(std::size_t(m_splitNames.size()))
{}

void DatasetCard::measure(QByteArrayView utf8, qint64& chars, qint64& tokens)
{
    // ASCII bytes are characters of their own, continuation bytes (0x80-0xbf) belong to the
    // character before them, every other byte starts one.
    const auto* p = reinterpret_cast<const signed char*>(utf8.data());
    const qsizetype n = utf8.size();
    qint64 ascii = 0, continuation = 0;
    qsizetype i = 0;
#if defined(__SSE2__)
    const __m128i zero = _mm_setzero_si128(), minusOne = _mm_set1_epi8(-1), lead = _mm_set1_epi8(-64); // 0xc0
    const auto sum = [&](__m128i counts) {
        const __m128i s = _mm_sad_epu8(counts, zero);
        return qint64(_mm_cvtsi128_si64(s) + _mm_cvtsi128_si64(_mm_unpackhi_epi64(s, s)));
    };
    while (i + 16 <= n) {
        // Byte-wide counters, emptied before they can overflow.
        __m128i asciiCounts = zero, continuationCounts = zero;
        for (int k = 0; k < 255 && i + 16 <= n; ++k, i += 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
            asciiCounts = _mm_sub_epi8(asciiCounts, _mm_cmpgt_epi8(v, minusOne));
            continuationCounts = _mm_sub_epi8(continuationCounts, _mm_cmplt_epi8(v, lead));
        }
        ascii += sum(asciiCounts);
        continuation += sum(continuationCounts);
    }
#endif
    for (; i < n; ++i) {
        ascii += p[i] >= 0;
        continuation += p[i] < -64;
    }
    const qint64 other = n - ascii - continuation;
    chars += ascii + other;
    tokens += ProjectStatistics::approximateTokens(ascii, other);
}

void DatasetCard::add(int split, const ExportRecord& record)
{
    qint64 chars = 0, tokens = 0;
    measure(record.systemPrompt(), chars, tokens);
    measure(record.context(), chars, tokens);
    for (qsizetype i = 0; i < record.turnCount(); ++i)
        measure(record.content(i), chars, tokens);
    const auto s = std::size_t(split);
    m_chars[s].push_back(std::uint32_t(std::min<qint64>(chars, UINT32_MAX)));
    m_tokens[s].push_back(std::uint32_t(std::min<qint64>(tokens, UINT32_MAX)));
    // Called once per exported record: no allocation unless a tag or status is new.
    const auto bump = [&](QMap<QString, QList<qint64>>& map, const QString& key) {
        auto it = map.find(key);
        if (it == map.end())
            it = map.insert(key, QList<qint64>(m_splitNames.size(), 0));
        ++(*it)[split];
    };
    if (record.tags.isEmpty())
        bump(m_tags, QString());
    for (const QString& t : record.tags)
        bump(m_tags, t);
    bump(m_statuses, toString(record.status));
    bool any = false;
    QVarLengthArray<qint64, 8> seen;
    for (const PairSource& src : record.sources)
        if (src.documentId && !seen.contains(*src.documentId)) {
            seen.append(*src.documentId);
            ++m_documents[*src.documentId];
            any = true;
        }
    if (!any)
        ++m_withoutSource;
}

QByteArray DatasetCard::render(const ExportReport& report, const Context& ctx) const
{
    QString md;
    md += QStringLiteral("# Dataset card\n\n");
    md += QStringLiteral("Exported by Quarry %1 on %2 in %3 format.\n\n")
              .arg(ctx.quarryVersion, ctx.date, ctx.formatName);
    md += QStringLiteral("- Project file: `%1`\n- Project file SHA-256: `%2`\n")
              .arg(ctx.projectPath, ctx.projectSha256);
    md += QStringLiteral(
              "- Pairs matching the filters: %1; written: %2; exact/near duplicates dropped: %3; invalid "
              "(not written): %4\n\n")
              .arg(report.selected)
              .arg(report.written)
              .arg(report.duplicates.size())
              .arg(report.invalid.size());

    md += QStringLiteral("## Splits\n\n| Split | File | Records | Bytes |\n|---|---|---:|---:|\n");
    for (qsizetype s = 0; s < m_splitNames.size(); ++s)
        md += QStringLiteral("| %1 | `%1.jsonl` | %2 | %3 |\n")
                  .arg(m_splitNames[s])
                  .arg(report.splitCounts.value(s))
                  .arg(report.splitBytes.value(s));
    md += QLatin1Char('\n');
    for (qsizetype s = 1; s < m_splitNames.size(); ++s)
        if (report.splitCounts.value(s) == 0 && report.written > 0)
            md += QStringLiteral(
                      "**Note:** %1 is empty: whole source documents are kept in one split, and there were "
                      "too few groups to give it a share.\n\n")
                      .arg(m_splitNames[s]);

    const auto table = [&](const QString& title, const QString& column,
                           const QMap<QString, QList<qint64>>& rows) {
        md += QStringLiteral("## %1\n\n| %2 |").arg(title, column);
        for (const QString& s : m_splitNames)
            md += QStringLiteral(" %1 |").arg(s);
        md += QStringLiteral("\n|---|");
        for (qsizetype i = 0; i < m_splitNames.size(); ++i)
            md += QStringLiteral("---:|");
        md += QLatin1Char('\n');
        for (auto it = rows.begin(); it != rows.end(); ++it) {
            md += QStringLiteral("| %1 |").arg(it.key().isEmpty() ? QStringLiteral("(none)")
                                                                  : mdEscape(it.key()));
            for (qint64 n : it.value())
                md += QStringLiteral(" %1 |").arg(n);
            md += QLatin1Char('\n');
        }
        md += QLatin1Char('\n');
    };
    table(QStringLiteral("Tags"), QStringLiteral("Tag"), m_tags);
    table(QStringLiteral("Status"), QStringLiteral("Status"), m_statuses);

    md += QStringLiteral(
        "## Lengths\n\nPer record: system prompt, context and all turns. Tokens are an estimate "
        "(about 4 ASCII characters or 1 other character per token), not a tokenizer count.\n\n");
    md += QStringLiteral(
        "| Split | Records | Min chars | Median | Mean | p95 | Max | Total chars | Approx. tokens |\n"
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    std::vector<std::uint32_t> allChars, allTokens;
    for (qsizetype s = 0; s < m_splitNames.size(); ++s) {
        const Summary c = summarise(m_chars[std::size_t(s)]);
        const Summary t = summarise(m_tokens[std::size_t(s)]);
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 |\n")
                  .arg(m_splitNames[s])
                  .arg(c.count)
                  .arg(c.min)
                  .arg(c.median)
                  .arg(c.mean, 0, 'f', 1)
                  .arg(c.p95)
                  .arg(c.max)
                  .arg(c.total)
                  .arg(t.total);
        allChars.insert(allChars.end(), m_chars[std::size_t(s)].begin(), m_chars[std::size_t(s)].end());
        allTokens.insert(allTokens.end(), m_tokens[std::size_t(s)].begin(), m_tokens[std::size_t(s)].end());
    }
    md += QStringLiteral("\nCharacters per record (all splits):\n\n```\n") +
          histogram(allChars, QStringLiteral("chars")) +
          QStringLiteral("```\n\nApproximate tokens per record (all splits):\n\n```\n") +
          histogram(allTokens, QStringLiteral("tokens")) + QStringLiteral("```\n\n");

    md += QStringLiteral("## Source documents\n\n| Document | Pairs |\n|---|---:|\n");
    for (auto it = m_documents.begin(); it != m_documents.end(); ++it)
        md += QStringLiteral("| %1 | %2 |\n")
                  .arg(mdEscape(ctx.documentNames.value(it.key(), QStringLiteral("#%1").arg(it.key()))))
                  .arg(it.value());
    md += QStringLiteral("| (no source) | %1 |\n\n").arg(m_withoutSource);

    md += QStringLiteral("## Redaction\n\n");
    qint64 pending = 0;
    if (ctx.detections.isEmpty()) {
        md += QStringLiteral("No detections in the project.\n\n");
    } else {
        md += QStringLiteral(
            "Detections in the project, by type and status:\n\n| Type | Status | Count |\n|---|---|---:|\n");
        for (const auto& d : ctx.detections) {
            md += QStringLiteral("| %1 | %2 | %3 |\n").arg(mdEscape(d.type), d.status).arg(d.count);
            if (detectionStatusFromString(d.status) == DetectionStatus::Pending)
                pending += d.count;
        }
        md += QLatin1Char('\n');
    }
    md += pending == 0
              ? QStringLiteral("All detections reviewed: yes.\n")
              : QStringLiteral("All detections reviewed: **no** (%1 pending in the project).\n").arg(pending);
    if (report.piiOverride)
        md += QStringLiteral(
                  "\n**Pending-PII override:** exported although %1 pending detection(s) touch %2 exported "
                  "pair(s) (the user chose to override the guard).\n")
                  .arg(std::accumulate(report.pendingPii.begin(), report.pendingPii.end(), qint64(0)))
                  .arg(report.pendingPii.size());
    md +=
        report.finalScanRan
            ? QStringLiteral("\nFinal scan with the project's rules: no undecided hits (%1 hit(s) covered by "
                             "decisions).\n")
                  .arg(report.finalScanCovered)
            : QStringLiteral("\nFinal scan: skipped.\n");
    md += QLatin1Char('\n');

    if (!report.duplicates.isEmpty() || !report.invalid.isEmpty()) {
        md += QStringLiteral("## Dropped pairs\n\n| Pair | Reason |\n|---:|---|\n");
        int shown = 0;
        for (const auto& d : report.duplicates) {
            if (++shown > 200)
                break;
            md += QStringLiteral("| %1 | %2 of pair %3 (similarity %4) |\n")
                      .arg(d.pairId)
                      .arg(d.reason)
                      .arg(d.duplicateOf)
                      .arg(d.similarity, 0, 'f', 2);
        }
        for (const auto& d : report.invalid) {
            if (++shown > 200)
                break;
            md += QStringLiteral("| %1 | invalid: %2 |\n").arg(d.pairId).arg(mdEscape(d.reason));
        }
        if (shown > 200)
            md += QStringLiteral("\n(%1 more in export_report.json)\n")
                      .arg(report.duplicates.size() + report.invalid.size() - 200);
        md += QLatin1Char('\n');
    }

    md += QStringLiteral("## Options\n\n```json\n") +
          QString::fromUtf8(QJsonDocument(ctx.options).toJson(QJsonDocument::Indented)) +
          QStringLiteral("```\n");
    return md.toUtf8();
}

} // namespace quarry
