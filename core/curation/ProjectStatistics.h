#pragma once

#include "util/TaskContext.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace quarry {

class Database;

// A count under a name: a status, tag, document, entity type... `key` is the database spelling
// (status names, origins, methods) or the user's own name (tags, documents); the views translate
// the fixed spellings themselves.
struct NamedCount
{
    QString key;
    qint64 count = 0;

    bool operator==(const NamedCount&) const = default;
};

// Counts of values falling into buckets. Bucket i holds values v with lower[i] <= v < lower[i+1];
// the last bucket is open-ended. lower[0] is always 0.
struct LengthHistogram
{
    QList<qint64> lower;
    QList<qint64> counts;
    qint64 samples = 0; // how many values were counted (the sum of counts)
    qint64 total = 0;   // their sum
    qint64 max = 0;

    double mean() const { return samples ? double(total) / double(samples) : 0.0; }
    void add(qint64 value);
    QJsonObject toJson() const;
    bool operator==(const LengthHistogram&) const = default;
};

// Figures about one project, for the Statistics view and `quarry-cli stats`.
struct ProjectFigures
{
    qint64 pairs = 0;
    // Always the four statuses in workflow order (draft, review, approved, rejected), zeros included.
    QList<NamedCount> pairsByStatus;
    // Always manual, imported, model.
    QList<NamedCount> pairsByOrigin;
    // Index 0: unrated; 1..5: that rating.
    QList<qint64> ratings;
    // Most used first (then by name). untaggedPairs have no tag at all.
    QList<NamedCount> pairsByTag;
    qint64 untaggedPairs = 0;
    // Pairs linked to each document (a pair linked twice to one document counts once), most first.
    // key is the document's title, or its file name when it has no title; documentIds runs along.
    QList<NamedCount> pairsByDocument;
    QList<qint64> documentIds;
    qint64 pairsWithoutSource = 0;

    // Per pair. User side: the context (Alpaca's input) and the user turns; assistant side: the
    // assistant turns. System prompts are left out: they are usually one text shared by many pairs.
    LengthHistogram userChars;
    LengthHistogram assistantChars;
    LengthHistogram userTokens;
    LengthHistogram assistantTokens;

    qint64 detections = 0;
    QList<NamedCount> detectionsByType; // most first
    // Always pending, accepted, rejected, manual.
    QList<NamedCount> detectionsByStatus;

    qint64 documents = 0;
    // Only the statuses that occur, in the schema's order (pending, ok, ocr, warnings, failed, unsupported).
    QList<NamedCount> documentsByStatus;
    qint64 pages = 0;
    // Always text, ocr, none (text layer, OCR, nothing readable).
    QList<NamedCount> pagesByMethod;

    qint64 elapsedMs = 0; // how long computing took

    QJsonObject toJson() const;
};

// Computes ProjectFigures with aggregate queries (GROUP BY over the indexed columns) and one
// streamed pass over the turns for the length histograms, so a million-pair project takes
// seconds. Read-only: give it a connection of its own when it runs on a worker thread.
class ProjectStatistics
{
public:
    explicit ProjectStatistics(Database& db) : m_db(db) {}

    // A cancel of `task` stops the computation with Error (Kind::Cancelled), interrupting the query
    // running then; progress counts the steps (kSteps).
    ProjectFigures compute(const TaskContext& task = TaskContext::none());
    static constexpr int kSteps = 6;

    // Bucket lower bounds of the histograms: a 1-2-5 series, readable as labels.
    static QList<qint64> charBuckets();
    static QList<qint64> tokenBuckets();

    // The tokenizer-free estimate of the dataset card (core/export/DatasetCard, which this library
    // cannot depend on): about four ASCII characters per token, one token per other character (a
    // Hangul syllable is one or two tokens in common vocabularies). Counted on UTF-8 directly:
    // `ascii` gets bytes below 0x80, `other` the lead bytes of longer sequences, so a character
    // outside the BMP counts once, as in QString's surrogate-aware count.
    static void countUtf8(const char* text, int bytes, qint64& ascii, qint64& other);
    static qint64 approximateTokens(qint64 ascii, qint64 other) { return (ascii + 3) / 4 + other; }

private:
    // Throws when cancelled, else reports `stepsDone` (when not negative).
    void checkCancelled(int stepsDone = -1) const;
    void countPairs(ProjectFigures& f);
    void countTags(ProjectFigures& f);
    void countDocuments(ProjectFigures& f);
    void scanPairs(ProjectFigures& f); // lengths, origins and ratings
    void countDetections(ProjectFigures& f);
    void countIngest(ProjectFigures& f);

    Database& m_db;
    const TaskContext* m_task = &TaskContext::none(); // during compute()
};

} // namespace quarry
