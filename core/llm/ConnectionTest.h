#pragma once

#include "llm/ChatTransport.h"

#include <QCoreApplication>
#include <QStringList>

namespace quarry {

class OpenAiClient;

// "Test connection" (Settings > Drafting, quarry-cli endpoint test): what a user needs to know
// before drafting: which models the server offers, how fast it answers a short request, and which
// structured-output mode works. Any failure is the client's LlmError, with its plain message.
class ConnectionTest
{
    Q_DECLARE_TR_FUNCTIONS(quarry::ConnectionTest)
public:
    struct Report
    {
        QStringList models;
        QString model;            // the one used: the configured model, else the first listed
        bool modelListed = false; // the configured model is among those listed
        qint64 completionTokens = -1;
        qint64 msToFirstByte = -1;
        qint64 msTotal = -1;
        double tokensPerSecond = -1; // completion tokens over the whole short request
        bool tokensCounted = false;  // from usage; otherwise streamed chunks were counted
        StructuredMode mode = StructuredMode::InstructionsOnly;
        QString sample; // the short reply
    };

    static Report run(OpenAiClient& client, const TaskContext& task = TaskContext::none());
};

} // namespace quarry
