#include "EndpointOptions.h"

#include "llm/Endpoint.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QFile>

namespace quarry::cli {

void EndpointOptions::add(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("model"), tr("The model to use (default: the first the server lists)."),
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
}

EndpointConfig EndpointOptions::read(const QCommandLineParser& parser, const QString& url)
{
    if (url.trimmed().isEmpty())
        throw Error(tr("no model server URL given"), Error::Kind::BadInput);
    EndpointConfig config;
    config.baseUrl = Endpoint::normalise(url);
    config.model = parser.value(QStringLiteral("model"));
    config.allowSiteNetwork = parser.isSet(QStringLiteral("allow-site-network"));
    if (parser.isSet(QStringLiteral("api-key-file"))) {
        QFile f(parser.value(QStringLiteral("api-key-file")));
        if (!f.open(QIODevice::ReadOnly))
            throw Error(tr("cannot read the API key file %1: %2").arg(f.fileName(), f.errorString()),
                        Error::Kind::BadInput);
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
        if (!ok || seconds <= 0 || seconds > 86400)
            throw Error(tr("--%1 takes a number of seconds above 0").arg(option), Error::Kind::BadInput);
        *target = int(seconds * 1000);
    }
    return config;
}

} // namespace quarry::cli
