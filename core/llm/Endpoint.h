#pragma once

#include "llm/ChatTransport.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QUrl>

namespace quarry {

// Where a model server is and whether Quarry may talk to it. Users type base URLs with and without
// /v1 and with trailing slashes; every form becomes one ".../v1" URL. The egress policy is checked
// on the resolved addresses, and the connection later goes to the checked address only, so that a
// name cannot resolve to a public address between the check and the connect.
class Endpoint
{
    Q_DECLARE_TR_FUNCTIONS(quarry::Endpoint)
public:
    enum class Scope
    {
        Loopback,
        Site, // private, link-local and unique-local addresses: the site's own network
        Public,
    };

    // Throws Error(BadInput) for what is not an http(s) URL with a host.
    static QUrl normalise(const QString& text);
    static Scope scopeOf(const QHostAddress& address);

    // Resolves the host of `config.baseUrl` (QHostInfo: /etc/hosts or DNS, no socket to the
    // server) and returns the address to connect to, or throws LlmError(EgressRefused) naming the
    // address and the setting that would allow it. Every resolved address must be allowed.
    static QHostAddress resolveAllowed(const EndpointConfig& config);

    // `url` with its host replaced by `address` (the Host header keeps the name).
    static QUrl pinned(const QUrl& url, const QHostAddress& address);
};

} // namespace quarry
