#pragma once

#include "curation/Pair.h"
#include "export/ExportRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace quarry {

// What a written record carries besides the conversation. The pair's systemPrompt is written as
// is: the exporter resolves the per-pair / project-wide / none choice before calling write().
struct RecordOptions
{
    bool includeTags = false;
    bool includeStatus = false;
    bool includeSources = false; // source document name and page
    bool includePairId = false;
    const QHash<qint64, QString>* documentNames = nullptr; // for includeSources
    // Documents whose page numbers are estimates (HWP, HWPX store no pages): their sources say so.
    const QSet<qint64>* estimatedPages = nullptr;

    bool anyMetadata() const { return includeTags || includeStatus || includeSources || includePairId; }
};

// One JSONL dataset format: how a pair becomes one line and how a line becomes a pair again.
// Implementations are stateless; RecordFormats holds the one instance of each.
class RecordFormat
{
    Q_DECLARE_TR_FUNCTIONS(quarry::RecordFormat)
public:
    virtual ~RecordFormat() = default;

    // "openai", "sharegpt", "alpaca": the name used by the CLI, the exports table and the card.
    virtual QString name() const = 0;
    virtual QString displayName() const = 0;
    // LLaMA-Factory's "formatting" value and its column/tag mapping for dataset_info.json.
    virtual QJsonObject llamaFactoryEntry(const QString& fileName) const = 0;

    // Checks that the pair makes a record that satisfies the format's rules. Returns an empty string
    // when it does, otherwise the reason (for the report, next to the pair id or line number).
    QString validate(const ExportRecord& record) const { return checkRecord(record); }
    QString validate(const Pair& pair) const { return checkRecord(ExportRecord::fromPair(pair)); }
    // Appends the record and "\n". Call only with a record that validate() accepted.
    void write(const ExportRecord& record, const RecordOptions& options, QByteArray& out) const
    {
        writeRecord(record, options, out);
    }
    void write(const Pair& pair, const RecordOptions& options, QByteArray& out) const
    {
        writeRecord(ExportRecord::fromPair(pair), options, out);
    }
    // Whether a parsed line has this format's shape (for detection, from the first valid line).
    virtual bool matches(const QJsonObject& record) const = 0;
    // Reads one parsed line into `pair` (turns, system prompt, context, and status/tags from the
    // metadata when present). Returns an empty string or the reason the line is unusable.
    virtual QString read(const QJsonObject& record, Pair& pair) const = 0;

protected:
    // What validate() and write() do; one implementation each, on the export's UTF-8 record (a Pair
    // is converted first).
    virtual QString checkRecord(const ExportRecord& record) const = 0;
    virtual void writeRecord(const ExportRecord& record, const RecordOptions& options,
                             QByteArray& out) const = 0;

    // Shared pieces of the three formats.
    static QString checkTurnsNotEmpty(const ExportRecord& record);
    // Where strict user/assistant alternation starting with the user breaks: the index of the first
    // turn out of place, turnCount() when it ends on a user turn, or -1 when it holds.
    static qsizetype alternationBreak(const ExportRecord& record);
    // The first user message of the chat formats carries the pair's context (Alpaca's "input"),
    // which they have no field for, in front of the question: writes the content of turn
    // `turnIndex` as a string value.
    static void writeChatContent(class JsonWriter& w, const ExportRecord& record, qsizetype turnIndex);
    static void writeMetadataFields(class JsonWriter& w, const ExportRecord& record,
                                    const RecordOptions& options);
    // Reads "status" and "tags" (pair_id and sources are not carried over: ids are the project's own).
    static QString readMetadataFields(const QJsonObject& metadata, Pair& pair);
};

} // namespace quarry
