#pragma once

#include "llm/ChatTransport.h"

#include <QSettings>

namespace quarry::gui {

// The model server the user drafts with (Settings > Drafting), in the user's settings: per user,
// not per project, since the server belongs to the site, not to a dataset. The API key is not
// here (ApiKeyStore); config() leaves it empty.
class EndpointSettings
{
public:
    EndpointSettings() = default;

    bool isConfigured() const; // a base URL was set: without one Quarry opens no socket
    QString baseUrl() const;   // as the user typed it
    void setBaseUrl(const QString& url);
    QString model() const;
    void setModel(const QString& model);
    bool allowSiteNetwork() const;
    void setAllowSiteNetwork(bool allow);
    int connectTimeoutSeconds() const;
    void setConnectTimeoutSeconds(int seconds);
    int inactivityTimeoutSeconds() const;
    void setInactivityTimeoutSeconds(int seconds);

    // Throws Error (BadInput) when the base URL is not a server address.
    EndpointConfig config() const;

private:
    mutable QSettings m_settings;
};

} // namespace quarry::gui
