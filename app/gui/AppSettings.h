#pragma once

#include "export/ExportOptions.h"
#include "redact/Redactor.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <optional>

namespace quarry {
class ProjectStore;
}

namespace quarry::gui {

// Typed access to the user's application settings (QSettings): one place that knows the keys.
//
// What is per user and what is per project: the user's settings here are defaults. A project keeps
// its own redaction settings in its settings table (auto-accept threshold, operator per type), and
// those win whenever the project has them: the same project redacts the same way on every computer.
// A new project made in the GUI is given the user's redaction defaults when it is created
// (applyProjectDefaults), and so are the default OCR languages. Export options start from the user's export
// defaults, unless the project was exported before: then the dialog starts from that export's options.
class AppSettings
{
public:
    AppSettings();

    QString userName() const;
    void setUserName(const QString& name);

    // "" follows the system locale; otherwise a locale name such as "ko" or "en".
    QString uiLanguage() const;
    void setUiLanguage(const QString& language);

    enum class Theme
    {
        System,
        Light,
        Dark
    };
    Theme theme() const;
    void setTheme(Theme theme);
    static QString themeName(Theme theme);
    static std::optional<Theme> themeFromName(const QString& name);

    QString defaultOcrLanguages() const;
    void setDefaultOcrLanguages(const QString& languages);

    // Redaction defaults for new projects. nullopt: new detections always wait for review.
    std::optional<double> defaultAutoAcceptThreshold() const;
    void setDefaultAutoAcceptThreshold(std::optional<double> score);
    // The replacement for a detection type; without a choice of the user's, the core's own default
    // (pseudonyms for names, placeholders for everything else).
    Redactor::Operator defaultOperator(const QString& type) const;
    void setDefaultOperator(const QString& type, Redactor::Operator op);
    static Redactor::Operator builtinOperator(const QString& type);
    // Writes the user's defaults for new projects (OCR languages, redaction) into a project's
    // settings, where its audit log records them.
    void applyProjectDefaults(ProjectStore& store) const;

    // The export options a project that was never exported starts from. Only the choices that are
    // the same for every project are kept: format, statuses, splits, seed, grouping, deduplication,
    // system prompt mode. Tags, documents, the output folder and the PII override are not.
    ExportOptions exportDefaults() const;
    void setExportDefaults(const ExportOptions& options);

    QStringList recentProjects() const;
    void addRecentProject(const QString& path);
    void removeRecentProject(const QString& path);
    void clearRecentProjects();
    static constexpr int MaxRecentProjects = 10;

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindowGeometry(const QByteArray& geometry);
    void setWindowState(const QByteArray& state);

    // Column widths and order of the pair list (QHeaderView::saveState).
    QByteArray pairListHeaderState() const;
    void setPairListHeaderState(const QByteArray& state);

private:
    mutable QSettings m_settings;
};

} // namespace quarry::gui
