#include "Endpoint.h"

#include "LlmError.h"

#include <QHostInfo>

namespace quarry {

QUrl Endpoint::normalise(const QString& text)
{
    QString s = text.trimmed();
    if (!s.contains(QLatin1String("://")))
        s.prepend(QLatin1String("http://"));
    QUrl url(s, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        throw Error(tr("'%1' is not a server address: expected e.g. http://127.0.0.1:8080/v1").arg(text),
                    Error::Kind::BadInput);
    url.setScheme(scheme);
    url.setQuery(QString());
    url.setFragment(QString());
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    // A pasted endpoint URL (".../v1/chat/completions", ".../v1/models") means its base.
    for (const QLatin1String tail : {QLatin1String("/chat/completions"), QLatin1String("/models")})
        if (path.endsWith(tail))
            path.chop(tail.size());
    if (!path.endsWith(QLatin1String("/v1")))
        path += QLatin1String("/v1");
    url.setPath(path);
    return url;
}

Endpoint::Scope Endpoint::scopeOf(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // also maps ::ffff:a.b.c.d
    if (isV4) {
        const QHostAddress a(v4);
        if (a.isInSubnet(QHostAddress(QStringLiteral("127.0.0.0")), 8))
            return Scope::Loopback;
        static const QList<QPair<QHostAddress, int>> site = {
            {QHostAddress(QStringLiteral("10.0.0.0")), 8},
            {QHostAddress(QStringLiteral("172.16.0.0")), 12},
            {QHostAddress(QStringLiteral("192.168.0.0")), 16},
            {QHostAddress(QStringLiteral("169.254.0.0")), 16},
            {QHostAddress(QStringLiteral("100.64.0.0")), 10},
        };
        for (const auto& [net, bits] : site)
            if (a.isInSubnet(net, bits))
                return Scope::Site;
        return Scope::Public;
    }
    if (address == QHostAddress(QHostAddress::LocalHostIPv6))
        return Scope::Loopback;
    if (address.isInSubnet(QHostAddress(QStringLiteral("fc00::")), 7) ||
        address.isInSubnet(QHostAddress(QStringLiteral("fe80::")), 10))
        return Scope::Site;
    return Scope::Public;
}

QHostAddress Endpoint::resolveAllowed(const EndpointConfig& config)
{
    const QString host = config.baseUrl.host();
    QList<QHostAddress> addresses;
    QHostAddress literal;
    if (literal.setAddress(host)) {
        addresses << literal;
    } else {
        const QHostInfo info = QHostInfo::fromName(host);
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty())
            throw LlmError(tr("The server name '%1' could not be resolved: %2").arg(host, info.errorString()),
                           LlmError::Reason::Network);
        addresses = info.addresses();
    }
    for (const QHostAddress& a : addresses) {
        const Scope scope = scopeOf(a);
        const QString named = a.toString() == host ? host : QStringLiteral("%1 (%2)").arg(host, a.toString());
        if (scope == Scope::Public)
            throw LlmError(tr("%1 is a public address: Quarry sends passages only to model servers on "
                              "this machine or the site's own network")
                               .arg(named),
                           LlmError::Reason::EgressRefused);
        if (scope == Scope::Site && !config.allowSiteNetwork)
            throw LlmError(tr("%1 is on the site's network, not this machine: allow the site network "
                              "in Settings > Drafting (quarry-cli: --allow-site-network) to use it")
                               .arg(named),
                           LlmError::Reason::EgressRefused);
    }
    // Prefer IPv4 loopback over ::1: servers such as llama-server bind 127.0.0.1 only by default.
    for (const QHostAddress& a : addresses)
        if (a.protocol() == QAbstractSocket::IPv4Protocol)
            return a;
    return addresses.first();
}

QUrl Endpoint::pinned(const QUrl& url, const QHostAddress& address)
{
    QUrl u = url;
    u.setHost(address.toString());
    return u;
}

} // namespace quarry
