#include "EndpointCommand.h"

#include "EndpointOptions.h"
#include "llm/ConnectionTest.h"
#include "llm/OpenAiClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace quarry::cli {

QString EndpointCommand::description() const
{
    return tr("Test a local model server: its models, speed and structured-output mode.");
}

void EndpointCommand::addOptions(QCommandLineParser& parser) const
{
    EndpointOptions::add(parser);
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
}

QList<std::tuple<QString, QString, QString>> EndpointCommand::positionals() const
{
    return {{QStringLiteral("ACTION"), tr("test"), QStringLiteral("test")},
            {QStringLiteral("URL"),
             tr("The server's base URL, with or without /v1 (e.g. http://127.0.0.1:8080, "
                "http://127.0.0.1:11434/v1)."),
             QStringLiteral("URL")}};
}

int EndpointCommand::execute(const QCommandLineParser& parser, CommandContext& ctx)
{
    const QStringList args = parser.positionalArguments();
    if (args.at(0) != QLatin1String("test"))
        return error(ctx, tr("endpoint: unknown action '%1' (expected: test)").arg(args.at(0)));

    const EndpointConfig config = EndpointOptions::read(parser, args.at(1));
    OpenAiClient client(config);
    // One retry: a test should say quickly that nothing listens, not wait out the drafting back-off.
    client.setRetryPolicy(1, 1000);
    const ConnectionTest::Report r = ConnectionTest::run(client);
    const QString mode = OpenAiClient::modeName(r.mode);
    if (parser.isSet(QStringLiteral("json"))) {
        writeJson(ctx, QJsonObject{{QStringLiteral("endpoint"), client.baseUrl().toString()},
                                   {QStringLiteral("models"), QJsonArray::fromStringList(r.models)},
                                   {QStringLiteral("model"), r.model},
                                   {QStringLiteral("model_listed"), r.modelListed},
                                   {QStringLiteral("completion_tokens"), r.completionTokens},
                                   {QStringLiteral("ms_to_first_byte"), r.msToFirstByte},
                                   {QStringLiteral("ms_total"), r.msTotal},
                                   {QStringLiteral("tokens_per_second"), r.tokensPerSecond},
                                   {QStringLiteral("structured_mode"), mode}});
        return ExitOk;
    }
    ctx.out << tr("Endpoint: %1").arg(client.baseUrl().toString()) << "\n"
            << tr("Models: %1")
                   .arg(r.models.isEmpty() ? tr("(none listed)") : r.models.join(QStringLiteral(", ")))
            << "\n"
            << tr("Model tested: %1").arg(r.model.isEmpty() ? tr("(server default)") : r.model) << "\n";
    if (!r.modelListed && !r.model.isEmpty() && !r.models.isEmpty())
        warn(ctx, tr("the model '%1' is not among those the server lists").arg(r.model));
    ctx.out << tr("Speed: %1 tokens/s (%2 tokens in %3 s, first byte after %4 s)%5")
                   .arg(r.tokensPerSecond, 0, 'f', 1)
                   .arg(r.completionTokens)
                   .arg(r.msTotal / 1000.0, 0, 'f', 2)
                   .arg(r.msToFirstByte / 1000.0, 0, 'f', 2)
                   .arg(r.tokensCounted ? QString() : tr(" (counted from streamed chunks)"))
            << "\n"
            << tr("Structured output: %1").arg(mode) << "\n";
    ctx.out.flush();
    return ExitOk;
}

} // namespace quarry::cli
