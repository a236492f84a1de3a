#pragma once

#include "llm/ChatTransport.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <algorithm>

namespace quarry {

// How a drafting run asks: stored with the run (draft_runs.options) so that a resumed run asks the
// same way.
struct DraftOptions
{
    enum class Mode
    {
        TwoStep, // questions first, then one answer per question grounded in the passage
        OneCall, // questions and answers in one request: for slow CPU servers
    };
    Mode mode = Mode::TwoStep;
    int questions = 0;          // per passage; 0: from its length
    int charsPerQuestion = 240; // with questions = 0: one question per this many characters
    int maxQuestions = 10;
    int concurrency = 1; // parallel requests; more than the server's slots only queue there
    double temperature = 0.2;
    int maxTokens = 1024;
    StructuredMode structured = StructuredMode::InstructionsOnly;

    int questionCount(qsizetype passageLength) const
    {
        if (questions > 0)
            return questions;
        const int n = int((passageLength + charsPerQuestion / 2) / std::max(1, charsPerQuestion));
        return std::clamp(n, 1, std::max(1, maxQuestions));
    }

    static QString modeName(Mode m)
    {
        return m == Mode::OneCall ? QStringLiteral("one-call") : QStringLiteral("two-step");
    }
    static QString structuredName(StructuredMode m)
    {
        switch (m) {
        case StructuredMode::JsonSchema:
            return QStringLiteral("json_schema");
        case StructuredMode::JsonObject:
            return QStringLiteral("json_object");
        case StructuredMode::InstructionsOnly:
            break;
        }
        return QStringLiteral("instructions");
    }
    static StructuredMode structuredFromName(const QString& s)
    {
        if (s == QLatin1String("json_schema"))
            return StructuredMode::JsonSchema;
        if (s == QLatin1String("json_object"))
            return StructuredMode::JsonObject;
        return StructuredMode::InstructionsOnly;
    }

    // The project setting that remembers the structured-output mode an endpoint took, so that it is
    // probed once and a dry run shows what a run will send.
    static QString modeSettingKey(const QUrl& endpoint)
    {
        return QStringLiteral("llm.structured_mode.") + endpoint.toString();
    }

    QJsonObject toJson() const
    {
        return QJsonObject{{QStringLiteral("mode"), modeName(mode)},
                           {QStringLiteral("questions"), questions},
                           {QStringLiteral("chars_per_question"), charsPerQuestion},
                           {QStringLiteral("max_questions"), maxQuestions},
                           {QStringLiteral("concurrency"), concurrency},
                           {QStringLiteral("temperature"), temperature},
                           {QStringLiteral("max_tokens"), maxTokens},
                           {QStringLiteral("structured"), structuredName(structured)}};
    }
    static DraftOptions fromJson(const QJsonObject& o)
    {
        DraftOptions d;
        d.mode = o.value(QStringLiteral("mode")).toString() == QLatin1String("one-call") ? Mode::OneCall
                                                                                         : Mode::TwoStep;
        d.questions = o.value(QStringLiteral("questions")).toInt(d.questions);
        d.charsPerQuestion = o.value(QStringLiteral("chars_per_question")).toInt(d.charsPerQuestion);
        d.maxQuestions = o.value(QStringLiteral("max_questions")).toInt(d.maxQuestions);
        d.concurrency = o.value(QStringLiteral("concurrency")).toInt(d.concurrency);
        d.temperature = o.value(QStringLiteral("temperature")).toDouble(d.temperature);
        d.maxTokens = o.value(QStringLiteral("max_tokens")).toInt(d.maxTokens);
        d.structured = structuredFromName(o.value(QStringLiteral("structured")).toString());
        return d;
    }
};

// What a run did, for the CLI and the GUI's summary.
struct DraftReport
{
    qint64 runId = 0;
    int passages = 0; // items of the run handled this time
    int done = 0;
    int failed = 0;
    int refused = 0;
    int pairs = 0;
    int flagged = 0;
    int requests = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 elapsedMs = 0;
    QStringList problems; // one line per refused or failed passage
};

} // namespace quarry
