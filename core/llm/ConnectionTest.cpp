#include "ConnectionTest.h"

#include "OpenAiClient.h"

#include <QElapsedTimer>

namespace quarry {

ConnectionTest::Report ConnectionTest::run(OpenAiClient& client, const TaskContext& task)
{
    Report report;
    task.progress(0, 3, tr("Listing models"));
    report.models = client.listModels(task);
    report.model = client.config().model.isEmpty() ? report.models.value(0) : client.config().model;
    report.modelListed = report.models.contains(report.model);

    task.progress(1, 3, tr("Timing a short request"));
    ChatRequest r;
    r.model = report.model;
    r.messages = {{QStringLiteral("user"), QStringLiteral("Count from 1 to 20, separated by spaces.")}};
    r.temperature = 0;
    r.maxTokens = 64;
    int chunks = 0;
    QElapsedTimer clock; // finer than ChatReply's milliseconds: a loopback answer takes less than one
    clock.start();
    const ChatReply reply = client.send(r, task, [&chunks](const QString&) { ++chunks; });
    const qint64 ns = clock.nsecsElapsed();
    report.sample = reply.content;
    report.msToFirstByte = reply.msToFirstByte;
    report.msTotal = reply.msTotal;
    report.tokensCounted = reply.usage.completionTokens >= 0;
    // Servers stream about one token a chunk: the count when usage is missing.
    report.completionTokens = report.tokensCounted ? reply.usage.completionTokens : chunks;
    if (ns > 0)
        report.tokensPerSecond = report.completionTokens * 1e9 / double(ns);

    task.progress(2, 3, tr("Probing structured output"));
    report.mode = client.probeStructuredMode(task, report.model);
    task.progress(3, 3);
    return report;
}

} // namespace quarry
