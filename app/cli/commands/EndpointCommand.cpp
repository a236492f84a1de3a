#include "EndpointCommand.h"

#include "llm/ConnectionTest.h"
#include "llm/Endpoint.h"
#include "llm/OpenAiClient.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace quarry::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("quarry::cli::EndpointCommand", text);
}

} // namespace

QString EndpointCommand::description() const
{
    return tr("Test a local model server: its models, speed and structured-output mode.");
}

void EndpointCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("model"), tr("The model to test (default: the first the server lists)."),
                      QStringLiteral("M")});
    parser.addOption(
        {QStringLiteral("allow-site-network"),
         tr("Allow a server on the site's network (private addresses), not only this machine.")});
    parser.addOption(
        {QStringLiteral("api-key-file"),
         tr("Read the API key from this file (default: the QUARRY_LLM_API_KEY environment variable)."),
         QStringLiteral("F")});
    parser.addOption({QStringLiteral("connect-timeout"),
                      tr("Seconds to wait for the connection (default 10)."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("inactivity-timeout"),
                      tr("Seconds of silence from the server before giving up (default 300)."),
                      QStringLiteral("S")});
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

    EndpointConfig config;
    if (args.at(1).trimmed().isEmpty())
        return error(ctx, tr("endpoint: no URL given"));
    config.baseUrl = Endpoint::normalise(args.at(1));
    config.model = parser.value(QStringLiteral("model"));
    config.allowSiteNetwork = parser.isSet(QStringLiteral("allow-site-network"));
    // The key never comes from the command line itself: it would show in the process list.
    if (parser.isSet(QStringLiteral("api-key-file"))) {
        QFile f(parser.value(QStringLiteral("api-key-file")));
        if (!f.open(QIODevice::ReadOnly))
            return error(ctx, tr("cannot read the API key file %1: %2").arg(f.fileName(), f.errorString()));
        config.apiKey = QString::fromUtf8(f.readAll()).trimmed();
    } else {
        config.apiKey = qEnvironmentVariable("QUARRY_LLM_API_KEY").trimmed();
    }
    for (const auto& [option, target] :
         {std::pair{QStringLiteral("connect-timeout"), &config.connectTimeoutMs},
          std::pair{QStringLiteral("inactivity-timeout"), &config.inactivityTimeoutMs}}) {
        if (!parser.isSet(option))
            continue;
        bool ok = false;
        const double seconds = parser.value(option).toDouble(&ok);
        if (!ok || seconds <= 0)
            return error(ctx, tr("--%1 takes a number of seconds above 0").arg(option));
        *target = int(seconds * 1000);
    }
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
