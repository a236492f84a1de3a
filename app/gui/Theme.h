#pragma once

#include "AppSettings.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace quarry::gui {

// Colours and icons that follow the palette: the light or dark look the user chose (or the
// system's), and colours for marks that stay readable on either.
class Theme
{
public:
    // Applies a theme to the application: System leaves the platform's style and palette alone;
    // Light and Dark use the Fusion style with a light or dark palette, the same on every desktop.
    // It may be called again while the application runs: System brings the platform's look back.
    static void apply(AppSettings::Theme theme);
    // The theme last applied (System until apply() is called).
    static AppSettings::Theme current();
    static QPalette darkPalette();
    static QPalette lightPalette();
    static bool isDark(const QPalette& palette);

    // WCAG 2 relative luminance and contrast ratio (1 to 21).
    static double luminance(const QColor& color);
    static double contrast(const QColor& a, const QColor& b);

    // The background of a detection of a type's colour on `base`: the colour itself (a pastel) on
    // light bases; on dark ones a saturated mid tone of the same hue at least 3:1 against the base,
    // so the mark is seen without glaring. textOn() gives the text colour (black or white) with the
    // higher contrast on it.
    static QColor markBackground(const QColor& typeColor, const QColor& base);
    static QColor textOn(const QColor& background);

    // An action icon: the desktop's icon theme when Quarry follows the system look and the theme
    // has the icon; otherwise Quarry's own SVG (:/icons/actions/NAME.svg), drawn in tones that read
    // on light and dark backgrounds. Names are freedesktop icon names where one exists.
    static QIcon icon(const QString& name);
};

} // namespace quarry::gui
