#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace quarry::gui {

// Typed access to the user's application settings (QSettings): one place that knows the keys.
// Project-specific settings live in the project file instead.
class AppSettings
{
public:
    AppSettings();

    QString userName() const;
    void setUserName(const QString& name);

    // "" follows the system locale; otherwise a locale name such as "ko" or "en".
    QString uiLanguage() const;
    void setUiLanguage(const QString& language);

    QString defaultOcrLanguages() const;
    void setDefaultOcrLanguages(const QString& languages);

    QStringList recentProjects() const;
    void addRecentProject(const QString& path);
    void removeRecentProject(const QString& path);
    void clearRecentProjects();
    static constexpr int MaxRecentProjects = 10;

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindowGeometry(const QByteArray& geometry);
    void setWindowState(const QByteArray& state);

private:
    mutable QSettings m_settings;
};

} // namespace quarry::gui
