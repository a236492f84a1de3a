#include "EndpointSettings.h"

#include "llm/Endpoint.h"

namespace quarry::gui {

namespace {
const QString kUrl = QStringLiteral("drafting/baseUrl");
const QString kModel = QStringLiteral("drafting/model");
const QString kSite = QStringLiteral("drafting/allowSiteNetwork");
const QString kConnect = QStringLiteral("drafting/connectTimeoutSeconds");
const QString kInactivity = QStringLiteral("drafting/inactivityTimeoutSeconds");
} // namespace

bool EndpointSettings::isConfigured() const
{
    return !baseUrl().trimmed().isEmpty();
}

QString EndpointSettings::baseUrl() const
{
    return m_settings.value(kUrl).toString();
}

void EndpointSettings::setBaseUrl(const QString& url)
{
    m_settings.setValue(kUrl, url.trimmed());
}

QString EndpointSettings::model() const
{
    return m_settings.value(kModel).toString();
}

void EndpointSettings::setModel(const QString& model)
{
    m_settings.setValue(kModel, model.trimmed());
}

bool EndpointSettings::allowSiteNetwork() const
{
    return m_settings.value(kSite, false).toBool();
}

void EndpointSettings::setAllowSiteNetwork(bool allow)
{
    m_settings.setValue(kSite, allow);
}

int EndpointSettings::connectTimeoutSeconds() const
{
    return m_settings.value(kConnect, EndpointConfig().connectTimeoutMs / 1000).toInt();
}

void EndpointSettings::setConnectTimeoutSeconds(int seconds)
{
    m_settings.setValue(kConnect, seconds);
}

int EndpointSettings::inactivityTimeoutSeconds() const
{
    return m_settings.value(kInactivity, EndpointConfig().inactivityTimeoutMs / 1000).toInt();
}

void EndpointSettings::setInactivityTimeoutSeconds(int seconds)
{
    m_settings.setValue(kInactivity, seconds);
}

EndpointConfig EndpointSettings::config() const
{
    EndpointConfig c;
    c.baseUrl = Endpoint::normalise(baseUrl());
    c.model = model();
    c.allowSiteNetwork = allowSiteNetwork();
    c.connectTimeoutMs = qMax(1, connectTimeoutSeconds()) * 1000;
    c.inactivityTimeoutMs = qMax(1, inactivityTimeoutSeconds()) * 1000;
    return c;
}

} // namespace quarry::gui
