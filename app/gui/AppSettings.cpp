#include "AppSettings.h"

#include <QFileInfo>

namespace quarry::gui {

namespace {
const QString kUserName = QStringLiteral("user/name");
const QString kUiLanguage = QStringLiteral("ui/language");
const QString kOcrLanguages = QStringLiteral("ocr/languages");
const QString kRecent = QStringLiteral("projects/recent");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
} // namespace

AppSettings::AppSettings() = default;

QString AppSettings::userName() const
{
    QString fallback = qEnvironmentVariable("USER");
    if (fallback.isEmpty())
        fallback = qEnvironmentVariable("USERNAME");
    const QString name = m_settings.value(kUserName).toString();
    return name.isEmpty() ? fallback : name;
}

void AppSettings::setUserName(const QString& name)
{
    m_settings.setValue(kUserName, name.trimmed());
}

QString AppSettings::uiLanguage() const
{
    return m_settings.value(kUiLanguage).toString();
}

void AppSettings::setUiLanguage(const QString& language)
{
    m_settings.setValue(kUiLanguage, language);
}

QString AppSettings::defaultOcrLanguages() const
{
    return m_settings.value(kOcrLanguages, QStringLiteral("kor+eng")).toString();
}

void AppSettings::setDefaultOcrLanguages(const QString& languages)
{
    m_settings.setValue(kOcrLanguages, languages);
}

QStringList AppSettings::recentProjects() const
{
    return m_settings.value(kRecent).toStringList();
}

void AppSettings::addRecentProject(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = recentProjects();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaxRecentProjects)
        list.removeLast();
    m_settings.setValue(kRecent, list);
}

void AppSettings::removeRecentProject(const QString& path)
{
    QStringList list = recentProjects();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    m_settings.setValue(kRecent, list);
}

void AppSettings::clearRecentProjects()
{
    m_settings.remove(kRecent);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

void AppSettings::setWindowState(const QByteArray& state)
{
    m_settings.setValue(kState, state);
}

} // namespace quarry::gui
