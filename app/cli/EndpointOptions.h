#pragma once

#include "llm/ChatTransport.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace quarry::cli {

// The options every command that talks to a model server shares (endpoint test, draft): model,
// site network, API key file (else QUARRY_LLM_API_KEY; never the key itself on the command line,
// where the process list would show it) and the two timeouts.
class EndpointOptions
{
    Q_DECLARE_TR_FUNCTIONS(quarry::cli::EndpointOptions)

public:
    static void add(QCommandLineParser& parser);
    // The endpoint for base URL `url` as the options say; throws Error(BadInput) with a message
    // for the user when an option or the URL is wrong.
    static EndpointConfig read(const QCommandLineParser& parser, const QString& url);
};

} // namespace quarry::cli
