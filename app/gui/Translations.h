#pragma once

#include <QLocale>
#include <QString>

namespace quarry::gui {

// Installs Quarry's own catalogue (embedded under :/i18n) and Qt's (qtbase, for the standard
// dialogs) for a language: `language` "" means the system locale.
class Translations
{
public:
    // Returns the locale that was applied.
    static QLocale install(const QString& language);
    // The languages Quarry ships, as (locale name, native name) pairs.
    static QList<QPair<QString, QString>> available();
};

} // namespace quarry::gui
