#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace quarry {

// One turn of a conversation. A simple instruction/response pair is one user turn followed by one
// assistant turn.
struct Turn
{
    enum class Role
    {
        User,
        Assistant
    };
    Role role = Role::User;
    QString content;
    std::optional<int> weight; // OpenAI's per-assistant-message weight (0 or 1), when set

    bool operator==(const Turn&) const = default;
};

// Where a pair's content came from: a passage (and optionally a span inside it).
struct PairSource
{
    qint64 id = 0;
    std::optional<qint64> passageId;
    std::optional<qint64> documentId;
    std::optional<int> pageNo;
    std::optional<int> spanStart; // UTF-16 offsets inside the passage text
    std::optional<int> spanEnd;
    QString quote; // the source text when linked

    bool operator==(const PairSource&) const = default;
};

// A pair is a conversation: optional system prompt, optional context (Alpaca's "input"), turns.
struct Pair
{
    enum class Status
    {
        Draft,
        Review,
        Approved,
        Rejected
    };
    enum class Origin
    {
        Manual,
        Imported,
        Llm // drafted by a local model (core/llm), reviewed by a person before export
    };

    qint64 id = 0; // 0 until stored
    Status status = Status::Draft;
    QString systemPrompt; // empty: none
    QString context;      // empty: none
    QList<Turn> turns;
    QStringList tags;
    std::optional<int> rating; // 1..5
    QString notes;
    QString author;
    QString reviewer;
    Origin origin = Origin::Manual;
    QString createdAt;
    QString updatedAt;
    bool sourceChanged = false;
    QList<PairSource> sources;

    bool operator==(const Pair&) const = default;
};

// Database spellings of the enums (the CHECK constraints of the pairs and turns tables).
QString toString(Pair::Status status);
QString toString(Pair::Origin origin);
QString toString(Turn::Role role);
std::optional<Pair::Status> pairStatusFromString(const QString& s);
std::optional<Pair::Origin> pairOriginFromString(const QString& s);
std::optional<Turn::Role> turnRoleFromString(const QString& s);

} // namespace quarry
