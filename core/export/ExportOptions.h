#pragma once

#include "curation/Pair.h"
#include "export/RecordFormat.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <iterator>
#include <optional>

namespace quarry {

// Everything that decides what an export writes. Same options + same project content + same seed
// give byte-identical JSONL files.
struct ExportOptions
{
    enum class SystemPrompt
    {
        PerPair,        // the pair's own prompt, else the project-wide default (setting "system_prompt")
        ProjectDefault, // the project-wide default (or `systemPrompt` when given) for every pair
        None,           // no system prompt at all
    };

    QString format = QStringLiteral("openai");
    QString outDir;

    // Which pairs (same semantics as PairFilter: statuses any-of, tags all-of).
    QList<Pair::Status> statuses{Pair::Status::Approved};
    QStringList tags;
    std::optional<int> minRating;
    QList<qint64> documentIds;

    SystemPrompt systemPromptMode = SystemPrompt::PerPair;
    QString systemPrompt; // overrides the project default when not empty

    // Ratios of train, validation and optionally test; normalised to their sum.
    // From an array rather than an initializer list: GCC 12 at -O3 warns (falsely) that the list's
    // backing array may be used uninitialized in code that constructs ExportOptions.
    static constexpr double kDefaultSplit[] = {0.9, 0.1};
    QList<double> splitRatios{std::begin(kDefaultSplit), std::end(kDefaultSplit)};
    quint64 seed = 42;
    bool groupByDocument = true; // no source document feeds two splits
    bool stratifyByTag = false;  // keep each pair's first tag balanced across splits

    bool dedupExact = true;
    std::optional<double> nearDuplicateThreshold; // estimated Jaccard similarity, e.g. 0.9; off when unset

    RecordOptions record;

    bool allowPendingPii = false; // export although pending detections touch exported pairs
    bool finalScan = true;        // scan the written text with the project's redaction rules

    // The spelling of a system-prompt mode in the card, the exports table and the settings.
    static QString systemPromptModeName(SystemPrompt mode)
    {
        switch (mode) {
        case SystemPrompt::PerPair:
            return QStringLiteral("per-pair");
        case SystemPrompt::ProjectDefault:
            return QStringLiteral("project");
        case SystemPrompt::None:
            return QStringLiteral("none");
        }
        return {};
    }
    static std::optional<SystemPrompt> systemPromptModeFromName(const QString& name)
    {
        for (SystemPrompt m : {SystemPrompt::PerPair, SystemPrompt::ProjectDefault, SystemPrompt::None})
            if (systemPromptModeName(m) == name)
                return m;
        return std::nullopt;
    }

    static QStringList splitNames(qsizetype count)
    {
        const QStringList all{QStringLiteral("train"), QStringLiteral("validation"), QStringLiteral("test")};
        return all.mid(0, count);
    }
};

} // namespace quarry
